"""A header naming the stories it lists by their section (`Tin doanh nghiệp khác`, `Tin du lịch khác`,
`Thông báo đấu giá khác`, `Tin buồn khác`, `Cáo phó khác`): a noun for the items (a list noun of
`vocabulary`, or a notice's: `thông báo`, `cáo phó`), one or two words of the section, then what ties
them to the page (`khác`, `liên quan`), a capital after it (the first headline). `list_headers` pairs
only a noun with its tie (`Tin khác`); a site's section list names its section between them, and no
sentence of a story opens with such a noun, a section and `khác` and then a name; a recipe site's
`Xem thêm các món gà khác` opens so after its `Xem thêm`. A portal's list of
its newest documents (`Văn bản mới Nghị định 95/2023/NĐ-CP …`) opens so too, and a pointer sending the
reader on to a named section (`Xem tiếp trong chuyên mục Multimedia …`)."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS
from .vocabulary import LIST_NOUNS

__all__ = [
    "BARE_HEADER",
    "SECTION_RUN",
    "bare_section_header",
    "labelled_box",
    "opens_section_list",
    "section_header",
]

# The items a notices' page lists beside one (`Thông báo khác`, `Cáo phó khác`), with the stories'.
# A recipe site's dishes (`Món gà khác`, `Món ngon khác`).
_NOUNS = (*LIST_NOUNS, "thông báo", "cáo phó", "món")
_TIES = ("khác", "liên quan", "cùng chuyên mục", "mới nhất")
_WORD = rf"[{SMALL_LETTERS}]+"
_ORDERED = sorted(_NOUNS, key=len, reverse=True)
_HEADER = (
    r"(?:"
    + "|".join(re.escape(n[0].upper() + n[1:]) for n in _ORDERED)
    + r"|Xem thêm\s+(?:các\s+)?(?:"  # a recipe site's `Xem thêm các món gà khác`
    + "|".join(re.escape(n) for n in _ORDERED)
    + rf"))(?:\s+{_WORD}){{0,2}}\s+(?:{'|'.join(_TIES)})\s*:?"
)
_SECTION_LIST = re.compile(rf"^{_HEADER}\s+(?=[{CAPITALS}])")
_ALONE = re.compile(rf"^{_HEADER}$")
# A portal's box of its newest documents (`Văn bản mới Nghị định 95/2023/NĐ-CP …`, `Văn bản mới:
# Quyết định 512/QĐ-UBND …`): `mới` alone ties no other list to the page (`Tin mới Giá vàng` may open
# a sentence), but a document's kind opening with a capital and its number (figures, a slash, an
# office's letters) right after it do: a story names a new document after a verb, never so.
_KIND = rf"[{CAPITALS}][{SMALL_LETTERS}]*(?:\s+[{SMALL_LETTERS}]+){{0,2}}"
_NUMBER = rf"(?:số\s+)?\d+/(?:\d{{4}}/)?[{CAPITALS}]"
# A transport's or a police site's list named by its section alone, with no tie (`Tin giao thông`, `Tin
# an toàn giao thông`): `Tin` and one to four words in small letters. Alone as a unit it heads a list;
# run into a unit, `section_tails` cuts it only after the story's last sentence (`Tin nhắn …` may open one).
BARE_HEADER = rf"Tin(?:\s+{_WORD}){{1,4}}"
_BARE = re.compile(rf"^{BARE_HEADER}$")
# A box's header naming its section between `Tin` and what ties its stories to the page (`Tin xe mới
# nhất`, `Tin thể thao mới nhất`, `TIN KINH TẾ NỔI BẬT`): run into the text after a word, it starts a unit
# (`units`), as a header of `vocabulary` does; its shape says so, not a list of sections (`Tin học`,
# informatics, is a subject a sentence names).
_RUN_TIES = ("mới nhất", "nổi bật", "liên quan", "cùng chuyên mục")
SECTION_RUN = (
    rf"Tin(?!\s+học\b)(?:\s+{_WORD}){{1,3}}\s+(?:{'|'.join(_RUN_TIES)})"
    + rf"|TIN(?:\s+[{CAPITALS}]+){{1,3}}\s+(?:{'|'.join(t.upper() for t in _RUN_TIES)})"
)
_SECTION_WORDS = re.compile(rf"^(?:Tin|TIN)\s+(.+?)\s+(?:{'|'.join(_RUN_TIES)})$", re.IGNORECASE)


def labelled_box(before: str, header: str) -> bool:
    """The `header` of a box named by its section comes right after the section's own label, printed
    over its box (`Hoàng Hà Chuyển nhượng | Tin chuyển nhượng mới nhất`): the label, the header and the
    box are one piece of the page's frame, which the byline before them ends as it did before."""
    named = _SECTION_WORDS.match(header.strip())
    return named is not None and before.casefold().rstrip().endswith(" " + named.group(1).casefold())


_DOCUMENTS = re.compile(rf"^(?:Các\s+)?[Vv]ăn bản mới\s*:?\s+{_KIND}\s+{_NUMBER}")
# A pointer to the section's other stories naming it (`Xem tiếp trong chuyên mục Multimedia Bác sĩ …`,
# `Đọc thêm ở mục Video …`): the reader is sent to a section, its headlines after it; a story's sentence
# tells a reader to see a thing, never to read on in a section of the site.
_POINTER = re.compile(
    rf"^(?:Xem|Đọc)\s+(?:tiếp|thêm)\s+(?:trong|tại|ở)\s+(?:chuyên\s+)?mục\s+(?=[{CAPITALS}])"
)


def opens_section_list(text: str) -> bool:
    """`text` opens with the header of a list of a section's other stories, a headline after it."""
    return any(pattern.match(text) is not None for pattern in (_SECTION_LIST, _DOCUMENTS, _POINTER))


def section_header(text: str) -> bool:
    """`text` is the header of a list of a section's other stories alone (`Tin du lịch khác`)."""
    return _ALONE.match(text.strip()) is not None


def bare_section_header(text: str) -> bool:
    """`text` is a section's name alone heading its list (`Tin giao thông`), with no tie to the page."""
    return _BARE.match(text.strip()) is not None
