"""A photo's credit that names a body (`Ảnh: Bộ Y tế`, `Ảnh: Trung tâm Y tế huyện Mường Tè`, `Ảnh: Ban
Tổ chức cung cấp`), printed with no stop before the next sentence: where the body's name ends.

A body's name is its head word (`kinds.ORG_HEADS`: `Bộ`, `Sở`, `Trung tâm`, `Công an`…), then word
groups: a capitalised word and the few words in lower case that finish it (`Y tế`, `Vệ sinh dịch tễ`,
`Giáo dục và Đào tạo`), a place after an administrative word (`huyện Mường Tè`, `tỉnh Lào Cai`) or
after `tại` (`Đại sứ quán Việt Nam tại Lào`), and `cung cấp` to close it. The next sentence opens
with a capitalised word too, then runs on in lower case past a grammar word or a stop (`Số ca mắc
tăng.`, `Năm nay, …`): that word is not the name's. After a group with words in lower case, only a
place or a group of a body's vocabulary goes on (`… Trung ương`, `… Phụ nữ`, not `Bộ Quốc phòng Lễ
phục …`): when unsure the credit ends sooner, and the words left stay in the story.
"""

from __future__ import annotations

import re
from itertools import pairwise, takewhile

from ..tagging import words as vocabulary
from ..tagging.gazetteer import place
from ..tagging.kinds import ORG_HEADS, SURNAMES

__all__ = ["MORE_HEADS", "body_credit"]

#: Heads of a paper's or a station's name: `captions` reads those credits its own way (`_PUBLICATIONS`).
_PUBLICATIONS = frozenset({"Báo", "Đài", "Hãng"})
#: Heads of a body's name `kinds.ORG_HEADS` lacks: an embassy's, a local office's (`Phòng …`), a park's.
MORE_HEADS = ("Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán", "UBND", "HĐND",
              "Phòng", "Chi cục", "Vườn quốc gia", "Khu bảo tồn", "Hợp tác xã", "HTX")  # fmt: skip
_HEADS = sorted(
    (tuple(h.split()) for h in (*ORG_HEADS, *MORE_HEADS) if h not in _PUBLICATIONS),
    key=len, reverse=True,
)  # fmt: skip
#: Administrative words before a place's name (`tỉnh Lào Cai`), longest first.
_ADMIN = (("thành", "phố"), ("thị", "xã"), ("thị", "trấn"), ("tỉnh",), ("huyện",), ("quận",), ("xã",),
          ("phường",), ("TP",), ("TP.",))  # fmt: skip
#: Grammar words no body's name holds: a run of lower-case words with one is a sentence's.
_GRAMMAR = frozenset(
    "của với đã sẽ đang là được bị cho về trong theo từ đến này đó các những có cũng vừa mới để do ở "
    "khi sau như vào ra rằng thì mà nhưng hay hoặc đều rất vẫn còn nay".split()
)
_AFTER_HEAD = vocabulary.ORG_LOWER  # lower-case words a body's head goes on with
_ADMIN_WORDS = frozenset({"tỉnh", "thành", "phố", "huyện"})  # …but for the place's own word
_LINKS = frozenset({"và", "tại", "-", "–"})  # `Giáo dục và Đào tạo`, `… Việt Nam tại Lào`, `Việt - Nga`
_MAX_LOWER = 3  # words in lower case that finish a group (`Vệ sinh dịch tễ`)
_WORD = re.compile(r"\S+")


def body_credit(after: str, stops: frozenset[str] = frozenset()) -> tuple[str, int] | None:
    """(the credit, where the text after it begins) if `after` opens with a body's name, else None;
    `stops`: capitalised words that always open a sentence (`Theo`, `Ngày`)."""
    tokens = list(_WORD.finditer(after))
    words = [t.group(0) for t in tokens]
    head = next((len(h) for h in _HEADS if tuple(words[: len(h)]) == h), 0)
    if not head or head >= len(words):
        return None
    named = head
    while named < len(words) and words[named] in _AFTER_HEAD and words[named] not in _ADMIN_WORDS:
        named += 1  # `Ủy ban nhân dân`, `Tòa án nhân dân tối cao`
    end = _name_end(words, named, stops)
    if end < 0 or any(_joined(w) for w in words[: end + 1]):
        return None  # `Bộ Y tế/TTXVN`, `Hà GiangBình luận`: two credits, glued words: read the usual way
    if end == head:
        return None  # a head alone names nothing (`Ảnh: Bộ`): the other readings decide
    credit = after[: tokens[end - 1].end()].rstrip(".,;:")
    return credit, tokens[end].start() if end < len(tokens) else len(after)


def _name_end(words: list[str], i: int, stops: frozenset[str]) -> int:
    """The index of the first word after the name whose head ends before `i`."""
    lowered = False  # the last group had words in lower case
    groups = 0  # word groups of the name so far, places apart
    while i < len(words):
        word = words[i]
        if _closed(words, i) > i:
            return i + 2  # `Ban Tổ chức cung cấp`: the credit's own ending
        if word[:1] in "(\"“'‘":
            return -1  # `Ngọc Anh (thực hiện)`, `(TTXVN)`: read the usual way
        if not re.fullmatch(r"[\w.&–-]+", word):
            return i  # a figure, a sign: something else begins
        admin = _admin(words, i)
        if admin:
            # a place ends the name: the gazetteer's, or the capitalised words the sentence does not take
            i += admin
            size = _place_size(words, i) or _capitals(words, i)
            return _closed(words, i + size)
        link = word in _LINKS and i + 1 < len(words) and _capital(words[i + 1])  # `Việt - Nga` too
        start = i + 1 if link else i
        if link and (paired := _paired(words, i)):
            i, groups = paired, groups + 1  # `Lò Gò - Xa Mát`: the name on each side of the dash
            continue
        if not _capital(words[start]) or words[start] in vocabulary.STOP_CAPS:
            return i
        if words[start] in stops or (start + 1 < len(words) and words[start + 1][:1].isdigit()):
            return i  # `Ngày 5/3, …`: the next sentence's first word
        size = _place_size(words, start)
        if size:  # a place ends the name, but for `tại` or `và` after it
            following = words[start + size] if start + size < len(words) else ""
            if following and _goes_on(following) and not _capital(following):
                i = start + size  # `Việt - Lào tỉnh Nghệ An`, `… Việt Nam tại Lào`
                continue
            if following[:1].islower():
                return i  # `Bộ Y tế` | `Hà Nội ghi nhận …`: the place opens the next sentence
            return start + size
        run = _lower_run(words, start + 1)
        after = start + 1 + len(run)
        stop = bool(run) and run[-1][-1] in ".,;:"
        if stop and (groups or len(run) > 2):
            return i  # `Bộ Y tế` | `Số ca tăng.`: a short sentence after the name, not its last words
        following = "" if stop else words[after] if after < len(words) else ""
        if run and not _finishes(words[start], run, following):
            return i  # `Số ca mắc tăng.`: the next sentence
        if groups and not run and (placed := _name_then_place(words, start)):
            return placed  # `Bảo tàng Điêu khắc Chăm Đà Nẵng`: the body's own name, then its city
        if groups and not run and (after >= len(words) or words[after] not in _LINKS):
            if groups == 1 and not lowered and (size := _own_name(words, start, stops)):
                groups += 1  # `NXB Kim Đồng` | `Minh Anh`: the body's own name, then a byline's
                i = start - 1 + size
                continue
            return i  # after the name's first group, a name that is no place: the byline's, the sentence's
        if lowered and run and not _of_a_body(words[start], run):
            return i  # `Bộ Quốc phòng` | `Lễ phục K08 …`
        lowered = bool(run)
        groups += 1
        i = after
        if stop:
            return i  # `Tạp chí Cộng sản.`: the stop ends the credit
    return i


def _admin(words: list[str], i: int) -> int:
    """How many words from `i` are an administrative word before a place's capitalised name (`tỉnh
    Lào Cai`), else 0: `xã` before a word in lower case is a compound's (`Công tác xã hội`)."""
    size = next((len(a) for a in _ADMIN if tuple(words[i : i + len(a)]) == a), 0)
    following = words[i + size] if i + size < len(words) else ""
    return size if size and (not following or _capital(following) or following == "cung") else 0


def _paired(words: list[str], i: int) -> int:
    """Where a name joined by the dash at `i` to one as long before it ends (`Lò Gò - Xa Mát`, a
    forest's, a border's, a friendship's two names): the index after it, or 0. The capitalised words
    before the dash since the last link or word in lower case are counted; as many after it, each
    capitalised, make the other half (the next sentence's capital after it stays out: `… Xa Mát Năm
    2026, …`)."""
    before = len(list(takewhile(lambda w: _capital(w) and w.isalpha(), reversed(words[:i]))))
    after = words[i + 1 : i + 1 + before]
    if words[i] not in ("-", "–") or before < 2 or len(after) < before:
        return 0
    if not all(_capital(w) and w.isalpha() for w in after):
        return 0
    return i + 1 + before


def _name_then_place(words: list[str], i: int) -> int:
    """Where a body's name ends when its one capitalised word at `i`, no family name, has a place the
    gazetteer knows right after it (`Bảo tàng Điêu khắc Chăm Đà Nẵng`, `Nhà hát Tuồng Hà Nội`): the
    place is the body's city, as a house prints its name, and no byline's name ends in a city; a word
    in lower case after the place opens the next sentence with it (`… Chăm Đà Nẵng ghi nhận …`), so
    there the name ends before the place → the index after the place, or 0."""
    size = _place_size(words, i + 1)
    if not size or words[i] in SURNAMES or not words[i].isalpha():
        return 0
    end = i + 1 + size
    return end if end >= len(words) or not words[end][:1].islower() else 0


def _own_name(words: list[str], i: int, stops: frozenset[str] = frozenset()) -> int:
    """The words of a body's name of its own after its head (`Nhà xuất bản Kim Đồng`, `CLB Sao Mai`):
    its one capitalised word so far (`Kim`) goes on with the one at `i` (`Đồng`) when exactly four
    words in title case run from the first (the last capitalised word before words in lower case opens
    the page's next sentence or box: `Sách liên quan`) and the second is no family name: a byline's
    name of three words opens with one (`NXB Trẻ Nguyễn Văn An`), so the two words left are a byline's
    name of two (`… Kim Đồng Minh Anh`), as pen names and given names are printed. With nothing after
    them, or a sentence's first word (`stops`, or one before a figure: `Năm 2026, …`), two or three
    words are the body's own name (`HTX Thạnh Lợi`, `Vườn quốc gia Bù Gia Mập`): no byline stands
    between a credit and a sentence."""
    run = list(takewhile(lambda w: w.isalpha() and w[:1].isupper() and w[1:].islower(), words[i - 1 :]))
    following = words[i - 1 + len(run)] if i - 1 + len(run) < len(words) else ""
    if following[:1].islower():
        run = run[:-1]  # `Sách` of `Sách liên quan`: what follows the byline
    opens = run and (run[-1] in stops or following[:1].isdigit())  # `Năm 2026, …`, `Sáng 1/12, …`
    if opens and len(run) in (3, 4):
        return len(run) - 1  # `Tràm Chim Năm`, `Bù Gia Mập Năm`: the name, then the sentence
    if i - 1 + len(run) == len(words) and len(run) in (2, 3):
        return len(run)  # `Ảnh: HTX Thạnh Lợi` closing its caption: no byline's name is left after it
    return 2 if len(run) == 4 and run[1] not in SURNAMES else 0


def _joined(word: str) -> bool:
    return "/" in word or any(a.islower() and b.isupper() for a, b in pairwise(word))


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _capitals(words: list[str], i: int) -> int:
    """Capitalised words from `i` (three at most), less the last if the words after it are in lower
    case: the next sentence's first (`huyện Mường Tè Năm nay, …`)."""
    size = 0
    while size < 3 and i + size < len(words) and _capital(words[i + size]) and words[i + size].isalpha():
        size += 1
    following = words[i + size] if i + size < len(words) else ""
    return size - 1 if size and following[:1].islower() else size


def _closed(words: list[str], i: int) -> int:
    """`i`, or past `cung cấp` if it follows (`Công an tỉnh cung cấp`)."""
    if words[i : i + 1] == ["cung"] and i + 1 < len(words) and words[i + 1].rstrip(".,;:") == "cấp":
        return i + 2
    return i


def _lower_run(words: list[str], i: int) -> list[str]:
    """The words in lower case from `i`, up to a link, an administrative word or `cung cấp`, and a
    last one with the stop after it (`Cộng sản.`)."""
    run = []
    while i < len(words) and words[i].islower() and words[i] not in _LINKS:
        bare = words[i].rstrip(".,;:")
        if not bare.isalpha() or words[i] == "cung" or _admin(words, i):
            break
        run.append(words[i])
        if bare != words[i]:
            break  # the stop ends the name
        i += 1
    return run


def _finishes(first: str, run: list[str], following: str) -> bool:
    """Whether lower-case `run` finishes the group `first` opens: a few words, no grammar word, and
    the name going on after them (a capital, an administrative word, `cung cấp`, `và`), not a stop."""
    if len(run) > _MAX_LOWER or any(w.rstrip(".,;:") in _GRAMMAR for w in run):
        return False
    return not following or _goes_on(following)


def _goes_on(word: str) -> bool:
    """Whether a body's name may go on with `word`: a capital, a link, an administrative word."""
    return _capital(word) or word in _LINKS or word == "cung" or any(word == a[0] for a in _ADMIN)


def _of_a_body(first: str, run: list[str]) -> bool:
    """A group a body's name goes on with after words in lower case (`Trung ương`, `Phụ nữ`)."""
    pair = f"{first.lower()} {run[0]}" if run else ""
    return pair in vocabulary.LEXICON_PAIRS or pair in vocabulary.TAIL_PAIRS


def _place_size(words: list[str], i: int) -> int:
    """How many words from `i` name a place the gazetteer knows (3, 2 or 1), else 0."""
    for size in (3, 2, 1):
        if i + size <= len(words) and all(_capital(w) for w in words[i : i + size]):
            if place(" ".join(w.rstrip(".,;:") for w in words[i : i + size])) is not None:
                return size
    return 0
