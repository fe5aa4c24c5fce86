"""The passes every layout shares once its blocks are cleaned and whole lines of chrome are gone
(`line_chrome`): credits and bylines into metadata, site names repeated, subheadings, the lead first
and never twice, run-on paragraphs reflowed."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ..core.sentences import ends_sentence, sentence_starts
from .answerers import signed_at_work
from .author_boxes import box_apart
from .boilerplate import is_chrome
from .box_headings import box_heading
from .byline_spots import is_stamp_line, split_leading_byline, split_trailing_byline
from .bylines import Byline, is_person, is_source_name, parse_byline, source_of_title
from .dates import stamp_line
from .furniture import LABELLED_DATE, key
from .paper_stamps import paper_stamp
from .parsed import Block
from .signers import signs_the_story
from .stamps import is_time_of_day
from .translated_credits import signed_sources, translated, wire_credit

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
    blocks = _unglue_captioned(blocks)
    first = next((i for i, b in enumerate(blocks[:3]) if b.kind == "paragraph" and not _dated(b.text)), None)
    glued = _glued_stamp(blocks[first].text) if first is not None else None
    if first is not None and glued:  # `Minh Anh - 16/02/2024 Sáng 16/2, …`: the byline its own line
        blocks = [*blocks[:first], *(Block("paragraph", piece) for piece in glued), *blocks[first + 1 :]]
    dates = [b.text for b in blocks[:3] if b.kind == "paragraph" and _dated(b.text)]
    shapes = [re.sub(r"\d+", "0", text) for text in dates]
    listed = {shape for shape in shapes if shapes.count(shape) > 1}  # stamps alike: other stories'
    dates = [text for text, shape in zip(dates, shapes, strict=True) if shape not in listed]
    # a bare stamp under a menu stays for the chrome detector to see where the header ends (it goes too)
    menu = bool(blocks) and blocks[0].kind == "paragraph" and blocks[0].text not in dates
    taken = {text for text in dates if not (menu and (stamp_line(text) is not None or _posted(text)))}
    return [b for b in blocks if not (b.kind == "paragraph" and b.text in taken)], dates


def _dated(text: str) -> bool:
    """A stamp alone on its line: the page's, a dated byline, a blog's, a reposted paper's."""
    return is_stamp_line(text) or _posted(text) or bool((found := paper_stamp(text)) and not found[2])


def _glued_stamp(text: str) -> list[str] | None:
    """A dated byline or a reposted paper's stamp run into the story's first words, cut off them."""
    found = paper_stamp(text)
    return split_leading_byline(text) or ([found[1], found[2]] if found and found[2] else None)


def _unglue_captioned(blocks: list[Block]) -> list[Block]:
    """A reposted paper's stamp run into the photo's caption that opens the story, cut off it."""
    for i, block in enumerate(blocks[:3]):
        found = paper_stamp(block.text) if block.kind == "caption" else None
        if found and found[2]:
            cut = [Block("paragraph", found[1]), Block("caption", found[2], block.credit)]
            return [*blocks[:i], *cut, *blocks[i + 1 :]]
    return blocks


def _posted(text: str) -> bool:
    """A blog's stamp with its writer (`Posted on 12/08/2023 by Mây`, `Posted by Mây on 12/08/2023`)."""
    return LABELLED_DATE.fullmatch(text.strip()) is not None


def strip_site_repeats(blocks: list[Block], sources: list[str]) -> list[Block]:
    """`VOV VOV` (a logo and a menu scraped with the text): drop the run, keep the name as a source."""
    out = []
    for block in blocks:
        if block.kind in ("paragraph", "heading"):

            def repl(match: re.Match[str]) -> str:
                after = match.string[match.end() :].split()[:1]
                if (
                    after and after[0][:1].islower()
                ):  # `Tin tức Bitcoin Bitcoin lập đỉnh …`: the lead's subject
                    return match.group(0)
                if is_source_name(match.group(1)):
                    sources.append(match.group(1))
                    return ""
                return match.group(0)

            text = " ".join(
                _REPEATED_NAME.sub(repl, _REPEATED_WORDS.sub(_twice, box_apart(block.text))).split()
            )
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
    if not logo and ends_sentence(match.string[: match.start()].rstrip()) and is_person(match.group(1)):
        return match.group(0)  # `… khóa IX. Thu Hương Thu Hương Ban Truyền thông …`: the author's box
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


def take_credits(body: Body, writer: bool = False) -> None:
    """Whole-paragraph source credits anywhere, then bylines at the end, become metadata; a translated
    story's sources line over its translator's name (in the text, or the page's own field: `writer`) stays."""
    footer = _site_under_source(body.blocks)
    kept = []
    for i, block in enumerate(body.blocks):
        under_table = i > 0 and _table_row(body.blocks[i - 1].text)  # `Nguồn: Cục Thống kê`: the figures'
        if block.kind == "paragraph" and _CREDIT_LINE.match(block.text) and not under_table:
            byline = parse_byline(block.text)
            if byline and byline.source and not byline.author and (signed := _signed_body(block.text)):
                body.take(Byline(author=signed[1]))  # `Nguồn: Tổng cục Thống kê Thanh Tâm`: the source stays
                kept.append(Block("paragraph", signed[0]))
                continue
            if byline and byline.source and not byline.author:
                body.take(byline)
                after = body.blocks[i + 1 : i + 2]
                if not _signed_translation(block.text, byline, after, writer and not after):
                    continue
        kept.append(block)
    body.blocks = kept
    if body.blocks and body.blocks[-1].kind == "heading" and box_heading(body.blocks[-1].text):
        body.blocks.pop()  # a box's head whose links went (`Quan tâm`)
    if body.blocks and body.blocks[-1].kind == "heading":  # it heads nothing: a line before chrome
        body.blocks[-1] = Block("paragraph", body.blocks[-1].text)  # that went (`Gia Khoa (TTVN)`)
    signed = writer  # a writer's byline was taken under the line now read, or the page names one
    under = False  # a writer's byline was taken under the line now read
    for _ in range(_TRAILING_BYLINES):
        if not body.blocks or body.blocks[-1].kind != "paragraph":
            break
        last = body.blocks[-1].text
        if stamp_line(last) is not None:  # the page's stamp under the text (`Thứ Năm, 14 Tháng Ba 2024`)
            body.dates.append(last)
            body.blocks.pop()
            continue
        if footer and last == footer:  # `Nguồn: Zing.vn` | `Tin Tức Hôm Nay`: the re-posting site's name
            body.blocks.pop()
            continue
        texts = [block.text for block in body.blocks]
        if signs_the_story(last, texts[:-1]):
            break  # `BAN LỄ TANG` under `Ban Lễ tang trân trọng thông báo: …`: the notice's signer
        byline = parse_byline(last)
        if byline:
            body.take(byline)
            if signed_at_work(last):  # an expert's signature under the answer stays (`answerers`)
                break
            body.blocks.pop()
            sources = (
                translated(last, byline.source, byline.author, under) if byline.author or signed else None
            )
            if sources:  # `Theo Science Alert` over its translator's name stays
                body.blocks.append(Block("paragraph", sources))
                break
            signed = under = byline.author is not None
            continue
        stamped = next((m for m in _SENTENCE_END.finditer(last) if stamp_line(last[m.end() :])), None)
        if stamped is not None:  # `… sắp tới. Thứ Năm, 14/03/2024`: the page's stamp run into the end
            body.dates.append(last[stamped.end() :])
            body.blocks[-1] = Block("paragraph", last[: stamped.start()])
            continue
        rest, byline = split_trailing_byline(last)
        if byline is not None and not byline.author and (agency := _signed_body(last)):
            rest, byline = agency[0], Byline(author=agency[1])  # `… Nguồn: Tổng cục Thống kê Thanh Tâm`
        if byline is None and (signed := signed_sources(last)):  # `Nguồn: … của WMO Hà Phương`
            rest, byline = signed[0], Byline(author=signed[1]) if is_person(signed[1]) else None
        if not byline or signs_the_story(last.removeprefix(rest).strip(), [*texts[:-1], rest]):
            break
        body.take(byline)
        sources = (
            translated(last.removeprefix(rest), byline.source, byline.author, True) if byline.author else None
        )
        signature = last.removeprefix(rest).strip() if signed_at_work(last.removeprefix(rest)) else None
        body.blocks[-1:] = [Block("paragraph", text) for text in (rest, sources, signature) if text]
        break


# A web address a source's line names (`Nguồn: Zing.vn`, `Nguồn: dantri.com.vn`).
_ADDRESS = re.compile(r"(?<![\w.])[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info)(?![\w.])", re.IGNORECASE)


def _site_under_source(blocks: list[Block]) -> str | None:
    """The last line, a name alone, under a source's line naming the address it was copied from
    (`Theo Zing` | `Nguồn: Zing.vn` | `Tin Tức Hôm Nay`): the re-posting site's own name, no writer; a
    writer signs over the line of where the story was first printed, which a site adds last. A foreign
    address among the sources (`(Theo Kyodo, Space.com)` | `Hồ Lam`) is a translation's: the name
    under it is its translator's (`translated_credits`)."""
    if len(blocks) < 2 or any(block.kind != "paragraph" for block in blocks[-2:]):
        return None
    above, last = blocks[-2].text, blocks[-1].text
    source, name = parse_byline(above), parse_byline(last)
    if not (_CREDIT_LINE.match(above) and _ADDRESS.search(above) and source and not source.author):
        return None
    if source.source and wire_credit(source.source):
        return None
    bare = name is not None and name.author == last.strip() and not name.source
    return last if bare else None


def _signed_body(text: str) -> tuple[str, str] | None:
    """A sources line naming a body (`Nguồn: Tổng cục Thống kê`) with a person's name run on after it,
    which a credit reads as the body's longer name → (the line, the name); else None."""
    signed = signed_sources(text, bodies=True)
    return signed if signed is not None and is_person(signed[1]) else None


def _table_row(text: str) -> bool:
    """A row of a table the story prints (`Dịch vụ | 8,49%`): cells between bars, no sentence."""
    return text.count(" | ") >= 1 and not ends_sentence(text)


def _signed_translation(text: str, byline: Byline, after: list[Block], signed: bool) -> bool:
    """`text` is a translated story's sources line (`Theo NASA`) with its translator's byline on the line
    after it, or last with the writer the page names in its own field (`signed`): it stays. A credit
    under the writer's byline, or with none, is the page's (a re-post's)."""
    writer = parse_byline(after[0].text) if after and after[0].kind == "paragraph" else None
    signs = signed or (writer is not None and writer.author is not None and writer.source is None)
    bare = writer is not None and writer.author == after[0].text.strip()  # the translator's name alone
    return signs and translated(text, byline.source, None, bare and not writer.source) is not None


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


def dedupe(blocks: list[Block]) -> list[Block]:
    """Drop a paragraph that repeats the one just before it (scrapers double some blocks)."""
    out: list[Block] = []
    for block in blocks:
        if out and out[-1].kind == block.kind and key(out[-1].text) == key(block.text) and block.text:
            continue
        out.append(block)
    return out


_NOBODY = Byline()
# A name signing the lead after its last full stop (`… ở Sóc Sơn. - 2Sao`): the site's, whatever it is,
# an abbreviation's dots inside it (`… - Phật giáo TP.HCM`), a museum's or a library's long name too
# (`… - Bảo tàng Văn hóa dân tộc Khmer Trà Vinh`): a sentence goes on after no full stop with a dash.
_SIGNED_LEAD = re.compile(
    r"^(?P<lead>.+[.!?…”\"])\s+[-–|]\s+(?P<site>[^\W_](?:[^.!?,;:()]|\.(?=\w)){0,60}?)\s*$"
)


def add_lead(blocks: list[Block], lead: str | None) -> tuple[list[Block], str | None]:
    """Put the lead first unless the body already has it; returns the blocks and a site name
    found at the end of the lead (` - VnExpress`). A name signing the lead that the page also prints
    alone on a line (`… - Nhịp sống kinh tế`, then `Nhịp sống kinh tế` under the story), and that
    is no writer's, is the site's: that line goes."""
    if not lead:
        return blocks, None
    lead, site = source_of_title(lead)
    signed = _SIGNED_LEAD.match(lead) if site is None else None
    if (
        signed and len(signed.group("site").replace("&", " ").split()) <= 10
    ):  # `… Sóc Sơn. - 2Sao`: the site's
        lead = signed.group("lead")  # (a name no table knows says no publisher: it may be a writer's)
        name = signed.group("site")
        alone = [b for b in blocks if b.kind == "paragraph" and key(b.text) == key(name)]
        if alone and (parse_byline(name) or _NOBODY).author is None:  # no writer's name (`Minh Anh`):
            site, blocks = name, [b for b in blocks if b not in alone]  # the site's, printed alone too
    lead_key = key(lead.rstrip(".…").removesuffix("..."))
    if not lead_key or lead.endswith(("...", "…")) or is_chrome(lead):
        return blocks, site
    body_key = "".join(key(b.text) for b in blocks if b.kind == "paragraph")
    if lead_key in body_key:
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
