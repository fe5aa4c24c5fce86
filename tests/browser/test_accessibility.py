"""axe-core finds no accessibility violation on the main pages in both languages."""

from __future__ import annotations

from typing import Any

import pytest

PAGES = [
    "", "en/",
    "2021/12/tang-cuong-hop-tac-giua-uy-ban-kiem-tra-trung-uong-dang-viet-nam-lao/",
    "en/2021/12/tang-cuong-hop-tac-giua-uy-ban-kiem-tra-trung-uong-dang-viet-nam-lao/",
    "to-chuc/dang-cong-san-viet-nam/", "en/organizations/dang-cong-san-viet-nam/",
    "nhan-vat/", "en/people/", "luu-tru/", "en/archive/", "2021/12/",
    "tim-kiem/?q=lao", "en/search/?q=laos", "404.html",
    "ban-tin/", "ban-tin/2021-12-08/", "en/digest/2021-12-08/", "dinh-chinh/", "en/corrections/",
]  # fmt: skip


@pytest.mark.parametrize("width", [390, 1280])
def test_axe_reports_no_violation(
    browser: Any, served_under_sub_path: str, axe_source: str, width: int
) -> None:
    browser.set_window_size(width, 900)
    problems = []
    for path in PAGES:
        browser.get(served_under_sub_path + path)
        browser.execute_script(axe_source)
        result = browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document).then((r) => done(r.violations.map((v) => [v.id, v.nodes.length, v.nodes[0].html])))"
            ".catch((e) => done([['error', 0, String(e)]]));"
        )
        problems += [f"/{path}: {rule} ×{count}: {html[:120]}" for rule, count, html in result]
    assert problems == []
