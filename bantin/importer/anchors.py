"""The headline and the summary as anchors of the article's start: a menu glued to them is cut off
there (`Trang chủ Thời sự Đăng nhập Sáng 14/2, …`), and the summary's opening words tell where the
story starts."""

from __future__ import annotations

import itertools
import re

from ..core.sentences import PREPOSITIONS, ends_sentence
from ..core.text import CAPITALS, SMALL_LETTERS
from ..tagging.kinds import ORG_HEADS
from ..tagging.words import STOP_CAPS, TITLES
from .agency_datelines import agency_dateline
from .dated_leads import dated_opening
from .furniture import Unit, key, title_case_items
from .newsroom_notes import note_label_at
from .writers import titles_a_person

__all__ = ["cut_after_menu", "cut_at_anchors", "cuts_into_summary", "opens_with", "rejoin_at_anchors"]

_OPENING_WORDS = 8
_NEXT = 3  # units: where the summary's words may stand after a masthead naming its subject


def cut_at_anchors(units: list[Unit], anchors: tuple[str, ...]) -> list[Unit]:
    """Where the headline or the summary's opening words stand inside one of the first units, after
    something else (`Trang chủ Thời sự Đăng nhập Sáng 14/2, …`), that unit is cut there. The
    headline counts only whole and followed by a new sentence: its words inside the lead
    (`Quân đội Nga tuyên bố … Avdeevka, vài giờ…`) cut nothing."""
    wanted: list[tuple[str, str | None]] = []  # the key to find, and the whole headline's key
    for index, anchor in enumerate(anchors):
        opening = key(" ".join(anchor.split()[:_OPENING_WORDS]))
        if len(anchor.split()) >= 4 and len(opening) >= 15:
            wanted.append((opening, key(anchor) if index == 0 else None))
    if (shared := _shared_opening(anchors)) is not None:  # `Festival Hoa Đà Lạt lần thứ XI` in both
        wanted.append((shared, None))
    if not wanted:
        return units
    out = list(units)
    for i, unit in enumerate(units[: max(8, len(units) // 3)]):  # past a table of contents too
        unit_key = key(unit.text)
        if any(unit_key.startswith(opening) for opening, whole in wanted if whole is None) and not _later(
            units[i:], anchors
        ):
            return out  # the summary starts this unit: the article starts here, nothing is glued
        for opening, whole in wanted:
            at = unit_key.find(opening)
            if at <= 0 or (whole is not None and unit_key == whole):
                continue
            cut = _char_at_key(unit.text, at)
            if cut is None or not _starts_like_a_headline(unit.text[cut:]):
                continue  # the headline's words inside a sentence (`… 10/8 gây lũ quét …`): no cut
            if opening == shared and not _item_before(unit.text[:cut]):
                continue  # the subject inside the lead (`Tỉnh … tổ chức | Festival Hoa …`, `Tối 12/12 | …`)
            if whole is not None:
                if not unit_key.startswith(whole, at):
                    continue
                after = _char_at_key(unit.text, at + len(whole))
                if after is not None and not _starts_like_a_headline(unit.text[after:]):
                    continue
            while cut > 0 and unit.text[cut - 1] in _OPENERS:
                cut -= 1  # the quotation mark or bracket the lead opens with (`“Chúng tôi …`)
            kind = _KIND_OF_BODY.search(unit.text[:cut])
            if kind is not None and _names_firm_alone(kind.group(0).strip(), unit.text[cut:]):
                cut = kind.start()  # `Hãng hàng không | Vietjet …`: the summary names the firm alone
            if _ASIDE.match(unit.text, cut):
                continue  # the summary's words in the lead's brackets, which its verb follows: no menu
            label = note_label_at(unit.text[:cut])
            cut = cut if label is None else label  # the note's label (`Tòa soạn:`) the summary skipped
            head, rest = unit.text[:cut].strip(), unit.text[cut:].strip()
            if _CLAUSE_GOING_ON.search(head):
                continue  # the summary's words inside the lead's clause (`…, đưa | Nhật Bản trở thành …`)
            if head.endswith(","):  # the summary skips the lead's opening clause (`Ngày 13/4, …`)
                clause = _OPENING_CLAUSE.search(head)
                if clause is None:
                    continue  # a sentence's own words before the summary's: no menu to cut
                head, rest = head[: clause.start()].strip(), unit.text[clause.start() :].strip()
            elif (opening := dated_opening(unit.text[:cut])) is not None:  # `Ngày 22/6, … 60 năm`
                head, rest = unit.text[:opening].strip(), unit.text[opening:].strip()
            elif (opening := agency_dateline(unit.text[:cut])) is not None:  # `Hà Nội, 5/12 (TTXVN) -`
                head, rest = unit.text[:opening].strip(), unit.text[opening:].strip()
            if head and rest:
                return [*out[:i], Unit(unit.block, head), Unit(unit.block, rest), *out[i + 1 :]]
    return out


def rejoin_at_anchors(units: list[Unit], anchors: tuple[str, ...]) -> list[Unit]:
    """Two units of one block that the summary's opening words run across, after something else and
    with no full stop between them (`… Tổng đài: 1900 7178 (nhánh 1) Nhân | Ngày Đột quỵ thế giới
    29/10, …`, cut before a lead's `Ngày` as if a menu ended there) or only the stop of the paper's tag
    the summary opens with (`… Bản in TGVN.` | `Ngày 19/1, …`), are one unit again: the story
    starts where the summary does, and `cut_at_anchors` cuts there, not inside the lead's words."""
    openings = [
        (opening, anchor.split()[0])
        for anchor in anchors
        if len(anchor.split()) >= 4 and len(opening := key(" ".join(anchor.split()[:_OPENING_WORDS]))) >= 15
    ]
    for i, (first, second) in enumerate(itertools.pairwise(units[: max(8, len(units) // 3)])):
        if first.block != second.block:
            continue
        head = key(first.text)
        for opening, tag in openings:
            at = (head + key(second.text)).find(opening)
            if not 0 < at < len(head) < at + len(opening):
                continue
            if not ends_sentence(first.text) or (_TAG.match(tag) and head[at:] == key(tag)):
                return [*units[:i], Unit(first.block, f"{first.text} {second.text}"), *units[i + 2 :]]
    return units


# A paper's tag in capitals ending in a full stop that the summary opens with (`TGVN. Ngày 19/1, …`): the
# sentence split after it, the summary's words still run across the two units (`… Bản in TGVN.` | `Ngày …`).
_TAG = re.compile(r"^[A-ZĐ&]{2,}\.$")


def cut_after_menu(units: list[Unit], summary: tuple[str, ...]) -> list[Unit]:
    """A menu run into a lead that the summary words otherwise after its first few words (`… Hỗ trợ
    khách hàng Bệnh nhân nam 38 tuổi ở Phú Thọ bị …`, the summary `Bệnh nhân nam 38 tuổi bị …`): the
    unit is cut where the summary's first five words stand, when all before them is a menu's items
    (`title_case_items`: no grammar word, figure or comma), which no sentence's own opening words are
    (`Tối 25/8, tại Nhà hát …`, a dateline's `Hà Nội, ngày 25/1/2024 -`); a menu cut in two before
    (`EVN Trang chủ` | `Tin tức Thông cáo báo chí Tập đoàn …`) is judged whole, its first part unstopped."""
    for i, unit in enumerate(units[: max(8, len(units) // 3)]):
        unit_key = key(unit.text)
        for anchor in summary:
            opening = key(" ".join(anchor.split()[:_SHORT_OPENING]))
            if len(anchor.split()) < 2 * _SHORT_OPENING or len(opening) < 15:
                continue
            if unit_key.startswith(opening):
                return units  # the summary starts this unit: nothing is glued
            at = unit_key.find(opening)
            cut = _char_at_key(unit.text, at) if at > 0 else None
            if cut is None or not _starts_like_a_headline(unit.text[cut:]):
                continue
            head, rest = unit.text[:cut].strip(), unit.text[cut:].strip()
            before = units[i - 1].text if i and units[i - 1].block == unit.block else ""
            if title_case_items(head) or (
                before and not ends_sentence(before) and title_case_items(f"{before} {head}")
            ):
                return [*units[:i], Unit(unit.block, head), Unit(unit.block, rest), *units[i + 1 :]]
    return units


_SHORT_OPENING = 5  # words: `Bệnh nhân nam 38 tuổi`
_OPENERS = "“\"‘'(«"
# A clause going on in lower case after the comma of a sentence that started before the summary's words
# (`… lúc 0h20 ngày 20/1 (giờ Tokyo), đưa`): no menu ends so, its items each opening in a capital; a
# stamp's comma has figures after it (`Thứ Ba, 05/03/2024`).
_SMALL_WORD = r"[" + SMALL_LETTERS + r"][^\W\d_]*"
_CLAUSE_GOING_ON = re.compile(rf",\s+{_SMALL_WORD}(?:\s+{_SMALL_WORD}){{0,5}}$")
# A bracket inside a sentence, its verb after it (`Chi cục … khu vực I (Cục Hải quan TP HCM) vừa phát
# hiện …`, the summary saying `Cục Hải quan TP HCM vừa phát hiện …`): the words before it are the
# sentence's subject, not a menu; a dateline's bracket (`(PLVN) - Sáng 14/2, …`) is followed by a dash.
_ASIDE = re.compile(r"\([^()]{1,80}\)\s+[" + SMALL_LETTERS + "]")
# What a firm or a body is, in the lead before its name (`Hãng hàng không Vietjet`, `Tập đoàn Masan`):
# the summary may name it alone (`Vietjet khai trương …`), and the kind stays with the lead. A head of
# `kinds.ORG_HEADS` in a capital with one to three words in lower case after it, or a firm's head alone;
# a menu's last item may be a body's head alone (`Tài chính - Ngân hàng`), which stays the menu's, or
# one with a grammar word a kind's words hold none of (`Đại hội Đảng các cấp`).
# A paper's head is left out: a menu's item (`Báo in`, `Tạp chí in`); and when the summary opens with a
# body's head itself (`Ban Thanh tra …`), it names the body whole and nothing before it is its kind.
_FIRMS = ("Tổng công ty", "Công ty", "Tập đoàn", "Hãng")
_HEADS = "|".join(
    sorted(
        (re.escape(h) for h in ORG_HEADS if h not in ("Báo", "Tạp chí", "Đài", "Nhà xuất bản")),
        key=len,
        reverse=True,
    )
)
_KIND_WORD = rf"(?!(?:các|những|của|và|với|cho|tại|trong|mọi)\b){_SMALL_WORD}"
_KIND_OF_BODY = re.compile(
    rf"(?<!\S)(?:(?:{_HEADS})(?:\s+{_KIND_WORD}){{1,3}}|" + "|".join(_FIRMS) + r")\s*$"
)
# … and the youth union, named whole by its own words (`Đoàn Thanh niên …`, `Đoàn TNCS …`): `Đoàn` alone
# is a surname too (`Đoàn Văn Hậu`), so it is no head of `ORG_HEADS`.
_KIND_OPENING = re.compile(rf"(?:{_HEADS}|Đoàn (?:Thanh niên|TNCS))\b")
# The heads of the armed and police forces (`Cảnh sát biển`, `Công an tỉnh`, `Lực lượng vũ trang`): a
# public force, named whole, never a firm's kind the summary drops before its brand.
_FORCES = frozenset({"Cảnh sát", "Công an", "Bộ đội", "Quân đội", "Lực lượng", "Quân khu", "Quân đoàn",
                     "Sư đoàn", "Hạm đội", "Bộ Tư lệnh", "Bộ tư lệnh", "Đồn"})  # fmt: skip


def _names_firm_alone(kind: str, summary: str) -> bool:
    """Whether the lead's `kind` before the summary's first words (`Hãng hàng không`) is what the firm the
    summary names alone is. A body's head alone other than a firm's (`Tòa án`) is a menu's item; a
    summary opening with a body's head names it whole; one opening with a person by their title names
    no firm; nor does a force's kind (`Cảnh sát biển`, `Bộ đội biên phòng`), which no brand follows: a
    menu's item (`Tuyên truyền Luật Cảnh sát biển`) before a lead opening with a ship or a unit."""
    if kind not in _FIRMS and kind in ORG_HEADS:
        return False
    if kind.split()[0] in _FORCES or " ".join(kind.split()[:2]) in _FORCES:
        return False
    return not _KIND_OPENING.match(summary) and not _names_person(summary)


def _names_person(text: str) -> bool:
    """The summary opens with a person by their title (`HLV Philippe Troussier …`, `Ông Nguyễn …`,
    `Thủ tướng …`): no firm is named alone, so no kind before it is the firm's (`Đội tuyển quốc gia`
    over it is the section's)."""
    words = text.split()
    if not words:
        return False
    first = words[0].rstrip(".,:")
    return titles_a_person(first) or first in STOP_CAPS or " ".join(words[:2]) in TITLES


# A lead's opening clause, after its dateline if any (`(HNMO) - Ngày 13/4,`, `Sáng 14/2,`, an occasion's
# `Nhân Đại lễ Phật đản …,`), a place of two words in capitals too (`HÀ NỘI - Ngày 1/8,`): the summary
# may start after it, which stays with the lead.
_OPENING_CLAUSE = re.compile(
    rf"(?:(?:\(?[\w.]{{2,15}}\)?|[{CAPITALS}]{{2,15}}(?:\s[{CAPITALS}]{{2,15}}){{1,3}})\s*[-–]\s*)?"
    r"(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Hôm|Rạng|Cuối|Đầu|Giữa|Theo|Tại|Trong|Sau|Khi|Từ|Vào|Năm|Tháng|Nhân|Dịp)"
    r"\b[^,.!?]{0,60},$"
)


def _shared_opening(anchors: tuple[str, ...]) -> str | None:
    """The key of the words the headline and the summary both open with, four at least and fewer than
    the summary's opening words (`Festival Hoa Đà Lạt lần thứ XI: …`, `Festival Hoa Đà Lạt lần thứ XI
    diễn ra …`): the story's subject, which the lead may open with before its own words; else None."""
    if len(anchors) < 2:
        return None
    pairs = zip(anchors[0].split(), anchors[1].split(), strict=False)
    shared = [a for a, b in itertools.takewhile(lambda pair: key(pair[0]) == key(pair[1]), pairs)]
    opening = key(" ".join(shared))
    return opening if 4 <= len(shared) < _OPENING_WORDS and len(opening) >= 15 else None


def _item_before(head: str) -> bool:
    """`head` closes on a menu's item, a word in title case or capitals (`… Phê bình Tác giả Lâm Đồng`),
    not on a sentence's word in small letters, a figure or a preposition (`… tổ chức`, `Tối 12/12`,
    `Tại`)."""
    last = head.split()[-1] if head.split() else ""
    return last.isalpha() and (last.istitle() or last.isupper()) and last.lower() not in PREPOSITIONS


def _later(units: list[Unit], anchors: tuple[str, ...]) -> bool:
    """The summary's opening words open `units[0]`, but more of them stand whole further on, after
    something else (`Trường Cao đẳng Kỹ thuật Cao Thắng Tuyển sinh 2025 Trang chủ …` | `… Liên hệ Trường Cao
    đẳng Kỹ thuật Cao Thắng tuyển 3.500 chỉ tiêu …`): the masthead names the body the summary opens with,
    and the story starts there."""
    for anchor in anchors[1:]:
        longer = key(" ".join(anchor.split()[: 2 * _OPENING_WORDS]))
        if len(anchor.split()) <= _OPENING_WORDS or key(units[0].text).startswith(longer):
            continue
        if any(key(unit.text).find(longer) > 0 for unit in units[:_NEXT]):
            return True
    return False


def _starts_like_a_headline(text: str) -> bool:
    """A capital or a figure first, or a brand's name a small letter opens (`iPhone`, `eSIM`, `iOS`)."""
    opening = text.lstrip(_OPENERS)
    return opening[:1].isupper() or opening[:1].isdigit() or _BRAND.match(opening) is not None


# A brand's name opening with its small letter, capitals after it (`iPhone báo sai mật khẩu …`).
_BRAND = re.compile(r"[a-z]{1,3}[A-Z][A-Za-z]*\b")


def _char_at_key(text: str, position: int) -> int | None:
    """The index in `text` of the `position`-th letter or digit `key` keeps: a character `key` keeps as
    several (a Korean syllable as its letters: `한국어`, a ligature) counts as all of them."""
    seen = 0
    for index, char in enumerate(text):
        width = len(key(char))
        if seen <= position < seen + width:
            return index
        seen += width
    return None


def opens_with(text: str, anchors: tuple[str, ...]) -> bool:
    """`text` opens with the opening words of one of `anchors` (the summary)."""
    keys = [key(" ".join(a.split()[:_OPENING_WORDS])) for a in anchors if len(a.split()) >= 4]
    return any(len(k) >= 15 and key(text).startswith(k) for k in keys)


def holds_opening(text: str, anchors: tuple[str, ...]) -> bool:
    """`text` holds the opening words of one of `anchors` (the summary), at its start or after a header."""
    keys = [key(" ".join(a.split()[:_OPENING_WORDS])) for a in anchors if len(a.split()) >= 4]
    return any(len(k) >= 15 and k in key(text) for k in keys)


def cuts_into_summary(text: str, head: str, anchors: tuple[str, ...]) -> bool:
    """Cutting `head` off `text` (a menu peeled off the lead) would take the opening words of one of
    `anchors` (the summary) with it: they stand in `text` after something else and `head` reaches
    into them (`… In bài HĐND tỉnh Hà Giang ban hành | Nghị quyết …`, the summary opening `HĐND tỉnh
    Hà Giang ban hành Nghị quyết`). The lead starts where the summary does, so no such cut is made
    and `cut_at_anchors` cuts there."""
    text_key, head_key = key(text), key(head)
    for anchor in anchors:
        opening = key(" ".join(anchor.split()[:_OPENING_WORDS]))
        if len(anchor.split()) < 4 or len(opening) < 15:
            continue
        at = text_key.find(opening)
        if at > 0 and len(head_key) > at:
            return True
    return False
