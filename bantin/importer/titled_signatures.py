"""A titled writer's signature run into the page's line after it, at the story's end.

An opinion column signs with the writer's title and name (`PGS.TS Nguyễn Văn Kim`, `Nhà giáo Lê Quang
Huy`), and a one-line body runs the signature into what the page prints under it, often the column's
call to its readers (`… Nguyễn Văn Kim Diễn đàn mong nhận được ý kiến trao đổi của bạn đọc.`): read
as one sentence, the signature signs nothing and the call stays with the story. The signature is cut
off (then read as the byline, and what follows it as the page's) when:

* the words before the cut are an expert's title and a Vietnamese name, whole (`answerers.expert`), or
  the newsroom's team (`Nhóm Phóng viên`, `teams.team`);
* the words after it open a new sentence in title case (`Diễn đàn mong …`), the longest name first: a
  grammar word after it (`… Trần Minh Đức cho biết …`) says the sentence goes on with the name, any
  other word in lower case (`… Kim Diễn | đàn`) that the name took the next sentence's first word;
* those words speak of the page's readers or furniture (`bạn đọc`, `ý kiến`, `chuyên mục`): the
  story's own sentence naming a titled person (`PGS.TS Nguyễn Văn Kim Viện trưởng Viện Sử học cho rằng
  …`) holds none;
* no plain sentence of the story follows the unit: it closes the text, only furniture after it.

An advice column prints its box for readers' questions (`… gửi câu hỏi qua email: tuvan@bao.vn`) over
the expert's signature, and a one-line body runs the two together: `signature_after_contact` cuts off
a unit's last words when they are an expert's signature, whole, and the word before them an e-mail or
web address or a phone number, which no sentence of the story ends on before a titled name; or what
stands before them is a related link with no stop (`Xem thêm: Những điểm mới về BHXH từ ngày 1/7
ThS. Nguyễn Thị Mai`), the byline run on after the page's link, unless a word joins it to the link
(`… của TS. Lê An`).
"""

from __future__ import annotations

from ..core.sentences import PREPOSITIONS, ends_sentence
from ..core.text import normalize
from .answerers import expert
from .furniture import EMAIL, PHONE, URL, Unit, signals, stopwords
from .quoted_furniture import QUOTED
from .teams import team

__all__ = ["signature_after_contact", "titled_signature_apart"]

_LONGEST = 7  # words: a title of up to three (`Nhà nghiên cứu`), a name of up to four


def titled_signature_apart(units: list[Unit]) -> list[Unit]:
    """`units` with the last unit of the story that opens with a titled writer's signature run into a
    sentence of the page's cut in two (see the module's docstring); else `units` as they are."""
    found = [signals(u.text) for u in units]
    for i in range(len(units) - 1, -1, -1):
        cut = _signature_end(units[i].text)
        if cut is not None:
            head, rest = units[i].text.split()[:cut], units[i].text.split()[cut:]
            return [
                *units[:i],
                Unit(units[i].block, " ".join(head)),
                Unit(units[i].block, " ".join(rest)),
                *units[i + 1 :],
            ]
        s = found[i]
        if s.sentence and s.prose and not (s.strong or s.weak):
            return units  # a plain sentence of the story: the signature would have come after it
    return units


def _signature_end(text: str) -> int | None:
    """How many words of `text` its titled writer's signature takes, when a page's sentence follows it."""
    words = text.split()
    grammar = stopwords()
    for n in range(min(_LONGEST, len(words) - 2), 1, -1):  # the longest name first
        head, rest = " ".join(words[:n]), " ".join(words[n:])
        if not (expert(head) == head or team(head)):
            continue
        if not rest[:1].isupper():
            if normalize(words[n].lower()) in grammar:
                return None  # `TS. Lê Minh Đức cho biết …`: the sentence goes on with the name
            continue  # `… Văn Kim Diễn | đàn mong`: the name took the next sentence's first word
        found = signals(QUOTED.sub(" ", rest))  # a quotation's words are no furniture
        lower = words[n + 1][:1].islower()  # `Diễn đàn mong …`, a sentence's opening, no name going on
        return n if lower and found.sentence and (found.weak or found.strong) else None
    return None


def signature_after_contact(units: list[Unit]) -> list[Unit]:
    """`units` with an expert's signature run on after a contact (see the module's docstring) apart."""
    out = []
    for unit in units:
        words = unit.text.split()
        for n in range(min(_LONGEST + 3, len(words) - 1), 2, -1):  # a title's field, the longest first
            tail, before = " ".join(words[-n:]), words[-n - 1]
            if expert(tail) == tail and (
                any(p.search(before) for p in (EMAIL, URL, PHONE)) or _linked(words[:-n])
            ):
                out += [Unit(unit.block, " ".join(words[:-n])), Unit(unit.block, tail)]
                break
        else:
            out.append(unit)
    return out


def _linked(head: list[str]) -> bool:
    """`head` is a related link with no stop (`Xem thêm: …`), a titled name after it no word of its own."""
    text = " ".join(head)
    linked = not ends_sentence(text) and bool(signals(text).strong)
    return bool(head) and linked and head[-1] not in PREPOSITIONS
