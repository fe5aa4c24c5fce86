"""A related story's teaser, its headline and its lead, run into the story with no label over it.

A paper sets a box of one related story between two paragraphs (its headline, then its lead under
it), and a scrape printed on one line runs the headline into the lead with no stop (`… gần cầu Văn
Thánh. TP.HCM: Triều cường đạt đỉnh, nhiều tuyến đường ngập sâu Triều cường dâng cao kết hợp mưa
lớn khiến nhiều tuyến đường ở TP.HCM bị ngập trong chiều tối. Anh Lê Minh Tâm …`). With no `Xem
thêm:` before it, `edges.linked_headline_apart` does not look for the headline's end; and the pair
reads as one long sentence, so the detector keeps it.

What gives it away is the pair's repetition: the lead says its headline again. Where a word in
title case stands between two in lower case (`sâu Triều cường`: a sentence starts there), the part
before is as terse as a headline (few grammar words; a sentence's opening has many) and the
sentence after repeats two running words the part before prints in lower case (`tuyến đường`), the
part before is a headline with no stop, the part after its lead, and both go. A story's sentence
does not say its own words again across a missing stop; a name said twice (`Sở Y tế tỉnh … và Sở Y
tế tỉnh …`) is in capitals, and a name's capital after the word it follows (`tỉnh Lào Cai`, `tại
Bệnh viện …`), after a grammar word no headline ends on (`…, trong khi Tổng thống Mỹ …`) or a
clause's comma (`Đáng chú ý, Cắt đôi nỗi sầu …`) is no cut, nor is a capital with a comma after it
(`… Thứ trưởng Bộ Quốc phòng Lào, nói: …`): a name's last word closing its apposition, where a
lead's first word runs on into its clause. Rows of a list and a
heading over its text open alike (`Học bổng toàn phần: … Học bổng 70%: …`): they stay, and so does
any pair that is borderline. A subheading run into its section's first sentence may be repeated by
it too; but the section goes on about it, where the story after a teaser turns back to its own
subject: a pair the sentence after repeats words of keeps the story's. A part before that opens with
its number (`2. Nâng mức giảm trừ gia cảnh Mức giảm trừ gia cảnh cho người nộp thuế …`) is the story's
numbered subheading run into its section, which says it again: no teaser is numbered. A story that runs
its other subheadings into their sections the same way (`Đặt lịch trực tuyến Chủ xe có thể …`) keeps the
pair too (`Ưu tiên xe cứu thương, xe chữa cháy Các trung tâm bố trí …`): one more of its sections.

An app's or a shop's offer set between two paragraphs repeats the story's words too (`Đầu tư chứng
chỉ quỹ trên Infina - Mua ngay ⭐ 4.8 trên App Store | 500.000+ lượt tải Một số người chọn …`), but
its marks are no headline's: a symbol (a star, an emoji) or a bar between its parts. Such a part
goes as a button does (`call_buttons.BUTTON`), and the sentence after it, the story's next, stays.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from ..core.sentences import PREPOSITIONS, ends_sentence, word_pairs
from .call_buttons import BUTTON
from .furniture import LINKED_HEADLINE, Unit, signals, stopwords
from .headline_lead import BEFORE_A_NAME  # `tỉnh`, `ông`, `hãng`: the capital after it is a name's

__all__ = ["TEASER_LEAD", "glued_teaser_apart"]

#: The reason a related story's lead, run on from its headline inside the story, goes.
TEASER_LEAD = "the lead of a related story, run on from its headline inside the story"

_LEAST_HEAD = 6  # words: a headline is seldom shorter
_MOST_HEAD = 20
_LEAST_LEAD = 8
_LEAST_SHARED = 2  # running pairs of words the lead repeats from its headline
# A headline is terse: its grammar words are a fifth of its words or so (`TP.HCM: Triều cường đạt
# đỉnh, nhiều tuyến đường ngập sâu`), a sentence's half (`Ngày 6/12, đoàn công tác của tỉnh …`).
_MOST_HEAD_STOPS = 0.4
_STOP = re.compile(r"[.;!?]$")  # a clause's end: no headline holds one (its comma and colon it may)
_WORD = re.compile(r"\w+")
_NUMBERED = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})[.)]$")  # a subheading's number (`2.`, `III.`, `3)`)


def glued_teaser_apart(units: list[Unit]) -> list[Unit]:
    """Each unit that is a teaser's headline run into its lead, cut in two: both go (the headline
    as `LINKED_HEADLINE`, the lead as `TEASER_LEAD`); every other unit as it was."""
    out: list[Unit] = []
    for i, unit in enumerate(units):
        cut = _teaser_cut(unit.text) if unit.keep and unit.reason == "article text" else None
        after = units[i + 1].text if i + 1 < len(units) and units[i + 1].block == unit.block else ""
        sections = cut is not None and any(
            _run_in_heading(u.text) for u in units if u.block == unit.block and u is not unit
        )  # the story's other subheadings run into their sections: this pair is one more
        if cut is None or _shared(cut[0], after) or sections:
            out.append(unit)
            continue
        head, lead = cut
        if _an_offer(head):  # `… Mua ngay ⭐ 4.8 trên App Store | 500.000+ lượt tải`: the story goes on
            out += [Unit(unit.block, head, True, BUTTON), Unit(unit.block, lead)]
            continue
        out += [Unit(unit.block, head, True, LINKED_HEADLINE), Unit(unit.block, lead, True, TEASER_LEAD)]
    return out


def _teaser_cut(text: str) -> tuple[str, str] | None:
    """`text` as a headline and the lead that repeats it, or None."""
    words = text.split()
    if not ends_sentence(text) or len(words) < _LEAST_HEAD + _LEAST_LEAD or _NUMBERED.match(words[0]):
        return None
    for k in range(_LEAST_HEAD, min(len(words) - _LEAST_LEAD, _MOST_HEAD) + 1):
        before, word, after = words[k - 1], words[k], words[k + 1]
        if _STOP.search(before):
            return None  # a clause ended before: no headline of a teaser
        capital = word[:1].isupper() and word[1:].islower()
        if not (capital and before[:1].islower() and after[:1].islower()):
            continue
        last = before.casefold()
        if last in BEFORE_A_NAME or last in PREPOSITIONS or last in stopwords() or not before[-1].isalnum():
            continue  # `tỉnh Lào Cai`, `tại Bệnh viện`, `trong khi Tổng thống`, `Đáng chú ý, Cắt …`: no end
        if word.endswith(","):
            continue  # `Thứ trưởng Bộ Quốc phòng Lào, nói: …`: a name's last word closing its apposition
        if [w.casefold() for w in words[k : k + 2]] == [w.casefold() for w in words[:2]]:
            continue  # `Học bổng toàn phần: … Học bổng 70%: …`: a list's rows, a heading and its text
        if _named_before(words[:k], word):
            continue  # `… vào mùng 3 Tết, ngoài tiền lương của ngày nghỉ Tết, công ty …`: a name, said again
        head, lead = " ".join(words[:k]), " ".join(words[k:])
        if signals(head).density <= _MOST_HEAD_STOPS and _shared(head, lead) >= _LEAST_SHARED:
            return head, lead
    return None


def _run_in_heading(text: str) -> bool:
    """`text` opens with a subheading run into its section's first sentence (`Đặt lịch trực tuyến Chủ
    xe có thể đặt lịch …`): two to seven words, all but the first in small letters, then a word in title
    case that a word in small letters goes on from, no grammar word before it, to the sentence's stop."""
    words = text.split()
    for k in range(2, min(8, len(words) - _LEAST_LEAD)):
        if not all(w.isalpha() and w.islower() for w in words[1:k]):
            return False
        word, last = words[k], words[k - 1].casefold()
        if word[:1].isupper() and word[1:].islower() and words[k + 1][:1].islower():
            grammar = last in BEFORE_A_NAME or last in PREPOSITIONS or last in stopwords()
            return not grammar and words[0][:1].isupper() and ends_sentence(text)
    return False


def _named_before(head: list[str], word: str) -> bool:
    """`word` in title case is printed so inside `head` too, after a word that ends no clause (`mùng 3
    Tết,`): a name the text always capitalises (`Tết`, a person's, a place's), not a sentence's opening;
    a headline's first word, or one after its colon (`TP.HCM: Triều cường …`), is no such mid-sentence
    capital."""
    bare = word.strip(_EDGE)
    return any(w.strip(_EDGE) == bare and before[-1:].isalnum() for before, w in itertools.pairwise(head))


_EDGE = ',.;:!?"“”()'


def _an_offer(head: str) -> bool:
    """Whether `head` prints a symbol (`⭐`, `🔥`) or a bar between its parts (`App Store | 500.000+`):
    an app's or a shop's box prints them, a headline does not."""
    return " | " in head or any(unicodedata.category(char) == "So" for char in head)


def _shared(head: str, lead: str) -> int:
    """The running pairs of words `lead` repeats from `head` that `head` prints in lower case (`tuyến
    đường`), but pairs of grammar words (`của các`): a name said twice (`Công an tỉnh Quảng Bình và
    Công an tỉnh Khăm Muồn`, `Bí thư Tỉnh ủy`) is a sentence's, its capitals are no headline's words."""
    stop = stopwords()
    words = _WORD.findall(head)
    plain = {pair for pair in itertools.pairwise(words) if pair[0].islower() and pair[1].islower()}
    common = plain & word_pairs(lead)
    return sum(1 for pair in common if not set(pair) <= stop)
