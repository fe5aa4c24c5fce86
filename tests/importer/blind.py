"""The blind rounds' harness: pages written after sites no earlier round wrote
(fixtures/blind_*.yml), rendered in their layout, imported, and checked: every line of the story
stays (`leftover`), every line of chrome goes (`leaked`), and the title, date, source and author
are the page's. A page's `known_gap` (body) or `metadata_gap` marks what is known to fail, with why.
A vnsum page's `published` is its `Published Date:` (else `N/A`); `expect: {estimated: true}` says
the page states no date, so none of the dates its text tells (other years') may be taken for it.
A page's `expect: {url: …}` is the address the page names as its own (an AMP page's `<link rel=canonical>`).
A page's `saved` says how an old tool stored its file (`nfd`: decomposed letters, `crlf`: Windows
line ends, `bom`: a byte-order mark); its lines are compared in the form the importer stores
(`normalize`: NFC, old-style tones, clean spaces), so `hoà` in the fixture is `hòa` in the body.

`test_blind_rounds.py` loads every round's pages with `load`, checks them with `check_body` and
`check_metadata`, and prints a round's figures with `figures` when run as a module."""

from __future__ import annotations

import html
import unicodedata
from pathlib import Path

import pytest
import yaml

from bantin.core.text import normalize
from bantin.importer import publishers
from bantin.importer.bylines import Byline, parse_byline
from bantin.importer.convert import Converted, convert

from .blind_markdown import render_markdown, tail_lines, unit_lines
from .test_unseen_sites import _PREFIX, words


def load(name: str) -> list[dict]:
    """The pages of fixtures/`name`."""
    return yaml.safe_load((Path(__file__).parent / "fixtures" / name).read_text("utf-8"))


def params(pages: list[dict], gap: str) -> list:
    """The pages as pytest parameters, those with `gap` (`known_gap`, `metadata_gap`) strict xfails."""
    return [
        pytest.param(p, id=_id(p), marks=[pytest.mark.xfail(reason=p[gap], strict=True)] if gap in p else [])
        for p in pages
    ]


def check_body(page: dict) -> None:
    """Every line of the story and its lead are in the body, and nothing else is."""
    body = _convert(page).body
    lost, left = leftover(page, body)
    assert not lost, lost
    assert not left, left
    if page.get("lead"):  # the flat, vfnd and raw layouts' lead line
        assert words(normalize(html.unescape(page["lead"]))) in words(body), page["lead"]


def check_metadata(page: dict) -> None:
    """The title, date, source and author (with the project's publishers' table) are the page's."""
    front, expect = _convert(page, TABLE).front, page["expect"]
    assert front.title == expect.get("title", page["title"])
    assert str(front.date) == expect.get("date", str(front.date))
    assert front.source == expect.get("source", front.source)
    assert (front.author or "") == expect.get("author", front.author or "")
    assert front.date_estimated == expect.get("estimated", front.date_estimated)  # no stated date
    assert front.source_url == expect.get("url", front.source_url)  # a saved AMP page's canonical address


def story(page: dict) -> list[str]:
    """The story's own items of `article` (all must stay): its lines, and an html page's captions
    (`{figure: …}` in a `<figcaption>`, `{caption: …}` in a `<p class="caption">`, `{em: …}` in `<em>`)."""
    return [line for item in page["article"] if not _chrome(item) and not _raw(item) for line in _lines(item)]


def inline(page: dict) -> list[str]:
    """The site's units printed inside the story (`{chrome: …}` items of `article`: all must go)."""
    return [line for item in page["article"] if _chrome(item) for line in unit_lines(item["chrome"])]


def _chrome(item: str | dict) -> bool:
    return isinstance(item, dict) and "chrome" in item


def _raw(item: str | dict) -> bool:
    """A Markdown page's `{md: …}` item: neither the story's nor chrome (a photo without a caption)."""
    return isinstance(item, dict) and set(item) == {"md"}


_CAPTIONS = {"figure": '<figure><img src="/p.jpg" alt="{}"><figcaption>{}</figcaption></figure>',
             "caption": '<p class="caption">{1}</p>', "em": "<p><em>{1}</em></p>"}  # fmt: skip


def _caption(item: dict) -> str:
    return next(item[kind] for kind in _CAPTIONS if kind in item)


def _lines(item: str | dict) -> list[str]:
    """A story's item as its lines: a `{story: [lines], html: …}` item (the story's own markup: a
    table's cells, `<br>`-separated paragraphs, a list, a right-aligned line) has each of its lines."""
    if isinstance(item, str):
        return [item]
    if "story" in item:
        return [item["story"]] if isinstance(item["story"], str) else list(item["story"])
    return [_caption(item)]


def _printed(page: dict) -> list[str]:
    """The article's lines as printed; a `{chrome: …, run_on: true}` item is printed on the next
    item's line, before it (a related headline run into a caption in a line-per-paragraph layout)."""
    lines, pending = [], ""
    for item in page["article"]:
        for line in [item["chrome"]] if _chrome(item) else _lines(item):
            if _chrome(item) and item.get("run_on"):
                pending += f"{line} "
            else:
                lines.append(pending + line)
                pending = ""
    return lines


def render(page: dict) -> str:
    """The page's raw text in its layout (a scraper's Markdown: blind_markdown.py)."""
    if page["layout"] == "markdown":
        return render_markdown(page)
    body = page.get("glue", " ").join(_printed(page))
    closing = page.get("tail_glue", " ").join(
        part for part in (page.get("byline", ""), " ".join(page["tail"])) if part
    )
    if page["layout"] == "html":
        return _html_page(page)
    if page["layout"] == "vnsum":
        content = page.get("head_glue", " ").join((" ".join(_head(page)), f"{body} {closing}"))
        return (
            f"Title: {page['title']}\nSource: {page['source']}\nLink: {page['link']}\n"
            f"Published Date: {page.get('published', 'N/A')}\n"
            f"Author: \nTags: None\nSummary: {page.get('summary', '')}\nContent: {content}\n"
        )
    byline = [page["byline"]] if page.get("byline") else []
    lines = [*_head(page), *_printed(page), *byline, *page["tail"]]
    if page.get("tail_glue") == "" and byline:
        lines = [*_head(page), *_printed(page), closing]
    title, lead = page["title"], page["lead"]
    if page["layout"] == "flat":
        return "\n".join([title, *([lead] if lead else []), " ".join(lines)])  # a page may have no lead
    if page["layout"] == "vfnd":
        described = f"{lead} - {page['site']}" if page.get("site") else lead
        return "\n".join([title, "", described, "", *lines])
    return "\n".join([title, "", *lines, "", "", "", lead])  # raw: the lead again at the end


def _head(page: dict) -> list[str]:
    """The page's head as printed: its items, or with `head_sep` one line of them so joined (a menu's
    items glued to each other, `Thời sựKinh tếXã hội`)."""
    return [page["head_sep"].join(page["head"])] if "head_sep" in page and page["head"] else page["head"]


def _html_page(page: dict) -> str:
    """A saved page as a newsroom's template prints it: `<title>` with the site's `suffix`, the `og`
    metadata the page has (`og: false`: none), a `<nav>` of the `head`, the `<article>` (its `<h1>`,
    a `<time>` of `published` as `shown`, the story's items, a `{chrome: …}` item in the markup its
    `html` says, the byline as `byline_as` says, then `extra` markup: share bars, forms, scripts),
    then an `<aside>` of the `tail` but its last item, the `<footer>`. `head_extra` goes in `<head>`;
    `frame` is the box the story is printed in instead of `<article>{}</article>` (a `<div>`, a table's
    cell), `byline_as` may be the byline's own markup (`<p align="right">{}</p>`)."""
    esc, title = html.escape, page["title"]
    metas = {"og:title": title, "og:site_name": page.get("site"), "og:url": page.get("link"),
             "og:description": page.get("summary"), "article:published_time": page.get("published")}  # fmt: skip
    meta = "".join(
        f'<meta property="{key}" content="{esc(str(value))}">' for key, value in metas.items() if value
    )
    items = []
    for item in page["article"]:
        if isinstance(item, str):
            items.append(f"<p>{esc(item)}</p>")
        elif _chrome(item):
            items.append(item.get("html", "<p>{}</p>").replace("{}", esc(item["chrome"]), 1))
        elif "story" in item:  # the story's own markup, its `{}` filled with its lines in turn
            markup = item["html"]
            for line in _lines(item):
                markup = markup.replace("{}", esc(line), 1)
            items.append(markup)
        else:
            kind = next(kind for kind in _CAPTIONS if kind in item)
            items.append(_CAPTIONS[kind].format(esc(item.get("alt", "")), esc(item[kind])))
    byline = {"author": '<p class="author">{}</p>', "strong": "<p><strong>{}</strong></p>",
              "rel": '<p><a rel="author" href="/tac-gia">{}</a></p>'}  # fmt: skip
    byline_as = page.get("byline_as", "author")
    byline = byline_as if "{}" in byline_as else byline[byline_as]  # or the template's own markup
    shown = esc(str(page.get("shown", page.get("published", ""))))
    *aside, footer = [f"<p>{esc(text)}</p>" for text in page["tail"]] or [""]
    opening, closing = page.get("frame", "<article>{}</article>").split("{}")  # `frame`: the story's box
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">',
        f"<title>{esc(title + page.get('suffix', ''))}</title>", meta if page.get("og", True) else "",
        page.get("head_extra", ""), "</head><body>",
        "<nav>" + " ".join(f'<a href="/{i}">{esc(text)}</a>' for i, text in enumerate(page["head"])) + "</nav>",
        f"<main>{opening}<h1>{esc(title)}</h1>", f"<time>{shown}</time>" if page.get("published") else "",
        *items, byline.replace("{}", esc(page["byline"]), 1) if page.get("byline") else "", page.get("extra", ""),
        f"{closing}<aside>", *aside, f"</aside><footer>{footer}</footer></main></body></html>",
    ])  # fmt: skip


def leftover(page: dict, body: str) -> tuple[list[str], str]:
    """The story's lines lost from `body`, and what of `body` is left once they, the lead, the byline
    and a credit above the story (which may stay) are taken out."""
    flat = words(body)
    lost = [text for text in story(page) if _said(text).strip() and _said(text) not in flat]
    credits = [
        line for line in page["head"] if (parse_byline(line) or _NOBODY).author
    ]  # a writer's, not a site's
    kept = (*story(page), page.get("lead", ""), page.get("byline", ""), *credits)
    for text in sorted(kept, key=len, reverse=True):
        if text:  # once: the line as written, else as a reader sees it (a story printed twice stays left)
            whole = words(normalize(html.unescape(text)))
            flat = flat.replace(whole, " ", 1) if whole in flat else flat.replace(_said(text), " ", 1)
    return lost, flat.strip()


def _said(text: str) -> str:
    """The words of a line of the story as a reader sees them: its entities decoded (`&nbsp;`), its
    zero-width characters dropped (a soft hyphen inside a word) as the importer stores it, its
    dateline left out unless it is all the line has (`Reuters.`, a credit's second line); a line of
    no words (a lone `“`) has none to look for; in the stored form (`normalize`)."""
    text = normalize(html.unescape(text))
    bare = words(_PREFIX.sub("", text))
    return bare if bare.strip() else words(text)


_NOBODY = Byline()


def leaked(page: dict, left: str) -> list[str]:
    """The lines of chrome of which half the words or more are left in the body."""
    remains = left.split()
    out = []
    for line in frame(page):
        tokens = words(normalize(html.unescape(line))).split()
        if tokens and sum(1 for t in tokens if t in remains) * 2 >= len(tokens):
            out.append(line)
    return out


def frame(page: dict) -> list[str]:
    """The page's lines of chrome: its head, its breadcrumbs, the units inside the story, its tail."""
    return [*page["head"], *page.get("crumbs", ()), *inline(page), *tail_lines(page)]


def _id(page: dict) -> str:
    return "-".join(part for part in (page.get("round"), page["layout"], page["title"][:28]) if part)


#: The publishers' table the project ships (`content/sources.yml`), which `import` reads: the metadata
#: is checked with it, the body without it (a site the table does not know yet).
TABLE = publishers.load(Path(__file__).parents[2] / "content" / "sources.yml")


def saved(page: dict, text: str) -> str:
    """`text` as the page's `saved` says an old tool stored it: decomposed (`nfd`), with Windows line
    ends (`crlf`), after a byte-order mark (`bom`)."""
    kinds = page.get("saved", ())
    if "nfd" in kinds:
        text = unicodedata.normalize("NFD", text)
    if "crlf" in kinds:
        text = text.replace("\n", "\r\n")
    return "\ufeff" + text if "bom" in kinds else text


def _convert(page: dict, table: dict[str, str] | None = None) -> Converted:
    return convert(saved(page, render(page)).encode(), "page.txt", year=2017, sources=table)


def figures(pages: list[dict]) -> None:
    """Print the chrome lines leaked and the story's lines lost, page by page, and the totals."""
    chrome = lines = leaks = losses = metadata = 0
    for page in pages:
        lost, left = leftover(page, _convert(page).body)
        out = leaked(page, left)
        chrome += len(frame(page))
        lines += len(story(page))
        leaks, losses = leaks + len(out), losses + len(lost)
        expect, front = page["expect"], _convert(page, TABLE).front
        wrong = [
            f"{name}={got!r}"
            for name, got in (
                ("title", front.title),
                ("date", str(front.date)),
                ("source", front.source),
                ("author", front.author or ""),
                ("estimated", front.date_estimated),
                ("url", front.source_url),
            )
            if got != expect.get(name, page["title"] if name == "title" else got)
        ]
        metadata += bool(wrong)
        if out or lost or wrong:
            print(f"{_id(page)}: leaked {out} lost {lost} {' '.join(wrong)}")
    print(
        f"pages {len(pages)}  chrome lines leaked {leaks}/{chrome} (removed {1 - leaks / chrome:.1%})  "
        f"story lines lost {losses}/{lines} (kept {1 - losses / lines:.1%})  metadata wrong on {metadata} pages"
    )
