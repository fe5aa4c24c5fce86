"""One raw file → one article, with no disk access: the heart of `python build.py import`.

`convert()` decodes the bytes, parses the layout, cleans the body, reads the credits and the
date, tags entities and returns the front-matter and Markdown body, plus the warnings an editor
should see. `command.py` does the file work around it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from bantin.core.article import FrontMatter, dump_article
from bantin.core.text import fold
from bantin.entities import Kind, Registry
from bantin.tagging.matcher import mentions

from . import body as passes
from . import chrome, dates, publishers, stamps, titles
from .bylines import (
    KNOWN_SOURCES,
    is_source_name,
    parse_byline,
    signed_after_credit,
    signed_before_furniture,
    source_of_title,
)
from .decode import decode
from .errors import BadInput
from .html import looks_like_html, parse_html
from .layouts import parse_text
from .markdown import render
from .parsed import Block, Parsed
from .repair import clean

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
    page_text = [b.text for b in parsed.blocks]
    table = sources or {}
    named = publishers.name(parsed.source, parsed.url, table, page_text)
    title, title_site = _title(
        parsed.title,
        warnings,
        (named, parsed.source, publishers.host(parsed.url)),
        titles.folders(parsed.url),
        frozenset(table.values()),
    )
    paper = publishers.masthead_spells(title_site, publishers.host(parsed.url))  # `Báo Xây dựng`
    if title_site and (paper or not any(fold(title_site) in fold(text) for text in page_text)):
        # a site known by its address names itself in its titles (`… | Tinh tế`); a name the article
        # also prints (`Hà Nội Phố cũng sẽ…`) may be a place of its story, not the site
        named = publishers.name(parsed.source, parsed.url, table, page_text, title_site)

    blocks, date_lines, site_repeats = _first_passes(parsed)
    site = site_of(parsed)
    trimmed: list[chrome.Unit] = []
    repeated: frozenset[str] = frozenset()
    if memory is not None:
        head, tail = memory.shared_ends(site, blocks)
        blocks, trimmed = chrome.trim_shared(blocks, head, tail)
        repeated = memory.elsewhere(site, blocks)
    own = chrome.Site(publishers.host(parsed.url), named)
    units = chrome.detect(blocks, repeated, own, (title, parsed.summary or ""))
    blocks = chrome.apply(blocks, units)
    if parsed.layout != "html":  # a saved page's markup says what a credit is the caption of
        blocks = passes.merge_lone_credits(blocks)
    body = passes.Body(passes.dedupe(blocks))
    for unit in units:
        byline = parse_byline(unit.text) if unit.reason == chrome.HEADER_BYLINE else None
        if byline is not None:
            body.take(byline)
    passes.take_credits(body)
    lead = parsed.lead if parsed.lead and not passes.is_chrome(parsed.lead) else None
    blocks, lead_site = passes.add_lead(body.blocks, lead)
    if parsed.layout != "html":  # trafilatura keeps a page's real headings
        blocks = passes.mark_subheadings(blocks)
    if parsed.layout == "flat":
        blocks = passes.reflow_run_on(blocks)
    blocks = [b for b in blocks if b.text or b.credit]
    last = blocks[-1] if blocks else None
    if last and last.kind == "caption" and not body.authors and (cut := signed_after_credit(last.credit)):
        # `Ảnh: QĐND VĂN CHIẾN` closing the article: the photo's credit, then its writer
        blocks[-1] = Block("caption", last.text, cut[0])
        body.authors.append(cut[1])
    if len(blocks) > 1 and (photographed := _byline_with_photos(blocks[-1])):
        blocks = blocks[:-1]  # `Lê Hà - Ảnh: Minh Đức` closing the article is its byline, not a caption
        body.authors.append(photographed)
    if not any(b.kind == "paragraph" for b in blocks):
        warnings.append("no article text found; the body is empty")

    # A scraper's `Source:` line names the page's publisher (a re-post's `Theo VnExpress` is a
    # credit inside it); a saved page's site name yields to the credits, the agency that wrote it.
    stated = parsed.source if parsed.layout != "html" else None
    credited = [*body.sources[::-1], parsed.source, title_site, lead_site, *site_repeats, source]
    chosen_source = _first(stated, *credited, _attribution(blocks, table))
    if chosen_source is not None and chosen_source == parsed.source:
        chosen_source = named  # the `Source:` line's publisher, named once
    elif chosen_source is not None and (
        chosen_source in (title_site, lead_site, *site_repeats) or publishers.host(chosen_source)
    ):
        chosen_source = publishers.name(chosen_source, parsed.url, table, page_text)
    elif chosen_source is None and parsed.url:
        chosen_source = publishers.name(None, parsed.url, table, page_text)
    elif chosen_source is not None and chosen_source not in _AGENCY_NAMES.values():
        # a credit as readers say it: `HNMO - ` → Hà Nội Mới, `Theo Báo điện tử Tổ Quốc` → Báo Tổ Quốc
        chosen_source = publishers.by_initials(chosen_source, table) or publishers.short(chosen_source)
    stamped = [byline.author for line in date_lines if (byline := parse_byline(line)) and byline.author]
    closing = stamps.closing_stamp(footer := _footer(units))
    signed = parse_byline(closing[1]) if closing else None  # `Minh Anh Ngày đăng: 16/02/2024`
    capitals = signed_before_furniture(footer[0]) if footer else None  # `MINH ANH Bình luận (0)`
    written = (signed.author if signed else None, capitals)
    author = _first(_author(parsed.author), *body.authors[::-1], *stamped, *written)
    plain = "\n".join(b.text for b in blocks)
    title, completed = titles.complete(
        title,
        parsed.url,
        [plain, parsed.summary or "", parsed.lead or "", *parsed.keywords],
        memory.words if memory is not None else [],
        parsed.keywords,
    )
    if completed:
        whence = "the link's address" if titles.slug_words(parsed.url) else "the page's tags"
        warnings.append(f"title completed from {whence}; check it against the source")
    elif title.endswith("…"):
        warnings.append("title looks truncated (it ends with '…'); check it against the source")
    openings = [b.text for b in blocks if b.kind == "paragraph"][:3]
    markdown = render(blocks)
    named = mentions(registry, title + "\n\n" + markdown) if registry is not None else {k: [] for k in Kind}
    resolved = dates.resolve(
        [
            parsed.published,
            *date_lines,
            dates.header_date(_header(units)),
            stamps.glued_stamp(next((b.text for b in parsed.blocks if b.kind == "paragraph"), "")),
            *body.dates,
            closing[0] if closing else None,
        ],
        [*openings[:1], *(_after_headline(text, title) for text in openings[:1]), *openings[1:]],
        plain,
        year=year,
        today=today or dt.date.today(),
        events=_event_spans(registry, named[Kind.EVENT]),
    )
    if resolved.warning:
        warnings.append(resolved.warning)
    front = FrontMatter(
        title=title,
        date=resolved.date,
        source=chosen_source,
        author=author,
        source_url=parsed.url,
        organizations=named[Kind.ORGANIZATION],
        people=named[Kind.PERSON],
        events=named[Kind.EVENT],
        places=named[Kind.PLACE],
        tagged_by_registry=[i for kind in Kind for i in named[kind]],
        keywords=_keywords(parsed.keywords, chosen_source),
        date_estimated=resolved.estimated,
        source_sha256=sha256(data),
    )
    return Converted(front, markdown, parsed.layout, tuple(warnings), (*trimmed, *units))


def _first_passes(parsed: Parsed) -> tuple[list[Block], list[str], list[str]]:
    """The passes before the chrome detector: the blocks, the date lines at the top, and site
    names scraped twice (`VOV VOV`). `remember` runs them too, so pages compare alike."""
    blocks, date_lines = passes.take_date_lines(parsed.blocks)
    blocks = passes.drop_chrome(blocks)
    site_repeats: list[str] = []
    blocks = passes.strip_site_repeats(blocks, site_repeats)
    return blocks, date_lines, site_repeats


def _header(units: list[chrome.Unit]) -> list[str]:
    """What was dropped before the article's first kept sentence (time stamps, a dateline)."""
    head = []
    for unit in units:
        if unit.keep:
            break
        head.append(unit.text)
    return head


def _footer(units: list[chrome.Unit], lines: int = 4) -> list[str]:
    """The first units dropped after the article's last kept one (a stamp printed under the text)."""
    last = max((i for i, unit in enumerate(units) if unit.keep), default=len(units) - 1)
    return [unit.text for unit in units[last + 1 : last + 1 + lines]]


def _after_headline(text: str, title: str) -> str:
    """What follows the headline the page prints above the article, opening with its stamp or dateline
    (`Trang chủ Thời sự Nghệ An: Hơn 3.000 … năm 2024 12:30 | 16/02/2024 Sáng nay, …`); a dateline
    before the headline is read first."""
    stem = title.rstrip("…").strip()
    at = fold(text[:200]).find(fold(stem)) if len(stem) >= 15 else -1
    return text[at + len(stem) :].lstrip(" |-–—:,") if at >= 0 else ""


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


def _event_spans(registry: Registry | None, ids: list[str]) -> list[tuple[str, dt.date, dt.date]]:
    """The named events the registry dates (a year alone spans the year), for the date guess."""
    spans = []
    for entity_id in ids:
        entity = registry.get(entity_id) if registry is not None else None
        if entity is None or entity.start is None:
            continue
        first = _day(entity.start, last=False)
        spans.append(
            (entity.name, first, _day(entity.end, last=True) if entity.end else _day(entity.start, last=True))
        )
    return spans


def _day(partial: str, *, last: bool) -> dt.date:
    """`2017`, `2017-05` or `2017-05-14` as its first (or last) day."""
    parts = [int(p) for p in partial.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        if not last:
            return dt.date(parts[0], parts[1], 1)
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31) if last else dt.date(parts[0], 1, 1)


def _title(
    raw: str,
    warnings: list[str],
    names: tuple[str | None, ...],
    folders: frozenset[str],
    known: frozenset[str],
) -> tuple[str, str | None]:
    title, site = source_of_title(clean(raw), names, folders, known)
    title = title.strip()
    if not title or not any(ch.isalpha() for ch in title):
        raise BadInput("no recognizable title")
    if title.endswith("..."):
        title = title[:-3].rstrip() + "…"
    if title[0].islower():
        title = title[0].upper() + title[1:]
        warnings.append(
            "title started in lower case, so it may be cut at the start; check it against the source"
        )
    return title, site


_ATTRIBUTION = re.compile(
    r"^Theo\s+(?:(?:đặc phái viên|phóng viên|PV|phóng viên thường trú|thông tin từ|tin từ)\s+)?"
    r"(?P<source>[^,]{2,40}),",
    re.IGNORECASE,
)


_DATELINE_AGENCY = re.compile(r"^\(?(?P<agency>[\w.+&]{2,15}(?: [\w.]{2,10})?)\)?\s*[-–—]\s")
_AGENCY_NAMES = {
    "TTO": "Tuổi Trẻ", "NLĐO": "Người Lao Động", "PLO": "Pháp Luật TP.HCM", "VOV.VN": "VOV",
    "QĐND": "Quân đội nhân dân", "CAND": "Công an nhân dân", "Chinhphu.vn": "Chinhphu.vn", "VTV.vn": "VTV",
    "Dân trí": "Dân trí", "VTC News": "VTC News", "GDVN": "Giáo dục Việt Nam",
}  # fmt: skip


def _attribution(blocks: list[Block], table: dict[str, str]) -> str | None:
    """`Theo Đặc phái viên TTXVN, ngày 15/5, …` or a `TTO - ` dateline names the agency when no
    credit does; initials no one knows (`TN - `: Thanh Niên, Tây Ninh…) name none, unless they spell
    the one publisher of the table (`HNMO - `)."""
    for block in [b for b in blocks if b.kind == "paragraph"][:2]:
        match = _ATTRIBUTION.match(block.text)
        if match and is_source_name(match.group("source")):
            return match.group("source")
        agency = _DATELINE_AGENCY.match(block.text)
        tag = agency.group("agency") if agency else ""
        if tag in _AGENCY_NAMES:
            return _AGENCY_NAMES[tag]
        if re.fullmatch(r"[A-ZĐ&]+", tag) and tag.casefold() not in KNOWN_SOURCES:
            return publishers.by_initials(tag, table)
        if tag and is_source_name(tag):
            return tag
    return None


def _byline_with_photos(block: Block) -> str | None:
    """The writer's name of a closing `Name - Ảnh: Photographer` read as a caption; a portrait's caption
    (`Ông Trần Văn Ba`) names someone with a title."""
    if block.kind != "caption" or not block.credit or not block.credit.startswith("Ảnh:") or not block.text:
        return None
    name = block.text.strip(" -–,;")
    byline = parse_byline(name) if len(name.split()) <= 4 and not re.match(r"(?:Ông|Bà)\s", name) else None
    return byline.author if byline is not None and byline.author and not byline.source else None


def _author(value: str | None) -> str | None:
    """An author from a header or page metadata, all-capital names in normal case; not a credit
    (`Theo TTXVN`, an agency) nor a login (`admin`), which leave the author to the article's byline."""
    value = clean(value or "")
    byline = parse_byline(value) if value else None
    if re.fullmatch(r"[a-z0-9_.@-]+", value) or (byline is not None and byline.source and not byline.author):
        return None
    return value.title() if value.isupper() and len(value) > 3 else value or None


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and value.strip():
            return clean(value)
    return None


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
