"""Where a byline stands in a paragraph, beside the text it was run into: glued before the lead
(`Minh Anh - 16/02/2024 Sáng 16/2, …`), after the story's last sentence (`… bà Thủy nói. Hương
Quỳnh`), on a stamp line of its own (`Minh Anh - 16/02/2024`), or in capitals before the comment
box (`MINH ANH Bình luận (0)`). `bylines` reads what a byline says; this module finds it."""

from __future__ import annotations

import re

from ..core.sentences import sentence_starts
from ..core.text import CAPITALS, SMALL_LETTERS
from ..tagging.kinds import ORG_HEADS
from ..tagging.words import STOP
from .answerers import signed_at_work
from .bylines import DASH, PERSON_DATED, Byline, clean_author, is_person, parse_byline
from .credit_bodies import MORE_HEADS
from .dates import stamp_line
from .furniture import signals
from .suffixes import names_section
from .vocabulary import BOX_HEADERS, RELATED_HEADERS
from .widgets import buttons

__all__ = ["is_stamp_line", "signed_before_furniture", "split_leading_byline", "split_trailing_byline"]


def split_trailing_byline(text: str) -> tuple[str, Byline | None]:
    """Split a byline run into the end of a paragraph: `… bà Thủy nói. Hương Quỳnh`, `… xã. Lê Hoa
    (Sở Văn hóa, Thể thao và Du lịch)` (a few words, an office in brackets besides, no dash a word), `…
    nhẹ nhàng. Hồ Thị Thanh Hiền - Phòng Công tác xã hội` (a name of four words, an office after a dash),
    `… Hà Nội. Trần Thị Thu Hà, Viện Nghiên cứu Gia đình và Giới` (an institute's long name alone); a
    writer after the story's credit in brackets, a space between them or none (`… euro.(Theo Europol,
    Reuters)Hải Minh (tổng hợp)`), the credit staying with the story."""
    for cut in _tail_cuts(text):
        tail = text[cut:].strip()
        found = parse_byline(tail)
        credit = _CREDIT_FIRST.match(tail) if found is None else None
        rest = tail[credit.end() :] if credit else ""
        writer = parse_byline(rest) if credit and len(rest.split()) <= _WRITER_WORDS else None
        if writer is not None and writer.author and not writer.source:
            return text[: cut + credit.end()].rstrip(), writer  # the credit stays with the story
        bare = re.sub(r"\([^()]*\)", "", tail.replace(found.when or "\0", "")) if found else ""
        if found and found.source:  # `… Theo Báo Quân khu 7`: a labelled credit's words are no name's
            bare = re.sub(rf"(?i)(?<!\w)(?:theo|nguồn:?)\s+{re.escape(found.source)}\W*$", "", bare)
        longest = 10 if DASH.search(bare) or ", " in bare else 8  # a name of four, an office of five after it
        longest += _LONG_OFFICE if _named_office(bare) else 0  # `…, Viện Nghiên cứu Gia đình và Giới`
        longest += _titles(found.author) if found else 0  # and the writer's degree or rank (`ThS.BS …`)
        at_work = signed_at_work(tail)  # `Đại úy Lê An, Hội CCB huyện …`: a titled name and a workplace
        if found and (len(DASH.sub(" ", bare).split()) <= longest or at_work):
            return text[:cut].rstrip(), found
    return text, None


# The story's credit in brackets before the writer's name (`(Theo Europol, Reuters)`, `(Nguồn: AFP)`).
_CREDIT_FIRST = re.compile(r"^\((?:[Tt]heo|[Nn]guồn:?)\s[^()]{2,60}\)\s*(?=\S)")
_GLUED_CREDIT = re.compile(r"(?<=[.!?…”\"])\((?:[Tt]heo|[Nn]guồn:?)\s")  # `… euro.(Theo Europol, …)`
_WRITER_WORDS = 6  # a writer's name and what she did (`Hải Minh (tổng hợp)`)


def _named_office(bare: str) -> bool:
    """The words after the writer's comma or dash are a body's long name alone (`Viện Nghiên cứu Gia đình
    và Giới`): a body's head word, no figure, and no word of grammar but `và` that a sentence going on
    in its place would have (`Viện trưởng cho biết sẽ …`, `Trung tâm Y tế huyện đang theo dõi`)."""
    parts = re.split(r",\s+|\s[-–—]\s", bare, maxsplit=1)
    office = parts[1].split() if len(parts) == 2 else []
    head = next((h for h in _OFFICE_HEADS if tuple(office[: len(h)]) == h), None)
    grammar = [w for w in office if w.islower() and w in STOP and w != "và"]
    return head is not None and not grammar and not any(c.isdigit() for c in parts[-1])


_OFFICE_HEADS = sorted((tuple(h.split()) for h in (*ORG_HEADS, *MORE_HEADS)), key=len, reverse=True)
_LONG_OFFICE = 3  # words more than an office of five: an institute's name of eight


def _titles(author: str | None) -> int:
    """The words of a degree, a rank or a post before a writer's name (`ThS.BS`, `KSV`, `Đại úy`'s `úy`)."""
    return sum(1 for word in (author or "").split() if "." in word or word.isupper() or word.islower())


_STAMP_END = re.compile(r"\d{1,2}/\d{1,2}/\d{4}(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2})?(?:\s*\)|\s*\(GMT\+7\))?")


def split_leading_byline(text: str) -> tuple[str, str] | None:
    """A dated byline with no label or a page's stamp glued before the lead (`Minh Anh - 16/02/2024 Sáng
    16/2, …`, `Bởi Minh Anh (16/02/2024) Hơn …`, `Mar 14, 2024 Sáng …`) → (byline, lead): the stamp ends
    it, and what follows opens a sentence. (A labelled or barred byline, `Tác giả: X | Ngày đăng: …`, the
    chrome detector's units cut.)"""
    for stamp in _STAMP_END.finditer(text, 0, 120):
        head, rest = text[: stamp.end()].strip(), text[stamp.end() :].strip(" |-–—")
        byline = parse_byline(head)
        unlabelled = PERSON_DATED.match(re.sub(r"^(?:Bởi|By)\s+", "", head))  # units cut the rest
        if (
            byline
            and byline.author
            and byline.when
            and unlabelled
            and rest[:1].isupper()
            and len(rest.split()) >= 8
        ):
            return head, rest
    for cut in reversed([m.start() for m in re.finditer(r"\s+", text[:90])]):  # `Thứ Năm, 14/03/2024 Sáng …`
        head, rest = text[:cut].strip(), text[cut:].strip(" |-–—")
        opener = re.fullmatch(r"(?i:ngày)\s+\S+|.*,", head)  # `Ngày 14/3/2024, UBND…` opens the lead itself
        listed = re.search(r"\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}", rest[:60])  # a list of stamps
        if not opener and not listed and stamp_line(head) and rest[:1].isupper() and len(rest.split()) >= 8:
            return head, rest
    return None


def is_stamp_line(text: str) -> bool:
    """A page's stamp on a line of its own: only a date (`Thứ Tư, 08/11/2023 15:30`), or a dated byline
    (`Minh Anh - 16/02/2024`, `Đăng bởi: Minh Anh | 16/02/2024`)."""
    if stamp_line(text) is not None:
        return True
    fields = [f.strip() for f in text.split("|")] if len(text) <= 100 else []
    if len(fields) > 1 and sum(stamp_line(f) is not None for f in fields) == 1:  # `… | Lượt xem: 356`
        if all(stamp_line(f) is not None or buttons(f) for f in fields):
            return True
    byline = parse_byline(text) if len(text) <= 100 else None
    return byline is not None and byline.author is not None and byline.when is not None


_CAPS_BEFORE = re.compile(
    r"^(?P<name>["
    + CAPITALS
    + r"]{2,}(?:\s+["
    + CAPITALS
    + r"]{2,}){1,3})\s+(?=["
    + CAPITALS
    + r"]["
    + SMALL_LETTERS
    + r"])"
)


def signed_before_furniture(text: str) -> str | None:
    """A writer's name in capitals run into the comment box or share bar after the article (`MINH ANH
    Bình luận (0)`): a person's name, then furniture; not a header of other stories (`TIN KHÁC`) nor a
    section (`THỜI SỰ`)."""
    found = _CAPS_BEFORE.match(text)
    name = found.group("name") if found else ""
    headers = {*RELATED_HEADERS, *BOX_HEADERS}
    if not name or name.casefold() in headers or names_section(name) or not is_person(name):
        return None
    return clean_author(name) if signals(text[found.end() :]).word else None


def _tail_cuts(text: str) -> list[int]:
    starts = sentence_starts(text)
    if not text.rstrip().endswith("."):  # a name after a place ending in a letter alone (`cửa khẩu Bờ Y.`)
        starts = [*starts, *(m.end() for m in _LETTER_END.finditer(text))]
    credits = [0] if _CREDIT_FIRST.match(text) else []  # a line of its own: `(Theo AFP) Hải Minh`
    starts = [*starts, *credits, *(m.start() for m in _GLUED_CREDIT.finditer(text))]  # `euro.(Theo …`
    return sorted({s for s in starts if len(text) - s <= 80}, reverse=True)


# A sentence ending on a word of one letter (`cửa khẩu Bờ Y.`, `huyện Nhọt Ú.`), which sentence_starts reads
# as a name's initial (`Nguyễn Văn H.`) and goes on past: under the story only a byline with no stop of its
# own may follow it, so a byline is looked for there too.
_LETTER_END = re.compile(rf"(?<=[{SMALL_LETTERS}] [{CAPITALS}]\.)\s+(?=[{CAPITALS}])")
