"""The chrome detector: which sentence-sized units of a scraped body belong to the article.

A page scraped as text carries its site along: menus and login walls before the article; related
headlines, appeals to readers, comment boxes and the publisher's footer after it. `detect` cuts
every paragraph into units (sentences, and the fields of a footer such as `Tổng biên tập: …`)
and decides for each, from signals that carry over to sites never seen:

* **furniture**: the words of site furniture (đăng nhập, bình luận, hotline, giấy phép, tổng biên
  tập, bản quyền, ©, liên hệ quảng cáo…), phone numbers, e-mail and web addresses, licence
  numbers, street addresses, "3h trước" time stamps of teasers; a run of a page's buttons and labels
  (a share bar, an audio player, counters: `Chia sẻ Facebook Zalo Copy link`, `Lượt xem: 2.345`);
* **prose**: Vietnamese stop-word density (jusText's Vietnamese stop list) and sentence shape: a
  unit of ten words or more that reads like Vietnamese sentences is article text;
* **position**: chrome gathers before the article's first sentence and after its last. The tail
  is cut where what follows is mostly furniture; a run of headline-like units in it (related
  stories) goes with it;
* **repetition**: a unit that other pages of the same site carry too is the site's, not the story's
  (`SiteMemory`: the other files of the same import and the raw pages kept in `content/raw`).

A borderline unit is kept: an editor deletes faster than they restore. Every decision carries
its reason, for `import --explain`. The signals and the units live in `furniture`, where a page
is cut into units in `unit_cuts`, what a unit is on its own in `unit_kinds`, what it is beside its
neighbours in `unit_passes`, the memory of a site's pages in `repetition`, where the article starts
and ends in `bounds`; this module runs them in that order and decides what stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.sentences import ends_sentence
from . import bounds
from .anchors import opens_with
from .bounds import article_end, article_start, first_prose
from .bylines import BYLINE_LABEL, parse_byline
from .caps_bylines import signed_in_capitals
from .closing_contacts import closing_contacts
from .furniture import MASTHEAD, Signals, Unit, key, shouting, title_case_items
from .glued_units import spaced_at_cuts
from .headline_parts import names_headline_part
from .inline import NEXT_PART_REASON
from .marked_ends import after_byline, headed_tail
from .parsed import Block
from .placed import signals
from .quote_past_headers import quote_past_header
from .related_tail import related_tail
from .repetition import SiteMemory, trim_shared
from .signers import signs_the_story
from .spelled import stem
from .station_names import hosted_by
from .summary_boxes import summary_boxes
from .tagged_leads import tagged_tail
from .teasers import teaser_tail
from .transcripts import entries_start
from .unit_cuts import cut_units
from .unit_kinds import BYLINE, DATE_LINE, unit_kind
from .unit_passes import relabel
from .writers import titled_writer, writers_credits

__all__ = ["BYLINE", "HEADER_BYLINE", "Site", "SiteMemory", "Unit", "apply", "detect", "trim_shared"]


@dataclass(frozen=True)
class Site:
    """The page's own site: its host name (`laodong.vn`), the name it goes by (`Lao Động`) and the
    lines of its menu a parser dropped over the text (news-please's `Thánh ca`, `Radio`)."""

    host: str | None = None
    name: str | None = None
    menu: tuple[str, ...] = ()

    def named_in(self, text: str) -> bool:
        """The site names itself: its address, or its name in capitals as a masthead prints it."""
        if self.host and self.host.casefold() in text.casefold():
            return True
        return bool(self.name and len(self.name) >= 4 and self.name in text)

    def called(self, text: str) -> bool:
        """`text` is the site's name, spelt any way (`Hànộimới` for `Báo Hà Nội Mới`, hanoimoi.vn)."""
        stems = {key(stem(self.host)).removeprefix("bao")} if self.host else set()
        if self.name:
            stems.add(key(_PAPER.sub("", self.name)))
        return any(len(stem) >= 3 and stem in key(text) for stem in stems) or hosted_by(self.host, text)


# A copyright line in the footer (`© 2024 Đài … Lào.`): what follows it (`Đường Phonxay, Viêng Chăn`, its
# address, read as a name and a place) is the owner's, no closing credit of the story.
_OWNER = "after the article ends: the copyright line's owner or address"
_JOURNAL = "after the article ends: a journal's name over its current issue (a sidebar's), no credit"
# A journal's issue under its name in the sidebar: `Số 12/2019 (số 524)`, `Số 524 (12/2019)`.
_ISSUE = re.compile(r"^(?:Số|SỐ)\s+\d{1,4}(?:/\d{4}|\s+\(?\d{1,2}/\d{4}\)?)")
_COPYRIGHT = re.compile(r"©|\b(?:bản quyền|copyright)\b", re.IGNORECASE)
# What a paper calls itself before its name.
_PAPER = re.compile(r"^(?:báo|tạp chí|đài|cổng thông tin|trang thông tin)(?: điện tử)?\s+", re.IGNORECASE)


def detect(
    blocks: list[Block],
    repeated: frozenset[str] = frozenset(),
    site: Site = Site(),
    anchors: tuple[str, ...] = (),
) -> list[Unit]:
    """Decide, unit by unit, what of `blocks` is the article.

    `anchors` are texts the article starts with (the headline, the summary): a menu glued to
    them is cut off there, and the headline printed again at the top of the body goes."""
    # A caption holding furniture words (`Ngọc Trâm Ý kiến bạn đọc (0) … Ảnh: …`: a credit closing a run of
    # chrome) is judged sentence by sentence, as a paragraph is; so is a line of credits (`writers`).
    judged = [
        Block("paragraph", b.text) if b.kind == "caption" and signals(b.text).word else b
        for b in writers_credits(blocks)
    ]
    units = cut_units(judged, site, anchors)
    found = [signals(u.text) for u in units]
    kinds = [unit_kind(u, s, judged[u.block], repeated, site) for u, s in zip(units, found, strict=True)]
    kinds = relabel(units, found, kinds, site, anchors)  # each unit beside its neighbours
    texts = [u.text for u in units]
    first = first_prose(kinds)
    for i in range(first):  # the lead the summary opens, whatever its stop words (`Thời tiết hanh khô…`)
        if found[i].sentence and opens_with(units[i].text, anchors[1:]):
            kinds[i], first = ("prose", "the lead, which the summary opens with"), i
            break
        if (
            i == 0 and kinds[0][0] == "short" and _plain_first_paragraph(units, found)
        ):  # `Từ 15 giờ chiều nay, giá xăng E5 …`
            kinds[i], first = ("prose", "the first paragraph, a whole sentence with nothing of a site's"), i
            break
    decided = [
        Unit(u.block, u.text, kind != "chrome", reason or "caption")
        for u, (kind, reason) in zip(units, kinds, strict=True)
    ]
    start = article_start(
        kinds, found, first < len(units) and opens_with(units[first].text, anchors[1:]), texts
    )
    start = entries_start(texts, start)  # a live blog's first entry, alone under the header, opens it
    end = after_byline(units, kinds, found, article_end(kinds, found, first_prose(kinds), texts))
    end = teaser_tail(units, kinds, found, headed_tail(units, kinds, end), anchors)
    end = tagged_tail(units, kinds, related_tail(units, kinds, found, end))  # other stories on the same event
    end = quote_past_header(kinds, found, texts, end)  # `Bài viết cùng chuyên mục` | `… nói: “…”.`
    if start < end < len(units) and signs_the_story(texts[end], texts[start:end]):
        end += 1  # the letter's signer its text names (`BAN BIÊN TẬP BÁO …` under `Ban Biên tập Báo …`)
    # The masthead lines before a footer (`CƠ QUAN CỦA TỔNG LIÊN ĐOÀN…`) go with it, so do menus of services
    # (`Tra cứu phạt nguội`), which may end the body, and a line saying what the paper is (`Cơ quan của
    # Bộ …`) even as a sentence and with no footer after it.
    footer = end < len(units)  # a menu of services ends the body too
    while end - 1 > start:
        text = units[end - 1].text
        described = MASTHEAD.match(text) is not None
        labels = footer and _labels_run(text, found[end - 1])  # `Thông báo Lịch công tác … Chu Văn An.`
        if kinds[end - 1][0] != "short" and not (described or labels):
            break
        masthead = described or labels or shouting(text) or site.named_in(text) or _PAPER.match(text)
        if not ((footer or described) and masthead) and not title_case_items(text):
            break
        if signed_in_capitals(units, kinds, found, end - 1) or signs_the_story(text, texts[start : end - 1]):
            break  # a writer's name, or the letter's signer
        end, footer = end - 1, True
    out = []
    first, headline = first_prose(kinds), anchors[0] if anchors else ""
    for i, unit in enumerate(decided):
        kind, reason = kinds[i]
        dated = i + 1 < len(units) and kinds[i + 1][1] == DATE_LINE  # `Hoàng An`, then its stamp
        dated = dated or bounds.writer_over_lead(texts, i, first, anchors[1:])
        if kind == "byline" and i < first and (_header_byline(unit.text) or dated):
            unit = Unit(unit.block, unit.text, False, HEADER_BYLINE)
        elif (
            kind == "byline"
            and i >= end
            and i > 0
            and kinds[i - 1][0] == "chrome"
            and _COPYRIGHT.search(texts[i - 1])
        ):
            unit = Unit(unit.block, unit.text, False, _OWNER)
        elif kind == "byline" and i >= end and i + 1 < len(units) and _ISSUE.match(texts[i + 1]):
            unit = Unit(unit.block, unit.text, False, _JOURNAL)  # `Tạp chí Dược học` over `Số 12/2019 …`
        elif kind == "byline" and not (i < start and bounds.foreign_label(unit.text)):
            pass  # a credit stays where it stands; not a menu's `Star Cine` over the lead
        elif i < start and unit.keep and kind != "caption":
            if not names_headline_part(unit.text, headline):  # `Bài 2: …`, the part the headline names, stays
                why = "before the article: " + (reason or "menu or headline")
                unit = Unit(unit.block, unit.text, False, why)
        elif i >= end and unit.keep and reason != NEXT_PART_REASON:
            unit = Unit(unit.block, unit.text, False, "after the article ends: " + (reason or "headline"))
        out.append(unit)
    return closing_contacts(summary_boxes(out, anchors[1:]), site, headline)  # a box's copy; contacts


def _labels_run(text: str, found: Signals) -> bool:
    """A box's labels and links over the footer, read as a sentence when the footer's name closes them
    with its full stop (`Thông báo Lịch công tác tuần 47 Thời khóa biểu học kỳ I Trường THPT Chu Văn
    An.`): ten words or more, no grammar word, half of them in capitals, no stop inside, which no
    sentence is; a list the story closes with (`Căn cứ pháp lý: Luật Cư trú năm 2020; Nghị định …`)
    has its colon and semicolons, and a notice's signing sentence (`Đoàn Chủ tịch Trung ương Hội LHPN Việt
    Nam xin trân trọng thông báo.`) its verb in lower case at the end, where the labels end on a name."""
    unparted = not any(mark in text[:-1] for mark in ":;,") and text.split()[-1][:1].isupper()
    return unparted and found.sentence and found.words >= 10 and found.grammar == 0 and found.capitals >= 0.5


def _plain_first_paragraph(units: list[Unit], found: list[Signals]) -> bool:
    """The page opens with a paragraph of one sentence of a dozen words or more, commas in it, a full
    stop, no furniture word: the lead, however few its stop words (figures and codes: `Từ 15 giờ chiều
    nay, giá xăng E5 RON92 giảm 520 đồng/lít, …`)."""
    alone = len(units) == 1 or units[1].block != units[0].block
    s = found[0]
    return alone and s.sentence and s.words >= 12 and not s.strong and not s.weak and "," in units[0].text


#: The reason given to a dated or labelled byline above the article (`Hoàng Yến | 12/04/2024 08:30`,
#: `Tác giả: Kim Ngân`): it leaves the body for the metadata (author, date), as a closing byline does.
HEADER_BYLINE = "a byline above the article: author and date"


def _header_byline(text: str) -> bool:
    """A byline that says it is one: dated, labelled (`Tác giả: Kim Ngân`) or titled (`TS. LÊ AN`)."""
    byline = parse_byline(text)
    return byline is not None and (byline.when is not None or BYLINE_LABEL.match(text) or titled_writer(text))


def apply(blocks: list[Block], units: list[Unit]) -> list[Block]:
    """The blocks rebuilt from the units that stay (a block whose units all went is dropped). The
    credits closing the last paragraph (`… hữu cơ. Hoàng Long Nguồn: Báo Nông nghiệp`) become
    paragraphs of their own, for the bylines pass to take, and so does one after text with no stop."""
    kept: dict[int, list[str]] = {}
    dropped: set[int] = set()
    for unit in units:
        if unit.keep:
            kept.setdefault(unit.block, []).append(unit.text)
        else:
            dropped.add(unit.block)
    out = []
    for index, block in enumerate(blocks):
        if index not in dropped and block.kind == "paragraph" and index in kept:  # glued units printed apart
            out.append(Block(block.kind, spaced_at_cuts(block.text, kept[index]), block.credit))
        elif index not in dropped:
            out.append(block)
        elif index in kept and block.kind == "caption":
            out.append(Block("paragraph", " ".join(kept[index])))  # its credit went with the chrome
        elif index in kept:
            out.append(Block(block.kind, " ".join(kept[index]), block.credit))
    return _closing_credits_apart(out, [u for u in units if u.keep])


def _closing_credits_apart(blocks: list[Block], kept: list[Unit]) -> list[Block]:
    credits: list[str] = []
    for unit in reversed(kept):
        if unit.reason != BYLINE:
            break
        credits.insert(0, unit.text)
    before = kept[-len(credits) - 1].text if credits and len(credits) < len(kept) else ""
    unstopped = len(credits) == 1 and not ends_sentence(before)  # `… 8.000 đồng/kg Mỹ Thanh`: a table's
    if not (len(credits) >= 2 or unstopped) or not blocks or blocks[-1].kind != "paragraph":
        return blocks  # one byline run into a sentence's end: the bylines pass splits it off itself
    last = blocks[-1].text
    tail = " ".join(credits)
    if not last.endswith(tail) or len(last) == len(tail):
        return blocks
    text = Block("paragraph", last[: -len(tail)].rstrip())
    return [*blocks[:-1], text, *(Block("paragraph", credit) for credit in credits)]
