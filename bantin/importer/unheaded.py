"""Other stories' leads printed after the story's closing byline with no headline and no header
over them (a provincial paper's box of other stories scraped without its titles: `… Thanh Nhị
Chiều 18/9, Ban Chỉ huy … Hơn 300 học sinh nghèo …`). Each reads as a sentence, so the detector's
kinds keep it, and a byline's tail of sentences is kept on purpose (an editor's note, a credit).

What gives them away is that they are about something else: the run opens a new topic (it does not
go on from a sentence before it: `Tuy nhiên`, `họ`, `này`, a quotation), and none of its sentences
shares a name of the story (two capitalised words, or the name after `ông`, `bà` …) nor a pair of
its words (`tàu cá`, `cà phê`: the story's, its headline's, its summary's). Two such sentences at
least, running from the byline to the end of the body, and no longer than the story before them,
are a box of other stories. The byline is the anchor: a story's own last sentences may share
nothing with its headline either, so with no byline before them nothing goes (measured on the blind
rounds, the dev set and the corpus: without it, real closing paragraphs were lost).

A byline run into the first lead when that lead opens with its day (`Thanh Nhị Chiều 18/9, …`) is
cut from it first (`byline_before_lead_apart`): inside a sentence the time of day is in lower case.
"""

from __future__ import annotations

import itertools
import re

from ..core.text import CAPITALS, SMALL_LETTERS
from .furniture import Signals, Unit, stopwords

__all__ = ["REASON", "byline_before_lead_apart", "goes_on", "unheaded_leads"]

REASON = "other stories' leads after the byline, sharing no name nor words with the story"

_SYLLABLE = re.compile(r"[^\W_]+")
_MIN_UNITS = 2
_MAX_UNITS = 15  # a box of five leads of three sentences
_MIN_WORDS = 12  # a lead is a whole sentence
_MIN_STORY = 4  # sentences of the story before its byline
# What opens a sentence that goes on from the one before it: a pronoun, a connective, a quotation.
_GOES_ON = re.compile(
    r"^(?:[“\"‘'(-]|(?:họ|ông|bà|anh|chị|em|cô|thầy|này|đó|đây|điều|việc|theo|tuy|nhưng|song|do|vì|bởi|"
    r"vậy|cũng|ngoài|bên cạnh|trước|sau đó|được biết|dự kiến|kết quả|như vậy|qua|từ đó|nhờ|còn|riêng|"
    r"hiện|trong đó|đặc biệt|đồng thời|tiếp đó|cùng|với|dịp này|ngay|thế|khi đó|lúc đó)\b)",
    re.IGNORECASE,
)
_REFERS_BACK = re.compile(r"\b(?:họ|này|đó|ấy|nói trên)\b", re.IGNORECASE)
_HONORIFICS = frozenset({"ông", "bà", "anh", "chị", "em", "cô", "thầy", "chú", "bác", "cụ"})


def unheaded_leads(
    units: list[Unit], kinds: list[tuple[str, str]], found: list[Signals], end: int, anchors: tuple[str, ...]
) -> int:
    """Where a run of other stories' leads after the closing byline, going on to `end`, starts; `end`
    when there is none. `anchors` are the headline and the summary."""
    byline = next((i for i in range(end - 1, -1, -1) if kinds[i][0] == "byline"), -1)
    run = range(byline + 1, end)
    story = [i for i in range(max(byline, 0)) if kinds[i][0] == "prose"]
    if byline < 0 or not _MIN_UNITS <= len(run) <= _MAX_UNITS or len(story) < _MIN_STORY:
        return end
    first = units[run[0]].text.strip()
    if len(first.split()) < _MIN_WORDS or goes_on(first):
        return end  # the story going on after a byline read in its text (a quotation's speaker)
    if sum(len(units[i].text.split()) for i in run) > sum(len(units[i].text.split()) for i in story):
        return end
    before = " ".join(units[i].text for i in range(byline) if kinds[i][0] in ("prose", "caption", "short"))
    pairs, names = _pairs(before).union(*(_pairs(a) for a in anchors)), _names(before)
    foreign = all(
        kinds[i][0] in ("prose", "short")
        and found[i].sentence
        and not _pairs(units[i].text) & pairs
        and not _names(units[i].text) & names
        for i in run
    )
    return run[0] if foreign else end


def goes_on(text: str) -> bool:
    """Whether a sentence goes on from the one before it (`Tuy nhiên, …`, `Họ …`, a quotation, `… này`):
    a story's, not the opening of another story's lead."""
    return bool(_GOES_ON.match(text) or _REFERS_BACK.search(text))


def _names(text: str) -> set[str]:
    """The names of `text` (people, places, bodies): two capitalised words in a row (`Sa Huỳnh`, `Văn
    Sáu`) past a sentence's first word, acronyms (`UBND`, `TP`) aside, and the name after `ông`, `bà`
    … (`ông Sáu`: a name used before, said short)."""
    out = set()
    for sentence in re.split(r"(?<=[.!?…])\s+", text):
        words = _SYLLABLE.findall(sentence)
        for a, b in itertools.pairwise(words[1:]):
            if a[:1].isupper() and b[:1].isupper() and not (a.isupper() or b.isupper()):
                out.add(f"{a} {b}".casefold())
        out.update(
            b.casefold()
            for a, b in itertools.pairwise(words)
            if a.casefold() in _HONORIFICS and b[:1].isupper()
        )
    return out


def _pairs(text: str) -> set[str]:
    """Pairs of words in a row, neither a function word nor a figure (`tàu cá`, `cà phê`)."""
    words = [w.casefold() for w in _SYLLABLE.findall(text)]
    stop = stopwords()
    return {
        f"{a} {b}"
        for a, b in itertools.pairwise(words)
        if a not in stop and b not in stop and not any(c.isdigit() for c in a + b)
    }


# A writer's name (two to four words, or two writers `Thanh Hải - Mai Hương`) run into a lead that
# opens with its day (`Thanh Nhị Chiều 18/9, Ban Chỉ huy …`).
_NAME = (
    r"[" + CAPITALS + r"][" + SMALL_LETTERS + r"]+(?:\s+[" + CAPITALS + r"][" + SMALL_LETTERS + r"]+){1,3}"
)
_SIGNED_LEAD = re.compile(
    r"^(?P<name>" + _NAME + r"(?:\s+[-–]\s+" + _NAME + r")?)\s+(?=(?:Rạng sáng|Sáng sớm|Chiều tối|Sáng|Trưa|"
    r"Chiều|Tối|Đêm|Ngày|Từ ngày)\s+(?:ngày\s+)?\d{1,2}/\d{1,2}\b)"
)


def byline_before_lead_apart(units: list[Unit]) -> list[Unit]:
    """The closing byline run into the first of other stories' leads after it (`Thanh Nhị Chiều 18/9,
    Ban Chỉ huy …`), past the story's first sentences, is cut from it."""
    out: list[Unit] = []
    for i, unit in enumerate(units):
        found = _SIGNED_LEAD.match(unit.text) if i > 1 else None
        if found is None:
            out.append(unit)
            continue
        out += [Unit(unit.block, found.group("name")), Unit(unit.block, unit.text[found.end() :].strip())]
    return out
