"""Where Vietnamese sentences and glued paragraphs begin, without tripping on abbreviations.

Scrapers glue paragraphs together (`bếp.Lực lượng`) and run captions into text, so several
passes need to know where a sentence starts. A full stop only ends a sentence when a lower-case
letter, a digit or a closing bracket stands before it and a capital follows: `TP.HCM`,
`Chinhphu.vn`, `U.23` and `1.500` never split; an acronym ends one when a space follows the stop
(`ngành GD&ĐT. Tình`), an abbreviation (`TP. Hồ Chí Minh`) does not. An administrative unit's
abbreviation (`TP.`, `TT.`, `TX.`, `Q.`, `P.`, `h.`, `x.`) is followed by its name, so a line or a
space run after it (a link's edge) goes on with the name (`units_abbreviated`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from .glued_words import glued_words
from .text import CAPITALS, SMALL_LETTERS

_LETTER_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def word_pairs(text: str) -> set[tuple[str, str]]:
    """The text's words of two syllables: two words in a row, in lower case (`tàu cá`, `hạ long`), what
    two texts on one subject share."""
    words = [w.casefold() for w in _LETTER_WORD.findall(text)]
    return set(itertools.pairwise(words))


#: Words that tie what follows them to what comes before: no sentence, headline or line ends with one.
PREPOSITIONS = frozenset("của cho với tại ở và về từ các những là bởi do theo thuộc trong".split())

# Words that take a full stop without ending a sentence (Tp. Hồ Chí Minh, Th.S, Mr. Smith).
_ABBREVIATIONS = frozenset(
    {"tp", "th", "ths", "ts", "gs", "pgs", "bs", "ks", "ls", "st", "mr", "mrs", "ms", "dr", "jr", "sr",
     "co", "ltd", "inc", "no", "vs", "tr", "t", "q", "p", "đc", "tx", "tt", "kp", "nxb", "cn",
     "tskh", "cki", "ckii", "nsnd", "nsưt", "ttnd", "ttưt", "ngnd", "ngưt", "kts", "ncs", "ds", "bscki",
     "bsckii"}
)  # fmt: skip
# Administrative units abbreviated before their name: thành phố, thị trấn, thị xã, quận, phường,
# huyện, xã (`TP. Hồ Chí Minh`, `TT. Phú Mỹ`, `Q. Bình Thạnh`, `h. Củ Chi`, `x. Tân Phú`).
_UNITS = frozenset({"tp", "tt", "tx", "q", "p", "h", "x"})
# Words for a person that an anonymised name's initial follows (`anh T.`, `bệnh nhân N.`, `bị can H.`):
# the letter is the person's, not a place's label, and the sentence goes on (`anh T. (SN 1990) …`).
# A word of two syllables is known by its last (`_word_before` reads one): cô gái, thanh niên, bị
# can, bị cáo, đối tượng, nghi phạm, nạn/bệnh/công nhân, tài xế, sản phụ, học sinh, sinh/nhân viên.
_PERSONS = frozenset(
    "anh chị ông bà em cháu bé cô chú bác cụ cậu dì thím mợ chàng nàng "
    "gái niên can cáo tượng phạm nhân xế phụ sinh viên".split()
)
_CLOSERS = ")]%”’\"'»"
_OPENERS = "“\"‘'«("
_END = re.compile(r"[.!?…]+(?:[”\"’»)]+)?")


def _word_before(text: str, index: int) -> str:
    start = index
    while start > 0 and (text[start - 1].isalpha()):
        start -= 1
    return text[start:index]


def _ends_sentence_before(text: str, index: int) -> bool:
    """True when the character before `index` may close a sentence (not TP. or Th.; an
    abbreviation takes a full stop, never `!` or `?`: `… cảm ơn ông! Thanh Bình` ends one)."""
    if index == 0:
        return False
    before = text[index - 1]
    if before.isdigit() or before in _CLOSERS:
        return True
    if before.isupper() and text[index - 2 : index - 1] == " " and text[index - 3 : index - 2].isdigit():
        return True  # a unit after a number (`sạc nhanh 25 W.`), not a name's initial
    if before in "CF" and text[max(0, index - 4) : index - 1] == "độ ":
        return True  # degrees (`cao nhất 33 độ C.`)
    if before.isupper() and _label_letter(text, index):
        return True  # a letter naming a place after a word in small letters (`khu khám A.`), no initial
    joined = index - len(_word_before(text, index)) - 1  # the character before the word
    if before.isupper() and joined >= 0 and text[joined] == "&":
        return True  # a body's initials (`Bộ GD&ĐT.`, `Sở KH&CN.`): no abbreviation holds `&`
    if not before.isalpha() or not before.islower():
        return False
    if text[index] in "!?":
        return True
    return _word_before(text, index).lower() not in _ABBREVIATIONS and not _unit_before(text, index)


def _label_letter(text: str, index: int) -> bool:
    """A capital letter alone before `index`, after a word in small letters (`khu khám A.`, `tầng B.`):
    a label's, not the initial ending a name, which follows the name's words in title case (`Nguyễn
    Văn H.`) or a word for a person (`anh T.`, `bệnh nhân N.`), nor one an administrative unit's
    abbreviation may be (`tại Q. Bình Thạnh`)."""
    if index < 3 or text[index - 2] != " ":
        return False
    word = _word_before(text, index - 2)
    if word in _PERSONS:
        return False
    return len(word) > 1 and word.islower() and text[index - 1].lower() not in _UNITS


def _unit_before(text: str, index: int) -> bool:
    """An administrative unit's abbreviation stands before `index` (`tại TP.`, `tại h.`, `số 5, Q.`):
    a word of its own, not an hour (`8h.`, `8 h.`) nor a measure's (`80 km/h.`); a capital letter
    alone is a unit's only in an address, after a comma or a bracket, not the initial ending a name
    (`đối tượng Nguyễn Văn H.`)."""
    word = _word_before(text, index)
    if word.lower() not in _UNITS:
        return False
    head = text[: index - len(word)]
    if head[-1:].isalnum() or head[-1:] == "/" or head.rstrip()[-1:].isdigit():
        return False
    return len(word) > 1 or word.islower() or head.rstrip()[-1:] in ("", ",", "(", ";")


def units_abbreviated(text: str) -> bool:
    """`text` ends with an administrative unit's abbreviation (`… diễn ra tại TP.`), so what follows
    (`Hồ Chí Minh …`) is its name, not a new sentence."""
    stripped = text.rstrip()
    return stripped.endswith(".") and _unit_before(stripped, len(stripped) - 1)


def _acronym_before(text: str, index: int) -> bool:
    """An acronym closes the sentence before `index` (`… của ngành GD&ĐT. Tình…`), not an
    abbreviation that takes a full stop (`TP. Hồ Chí Minh`, `TS. Lê`)."""
    word = _word_before(text, index)
    return ((len(word) >= 2 and word.isupper()) or _BRAND.fullmatch(word) is not None) and (
        word.lower() not in _ABBREVIATIONS
    )


# A name mixing small letters and capitals that ends in two capitals or more (`VietGAP`, `GlobalGAP`,
# `eKYC`): a brand or a standard, which no abbreviation taking a full stop is (`ThS.` ends in one).
_BRAND = re.compile(rf"[^\W\d_]*[{SMALL_LETTERS}][^\W\d_]*[{CAPITALS}]{{2,}}")


def _starts_sentence_at(text: str, index: int) -> bool:
    while index < len(text) and text[index] in _OPENERS:
        index += 1
    if index + 1 < len(text) and text[index].islower() and text[index + 1].isupper():
        return text[index + 2 : index + 3].isalpha()  # a brand's name in its own case (`iPhone`, `eKYC`)
    return index < len(text) and (text[index].isupper() or text[index].isdigit())


def glued_boundaries(text: str) -> list[int]:
    """Indexes where a new paragraph was glued on with no space: `bếp.Lực` → index of `L`, `USD.Con`
    → index of `C`."""
    cuts = []
    quotes = 0  # straight quotes before the current match, counted once over the text
    counted = 0
    for match in _END.finditer(text):
        end = match.end()
        if end >= len(text) or text[end].isspace():
            continue
        quotes += text.count('"', counted, end)
        counted = end
        punct = match.group(0)
        if punct.endswith('"') and quotes % 2 == 1:
            # An odd straight quote opens the next sentence (`sĩ."Bộ`); an even one closes this one.
            end -= 1
            if punct[:-1] == "" or not _starts_sentence_at(text, end + 1):
                continue
        # An acronym ends a sentence when a word in title case is glued on (`… 5 tỷ USD.Con số …`,
        # `… tại TP.HCM.Theo …`), not a name or a domain in capitals (`VNEXPRESS.NET`).
        acronym = _acronym_before(text, match.start()) and text[end : end + 2].istitle()
        closes = _ends_sentence_before(text, match.start()) or _code_before(text, match.start(), end)
        if not (closes or acronym) or _lettered_name(text, match.start(), match.group(0)):
            continue
        after = end
        while after < len(text) and text[after] in _OPENERS:
            after += 1
        if after < len(text) and text[after].isupper() and not text[after - 1].isdigit():
            # Two letters at least, so a lone initial (`A.B`) or a domain stays whole.
            if after + 1 < len(text) and text[after + 1].isalpha():
                cuts.append(end)
    return cuts


def _lettered_name(text: str, index: int, punct: str) -> bool:
    """A capital letter alone with its full stop glued to a word (`V.League`, `K.League`): one name,
    spelt so (a league's), not a place's label ending a sentence run into the next (`khu A.Bệnh …`,
    which a scraper would have had to glue as well); a name's initial (`A.B`) stays whole too. A code
    ending in a letter (`mạng 4G.Theo …`) is none."""
    alone = index < 2 or not text[index - 2].isalnum()  # `4G.Theo` is a code's end, `V.` a letter's
    return punct == "." and alone and text[index - 1].isupper()


def _code_before(text: str, index: int, after: int) -> bool:
    """A code of capitals and digits ends the sentence before `index` when a word in title case is
    glued on after its stop (`… mạng 4G.Theo …`, `… U23.Đội …`); `TP.HCM`, `TP.Huế` have no digit."""
    start = index
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    code = text[start:index]
    word = re.match(r"[^\W\d_]+", text[after:])
    return (
        any(c.isdigit() for c in code)
        and any(c.isupper() for c in code)
        and word is not None
        and len(word.group()) >= 3
        and word.group().istitle()
    )


def pieces(text: str, cuts: Iterable[int]) -> list[str]:
    """`text` cut at the indexes `cuts` (in order), each piece stripped, empty ones left out."""
    found = []
    start = 0
    for cut in cuts:
        found.append(text[start:cut])
        start = cut
    found.append(text[start:])
    return [p.strip() for p in found if p.strip()]


# An item's number and its stop glued to the word before it, a word in title case after (`gồm1. Công ty`,
# `Hà Phong2) Công ty`).
_GLUED_NUMBER = re.compile(rf"(?<=[{SMALL_LETTERS}{CAPITALS}])(\d{{1,2}})[.)]\s*(?=[{CAPITALS}])")


def glued_numbers(text: str) -> list[int]:
    """Where the items of a numbered list start when a scraper glued each number to the word before
    it (`Danh sách gồm1. Công ty A2. Công ty B3. Công ty CCác công ty …`): numbers glued so that count
    on from 1, three at least, and the text glued after the last item; a code's digits (`Galaxy S24.
    Máy …`, `Mig21. Năm …`) count nothing."""
    found = [(int(m.group(1)), m.start()) for m in _GLUED_NUMBER.finditer(text)]
    run: list[int] = []
    for number, start in found:
        if number == len(run) + 1:
            run.append(start)
    if len(run) < 3:
        return []
    after = [cut for cut in glued_words(text) if cut > run[-1]]  # the text after the last item, glued on
    return run + after[:1]


# A dated item's date and its colon glued to the word (or the colon) before it, a word in title case or
# a figure after (`… còn lại:5/12: Mùi cỏ cháy6/12: Địa đạo …`): a schedule's rows a scraper ran together.
_GLUED_DATED = re.compile(
    rf"(?<=[{SMALL_LETTERS}{CAPITALS}:])\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?:\s*(?=[{CAPITALS}\d])"
)


def glued_dated_items(text: str) -> list[int]:
    """Where the rows of a schedule start when a scraper glued each row's date to the word before it
    (`Lịch chiếu:5/12: Mùi cỏ cháy6/12: Địa đạo7/12: Đào, phở và piano“Chúng tôi …`): two such
    rows at least (one date glued to a word is a typo's business, not a list's), and the text glued
    after the last row."""
    run = [m.start() for m in _GLUED_DATED.finditer(text)]
    if len(run) < 2:
        return []
    after = [cut for cut in glued_words(text) if cut > run[-1]]
    return run + after[:1]


def split_glued(text: str) -> list[str]:
    """Split paragraphs that a scraper glued together without a space, and the items of a numbered list
    or the rows of a dated schedule glued to the words before them."""
    cuts = set(glued_boundaries(text)) | set(glued_numbers(text)) | set(glued_dated_items(text))
    return pieces(text, sorted(cuts))


def sentence_starts(text: str) -> list[int]:
    """Indexes where a sentence starts after `. ` (not counting the start of the text)."""
    starts = []
    for match in re.finditer(r"[.!?…]+[”\"’»)]*\s+", text):
        end = match.end()
        closes = _ends_sentence_before(text, match.start()) or _acronym_before(text, match.start())
        closes = closes or _code_before(text, match.start(), end)
        if end < len(text) and closes and _starts_sentence_at(text, end):
            starts.append(end)
    return starts


def last_sentence_start(text: str) -> int:
    """Where the last sentence of `text` begins (0 when it has only one)."""
    starts = [s for s in sentence_starts(text) if s < len(text.rstrip())]
    return starts[-1] if starts else 0


def ends_sentence(text: str) -> bool:
    """True when a text ends like a sentence (full stop, question mark, ellipsis, closing quote)."""
    stripped = text.rstrip()
    while stripped and stripped[-1] in '”"’»)':
        stripped = stripped[:-1]
    return bool(stripped) and stripped[-1] in ".!?…"


_SENTENCE_ON = re.compile(r"\s*[^.!?…]+[.!?…]")


def sentence_after(text: str, at: int, words: int = 5) -> str | None:
    """The sentence going on from `at` to its stop when it has `words` words or more, else None: what
    tells a box or a button run into the story (`… Thêm vào giỏ Món canh này …`) from a sentence's own
    first words, which have no whole sentence of their own after them."""
    found = _SENTENCE_ON.match(text, at)
    return found.group() if found and len(found.group().split()) >= words else None


def glued_after_stop(text: str, block: str) -> bool:
    """`text` follows a sentence's stop inside `block`, the paragraph it was cut from, on the same line:
    a box or a bar a one-line scrape ran into the story between two of its sentences (alone on its own
    line, the same words are a table's row or a programme's line, left to other readers)."""
    return re.search(r"[.!?…”]\s+" + re.escape(text.strip()), block) is not None


def quoted_in_clause(text: str, start: int) -> bool:
    """A title in quotes opening at `start` that its sentence goes on after in small letters, four
    words or more to a stop (`Mời bạn đọc xem lại bài “Hiệp định Paris là gì?” mà chúng tôi đăng năm
    2015 để hiểu thêm bối cảnh.`): the writer naming a work, not a link's label over a headline
    (`Xem thêm: “…” tại đây`, a new sentence after the title)."""
    close = text.find("”", start + 1) if text[start : start + 1] == "“" else -1
    after = sentence_after(text, close + 1, words=4) if close > 0 else None
    return after is not None and after.split()[0][:1].islower()
