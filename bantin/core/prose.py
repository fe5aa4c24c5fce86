"""Paragraphs of plain prose skip Markdown: it would only wrap them in `<p>`.

A news article is mostly paragraphs of text with no markup at all, and Python-Markdown spends
about a millisecond and a half on each article running every block and inline processor over
them (15 s of a cold build at 10,000 articles). Here each run of such paragraphs is set aside
behind a placeholder paragraph, the rest of the document (captions, headings, lists, links…)
goes through the converter as usual, and the paragraphs are put back where their placeholders
came out. The sanitizer (nh3) too sees only the rest: it is most of the text it would parse only
to write it out again as it was. The importer's photo captions (`Text – *Ảnh: TTXVN*{: .credit}`
then `{: .caption }`, one or two in most articles) are made here too when `attr_list` is on: with
them, most articles never reach the converter. So are headings of plain text (`## Text`) in a
document that holds nothing else the converter must make: with the ids `toc` gives them (its
own slugify and numbering, `_Headings`).

A paragraph is set aside only when no character of it could mean anything to Markdown or to the
extensions allowed below; if a placeholder does not come out as a paragraph of its own (inside a
fenced code block or raw HTML, say), the whole document is converted again the usual way. The
result is the converter's own output, tested against it (tests/unit/test_prose.py).

The text cannot forge a placeholder, not even with an entity the sanitizer decodes
(`&#98;antinprose…`): each document's placeholders carry a hash of that document, which a text
cannot contain (it would have to hold the hash of itself), and every placeholder must come back
exactly once, or the document is converted the usual way.
"""

from __future__ import annotations

import hashlib
import html as htmllib
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import markdown
from markdown.extensions import toc

#: Extensions that leave a paragraph of such text as it is (others, like `smarty`, `abbr` or
#: `nl2br`, change plain text: with any of them every document takes the usual way).
NEUTRAL_EXTENSIONS = frozenset(
    {"attr_list", "toc", "tables", "fenced_code", "sane_lists", "md_in_html", "admonition", "footnotes"}
)

#: A line of plain prose: no leading or trailing white space (Unicode's: Markdown strips a
#: no-break space at the start of a paragraph), no character that opens inline
#: markup, HTML, an entity, an escape, a table cell or an attribute list, no tab or control
#: character, and no start that could open a list, quote, heading, rule or definition.
_PLAIN_LINE = re.compile(r"(?![-+*>#=:~`|.\d\s])[^\\`*_\[\]<>&{}!#|~\t\r\x00-\x08\x0b-\x1f\x7f]*(?<!\s)")
_TOKEN = "bantinprose"
#: A hash heading (`## Text`): its level and its text.
_HEADING = re.compile(r"(#{1,6}) (.*)")
#: A caption's line with its credit: the text before it (ending in a space), if any, and the credit.
_CREDITED = re.compile(r"(|.*? )\*([^*]+)\*\{: \.credit\}")


def neutral(extensions: Iterable[Any]) -> bool:
    """Whether plain paragraphs come out of a converter with these extensions unchanged."""
    names = (e.removeprefix("markdown.extensions.") if isinstance(e, str) else None for e in extensions)
    return all(name in NEUTRAL_EXTENSIONS for name in names)


def _plain(block: list[str]) -> bool:
    return all(_PLAIN_LINE.fullmatch(line) for line in block)


def _blank(line: str) -> bool:
    """Blank as Markdown sees it: spaces and tabs only (a no-break space is text)."""
    return not line.strip(" \t")


def _unusual(text: str) -> bool:
    """What Markdown rewrites before it parses; and a first line of spaces, which it keeps (it
    blanks only lines after a newline): four of them, or a tab, open a code block."""
    first = text.split("\n", 1)[0]
    return _TOKEN in text or any(c in text for c in "\r\x02\x03") or bool(first and _blank(first))


def is_plain(text: str) -> bool:
    """Whether Markdown would leave every paragraph of `text` as it is, only wrapped in `<p>`."""
    lines = [line for line in text.split("\n") if not _blank(line)]
    return not _unusual(text) and _plain(lines)


def _same(html: str) -> str:
    return html


def _caption(block: list[str], plain: Callable[[str], str]) -> str | None:
    """The paragraph Markdown with `attr_list` makes of the importer's photo caption, or None
    for any other block: `Text – *Ảnh: TTXVN*{: .credit}` (or the credit alone, or the text
    alone) on one line, `{: .caption }` on the next, text and credit plain."""
    if len(block) != 2 or block[1] != "{: .caption }":
        return None
    line = block[0]
    credited = _CREDITED.fullmatch(line)
    if credited is None:
        return f'<p class="caption">{plain(line)}</p>' if _PLAIN_LINE.fullmatch(line) else None
    lead, credit = credited.groups()
    if not _PLAIN_LINE.fullmatch(credit) or (lead and not (lead[:-1] and _PLAIN_LINE.fullmatch(lead[:-1]))):
        return None
    return f'<p class="caption">{plain(lead)}<em class="credit">{plain(credit)}</em></p>'


class _Headings:
    """Headings of plain text as `md` writes them (`<h2 id="…">Text</h2>`), ids numbered in the
    document's order as `toc` numbers them. Made only from `toc`'s own parts (its slugify,
    separator, base level, `unique`) and only when that is all it does: no anchors, no
    permalinks; without `toc`, no ids."""

    def __init__(self, md: markdown.Markdown) -> None:
        found = md.treeprocessors["toc"] if "toc" in md.treeprocessors else None
        self.toc = found if type(found) is toc.TocTreeprocessor else None  # not a subclass: its own rules
        #: `toc` replaces a paragraph of its marker's text: with a marker plain text can hold,
        #: no paragraph is plain (every document is converted).
        self.marked = bool(self.toc and self.toc.marker and _PLAIN_LINE.fullmatch(self.toc.marker.strip()))
        self.usable = found is None or (
            self.toc is not None
            and not self.toc.use_anchors
            and self.toc.use_permalinks in (False, None)
            and hasattr(toc, "render_inner_html")  # Markdown 3.6's way of naming headings, which this is
        )
        self.ids: set[str] = set()

    def html(self, block: list[str]) -> str | None:
        """The converter's HTML for a block that is one heading of plain text, else None."""
        heading = _HEADING.fullmatch(block[0]) if len(block) == 1 else None
        if heading is None or not _PLAIN_LINE.fullmatch(heading.group(2)):
            return None
        level, text = len(heading.group(1)), heading.group(2)
        if self.toc is None:
            return f"<h{level}>{text}</h{level}>"
        level = min(level + self.toc.base_level, 6)
        name = toc.strip_tags(text)  # as `toc` reads the heading's inner HTML
        slug = toc.unique(self.toc.slugify(htmllib.unescape(name), self.toc.sep), self.ids)
        return f'<h{level} id="{slug}">{text}</h{level}>'


def _blocks(
    text: str,
    token: str,
    captions: bool,
    headings: _Headings | None,
    plain: Callable[[str], str],
    finish: Callable[[str], str],
) -> tuple[list[str], list[list[str]], bool, bool]:
    """The document with each run of simple blocks replaced by a placeholder; the runs' HTML;
    whether anything else is left for the converter; whether a heading was made here."""
    skeleton: list[str] = []  # the document, each run of simple paragraphs replaced by a placeholder
    runs: list[list[str]] = []  # their HTML
    block: list[str] = []
    in_run = others = headed = False
    for line in [*text.split("\n"), ""]:
        if not _blank(line):
            block.append(line)
            continue
        html = None
        if block and _plain(block):
            html = "<p>" + plain("\n".join(block)) + "</p>"
        elif block and captions:
            html = _caption(block, plain)
        if html is None and block and headings is not None:
            html = headings.html(block)
            if html is not None:
                html, headed = finish(html), True
        if html is not None:
            if not in_run:
                skeleton.append(f"{token}{len(runs)}x")
                runs.append([])
            runs[-1].append(html)
            in_run = True
        elif block:
            skeleton += block
            in_run, others = False, True
        skeleton.append(line)
        block = []
    return skeleton, runs, others, headed


def convert(
    md: markdown.Markdown,
    text: str,
    finish: Callable[[str], str] = _same,
    plain: Callable[[str], str] = _same,
) -> str:
    """`finish(md.reset().convert(text))`, with paragraphs of plain prose (and the importer's
    photo captions, when `md` has `attr_list`) kept out of both.

    `finish` (a sanitizer, say) sees the converter's output with the placeholders still in
    it; `plain` must be what it makes of a plain paragraph's text: `finish("<p>" + t + "</p>")
    == "<p>" + plain(t) + "</p>"`. Consecutive simple paragraphs share one placeholder:
    Markdown's inline processors run on every paragraph it sees, placeholders included."""
    headings = _Headings(md)
    if _unusual(text) or headings.marked:
        return finish(md.reset().convert(text))
    captions = "attr_list" in md.treeprocessors
    token = _TOKEN + hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()
    skeleton, runs, others, headed = _blocks(
        text, token, captions, headings if headings.usable else None, plain, finish
    )
    if others and headed:  # the converter numbers ids among all of the document's: headings are its
        skeleton, runs, others, _ = _blocks(text, token, captions, None, plain, finish)
    if not runs:
        return finish(md.reset().convert(text))
    if not others:
        return "\n".join(runs[0])
    put_back: list[int] = []

    def back(match: re.Match[str]) -> str:
        index = int(match.group(1))
        put_back.append(index)
        return "\n".join(runs[index]) if index < len(runs) else ""

    html = finish(md.reset().convert("\n".join(skeleton[:-1])))
    result = re.sub(rf"<p>{token}(\d+)x</p>", back, html)
    if sorted(put_back) != list(range(len(runs))) or token in result:  # in code, raw HTML, dropped…
        return finish(md.reset().convert(text))
    return result


#: Blocks that are not prose: headings, images, HTML, attribute lines, tables, code, rules.
_NOT_PROSE = ("#", "!", "<", "{:", "|", "```", "~~~", "---", "***")
_CAPTION = re.compile(r"\{:[^}]*\.(?:caption|credit)\b[^}]*\}")


def paragraphs(body: str) -> Iterator[str]:
    """The body's paragraphs that are running text, in order (captions and headings left out):
    the article's lead and the English summary's source (`translate.lead`) are made of them.

    A caption is a paragraph followed by `{: .caption }` (its last line, in the same block).
    """
    for block in re.split(r"\n[ \t]*\n", body.replace("\r\n", "\n")):
        block = block.strip()
        if block and not block.startswith(_NOT_PROSE) and not _CAPTION.search(block):
            yield block
