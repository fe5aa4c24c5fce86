"""Hostile articles built into a site and opened in Chromium: nothing runs, text stays text."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By

from tests.conftest import Project, serve_site
from tests.site.html import all_pages

MARK = "window.__pwned = 1"
PAYLOADS = [
    f"<script>{MARK}</script>",
    f'<img src="x" onerror="{MARK}">',
    f'<svg onload="{MARK}"><circle r="5"/></svg>',
    f"<svg><script>{MARK}</script></svg>",
    f"[nhấn vào đây](javascript:{MARK.replace(' ', '')})",
    f'<a href="jav&#x09;ascript:{MARK}">a</a> <a href="data:text/html,<script>{MARK}</script>">d</a>',
    f'<iframe srcdoc="<script>parent.{MARK}</script>"></iframe>',
    f'<object data="javascript:{MARK}"></object><embed src="javascript:{MARK}">',
    f'<details open ontoggle="{MARK}">x</details> <body onload="{MARK}">',
    f'<p style="background:url(javascript:{MARK})">nền</p>',
    f'<math><mtext><table><mglyph><style><img src=x onerror="{MARK}">',
    "<scr<script>ipt>window.__pwned=1</scr</script>ipt>",
    f'"><img src=x onerror="{MARK}"> <!-- <img src=x onerror="{MARK}"> -->',
    f'<a href="#" onclick="{MARK}">bấm</a>{{: onclick="{MARK}" }}',
    "Mẫu {{ 7*7 }} và {% raw %}{{ config }}{% endraw %} và {{ lipsum() }} giữ nguyên.",
    f'<meta http-equiv="refresh" content="0;url=javascript:{MARK}"><base href="javascript:/">',
]


def _hostile_project(project: Project) -> None:
    for n, payload in enumerate(PAYLOADS):
        project.article(
            f"2022-05-{n + 1:02d}-doc-{n}",
            title=f"Bài {n} </script><script>{MARK}</script> {{{{ 7*7 }}}}",
            date=f"2022-05-{n + 1:02d}",
            source=f'"><img src=x onerror="{MARK}">',
            author=f'<b onmouseover="{MARK}">Tác giả</b>',
            title_en=f"<img src=x onerror='{MARK}'> English {n}",
            summary_en=f"</p><script>{MARK}</script>",
            body=f"Đoạn mở đầu số {n}.\n\n{payload}\n\nĐoạn kết số {n}.\n",
            people=["tran-cam-tu"],
        )


def test_no_payload_runs_in_chromium(browser: Any, project: Project, tmp_path: Path) -> None:
    _hostile_project(project)
    result = project.build()
    assert result.exit_code == 0, result.output
    # Every page that shows hostile text: articles, digests and the listings that quote them.
    pages = [p.url for p in all_pages(project.site) if "2022/05/" in p.url] + [
        "", "en/", "nhan-vat/tran-cam-tu/", "en/people/tran-cam-tu/", "2022/", "en/2022/05/",
    ]  # fmt: skip
    assert len(pages) > 2 * len(PAYLOADS)
    with serve_site(project.site, tmp_path / "www") as base:
        ran = []
        for url in pages:
            browser.get(base + url)
            time.sleep(0.05)  # let onload/onerror handlers fire
            try:
                alert = browser.switch_to.alert
                ran.append(f"{url}: dialog {alert.text}")
                alert.dismiss()
            except NoAlertPresentException:
                pass
            if browser.execute_script("return window.__pwned === 1"):
                ran.append(f"{url}: marker set")
        assert ran == []
        browser.get(base + "2022/05/")
        titles = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "li.card h2 a")]
        assert f"Bài 14 </script><script>{MARK}</script> {{{{ 7*7 }}}}" in titles  # text, not markup
        browser.get(base + "2022/05/" + _slug_of(project, 14))
        body = browser.find_element(By.CSS_SELECTOR, "div.body").text
        assert "Mẫu {{ 7*7 }} và {% raw %}{{ config }}{% endraw %} và {{ lipsum() }} giữ nguyên." in body


def _slug_of(project: Project, n: int) -> str:
    html = next(project.site.glob("2022/05/bai-14-*/index.html"))
    return html.parent.name + "/"


def test_our_pages_satisfy_their_content_security_policy(browser: Any, served_under_sub_path: str) -> None:
    browser.get_log("browser")  # forget earlier messages
    for path in ("", "en/", "2021/12/tang-cuong-hop-tac-giua-uy-ban-kiem-tra-trung-uong-dang-viet-nam-lao/",
                 "tim-kiem/?q=lao", "en/search/?q=laos", "to-chuc/", "404.html"):  # fmt: skip
        browser.get(served_under_sub_path + path)
        time.sleep(0.5)
    refused = [e["message"] for e in browser.get_log("browser") if "Content Security Policy" in e["message"]]
    assert refused == []
    browser.get(served_under_sub_path + "tim-kiem/?q=lao")
    time.sleep(1)
    assert browser.find_elements(By.CSS_SELECTOR, "#search-results li")  # search still works under the CSP
