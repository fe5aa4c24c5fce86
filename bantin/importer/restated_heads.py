"""A cut headline the summary, the lead or the story's first sentence restates, going on past the
cut (`Giá thuê văn phòng hạng A tại TPHCM tăng 3%…` over `Giá thuê văn phòng hạng A tại TPHCM
tăng 3% trong quý đầu năm, trong khi tỷ lệ lấp đầy giảm nhẹ.`): the headline ends where that
sentence's clause does.

A lead restating its headline says the headline's clause and then more, after a comma or a stop
(`…, trong khi …`, `…, mở ra …`); it may open otherwise (`Huyện Mai Châu đón …`, `Đội tuyển sinh
viên Đại học Bách khoa … vừa giành giải Nhất …`), so the title's words are looked for in order, most
of them, its last words in a row where the cut was, and all its names (a sentence saying the same of
another place restates nothing). What the sentence says after them, up to the next comma, colon,
semicolon or bracket, or a sentence opening with no stop, is the rest of the headline; up to the stop
only where the sentence prints most of the headline's end in a row (in its own words, `… chuẩn bị cho
VCK U23 châu Á 2024 tại Qatar.`, it may say more than the headline did). A title cut inside a word
(`… dịp h…`) takes the sentence's whole word (`hè`). Where two sentences restate the headline and go
on differently (the summary's `… Thanh Thủy của tỉnh Phú Thọ.`, the lead's `… Thanh Thủy.`), only what
they agree on is the headline's; where one of them stops at the cut, or none says the rest within a
headline's length, the title stays cut for the editor. The completed title is flagged for checking,
as every completion is (`header._completed`)"""

from __future__ import annotations

import re

from ..core.sentences import pieces, sentence_starts, split_glued
from .linked_headlines import opens_sentence_at

_CLAUSE_END = re.compile(r"[,;:(]|[.!?…]+$|\s[-–—]\s*$")
_CLAUSE_MARK = re.compile(r"[,;:(]")
_TAIL = 3  # the title's last words the sentence must print in a row, where the cut was
_SHARE = 0.6  # of the title's words the sentence must print, in the title's order
_CLOSE = 0.6  # of the title's last words in a row, for a sentence going on to its stop
_LONGEST_REST = 12  # words: a clause going on longer is the story's, not the headline's
_LONGEST_HEADLINE = 30  # words


def _bare(word: str) -> str:
    """A word as compared: in lower case, without the marks a sentence or a quote puts round it."""
    return word.strip("\"“”‘’'()[],.;:!?…").lower()


def _names(title: list[str]) -> set[str]:
    """The words of the title in capitals after its first: its names, which a restatement prints too."""
    return {_bare(word) for word in title[1:] if word[:1].isupper()}


def _rest(title: list[str], words: list[str]) -> tuple[str, list[str]] | None:
    """What `words` (a sentence's) print after the title's words, up to their clause's end: the other
    letters of the title's last word where it was cut inside (`h` of `hè`), and the words after it."""
    last = _bare(title[-1])
    for end in range(len(words)):
        word = _bare(words[end])
        if not last or not (word == last or (word.startswith(last) and len(last) < len(word))):
            continue
        matched, j = 1, end - 1  # the title's words before its last, printed in a row up to the cut
        while matched < len(title) and j >= 0 and _bare(words[j]) == _bare(title[-1 - matched]):
            matched, j = matched + 1, j - 1
        if matched < min(_TAIL, len(title)):
            continue
        ordered, k = matched, len(title) - 1 - matched  # then the rest of the title, in order, with gaps
        while k >= 0 and j >= 0:
            if _bare(words[j]) == _bare(title[k]):
                ordered, k = ordered + 1, k - 1
            j -= 1
        if ordered < _SHARE * len(title) or not _names(title) <= {_bare(w) for w in words}:
            continue  # too little of it, or another place's or person's (`Mèo Vạc đón …`, `Đồng Văn đón …`)
        cut = _CLAUSE_END.search(words[end])
        printed = words[end][: cut.start()] if cut else words[end]
        letters = printed.lstrip("\"“‘'")[len(title[-1].lstrip("\"“‘'")) :] if word != last else ""
        clause, marked = [], bool(cut and _CLAUSE_MARK.match(words[end][cut.start() :]))
        for at, following in enumerate(words[end + 1 :] if not cut else [], start=end + 1):
            cut = _CLAUSE_END.search(following)
            if (cut and cut.start() == 0) or (at + 1 < len(words) and opens_sentence_at(words, at)):
                marked = True  # or a sentence opens with no stop (`… chậm tiến độ Đến giữa tháng 5, …`)
                break
            clause.append(following[: cut.start()] if cut else following)
            if cut:
                marked = _CLAUSE_MARK.match(following[cut.start() :]) is not None
                break
        if not marked and matched < _CLOSE * len(title):
            return None  # in its own words up to its stop, it may say more than the headline did
        return letters, [w for w in clause if w]
    return None


def _sentences(text: str) -> list[str]:
    return [
        sentence for piece in split_glued(text or "") for sentence in pieces(piece, sentence_starts(piece))
    ]


def from_clauses(stem: str, texts: list[str], story: str = "") -> str | None:
    """`stem` (a title cut at a length, without its `…`) completed to the end of the clause the
    sentences of `texts` (the summary, the lead) and the `story`'s first sentence restating it go on
    to; None where they say nothing past it, or disagree at once. A sentence further in the story may
    open with the headline's words and be none (`Hội nghị trực tuyến triển khai nhiệm vụ …`)."""
    title = stem.split()
    if len(title) < 4:
        return None
    sentences = [sentence for text in texts for sentence in _sentences(text)] + _sentences(story)[:1]
    rests = [rest for sentence in sentences if (rest := _rest(title, sentence.split())) is not None]
    if not rests or len({letters for letters, _ in rests}) > 1:
        return None
    letters, agreed = rests[0]
    for _, words in rests[1:]:
        same = 0
        while same < min(len(agreed), len(words)) and _bare(agreed[same]) == _bare(words[same]):
            same += 1
        agreed = agreed[:same]
    if not (letters or agreed) or len(agreed) > _LONGEST_REST or len(title) + len(agreed) > _LONGEST_HEADLINE:
        return None
    return " ".join([stem + letters, *agreed])
