"""A related link's headline run into the story's next sentence, cut off it before the units are judged.

A label pointing to one link inside the story (`Xem thêm:`, `Tin liên quan`) is a unit of its own; the
headline after it is run into the sentence that follows (`Đà Nẵng ra quân dọn vệ sinh sau bão Dự báo trong
24 giờ tới, …`). `linked_headline_apart` cuts it off where `headline_end` finds the sentence starts (moved
from `edges`, which re-exports it); `media_titles` uses the same end for a video's title under its label.
"""

from __future__ import annotations

import itertools
import re

from ..core.sentences import ends_sentence
from ..tagging.kinds import ORG_HEADS, SURNAMES
from ..tagging.words import TITLES
from .appositives import introduces_person
from .furniture import LINKED_HEADLINE, Unit, signals
from .lead_clauses import opens_clause, opens_placed_clause, opens_plain_clause
from .vocabulary import LINK_LEADS, PORTAL_BOXES, as_headers

__all__ = [
    "headline_end",
    "label_apart",
    "linked_headline_apart",
    "named_elsewhere",
    "opens_sentence_at",
    "said_inside",
]


# A related headline's fewest words (`Sơn La trao tặng Nhà văn hóa …`: no cut before `Nhà`).
_HEADLINE_WORDS = 5
# A sentence's opening word that no name ends with, a count or a plural's mark (`Hai bên`, `Các đại
# biểu`), which opens a sentence even after a name.
_COUNT_STARTERS = frozenset("Hai Ba Các Những".split())


# An honorific in a capital before a name (`… cùng kỳ Ông Danny Le, Tổng giám đốc …`): inside a sentence
# it is written in lower case, so in a capital after a word in lower case it opens the next sentence.
_HONORIFICS = frozenset({"Ông", "Bà"})


def _full_name(words: list[str]) -> bool:
    """Three words of a Vietnamese name, a surname first, the last closed by a comma (`Đặng Phúc Nguyên,`):
    the person a sentence puts by role after a title's capital (`Tết`), no name of a feast (`Ông Công`)."""
    return (
        len(words) == 3
        and words[0] in SURNAMES
        and words[-1].endswith(",")
        and all(w.rstrip(",")[:1].isupper() and w.rstrip(",")[1:].islower() for w in words)
    )


# A clip's length in brackets (`(03:12)`, `(1:02:45)`).
_LENGTH = re.compile(r"\(\d{1,2}:\d{2}(?::\d{2})?\)")
# A subject that points back (`Kết quả này`, `Trận đấu đó`): no name holds a demonstrative, so a word in
# capitals one or two words before it opens a sentence (`… Công an Hà Nội Kết quả này giúp …`).
_DEMONSTRATIVES = frozenset({"này", "đó"})
# An office opening a sentence that reports (`Sở Nông nghiệp và Môi trường cho biết …`), after a word in
# lower case that is no tie to it (`của Sở`, `Giám đốc Sở`): its name, then the office's verb.
_OFFICES = frozenset(
    "Sở Bộ Cục Viện Ủy UBND HĐND Công Tòa TAND VKSND Bệnh Trường Ngân Tổng Ban Trung Hội "
    "Tỉnh Huyện Xã".split()  # a local government reporting (`Huyện Quan Sơn đang đề nghị …`)
)
_TIES = frozenset("của và với tại cho từ đến về theo thuộc đốc tịch trưởng phó viên".split())
_REPORTS = re.compile(r"^(?:\S+\s+){1,8}?(?:cho biết|cho hay|thông báo|khẳng định|đề nghị|yêu cầu)\b")


def _opens_subject(before: str, words: list[str]) -> bool:
    """`words` open a sentence's subject after `before`: a noun pointed back to (`Kết quả này`), or an
    office that reports (`Sở … cho biết`) after a word in lower case that is no tie to it."""
    if any(w in _DEMONSTRATIVES for w in words[1:3]) and all(w.isalpha() and w.islower() for w in words[1:3]):
        return True
    return (
        words[0] in _OFFICES
        and before.isalpha()
        and before.islower()
        and before not in _TIES
        and bool(_REPORTS.match(" ".join(words)))
    )


# The label of a related link inside the story (`Xem thêm:`, `Tin liên quan`, `Đọc tiếp:`, under an
# arrow `>> Xem thêm:`), its unit alone.
_LINK_LABEL = re.compile(
    r"^(?:[>»]{1,3}\s*)?(?:" + as_headers((*LINK_LEADS, "đọc tiếp", *PORTAL_BOXES)) + r")\s*:?$"
)


def linked_headline_apart(units: list[Unit]) -> list[Unit]:
    """The headline of a related link run into the story's next sentence (`Xem thêm:` | `Đà Nẵng ra
    quân dọn vệ sinh sau bão Dự báo trong 24 giờ tới, …`) is cut from it where a word in capitals
    stands between two in lower case (`bão Dự báo`) or after a figure (`từ tháng 2 Nhà trường nên …`;
    a comma between the headline's items, `siết dạy thêm, học thêm`, so long as a whole sentence is
    left after the cut), or an honorific before a name after a word in
    lower case or a figure (`kỳ Ông Danny Le`): a sentence starts there; a clip's length in brackets
    closes its title (`… thu hoạch lúa (03:12) Dịp này, …`), and a name with its number goes on
    (`nâng cấp Quốc lộ 217`). A capital inside a name (`miền Bắc Chính
    quyền`, `bão Yagi Dự báo`) cuts nothing, so the headline stays rather than a sentence losing its
    start. A headline's colon (`Giá heo hơi hôm nay 4/12: đồng loạt đi ngang Tuy vậy, …`) is no
    clause. After a name ending the headline a sentence starts where a word in capitals opens a clause
    of words in lower case closed by its comma (`… siêu mẫu ở Milan Sau show diễn, nữ ca sĩ …`): no
    name goes on in lower case up to a comma. Nor does a word in capitals that the page's other sentences
    print after the same word in lower case (`người Chăm` of `… làm gốm của người Chăm được UNESCO ghi
    danh Gốm được nung …`): a name, said again. Inside an office's name (`Đài Khí tượng Thủy văn`) the
    sentence starts at the office's head (`_office_start`), the headline left whole where that leaves it
    too short."""
    out = list(units)
    for i in range(len(units) - 2, -1, -1):
        if not _LINK_LABEL.match(units[i].text):
            continue
        words = units[i + 1].text.split()
        if (k := headline_end(words, units, i + 1)) is not None:
            head, rest = " ".join(words[:k]), " ".join(words[k:])
            block = units[i + 1].block
            out[i + 1 : i + 2] = [Unit(block, head, True, LINKED_HEADLINE), Unit(block, rest)]
    return out


def label_apart(units: list[Unit], label: re.Pattern[str]) -> list[Unit]:
    """`units` with each unit that opens with `label` (a clip's, a list's header with its colon), a
    headline and the sentence run into it cut in two: the label with the headline (chrome), the
    sentence; where no start of a sentence is sure, or the headline holds a second label (`Video: …
    Clip: …`, a video page's own clips), the unit stays whole."""
    out: list[Unit] = []
    for i, unit in enumerate(units):
        found = label.match(unit.text)
        if found and unit.keep:
            words = unit.text[found.end() :].split()
            k = headline_end(words, units, i)
            if k is not None and not any(word.endswith(":") for word in words[:k]):
                head = unit.text[: found.end()] + " ".join(words[:k])
                out += [Unit(unit.block, head, True, LINKED_HEADLINE), Unit(unit.block, " ".join(words[k:]))]
                continue
        out.append(unit)
    return out


def headline_end(words: list[str], units: list[Unit], index: int) -> int | None:
    """Where the headline that `words` (of `units[index]`) open ends and the sentence run into it starts
    (see `linked_headline_apart`; after a name, a person put by role, name and place too: `appositives`).
    The words end with a sentence's stop, or the sentence after the cut introduces a list whose items
    have none (`Viện trưởng … yêu cầu năm 2027: Nâng tỷ lệ … Số hóa toàn bộ hồ sơ …`)."""
    ended = ends_sentence(" ".join(words))
    if not ended and not _lists_after(words):
        return None
    k = _headline_end(words, units, index)
    return k if k is None or ended or _lists_after(words[k:]) else None


def _lists_after(words: list[str]) -> bool:
    """A clause's colon with a capital after it in `words` (`… năm 2027: Nâng tỷ lệ …`): a list's items;
    not a credit's in brackets (`(Nguồn: Người dân cung cấp)`), nor a label's of one or two words."""
    for k, (word, after) in enumerate(itertools.pairwise(words)):
        before = " ".join(words[: k + 1])
        if word.endswith(":") and after[:1].isupper() and before.count("(") == before.count(")"):
            return k >= 2
    return False


def _headline_end(words: list[str], units: list[Unit], index: int) -> int | None:
    """`headline_end` once the words' end is known to allow a cut. A cut at a word the page's sentences
    write in a capital between words in lower case (`said_inside`: `quà | Tết cho`) gives way to a later
    one that another sign than the lower case around it opens (`… khó khăn | Công đoàn Ngân hàng Việt Nam
    đề nghị …`, an office that reports); with none, it stands (`… vận hành | Thống đốc Nguyễn Thị Hồng
    nhấn mạnh: …`, the title said inside as well)."""
    if len(words) < 12:
        return None
    named = named_elsewhere(units, index)
    first = _cut(words, named, frozenset())
    inside = said_inside(units, index)
    if first is None or words[first] not in inside:
        return first
    later = _cut(words, named, inside)
    signed = later is not None and opens_sentence_at(words, later, named, frozenset({words[later]}))
    return later if signed else first


def _cut(words: list[str], named: frozenset[tuple[str, str]], inside: frozenset[str]) -> int | None:
    """Where `_headline_end` cuts `words`, reading no word of `inside` as a start by the lower case
    around it alone."""
    timed = next((k + 1 for k, word in enumerate(words[:30]) if _LENGTH.fullmatch(word)), None)
    if timed is not None and _HEADLINE_WORDS <= timed < len(words) - 8 and words[timed][:1].isupper():
        return timed  # a clip's length closes its title (`… thu hoạch lúa (03:12) Dịp này, …`)
    for k in range(_HEADLINE_WORDS, min(len(words) - 8, 30)):  # two headlines at most
        after = words[k + 1]
        numbered = after[:1].islower() and k + 2 < len(words) and words[k + 2][:1].isdigit()
        if numbered and not opens_clause(" ".join(words[k:])):
            continue  # a name and its number go on (`nâng cấp Quốc lộ 217`), not a span (`Từ năm 2015 …,`)
        if any(
            w[-1:] in ".;!?" or (w[-1:] == "," and not n[:1].islower())
            for w, n in itertools.pairwise(words[: k + 1])
        ):
            return None  # a headline has no clause of its own; its colon is a headline's (`Giá … 4/12: …`)
        listed = any(w.endswith(",") for w in words[:k])  # its items (`siết dạy thêm, học thêm …`)
        honorific = _honorific_at(words, k)
        if _opens_office_after_name(words, k) and (not listed or signals(" ".join(words[k:])).prose):
            return k  # `… dịp Tết Hội dự kiến …`, `… ở Sendai Đại sứ quán …`
        if opens_sentence_at(words, k, named, inside):
            if listed and not signals(" ".join(words[k:])).prose:
                return None  # a comma in a headline, so long as a whole sentence is left after it
            opened = honorific or opens_plain_clause(words[k:]) or opens_placed_clause(words[k:])
            office = None if opened else _office_start(words, k)
            if office is not None:  # `… cầu Tràng Tiền Đài Khí tượng Thủy văn thành phố Huế dự báo …`
                return office if office >= _HEADLINE_WORDS else None
            return k
    return None


def _honorific_at(words: list[str], k: int) -> bool:
    """An honorific in a capital opens a sentence at `k` (`kỳ Ông Danny Le,`, `Quốc lộ 217 Bà Somphone …`,
    `sau Tết Ông Đặng Phúc Nguyên, …`)."""
    before, word, after = words[k - 1], words[k], words[k + 1]
    return (
        word in _HONORIFICS
        and (before[:1].islower() or before[:1].isdigit() or _full_name(words[k + 1 : k + 4]))
        and after[:1].isupper()
    )


def opens_sentence_at(
    words: list[str],
    k: int,
    named: frozenset[tuple[str, str]] = frozenset(),
    inside: frozenset[str] = frozenset(),
) -> bool:
    """A sentence opens at `words[k]` (0 < `k` < the last): a word in capitals, no title's nor a name the
    page prints after the same word (`named`, see `named_elsewhere`), that an honorific, a word in lower
    case or a figure before it and one in lower case after it, a clause, a subject, a count or a person
    put by role tell (see `linked_headline_apart`). Words in lower case on both sides tell nothing of a
    word the page's sentences write in a capital between words in lower case (`inside`, see
    `said_inside`: `so với Tết năm trước`): there it is that word's own capital (`suất quà Tết cho đoàn
    viên`), and only another sign opens a sentence."""
    before, word, after = words[k - 1], words[k], words[k + 1]
    plain = opens_plain_clause(words[k:])
    capital = (
        word[:1].isupper()
        and word[1:].islower()
        and f"{word} {after}" not in TITLES
        and (before, word) not in named
        and before not in _OFFICE_HEADS  # an office's name goes on (`Ban Chỉ đạo`, `Sở Y tế`)
    )
    return (
        capital
        and (
            _honorific_at(words, k)
            or (plain and after[:1].islower())
            or ((before[:1].islower() or before[:1].isdigit()) and after[:1].islower() and word not in inside)
            or opens_placed_clause(words[k:])
            or _opens_subject(before, words[k:])
            or (word in _COUNT_STARTERS and after[:1].islower())  # `… tỉnh Hủa Phăn Hai bên đã ký …`
            or introduces_person(
                words[k:]
            )  # `… tại Hà Nội Sinh viên Souksavanh Phommachanh, Trường …, chia sẻ`
        )
    )


# The head of an office's name (`Đài Khí tượng Thủy văn`, `Trung tâm Dự báo …`, `Sở Giáo dục và Đào tạo`).
_OFFICE_HEADS = _OFFICES | {"Đài", "Chi", "Phòng"}


# The heads of an office's name (`Hội`, `Bệnh viện`), and an embassy's, which opens a story's sentence.
_EMBASSIES = ("Đại sứ quán", "Tổng lãnh sự quán", "Lãnh sự quán")
_HEADS = sorted((h.split() for h in (*ORG_HEADS, *_EMBASSIES)), key=len, reverse=True)
_HEAD_WORDS = frozenset(h[0] for h in _HEADS) | _OFFICE_HEADS


def _opens_office_after_name(words: list[str], k: int) -> bool:
    """A sentence opens at `k` with an office after a one-word name closing the headline (`… dịp Tết |
    Hội dự kiến nhân rộng …`, `… tòa nhà ở Sendai | Đại sứ quán Việt Nam … khuyến cáo …`): a word in
    lower case, the name, then the office's head, which either goes on in lower case (`Đại sứ quán`,
    `Bệnh viện`: no name's last word) or, one word long, is followed by a word in lower case (`Hội dự
    kiến`: the office said bare, as a subject is). A name that is an office's (`Phòng Cảnh sát …`, `Sở
    Y tế`) goes on: its head word is no name's end."""
    if k < 2 or not (words[k - 2].isalpha() and words[k - 2].islower()):
        return False
    before = words[k - 1]
    if not (before.isalpha() and before[:1].isupper() and before[1:].islower()) or before in _HEAD_WORDS:
        return False
    for head in _HEADS:
        if words[k : k + len(head)] != head or k + len(head) >= len(words):
            continue
        after = words[k + len(head)]
        return (len(head) > 1 and all(w.islower() for w in head[1:])) or (after.isalpha() and after.islower())
    return False


def _office_start(words: list[str], k: int) -> int | None:
    """Where the office's name starts that the word in capitals at `k` goes on (`Đài Khí tượng` |
    `Thủy văn`): the name of an office writes each of its words in a capital and its second syllable in
    small letters, up to four such words back to the office's head; a sentence that opens with the office
    (`Đài Khí tượng Thủy văn … dự báo …`) starts there, not at the word inside its name. None when no
    such head stands before `k`."""
    j = k
    for _ in range(4):
        if j < 2 or not (
            words[j - 2][:1].isupper() and words[j - 2][1:].islower() and words[j - 1].islower()
        ):
            return None
        j -= 2
        if j > 0 and words[j - 1] in _OFFICE_HEADS:
            return j - 1  # `Đài` | `Khí tượng` | `Thủy văn`
        if words[j] in _OFFICE_HEADS:
            return j  # `Trung tâm` | `Dự báo` | `Khí tượng`
    return None


def named_elsewhere(units: list[Unit], index: int) -> frozenset[tuple[str, str]]:
    """The pairs of a word in lower case and a word in title case after it (`người Chăm`) that the
    sentences of the units but the one at `index` print (not a menu's: `Thời sự Kinh tế`)."""
    return frozenset(
        (before, word)
        for k, unit in enumerate(units)
        if k != index and ends_sentence(unit.text)
        for before, word in itertools.pairwise(unit.text.split())
        if before[:1].islower() and word[:1].isupper() and word[1:].islower()
    )


def said_inside(units: list[Unit], index: int) -> frozenset[str]:
    """The words in title case that the sentences of the units but the one at `index` print between two
    words in lower case (`Tết` of `… so với Tết năm trước.`, `Công` of `… của Công đoàn Ngân hàng …`):
    words the page writes in a capital inside a sentence, a feast's name or an office's head."""
    out = set()
    for k, unit in enumerate(units):
        words = unit.text.split()
        if k == index or not ends_sentence(unit.text):
            continue
        out.update(
            word
            for before, word, after in zip(words, words[1:], words[2:], strict=False)
            if before[:1].islower() and word[:1].isupper() and word[1:].islower() and after[:1].islower()
        )
    return frozenset(out)
