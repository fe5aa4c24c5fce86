"""The article's header: its title, publisher (source), author and date, gathered from everywhere a
page states them, each in order of trust.

`headline()` reads the title (and the site name it ends with) before the body is cleaned, since the
chrome detector compares sentences with it; `credits()` chooses the source and the author and
completes a cut title once the body's passes have set aside its credits and stamps (`Clues`);
`dated()` resolves the date last, when the entities named (events have dates) are known. Each
returns the `Header` so far; the warnings for the editor go to the list `convert` passes in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..core.text import fold
from ..entities import Kind, Registry
from . import chrome, datelines, owners, prefixes, published, publishers, signed_dates, stamps, titles
from .asked_heads import with_its_mark
from .body import Body
from .byline_spots import signed_before_furniture
from .bylines import parse_byline, source_of_title
from .credit_ends import signed_after_credit
from .cut_suffixes import without_cut_suffix
from .errors import BadInput
from .parsed import Block, Parsed
from .placed_heads import from_unlabelled
from .repair import clean
from .reposts import credit_alone, original_paper, reposted
from .reprints import REASON as REPRINT
from .translated_credits import foreign, wire_credit


@dataclass(frozen=True)
class Header:
    """What the page says of its article besides the text, as far as it has been read."""

    title: str
    site: str | None = None  # a site's name the title ends with (`… | Tinh tế`)
    publisher: str | None = None  # the publisher named by the `Source:` line or the page's address
    source: str | None = None
    author: str | None = None
    date: dt.date | None = None
    estimated: bool = False  # the date is a guess


@dataclass(frozen=True)
class Clues:
    """What the passes before and after the chrome detector set aside that names the header."""

    date_lines: list[str]  # stamps and dated bylines at the top (`Minh Anh - 16/02/2024`)
    site_repeats: list[str]  # site names scraped twice (`VOV VOV`)
    lead_site: str | None  # a site's name ending the lead (` - VnExpress`)
    credits: Body  # the sources, authors and dates the body's credits and bylines said
    units: list[chrome.Unit]  # the chrome detector's decisions (a stamp above or under the text)


def headline(parsed: Parsed, table: dict[str, str], registry: Registry | None, warnings: list[str]) -> Header:
    """The title, without the site's name it ends with, and the publisher the page names (a masthead
    in capitals written as the registry's organisations are)."""
    page_text = [b.text for b in parsed.blocks]
    known = _organisations(registry)
    named = publishers.name(parsed.source, parsed.url, table, page_text, names=known)
    title, title_site = _title(
        parsed.title,
        warnings,
        (named, parsed.source, publishers.host(parsed.url)),
        titles.folders(parsed.url),
        frozenset(table.values()),
        "".join(titles.slug_words(parsed.url)),
        (parsed.summary or "", parsed.lead or "", *page_text),
    )
    paper = publishers.masthead_spells(title_site, publishers.host(parsed.url))  # `Báo Xây dựng`
    if title_site and (paper or not any(fold(title_site) in fold(text) for text in page_text)):
        # a site known by its address names itself in its titles (`… | Tinh tế`); a name the article
        # also prints (`Hà Nội Phố cũng sẽ…`) may be a place of its story, not the site
        named = publishers.name(parsed.source, parsed.url, table, page_text, title_site, known)
    return Header(title, title_site, named)


def _organisations(registry: Registry | None) -> tuple[str, ...]:
    """The names of the registry's organisations, as they are written."""
    if registry is None:
        return ()
    return tuple(name for e in registry if e.kind is Kind.ORGANIZATION for name, _ in e.names())


def take_closing_byline(blocks: list[Block], authors: list[str]) -> list[Block]:
    """The blocks without a byline the caption pass took for a photo's credit at the end, its
    writer added to `authors`."""
    last = blocks[-1] if blocks else None
    if last and last.kind == "caption" and not authors and (cut := signed_after_credit(last.credit)):
        # `Ảnh: QĐND VĂN CHIẾN` closing the article: the photo's credit, then its writer
        blocks = [*blocks[:-1], Block("caption", last.text, cut[0])]
        authors.append(cut[1])
    if len(blocks) > 1 and (photographed := _byline_with_photos(blocks[-1])):
        blocks = blocks[:-1]  # `Lê Hà - Ảnh: Minh Đức` closing the article is its byline, not a caption
        authors.append(photographed)
    return blocks


def credits(
    header: Header,
    parsed: Parsed,
    blocks: list[Block],
    clues: Clues,
    *,
    table: dict[str, str],
    source: str | None,
    words: Sequence[str],
    registry: Registry | None,
    warnings: list[str],
) -> Header:
    """The source and the author chosen, and the title completed if the scraper cut it.

    `source` is the one the editor gave on the command line, `words` the other pages' words
    (`SiteMemory.words`) a cut title may be completed with, `registry` knows places too."""
    return dataclasses.replace(
        header,
        title=_completed(header.title, parsed, blocks, words, warnings, clues.units),
        source=_source(header, parsed, blocks, clues, table, source),
        author=_author(parsed, blocks, clues, registry),
    )


def dated(
    header: Header,
    parsed: Parsed,
    blocks: list[Block],
    clues: Clues,
    *,
    year: int | None,
    today: dt.date,
    registry: Registry | None,
    events: list[str],
    warnings: list[str],
) -> Header:
    """The date: stated, else a dateline, else a guess from the text and the named `events` (ids
    of the registry's events the article names)."""
    openings = [b.text for b in blocks if b.kind == "paragraph"][:3]
    closing = stamps.closing_stamp(_footer(clues.units)) or stamps.closing_stamp(
        _footer(clues.units, past_credits=True)
    )  # `Ngày đăng: 20/03/2024` under the byline, before a kept `Nguồn: …`
    paragraphs = [b.text for b in parsed.blocks if b.kind == "paragraph"][:2]
    # the page's stamp glued to its first paragraph, or to its second after the lead (title / lead /
    # the page as scraped on one line, its menu and stamp first)
    glued = next(
        filter(None, map(stamps.glued_stamp, paragraphs[: 1 if parsed.layout == "html" else 2])), None
    )
    resolved = published.resolve(
        stamps.publication_first(
            [
                parsed.published,
                *clues.date_lines,
                stamps.header_date(_header(clues.units)),
                glued,
                *clues.credits.dates,
                closing[0] if closing else None,
                signed_dates.signed_date([b.text for b in blocks if b.kind == "paragraph"]),
            ]
        ),
        [*openings[:1], *(_after_headline(text, header.title) for text in openings[:1]), *openings[1:]],
        "\n".join(b.text for b in blocks),
        year=year,
        today=today,
        events=_event_spans(registry, events),
        lead=parsed.lead or "",
    )
    if resolved.warning:
        warnings.append(resolved.warning)
    return dataclasses.replace(header, date=resolved.date, estimated=resolved.estimated)


def _source(
    header: Header,
    parsed: Parsed,
    blocks: list[Block],
    clues: Clues,
    table: dict[str, str],
    source: str | None,
) -> str | None:
    """A scraper's `Source:` line, or the site's name ending the page's description (news-please's
    ` - VnExpress`), names the page's publisher (a re-post's `Theo VnExpress`, a wire's `(Theo
    Reuters)` are credits inside it); a saved page's site name yields to the credits, the agency
    that wrote it, but not to a foreign one's (`Theo NASA`: the site translated it); a page named by
    none of them, or by a bare address, by the owner its copyright line states (`owners`)."""
    page_text = [b.text for b in parsed.blocks]
    named = _named(header, parsed, blocks, clues, table, source)
    owner = owners.copyright_owner(page_text) if parsed.layout != "html" else None
    if owner and (named is None or publishers.NAMED_DOMAIN.match(named)):
        return owner  # `Bản quyền thuộc Hội Nhà báo Việt Nam` names vja.org.vn in words
    return named


def _named(
    header: Header,
    parsed: Parsed,
    blocks: list[Block],
    clues: Clues,
    table: dict[str, str],
    source: str | None,
) -> str | None:
    """The publisher the page's `Source:` line, description, credits, title or address name."""
    page_text = [b.text for b in parsed.blocks]
    signed = owners.signed_description(parsed.lead, table.values()) if parsed.layout == "vfnd" else None
    stated = (parsed.source or clues.lead_site or signed) if parsed.layout != "html" else None
    sites = (header.site, clues.lead_site, *clues.site_repeats)
    publisher = header.site or header.publisher  # the page names its own: a translation's source is not it
    field = parse_byline(clean(parsed.author)) if parsed.author else None  # `Nguồn: Báo X` in its place
    fielded = [field.source] if field and field.source and not field.author else []
    others = [s for s in (*clues.credits.sources[::-1], *fielded) if not owners.runs_the_site(s, publisher)]
    credits = [s for s in others if not (publisher and foreign(s, table))]  # nor its own office (`UBND …`)
    credited = [*credits, parsed.source, *sites, source]
    # the dateline as the page printed it: the detector may have taken `VOV.VN - ` off as an address
    agency = datelines.agency(blocks, table) or datelines.agency(parsed.blocks, table)
    original = original_paper([*parsed.menu, *page_text], list(table.values()), header.publisher or stated)
    if original or reposted(page_text):  # the paper it reposts publishes, not the wires that paper translated
        reposts = [credit_alone(s) for s in credits if not (original and wire_credit(s))]
        stated = _first(*reposts, original, stated)
    chosen = _first(stated, *credited, agency)
    if chosen is not None and chosen == parsed.source:
        return header.publisher  # the `Source:` line's publisher, named once
    if chosen is not None and (chosen in sites or publishers.host(chosen)):
        return publishers.name(chosen, parsed.url, table, page_text)
    if chosen is None and parsed.url:
        return publishers.name(None, parsed.url, table, page_text)
    if chosen is not None and chosen not in datelines.AGENCY_NAMES.values():
        # a credit as readers say it: `HNMO - ` → Hà Nội Mới, `Theo Báo điện tử Tổ Quốc` → Báo Tổ Quốc
        return publishers.by_initials(chosen, table) or publishers.short(chosen)
    return chosen


def _author(parsed: Parsed, blocks: list[Block], clues: Clues, registry: Registry | None) -> str | None:
    """The page's author field, else the last byline of the body, a dated byline at the top, a
    stamped byline under the text (`Minh Anh Ngày đăng: 16/02/2024`) or a name in capitals before
    the page's furniture (`MINH ANH Bình luận (0)`). A name beside a stamp with no label is no one's
    when it is a place the article names as one or the registry knows (the dateline `Buôn Ma Thuột -
    16/02/2024` of a story `tại TP Buôn Ma Thuột`)."""
    dated_lines = [byline for line in clues.date_lines if (byline := parse_byline(line)) and byline.author]
    stamped = [byline.author for byline in dated_lines]
    closing = stamps.closing_stamp(footer := _footer(clues.units))
    signed = parse_byline(closing[1]) if closing else None
    capitals = signed_before_furniture(footer[0]) if footer else None
    written = (signed.author if signed else None, capitals)
    beside_stamps = {
        *clues.credits.unlabelled,
        *(b.author for b in (*dated_lines, signed) if b and b.unlabelled),
    }
    texts = [parsed.title, parsed.summary or "", parsed.lead or "", *(b.text for b in blocks)]
    places = datelines.registry_places(registry) if beside_stamps else frozenset()
    bylines = [
        name
        for name in (*clues.credits.authors[::-1], *stamped, *written)
        if name not in beside_stamps or not datelines.is_place(name, texts, places)
    ]
    return _first(_field_author(parsed.author), *bylines)


def _completed(
    title: str,
    parsed: Parsed,
    blocks: list[Block],
    words: Sequence[str],
    warnings: list[str],
    units: Sequence[chrome.Unit] = (),
) -> str:
    plain = "\n".join(b.text for b in blocks)
    title, completed = titles.complete(
        title,
        parsed.url if parsed.layout != "html" or titles.is_truncated(title) else None,  # an <h1> is whole
        [plain, parsed.summary or "", parsed.lead or "", *parsed.keywords],
        words,
        [*parsed.keywords, *map(stamps.before_stamp, _header(units))],
        [parsed.summary or "", parsed.lead or ""],
    )
    if not completed and (whole := from_unlabelled(title, [parsed.summary or "", parsed.lead or ""])):
        title, completed = whole, True  # `Ninh Bình: Tràng An …`: a lead restating it without its label
    if completed:
        title = with_its_mark(title, [plain, parsed.summary or "", parsed.lead or ""])
        whence = "the link's address" if titles.slug_words(parsed.url) else "the page's tags or headline"
        warnings.append(f"title completed from {whence}; check it against the source")
    elif title.endswith("…"):
        warnings.append("title looks truncated (it ends with '…'); check it against the source")
    return title


def _header(units: Sequence[chrome.Unit]) -> list[str]:
    """What was dropped before the article's first kept sentence (time stamps, a dateline), past a
    credit kept above it (`Kenh14.vn`, then the menu and the stamp)."""
    head = []
    for unit in units:
        if unit.keep and unit.reason != chrome.BYLINE:
            break
        head += [unit.text] if unit.reason != REPRINT else []  # a cache's banner dates the copy
    return head


def _footer(units: list[chrome.Unit], lines: int = 4, past_credits: bool = False) -> list[str]:
    """The first units dropped after the article's last kept one (a stamp printed under the text);
    `past_credits`, the first after its last kept sentence, a byline or a source's line among them."""
    kept = [
        i for i, unit in enumerate(units) if unit.keep and not (past_credits and unit.reason == chrome.BYLINE)
    ]
    last = max(kept, default=len(units) - 1)
    return [unit.text for unit in units[last + 1 : last + 1 + lines]]


def _after_headline(text: str, title: str) -> str:
    """What follows the headline the page prints above the article, opening with its stamp or dateline
    (`Trang chủ Thời sự Nghệ An: Hơn 3.000 … năm 2024 12:30 | 16/02/2024 Sáng nay, …`); a dateline
    before the headline is read first."""
    stem = title.rstrip("…").strip()
    at = fold(text[:200]).find(fold(stem)) if len(stem) >= 15 else -1
    return text[at + len(stem) :].lstrip(" |-–—:,") if at >= 0 else ""


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
    slug: str = "",
    texts: tuple[str, ...] = (),
) -> tuple[str, str | None]:
    title, site = source_of_title(clean(raw), names, folders, known, slug, texts)
    title = (without_cut_suffix(title, names, slug) or title).strip()  # `… | Báo…`
    if prefix := prefixes.site_prefix(title, names):  # `Bộ Y tế | …`: the site's name before the headline
        title = title[len(prefix) :]
        warnings.append(f"the title's opening `{prefix.strip()}` is the site's name; dropped it")
    if not title or not any(ch.isalpha() for ch in title):
        raise BadInput("no recognizable title")
    if title.endswith("..."):
        title = title[:-3].rstrip() + "…"
    if label := titles.format_label(title):
        title = title[len(label) :]
        warnings.append(f"the title's label of its format (`{label.strip()}`) is the site's; dropped it")
    if title[0].islower() and not any(ch.isupper() for ch in title.split()[0]):  # `iPhone` spelt so
        title = title[0].upper() + title[1:]
        warnings.append(
            "title started in lower case, so it may be cut at the start; check it against the source"
        )
    return title, site


def _byline_with_photos(block: Block) -> str | None:
    """The writer's name of a closing `Name - Ảnh: Photographer` read as a caption; a portrait's caption
    (`Ông Trần Văn Ba`) names someone with a title."""
    if block.kind != "caption" or not block.credit or not block.credit.startswith("Ảnh:") or not block.text:
        return None
    name = block.text.strip(" -–,;")
    byline = parse_byline(name) if len(name.split()) <= 4 and not re.match(r"(?:Ông|Bà)\s", name) else None
    return byline.author if byline is not None and byline.author and not byline.source else None


def _field_author(value: str | None) -> str | None:
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
