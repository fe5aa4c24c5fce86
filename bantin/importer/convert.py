"""One raw file → one article, with no disk access: the heart of `python build.py import`.

`convert()` decodes the bytes, parses the layout, reads the title (`header`), takes the page's
chrome out, cleans the body, reads the source, author and date (`header`), tags entities and
returns the front-matter and Markdown body, plus the warnings an editor should see. `command.py`
does the file work around it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass

from ..core.article import FrontMatter, dump_article
from ..core.text import fold
from ..entities import Kind, Registry
from ..tagging.matcher import mentions
from . import body as passes
from . import chrome, credit_lines, datelines, frames, header, numbered_runs, publishers, run_on_heads, titles
from .bylines import Byline, parse_byline
from .cut_words import drop_cut_word
from .decode import decode
from .errors import BadInput
from .html import looks_like_html, parse_html
from .layouts import parse_text
from .line_chrome import drop_chrome
from .markdown import render
from .own_place import without_own_place
from .parsed import Block, Parsed
from .repair import clean
from .second_copy import drop_second_copy
from .signatures import SIGNATURE, keep_signatures
from .signing_offices import SIGNED, offices_signing
from .stamped_sections import drop_stamped_section
from .worded_summaries import worded_summary

_JUNK_TAGS = frozenset(
    "tin nóng|tin mới|tin hot|tin tức|mới nhất|ở|trong|và|của|là|với|cho|để|tạo|đạt|làm|kiểm|điện|có|được|"
    "các|những|một|sẽ|đã|này|khi".split("|")
)


@dataclass(frozen=True)
class Converted:
    """An imported article: its front-matter, Markdown body and the warnings for the editor."""

    front: FrontMatter
    body: str
    layout: str
    warnings: tuple[str, ...] = ()
    units: tuple[chrome.Unit, ...] = ()  # the chrome detector's decisions, for `import --explain`

    def markdown(self) -> str:
        """The whole article file, as `dump_article` writes it."""
        return dump_article(self.front, self.body)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse(data: bytes, name: str) -> Parsed:
    """Decode and parse a raw file into the shared intermediate form."""
    text = decode(data)
    if looks_like_html(data, name) or looks_like_html(text.lstrip().encode("utf-8")[:2048], ""):
        return parse_html(text)
    return parse_text(text)


def convert(
    data: bytes,
    name: str,
    *,
    year: int | None = None,
    source: str | None = None,
    registry: Registry | None = None,
    today: dt.date | None = None,
    memory: chrome.SiteMemory | None = None,
    sources: dict[str, str] | None = None,
) -> Converted:
    """Turn a raw article (bytes) into front-matter and body; raise BadInput if it cannot be one.

    `memory` holds the other pages of the same import by site, so what every page of a site
    repeats is taken for the site's chrome; `sources` is the table of publishers (host → name)."""
    parsed = (memory.parsed.get(sha256(data)) if memory is not None else None) or parse(data, name)
    warnings = list(parsed.warnings)
    table = sources or {}
    head = header.headline(parsed, table, registry, warnings)
    blocks, date_lines, site_repeats = _first_passes(parsed)
    blocks, units, trimmed = _detect_chrome(parsed, blocks, memory, head)
    body, blocks, lead_site = _body_passes(parsed, blocks, units)
    blocks = drop_cut_word(blocks, head.title, parsed.summary or "")
    if not any(b.kind == "paragraph" for b in blocks):
        warnings.append("no article text found; the body is empty")
    clues = header.Clues(date_lines, site_repeats, lead_site, body, units)
    words = memory.words if memory is not None else []
    head = header.credits(
        head,
        parsed,
        blocks,
        clues,
        table=table,
        source=source,
        words=words,
        registry=registry,
        warnings=warnings,
    )
    markdown = render(blocks)
    named = (
        mentions(registry, head.title + "\n\n" + markdown) if registry is not None else {k: [] for k in Kind}
    )
    head = header.dated(
        head,
        parsed,
        blocks,
        clues,
        year=year,
        today=today or dt.date.today(),
        registry=registry,
        events=named[Kind.EVENT],
        warnings=warnings,
    )
    front = FrontMatter(
        title=head.title,
        date=head.date,
        source=head.source,
        author=without_own_place(head.author, head.source),
        source_url=parsed.url,
        organizations=named[Kind.ORGANIZATION],
        people=named[Kind.PERSON],
        events=named[Kind.EVENT],
        places=named[Kind.PLACE],
        tagged_by_registry=[i for kind in Kind for i in named[kind]],
        keywords=_keywords(parsed.keywords, head.source),
        date_estimated=head.estimated,
        source_sha256=sha256(data),
    )
    dropped = (chrome.Unit(-1, line, False, why) for line, why in parsed.dropped)
    return Converted(front, markdown, parsed.layout, tuple(warnings), (*dropped, *trimmed, *units))


def _detect_chrome(
    parsed: Parsed, blocks: list[Block], memory: chrome.SiteMemory | None, head: header.Header
) -> tuple[list[Block], list[chrome.Unit], list[chrome.Unit]]:
    """The blocks without the page's chrome: what every page of the site repeats at its ends, then
    what the detector judges chrome; its decisions, and the units trimmed first."""
    site = site_of(parsed)
    trimmed: list[chrome.Unit] = []
    repeated: frozenset[str] = frozenset()
    if memory is not None:
        start, end = memory.shared_ends(site, blocks)
        blocks, trimmed = chrome.trim_shared(blocks, start, end)
        repeated = memory.elsewhere(site, blocks)
    own = chrome.Site(publishers.host(parsed.url), head.publisher, tuple(parsed.menu))
    units = drop_second_copy(
        chrome.detect(blocks, repeated, own, (head.title, worded_summary(parsed.summary or "", blocks)))
    )
    units = numbered_runs.keep_numbered_runs(frames.frame(units))  # a step holding a login's words
    units = numbered_runs.box_step_apart(units)  # `3. Tải lại trang Cầu thủ Việt …`: the box's step, cut
    units = credit_lines.keep_credit_lines(units, chrome.HEADER_BYLINE)  # `Thực hiện: … | Ảnh: …` stays
    units = keep_signatures(units)  # a notice's `KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lê Văn Trung` is the notice's
    units = offices_signing(units)  # `Phòng Hợp tác quốc tế` under the last sentence: the author, no text
    # a writer in capitals is no subheading, nor a signer's office (`PHÓ CHỦ TỊCH`)
    unsigned = [u for u in units if u.reason not in (chrome.BYLINE, SIGNATURE)]
    blocks = run_on_heads.headings_apart(chrome.apply(blocks, units), unsigned)
    return credit_lines.credits_as_text(blocks), units, trimmed


def _body_passes(
    parsed: Parsed, blocks: list[Block], units: list[chrome.Unit]
) -> tuple[passes.Body, list[Block], str | None]:
    """The passes after the chrome detector: the credits and bylines taken out of the text (into
    the `Body`), the lead first, subheadings marked, a live page's entry times with their entries;
    the blocks, and a site's name ending the lead."""
    if parsed.layout != "html":  # a saved page's markup says what a credit is the caption of
        blocks = passes.merge_lone_credits(blocks)
    body = passes.Body(passes.dedupe(blocks))
    for unit in units:
        byline = parse_byline(unit.text) if unit.reason == chrome.HEADER_BYLINE else None
        byline = Byline(author=unit.text.strip()) if unit.reason == SIGNED else byline
        if (
            byline is not None
            and byline.unlabelled
            and not all(w[:1].isupper() for w in (byline.author or "").split())
        ):
            byline = dataclasses.replace(byline, author=None)  # `Thị trường | 28/10/2024`: a section's
        if byline is not None:
            body.take(byline)
    at = credit_lines.closing_credits(body.blocks)  # a line of credits stays, its writer read from it
    closing, body.blocks = body.blocks[at:], body.blocks[:at]
    passes.take_credits(body, writer=parsed.author is not None)  # a translation's line over its writer
    body.blocks += closing
    if not body.authors and (signed := credit_lines.signed(body.blocks)) is not None:
        body.take(signed)
    lead = parsed.lead if parsed.lead and not passes.is_chrome(parsed.lead) else None
    blocks, lead_site = passes.add_lead(body.blocks, lead)
    if parsed.layout != "html":  # trafilatura keeps a page's real headings
        blocks = passes.mark_subheadings(blocks)
    if parsed.layout == "flat":
        blocks = passes.reflow_run_on(blocks)
    blocks = passes.join_entry_times([b for b in blocks if b.text or b.credit])
    return body, header.take_closing_byline(blocks, body.authors), lead_site


def _first_passes(parsed: Parsed) -> tuple[list[Block], list[str], list[str]]:
    """The passes before the chrome detector: the blocks, the date lines at the top, and site
    names scraped twice (`VOV VOV`). `remember` runs them too, so pages compare alike."""
    blocks, date_lines = passes.take_date_lines(parsed.blocks)
    blocks = drop_stamped_section(blocks, parsed.blocks)  # `… 16:05 06/12/2026` | `Nông nghiệp` | the lead
    lead = next((i for i, b in enumerate(blocks) if b.kind == "paragraph"), None)
    if lead is not None and parsed.layout != "html":  # `Hà Nội40 cựu chiến binh…`: a dateline glued on
        blocks[lead] = Block("paragraph", datelines.unglue_place(blocks[lead].text))
    blocks = drop_chrome(blocks)
    site_repeats: list[str] = []
    blocks = passes.strip_site_repeats(blocks, site_repeats)
    return blocks, date_lines, site_repeats


def site_of(parsed: Parsed) -> str | None:
    """The site a page comes from, for `SiteMemory`: the link's host, else the `Source:` name."""
    return publishers.host(parsed.url) or (parsed.source.casefold() if parsed.source else None)


def remember(data: bytes, name: str, memory: chrome.SiteMemory, *, to_import: bool = False) -> None:
    """Add a raw file's units to `memory` (a file that cannot be read is left to `convert`); a file
    `to_import` is kept parsed, so `convert` does not parse it again."""
    try:
        parsed = parse(data, name)
    except BadInput:
        return
    memory.add(site_of(parsed), _first_passes(parsed)[0], (parsed.title, parsed.summary or ""))
    if to_import:
        memory.parsed[sha256(data)] = parsed
        memory.slugs.update(fold(word) for word in titles.slug_words(parsed.url))


def _keywords(tags: list[str], source: str | None) -> list[str]:
    seen: dict[str, str] = {}
    for tag in tags:
        tag = clean(tag).strip(" .")
        key = tag.casefold()
        if not tag or key in _JUNK_TAGS or (source and key == source.casefold()) or key in seen:
            continue
        seen[key] = tag
    return list(seen.values())


__all__ = ["BadInput", "Block", "Converted", "convert", "parse", "sha256"]
