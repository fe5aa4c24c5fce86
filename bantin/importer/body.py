"""The passes every layout shares once its blocks are cleaned: chrome and related headlines out,
credits and bylines into metadata, the lead first and never twice."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ..core.sentences import ends_sentence, sentence_starts
from . import boxed, signed
from .answerers import signed_at_work
from .boilerplate import is_chrome, is_headline, is_language_menu, is_section_header, remove_language_menus
from .byline_spots import is_stamp_line, split_leading_byline, split_trailing_byline
from .bylines import Byline, is_source_name, parse_byline, source_of_title
from .chrome import split_units
from .dates import stamp_line
from .furniture import LABELLED_DATE, signals
from .parsed import Block
from .part_heads import opens_a_part
from .stamps import is_time_of_day
from .story_contacts import contact_field
from .unsigned import source_credit

_CREDIT_LINE = re.compile(r"^\(?\s*(?:[Tt]heo|[Nn]guồn)\s*:?\s+\S")
_REPEATED_NAME = re.compile(r"(?<!\S)(\S+)(?:\s+\1)+(?!\S)")
_TRAILING_BYLINES = 3
_SENTENCE_END = re.compile(r"(?<=[.!?…”\"])\s+(?=\S.{0,78}$)")


@dataclass
class Body:
    """The article's blocks and what its credits said."""

    blocks: list[Block]
    sources: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    unlabelled: list[str] = field(default_factory=list)  # authors beside a stamp with no label

    def take(self, byline: Byline) -> None:
        if byline.source:
            self.sources.append(byline.source)
        if byline.author:
            self.authors.append(byline.author)
            if byline.unlabelled:
                self.unlabelled.append(byline.author)
        if byline.when:
            self.dates.append(byline.when)


def take_date_lines(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """A line at the top that is only a date (`Thứ Tư, 08/11/2023 15:30`) or a dated byline (`Minh Anh -
    16/02/2024`, `Đăng bởi: Minh Anh | 16/02/2024`) is the page's timestamp, with its author; a dated
    byline glued before the lead is cut off it first. Stamps shaped alike are a list of other stories'."""
    first = next(
        (i for i, b in enumerate(blocks[:3]) if b.kind == "paragraph" and not is_stamp_line(b.text)), None
    )
    glued = split_leading_byline(blocks[first].text) if first is not None else None
    if first is not None and glued:  # `Minh Anh - 16/02/2024 Sáng 16/2, …`: the byline its own line
        blocks = [*blocks[:first], *(Block("paragraph", piece) for piece in glued), *blocks[first + 1 :]]
    dates = [
        b.text for b in blocks[:3] if b.kind == "paragraph" and (is_stamp_line(b.text) or _posted(b.text))
    ]
    shapes = [re.sub(r"\d+", "0", text) for text in dates]
    listed = {shape for shape in shapes if shapes.count(shape) > 1}  # stamps alike: other stories'
    dates = [text for text, shape in zip(dates, shapes, strict=True) if shape not in listed]
    # a bare stamp under a menu stays for the chrome detector to see where the header ends (it goes too)
    menu = bool(blocks) and blocks[0].kind == "paragraph" and blocks[0].text not in dates
    taken = {text for text in dates if not (menu and (stamp_line(text) is not None or _posted(text)))}
    return [b for b in blocks if not (b.kind == "paragraph" and b.text in taken)], dates


def _posted(text: str) -> bool:
    """A blog's stamp with its writer (`Posted on 12/08/2023 by Mây`, `Posted by Mây on 12/08/2023`)."""
    return LABELLED_DATE.fullmatch(text.strip()) is not None


def drop_chrome(blocks: list[Block]) -> list[Block]:
    """Remove chrome lines and `Tin liên quan`-style sections with the headlines under them."""
    out: list[Block] = []
    in_section = False
    blocks = _before_tags(blocks)
    for index, block in enumerate(blocks):
        if block.kind != "caption" and _signed_off(out) and signed.links_to_the_end(blocks[index:], out):
            break  # the story signed off; other stories' headlines and the site's lines follow
        if block.kind != "caption" and is_section_header(block.text):
            if _stories_to_the_end(blocks[index + 1 :]) or _signed_off(out):
                break
            in_section = True
            continue
        if (
            in_section
            and block.kind != "caption"
            and is_headline(block.text)
            and not (source_credit(block.text) or opens_a_part(blocks, index) or boxed.writer(blocks, index))
        ):
            continue
        if block.kind != "caption":  # a thumbnail's caption in the box does not end it
            in_section = False
        if block.kind != "caption" and is_chrome(block.text) and _short(block.text):
            if _headlines_to_the_end(blocks[index + 1 :], 1 if _INVITES.search(block.text) else 2):
                break  # a header of its own words (`Bài viết cùng chủ đề`) over a list of stories
            continue  # longer blocks are judged sentence by sentence by the chrome detector
        if (block.kind == "caption" and not (block.text or block.credit)) or boxed.polled(blocks, index):
            continue  # an empty caption; a poll's question under its header (which went)
        if block.kind == "paragraph" and is_language_menu(block.text):
            continue
        if block.kind == "paragraph":
            text = " ".join(remove_language_menus(block.text).split())
            if not text:
                continue
            block = Block("paragraph", text)
        out.append(block)
    return out


_TAG_LABEL = re.compile(r"^(?:tags?|từ kh[óo]a|thẻ|chủ đề)\s*:?$", re.IGNORECASE)
_LONGEST_TAG = 6  # words


def _before_tags(blocks: list[Block]) -> list[Block]:
    """The body without the page's tags at its end: their label alone on a line (`TAGS:`, `Từ
    khóa`), then a tag a line (`chống ngập`, `Cần Thơ`), short and no sentence, to the end."""
    for index in range(len(blocks) - 2, -1, -1):
        rest = blocks[index + 1 :]
        if not all(b.kind == "paragraph" and _is_tag(b.text) for b in rest):
            return blocks
        if blocks[index].kind != "caption" and _TAG_LABEL.match(blocks[index].text.strip()):
            return blocks[:index]
    return blocks


def _is_tag(text: str) -> bool:
    return len(text.split()) <= _LONGEST_TAG and not ends_sentence(text)


def _signed_off(before: list[Block]) -> bool:
    """The article's closing byline stands just before a `Tin liên quan` header: the article ended
    there, and what follows is other stories (a headline and its lead on one line each) and the
    site's footer."""
    before = signed.after_credits(before)  # `Hải Yến` ⏎ `Theo Bóng Đá` ⏎ `Video: …`: signed off
    if len(before) < 2 or before[-1].kind != "paragraph" or len(before[-1].text) > 60:
        return False
    if before[-2].kind != "caption" and not ends_sentence(before[-2].text):  # not a subheading's words
        return False
    return bool((byline := parse_byline(before[-1].text)) and byline.author)


_TEASER_LEAD = 320  # characters: a related story's lead is a sentence or two


def _stories_to_the_end(rest: list[Block]) -> bool:
    """What follows a `Tin liên quan` header to the end of the body is other stories, each a
    headline with its lead under it (`Tin cùng chuyên mục`: a headline, then its sapo of a sentence
    or two), between lines of site chrome. Only then do the leads go with their headlines: where a
    headline stands without a lead, the paragraph after it may be the article going on after a box
    of links, and it stays."""
    pairs = 0
    headline = False
    for block in rest:
        text = block.text
        if block.kind == "caption":
            if text:
                return False
            continue
        if is_section_header(text) or (is_chrome(text) and _short(text)):
            if headline:
                return False
        elif block.kind == "heading" or is_headline(text):
            if headline:
                return False  # two headlines running: a list of links, whatever follows it
            headline = True
        elif source_credit(text):
            return False  # a credit closing the story (`Theo Đời sống Plus`), no teaser's lead: it stays
        elif headline and len(text) <= _TEASER_LEAD and len(sentence_starts(text)) <= 1:
            headline = False
            pairs += 1
        else:
            return False
    return pairs > 0 and not headline


# A line inviting to read other stories (`Mời bạn đọc xem thêm …`): the one headline under it is one.
_INVITES = re.compile(r"xem thêm|đọc thêm|liên quan|cùng chủ đề|cùng chuyên mục", re.IGNORECASE)


def _headlines_to_the_end(rest: list[Block], least: int = 2) -> bool:
    """Nothing but headlines (`least` or more, none a byline) and chrome lines to the end of the body."""
    headlines = 0
    for block in rest:
        if block.kind == "caption" or parse_byline(block.text) is not None:
            return False
        if is_section_header(block.text) or (is_chrome(block.text) and _short(block.text)):
            continue
        if block.kind != "heading" and not is_headline(block.text):
            return False
        headlines += 1
    return headlines >= least


def _short(text: str) -> bool:
    """A block of chrome this pass may drop whole: one unit, or a short line with no sentence of the story
    after its first unit (`Xem thêm:Lịch … mới nhấtSang hiệp hai, Thái Lan gỡ hòa …` holds one); no
    contact's field (an appeal's `Hotline: …`): the detector judges those among the lines around them."""
    if contact_field(text):
        return False
    units = split_units(text)
    story = any(s.sentence and s.words >= 8 for s in map(signals, (u for u in units[1:] if not u.isupper())))
    return len(units) <= 1 or (len(text) <= 200 and not story)


def strip_site_repeats(blocks: list[Block], sources: list[str]) -> list[Block]:
    """`VOV VOV` (a logo and a menu scraped with the text): drop the run, keep the name as a source."""
    out = []
    for block in blocks:
        if block.kind in ("paragraph", "heading"):

            def repl(match: re.Match[str]) -> str:
                if is_source_name(match.group(1)):
                    sources.append(match.group(1))
                    return ""
                return match.group(0)

            text = " ".join(_REPEATED_NAME.sub(repl, _REPEATED_WORDS.sub(_twice, block.text)).split())
            if not text:
                continue
            block = Block(block.kind, text)
        out.append(block)
    return out


# A name of 2-5 capitalised words printed twice (`KINH TẾ MỚI Kinh tế Mới`): a logo and a menu scraped.
_REPEATED_WORDS = re.compile(r"(?<!\S)((?:\w[\w.&-]*\s+){1,4}\w[\w.&-]*)\s+(\1)(?!\S)", re.IGNORECASE)


def _twice(match: re.Match[str]) -> str:
    first, second = match.group(1).split(), match.group(2).split()
    logo = " ".join(first).isupper() and not " ".join(second).isupper() and second[0][:1].isupper()
    bio = match.string[match.end() :].split()[:1]  # a writer's name twice over the bio: the author's box
    if bio and bio[0][:1].islower() and not logo:
        return match.group(0)
    if logo or (first == second and all(w[:1].isupper() for w in first)):
        return " "
    return match.group(0)


def merge_lone_credits(blocks: list[Block]) -> list[Block]:
    """A credit on its own line (`(Ảnh: Phạm Kiên/TTXVN)`) belongs to the short caption line above it."""
    out: list[Block] = []
    for block in blocks:
        if (
            block.kind == "caption"
            and not block.text
            and out
            and out[-1].kind == "paragraph"
            and len(out[-1].text) <= 250
        ):
            out[-1] = Block("caption", out[-1].text, block.credit)
            continue
        out.append(block)
    return out


def take_credits(body: Body) -> None:
    """Whole-paragraph source credits anywhere, then bylines at the end, become metadata."""
    kept = []
    for block in body.blocks:
        if block.kind == "paragraph" and _CREDIT_LINE.match(block.text):
            byline = parse_byline(block.text)
            if byline and byline.source and not byline.author:
                body.take(byline)
                continue
        kept.append(block)
    body.blocks = kept
    if body.blocks and body.blocks[-1].kind == "heading":  # it heads nothing: a line before chrome
        body.blocks[-1] = Block("paragraph", body.blocks[-1].text)  # that went (`Gia Khoa (TTVN)`)
    for _ in range(_TRAILING_BYLINES):
        if not body.blocks or body.blocks[-1].kind != "paragraph":
            break
        last = body.blocks[-1].text
        if stamp_line(last) is not None:  # the page's stamp under the text (`Thứ Năm, 14 Tháng Ba 2024`)
            body.dates.append(last)
            body.blocks.pop()
            continue
        byline = parse_byline(last)
        if byline:
            body.take(byline)
            if signed_at_work(last):  # an expert's signature under the answer stays (`answerers`)
                break
            body.blocks.pop()
            continue
        stamped = next((m for m in _SENTENCE_END.finditer(last) if stamp_line(last[m.end() :])), None)
        if stamped is not None:  # `… sắp tới. Thứ Năm, 14/03/2024`: the page's stamp run into the end
            body.dates.append(last[stamped.end() :])
            body.blocks[-1] = Block("paragraph", last[: stamped.start()])
            continue
        rest, byline = split_trailing_byline(last)
        if not byline:
            break
        body.take(byline)
        body.blocks[-1] = Block("paragraph", rest)
        break


def mark_subheadings(blocks: list[Block]) -> list[Block]:
    """Plain-text layouts lose `<h2>`: a short line with no end punctuation between two full
    paragraphs is a subheading. A line after a short paragraph is left alone: that is how a pull
    quote and its attribution (`Thượng nghị sĩ Tim Kaine`) look."""
    out = list(blocks)
    for i in range(1, len(out) - 1):
        before, block, after = out[i - 1], out[i], out[i + 1]
        if block.kind != "paragraph" or before.kind != "paragraph" or after.kind != "paragraph":
            continue
        text = block.text
        words = text.split()
        if not (1 <= len(words) <= 16 and 3 <= len(text) <= 110 and text[0].isupper()):
            continue
        if re.search(r"[.!?…:;,“”\"()]", text) or not (
            ends_sentence(before.text) or before.text.endswith(":")
        ):
            continue
        if len(before.text) >= 120 and len(after.text) >= 80 and after.text[:1].isupper():
            out[i] = Block("heading", text)
    return out


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def dedupe(blocks: list[Block]) -> list[Block]:
    """Drop a paragraph that repeats the one just before it (scrapers double some blocks)."""
    out: list[Block] = []
    for block in blocks:
        if out and out[-1].kind == block.kind and _key(out[-1].text) == _key(block.text) and block.text:
            continue
        out.append(block)
    return out


# A name signing the lead after its last full stop (`… ở Sóc Sơn. - 2Sao`): the site's, whatever it is.
_SIGNED_LEAD = re.compile(r"^(?P<lead>.+[.!?…”\"])\s+[-–|]\s+(?P<site>[^\W_][^.!?,;:()]{0,38}?)\s*$")


def add_lead(blocks: list[Block], lead: str | None) -> tuple[list[Block], str | None]:
    """Put the lead first unless the body already has it; returns the blocks and a site name
    found at the end of the lead (` - VnExpress`)."""
    if not lead:
        return blocks, None
    lead, site = source_of_title(lead)
    signed = _SIGNED_LEAD.match(lead) if site is None else None
    if signed and len(signed.group("site").replace("&", " ").split()) <= 4:  # `… Sóc Sơn. - 2Sao`: the site's
        lead = signed.group("lead")  # (a name no table knows says no publisher: it may be a writer's)
    key = _key(lead.rstrip(".…").removesuffix("..."))
    if not key or lead.endswith(("...", "…")) or is_chrome(lead):
        return blocks, site
    body_key = "".join(_key(b.text) for b in blocks if b.kind == "paragraph")
    if key in body_key:
        return blocks, site
    return [Block("paragraph", lead), *blocks], site


def join_entry_times(blocks: list[Block]) -> list[Block]:
    """A time of day alone (`08:15`, `09h30`) on the line above a paragraph opens that entry of a live
    page: one paragraph, `08:15 Đoàn xe …`."""
    out: list[Block] = []
    for block in blocks:
        before = out[-1] if out else None
        if before and before.kind == block.kind == "paragraph" and is_time_of_day(before.text):
            out[-1] = Block("paragraph", f"{before.text} {block.text}")
            continue
        out.append(block)
    return out


def reflow_run_on(blocks: list[Block], longest: int = 900, target: int = 450) -> list[Block]:
    """Cut paragraphs longer than `longest` characters into paragraphs of whole sentences of
    about `target` characters.

    Only for layouts that lost their paragraph breaks (a whole body on one line, with no space
    runs to show the joins): the real breaks cannot be recovered, but a wall of 5,000 characters
    reads worse than any break between two sentences. Nothing is dropped or reordered.
    """
    out: list[Block] = []
    for block in blocks:
        if block.kind != "paragraph" or len(block.text) <= longest:
            out.append(block)
            continue
        text = block.text
        cuts = [0, *sentence_starts(text), len(text)]
        start = 0
        for previous, cut in itertools.pairwise(cuts):
            # Close the paragraph before this sentence once it is long enough, or when the
            # sentence would take it well past the target.
            if previous > start and (previous - start >= target or cut - start > 2 * target):
                out.append(Block("paragraph", text[start:previous].strip()))
                start = previous
        out.append(Block("paragraph", text[start:].strip()))
    return out
