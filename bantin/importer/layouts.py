"""Recognise how a raw text file is laid out and parse it into a `Parsed`.

Layouts seen in the scraped corpora, detected from the text alone:

* `vnsum`: `Title:`, `Source:`, `Link:`, `Published Date:`, `Author:`, `Tags:`, `Summary:`
  headers, then `Content:` with the whole body on one line;
* `flat`: title / lead / whole body on one line, no blank lines (baomoi data dumps);
* `baomoi-raw`: title, blank, one paragraph per line, then three blank lines and the lead again;
* `vfnd`: title, blank, description (often ending ` - VnExpress`), blank, one paragraph per line,
  related-article links at the top;
* `markdown`: a scraper's Markdown (Jina Reader's `Title:` … `Markdown Content:`, Firecrawl's,
  a clipper's under a front-matter), read by `scraped_markdown`;
* `paragraphs`: title, then paragraphs separated by blank lines, site chrome at the end (the
  seeds, and the fallback for anything else).
"""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence, sentence_starts, split_glued
from ..core.text import CAPITALS
from .boilerplate import is_chrome, is_section_header
from .byline_spots import is_stamp_line
from .bylines import parse_byline, source_of_title
from .captions import split_captions
from .credit_lines import credit_line
from .errors import BadInput
from .furniture import LABELLED_DATE, key
from .inline_links import drop_inline_headlines
from .markdown_headers import MarkdownPage
from .parsed import Block, Parsed
from .repair import clean, join_broken_lines, join_unit_names, split_runon
from .reviewed_by import reviewed_credit
from .scraped_markdown import read_markdown
from .stamps import is_time_of_day
from .story_lists import opens_story_list

# A headline's label glued to it by the scraper (`Hà Nội:Chất lượng …`): letters, a colon, a capital
# opening a word (not a time `10:30`, an address `https://`, nor `TP.HCM: …` already spaced).
_GLUED_COLON = re.compile(r"(?<=[^\W\d_]{2}):(?=[" + CAPITALS + r"][^\W\d_])")
_HEADER = re.compile(r"^(Title|Source|Link|Published Date|Author|Tags|Summary|Content)\s*:\s?(.*)$")
_MAX_TITLE = 300


def parse_text(text: str) -> Parsed:
    """Detect the layout of a plain-text article and parse it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    if not filled:
        raise BadInput("empty file")
    if (page := read_markdown(text)) is not None:
        return _markdown(page)
    if filled[0].lstrip().startswith("Title:") and any(line.startswith("Content:") for line in lines):
        return _vnsum(lines)
    if 2 <= len(filled) <= 3 and "\n\n" not in text.strip() and len(filled[-1]) >= 300:
        return _flat(filled)
    return _blocks(text)


def _title(line: str) -> str:
    title = _GLUED_COLON.sub(": ", clean(line))  # `Hòa Bình:Hơn 60 người …`: its place's label, spaced
    if not title or len(title) > _MAX_TITLE or not any(ch.isalpha() for ch in title):
        raise BadInput("no recognizable title (the first line should be the headline)")
    return title


def paragraph_blocks(line: str) -> list[Block]:
    """One raw paragraph → cleaned blocks (glued paragraphs split, captions separated)."""
    text = clean(line)
    if is_chrome(text) or is_section_header(text):
        return [Block("paragraph", text)]  # `Xem thêm Video: …` is chrome, not a caption
    blocks: list[Block] = []
    for piece in split_glued(text):
        blocks.extend(
            [Block("paragraph", piece)] if is_chrome(piece) else split_captions(piece, whole_line=True)
        )
    return blocks


def _vnsum(lines: list[str]) -> Parsed:
    headers: dict[str, str] = {}
    content: list[str] = []
    in_content = False
    for line in lines:
        match = None if in_content else _HEADER.match(line.lstrip())
        if match:
            key, value = match.groups()
            headers[key] = value
            in_content = key == "Content"
            if in_content and value.strip():
                content.append(value)
        elif in_content and line.strip():
            content.append(line)
    parsed = Parsed("vnsum", _title(headers.get("Title", "")))
    for line in join_unit_names(content):
        parsed.blocks.extend(split_runon(line))
    if not parsed.blocks and headers.get("Summary", "").strip():
        summary = clean(headers["Summary"])
        if not summary.endswith(("...", "…")):
            parsed.blocks.append(Block("paragraph", source_of_title(summary)[0]))
    parsed.summary = _value(headers.get("Summary"))
    parsed.source = _value(headers.get("Source"))
    parsed.author = _value(headers.get("Author"))
    link = _value(headers.get("Link"))
    parsed.url = link if link and re.match(r"^https?://\S+$", link) else None
    parsed.published = _value(headers.get("Published Date"))
    parsed.keywords = [tag for tag in map(_value, (headers.get("Tags") or "").split(",")) if tag]
    return parsed


def _markdown(page: MarkdownPage) -> Parsed:
    """A scraper's Markdown page: its header's title (a site's name after it is read as the other
    layouts read it) unless cut or missing, then the headline it prints, else its first line; its
    header's fields; its blocks read as the other layouts read theirs."""
    title = page.title
    if page.headline and (not title or _cut(title, page.headline) or _suffixed(title, page.headline)):
        title = page.headline
    if not title:
        title = next((lines[0] for _, lines in page.blocks if lines), "")
    parsed = Parsed("markdown", _title(title), summary=_value(page.summary), source=_value(page.source))
    parsed.author, parsed.url, parsed.published = _value(page.author), page.url, _value(page.published)
    parsed.keywords, parsed.menu, parsed.dropped = page.keywords, page.menu, page.links
    for kind, lines in page.blocks:
        for line in join_broken_lines(lines):
            if kind == "paragraph":
                parsed.blocks.extend(paragraph_blocks(line))
            elif kind == "caption":
                split = split_captions(clean(line), whole_line=True)
                captioned = any(b.kind == "caption" for b in split)
                parsed.blocks.extend(split if captioned else [Block("caption", clean(line))])
            else:
                parsed.blocks.append(Block("heading", clean(line)))
    return parsed


def _cut(title: str, headline: str) -> bool:
    """The header's title is the headline cut short (`… ký kết hợp tác…`)."""
    if not title.rstrip().endswith(("…", "...")):
        return False
    cut, whole = key(title.rstrip(". …")), key(headline)
    return bool(cut) and whole.startswith(cut) and len(whole) > len(cut)


def _suffixed(title: str, headline: str) -> bool:
    """The header's title is the headline the page prints and, after a dash or a bar, what the site
    adds to its tabs: its name or its slogan (`… - Nhịp sống kinh tế Việt Nam & Thế giới`)."""
    rest = title[len(headline) :] if title.startswith(headline) else ""
    return bool(re.match(r"\s+[-|–—]\s+\S", rest))


def _value(raw: str | None) -> str | None:
    value = clean(raw or "")
    return None if value.upper() in ("", "N/A", "NA", "NONE", "NULL", "-") else value


def _flat(filled: list[str]) -> Parsed:
    parsed = Parsed("flat", _title(filled[0]))
    if len(filled) == 3:
        parsed.lead = clean(filled[1])
    parsed.blocks = split_runon(filled[-1])
    return parsed


def _blocks(text: str) -> Parsed:
    """Blank-line separated blocks; lines inside a block are paragraphs unless broken mid-sentence."""
    chunks = re.split(r"\n((?:[ \t\u00a0]*\n)+)", text.strip("\n"))
    blocks = [chunks[0], *chunks[2::2]]
    gaps = [chunk.count("\n") for chunk in chunks[1::2]]
    first = blocks[0].split("\n")
    title_line, rest = first[0], first[1:]
    body = [rest, *[b.split("\n") for b in blocks[1:]]] if rest else [b.split("\n") for b in blocks[1:]]
    layout = "paragraphs"
    lead = None
    if len(blocks) >= 3 and gaps and gaps[-1] >= 3 and len(blocks[-1].split("\n")) == 1:
        layout, lead = "baomoi-raw", blocks[-1]
        body = body[:-1]
    elif len(blocks) >= 3 and not rest and len(blocks[1].split("\n")) == 1 and _looks_vfnd(blocks):
        layout, lead = "vfnd", blocks[1]
        body = body[1:]
    elif len(blocks) == 2 and not rest and gaps[0] == 2 and len(blocks[1].split("\n")) >= 3:
        layout = "vfnd"  # news-please output with an empty description: two blank lines
    parsed = Parsed(layout, _title(title_line), lead=clean(lead) if lead else None)
    lines = [line for block in body for line in join_broken_lines([ln for ln in block if ln.strip()])]
    if layout == "vfnd":
        lines, parsed.menu, related = _drop_related_links(lines)
        parsed.dropped = [(line, RELATED) for line in related]
        lines = drop_inline_headlines(lines)
    for line in lines:
        parsed.blocks.extend(paragraph_blocks(line))
    return parsed


def _looks_vfnd(blocks: list[str]) -> bool:
    """A description block, then one block of single-line paragraphs (news-please output)."""
    description = blocks[1].strip()
    body_lines = [ln for block in blocks[2:] for ln in block.split("\n") if ln.strip()]
    return source_of_title(clean(description))[1] is not None or (len(blocks) == 3 and len(body_lines) >= 3)


_TOP_LINKS = 8
_MENU_WORDS = 6  # a menu's line (`Tin tức › Giáo phận Huế`); a related headline is longer
# `TTO - `, `VOV.VN - `, `QĐND Online - `, `(Dân trí) - `: the agency's or the paper's dateline
_DATELINE = re.compile(
    r"^(?:\([A-ZĐ][\w&.]+(?: [\w&.]+)?\)|[A-ZĐ][A-ZĐ&]+(?:\.(?:vn|VN)| Online)?)\s*[-–]\s+"
    r"(?=[" + CAPITALS + "])"
)


RELATED = "a related story's link (news-please keeps its headline over the text)"
# A long read's chapter opening its text, its label and number before the chapter's title (`Chương 1 -
# Những đêm diễn giữa rừng`, `Phần 2: …`, `Kỳ 1: …`): the story's own heading, which no related link has.
_CHAPTER = re.compile(r"^(?:Chương|Phần|Kỳ|CHƯƠNG|PHẦN|KỲ)\s+(?:\d{1,2}|[IVX]{1,4})\s*[-–:.]\s+\S")


def _drop_related_links(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """news-please keeps the text of related-article links: headline lines at the top of the text
    and `Headline A / Headline B` lines anywhere; a caption may also start with such a headline.
    The lines kept, the short ones dropped over the text (the site's menu: `Thánh ca`, `Radio`), and
    every line dropped."""
    headlines: list[str] = []
    out: list[str] = []
    menu: list[str] = []
    started = False
    # The agency's dateline (`TTO - `, `QNO - `) opens the article: short lines above it are links,
    # questions too (`Vì sao Cần Thơ ngập nặng mỗi mùa triều cường?`).
    dateline = next((i for i, line in enumerate(lines[:_TOP_LINKS]) if _DATELINE.match(line.strip())), 0)
    # A live page: times of day alone, two or more each over a sentence (not a player's `00:00 / 01:42`).
    entries = [i for i, line in enumerate(lines[:-1]) if is_time_of_day(clean(line))]
    live = sum(1 for i in entries if ends_sentence(clean(lines[i + 1]))) >= 2
    for index, line in enumerate(lines):
        text = clean(line)
        parts = [p.strip() for p in text.split(" / ")]
        # not a verse or a list the story introduces with a colon (`Trích một đoạn thơ …:`)
        introduced = index > 0 and clean(lines[index - 1]).endswith(":")
        if len(parts) >= 2 and all(p and not ends_sentence(p) for p in parts) and not introduced:
            headlines.extend(parts)
            continue
        if index < dateline and len(text) <= 200 and len(split_glued(text)) == 1 and text.endswith("?"):
            headlines.append(text)
            continue
        if not started and (
            is_stamp_line(text) or LABELLED_DATE.fullmatch(text) or (live and is_time_of_day(text))
        ):
            # a stamp, or a time of day opening a live page's first entry (`08:15`): no link
            if headlines and _writer(headlines[-1]):  # nor the writer's name right over it
                out.append(headlines.pop())
            out.append(text)
            continue
        # A line of sentences ending with no full stop (a reader's question signed `(Bạn đọc …)`) is
        # the text's: a headline is one sentence. So is a list the story opens with (`story_lists`), and
        # a feature's line of credits (`Thực hiện: … | Ảnh: …`), and the doctor's who vouched for a
        # page's advice (`Tham vấn y khoa: Bác sĩ …`). A line ending with a comma or a colon
        # runs on into the next (a letter's `Kính gửi Ban Biên tập,`): no headline ends so.
        if not started and not ends_sentence(text) and len(text) <= 200 and not text.endswith((":", ",")):
            credits = credit_line(text) or reviewed_credit(text)
            kept = credits or _CHAPTER.match(text) is not None  # `Chương 1 - …`: the story's heading
            if not sentence_starts(text) and not opens_story_list(lines, index) and not kept:
                headlines.append(text)
                continue
        if not started:
            menu = [line for line in headlines if len(line.split()) <= _MENU_WORDS]
        started = True
        for headline in headlines:  # not a sentence whose subject it is (`Diễn đàn tiếp tục nhận …`)
            if (
                text.startswith(headline + " ")
                and len(text) > len(headline) + 20
                and _opens(text[len(headline) :])
            ):
                text = text[len(headline) :].strip()
        out.append(text)
    return out, menu, headlines


def _opens(rest: str) -> bool:
    """What follows a related headline glued on (a caption, a sentence) opens with a capital or a
    figure; a sentence going on in lower case (`… tiếp tục nhận ý kiến`) has that headline for subject."""
    first = rest.strip()[:1]
    return not first.islower()


def _writer(line: str) -> bool:
    """A writer's name alone (`Hoàng An`): two to four words in capitals, no source."""
    byline = parse_byline(line)
    words = line.split()
    return byline is not None and byline.author is not None and byline.source is None and 2 <= len(words) <= 4
