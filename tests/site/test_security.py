"""Article text, front-matter and the registry are untrusted: nothing from them may run."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Project
from tests.site.html import all_pages, page

HOSTILE_BODY = """\
Đoạn mở đầu bình thường.

<script>alert("body")</script>

<img src="x" onerror="alert('img')"> <svg onload="alert('svg')"></svg>

[liên kết](javascript:alert('md')) <a href="JaVaScRiPt:alert('a')">a</a> <a href="&#106;avascript:alert('e')">e</a>

<iframe src="https://evil.example/"></iframe><style>body { display: none }</style>

<div style="position:fixed;inset:0" onclick="alert('div')">phủ kín</div>

Đoạn có thuộc tính lạ{: onclick="alert('attr')" style="color:red" }
{: onmouseover="alert('block')" .caption }

<form action="https://evil.example/"><input name="p"></form>
"""


def _hostile_project(project: Project) -> None:
    registry = project.content / "entities.yml"
    registry.write_text(
        registry.read_text(encoding="utf-8")
        + "\n- id: script-alert-1-script\n  kind: person\n  name: <script>alert(1)</script>\n"
        "  name_en: '<img src=x onerror=alert(2)>'\n  description: '\"><svg onload=alert(3)>'\n"
        "  description_en: <b>bold</b>\n",
        encoding="utf-8",
    )
    project.article(
        "2022-03-04-doc-hai",
        body=HOSTILE_BODY,
        title='<script>alert("title")</script> Tiêu đề',
        source='"><img src=x onerror=alert(1)>',
        author="<a href='javascript:alert(1)'>tác giả</a>",
        source_url='https://example.com/a?x="><script>alert(1)</script>',
        people=["script-alert-1-script"],
        title_en="<script>alert('en')</script>",
        summary_en="<b onmouseover=alert(1)>tóm tắt</b>",
        title_en_by="editor",
        summary_en_by="machine:google",
    )


def _ours(element: object) -> bool:
    """The theme's own scripts and search forms (JSON-LD data, the search page's module)."""
    tag, get = element.tag, element.get  # type: ignore[attr-defined]
    if tag == "script":
        return get("type") == "application/ld+json" or (get("src") or "").endswith("assets/search.js")
    forms = [a for a in element.iterancestors("form")] + ([element] if tag == "form" else [])  # type: ignore[attr-defined]
    return tag in {"form", "input", "button", "label"} and any(
        f.get("class") in {"search-box", "search-form"} for f in forms
    )


def _dangers(site: Path) -> list[str]:
    found = []
    for current in all_pages(site):
        for element in current.tree.iter():
            if not isinstance(element.tag, str):
                continue
            if element.tag in {"script", "iframe", "object", "embed", "form", "input", "svg"} and not _ours(
                element
            ):
                found.append(f"{current.url}: <{element.tag}>")
            if element.tag == "style" or (element.get("style") is not None):
                found.append(f"{current.url}: style on <{element.tag}>")
            for name, value in element.attrib.items():
                if name.lower().startswith("on"):
                    found.append(f"{current.url}: {name} on <{element.tag}>")
                if name in {"href", "src", "action"} and value.strip().lower().startswith(
                    ("javascript:", "data:")
                ):
                    found.append(f"{current.url}: {name}={value}")
    return found


def test_nothing_from_content_can_run(project: Project) -> None:
    _hostile_project(project)
    result = project.build()
    assert result.exit_code == 0, result.output
    assert _dangers(project.site) == []


def test_hostile_text_is_shown_as_text(project: Project) -> None:
    _hostile_project(project)
    assert project.build().exit_code == 0
    article = page(project.site, "2022/03/script-alert-title-script-tieu-de/")
    assert article.one("//h1").text_content() == '<script>alert("title")</script> Tiêu đề'
    assert '"><img src=x onerror=alert(1)>' in article.text("//p[@class='meta']")
    assert "<b onmouseover=alert(1)>tóm tắt</b>" in article.text("//aside")
    assert "Đoạn mở đầu bình thường." in article.text()
    person = page(project.site, "nhan-vat/script-alert-1-script/")
    assert person.one("//h1").text_content() == "<script>alert(1)</script>"


def test_the_danger_detector_can_fire(project: Project) -> None:
    project.article("2022-03-04-a")
    assert project.build().exit_code == 0
    home = project.site / "index.html"
    home.write_text(
        home.read_text(encoding="utf-8").replace("</main>", "<img src=x onerror=alert(1)></main>")
    )
    assert _dangers(project.site) == [": onerror on <img>"]
