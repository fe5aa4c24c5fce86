"""Tables of figures printed in a story (prices, results, scores, marks, donors) and scraped as text:
rows of a few words, each with its figure (`Lúa OM 18 7.800 đồng/kg`, `Nam Định 4-1 Bình Dương`,
`Khoa học máy tính 28,5`), after a sentence or a label that introduces them with a colon (`Giá lúa tươi
tại ruộng như sau:`). They are the story's: `table_ends` says where such a table run into the text
ends (the byline and other stories' headlines glued after it go apart), `introduces_table` whether a
piece opens with one, and `story_tables` keeps the rows a kept line introduces, which would read as a
box of figures or a run of headlines."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS
from .furniture import BOX_HEAD, Signals
from .menus import names_someone
from .speakers import about_to_speak

__all__ = ["introduces_table", "story_tables", "table_ends"]

# A figure with its unit closing a row of a table (`7.800 đồng/kg`, `1.650.000 đồng/tấn`, `28,5`), or a
# match's score (`4-1`); a stop or a comma after its last digit is a sentence's (`… 0262 3919 115. Năm
# 2026, Đơn vị …`: a hotline's groups and a lead's year make no table).
_ROW_FIGURE = re.compile(
    r"(?<!\S)(?:\d{1,2}\s?[-–]\s?\d{1,2}|\d(?:[\d.,]*\d)?(?:\s*(?:đồng|đ|USD|điểm|%))?(?:/[^\W\d_]+[²³]?)?)(?=\s+\S|$)"
)


# A row of results ending with a score, its last team cut off after it (`… Thanh Hóa 1-0`).
_SCORE_LAST = re.compile(r"(?<!\S)\d{1,2}\s?[-–]\s?\d{1,2}$")
_TITLED = re.compile(r"\s+[" + CAPITALS + r"][" + SMALL_LETTERS + r"]")


def table_ends(text: str) -> list[int]:
    """Where a table of figures introduced by a colon and run into the text ends (`Giá lúa như sau:
    Lúa OM 18 7.800 đồng/kg Nếp 8.500 đồng/kg Mỹ Thanh …`): after the last of its figures that a word
    in title case follows (the byline, other stories' headlines), a third one at least."""
    cuts = []
    for colon in _INTRODUCED.finditer(text):
        run = _table_run(text, colon.end())
        ends = [f.end() for k, f in enumerate(run) if k >= 2 and _TITLED.match(text, f.end())]
        cuts.extend(ends[-1:] if len(run) >= 3 else [])
    cuts.extend(m.end("last") for m in _RANKED.finditer(text))
    return cuts


# A ranking introduced by a colon, its rows numbered and set apart by semicolons (`Bảng xếp hạng sau
# tuần 5: 1. GAM 9-1; 2. Team Whales 8-2; 3. Team Flash 7-3; 4. Vikings 5-5 Hoàng Lâm …`), three rows at
# least: its last row ends at its figure when a word in title case follows (the byline, the page's box).
_RANK_ROW = (
    r"\d{1,2}\.\s+[^;.!?:]{1,40}?\s(?:\d{1,2}\s?[-–]\s?\d{1,2}|\d[\d.,]*(?:\s*(?:điểm|đồng|đ|USD|%))?)"
)
_NEXT = r"(?=\s+[" + CAPITALS + r"][" + SMALL_LETTERS + r"])"  # a word in title case after the last row
_RANKED = re.compile(r":\s+(?:" + _RANK_ROW + r";\s+){2,}(?P<last>" + _RANK_ROW + ")" + _NEXT)


def introduces_table(text: str) -> bool:
    """`text` opens with a few words and a colon before a table of figures (`Giá một số mặt hàng: Thép
    cuộn CB240 14.200 đồng/kg …`)."""
    colon = _INTRODUCED.search(text)
    if colon is None or len(text[: colon.start()].split()) > 12:
        return False
    return len(_table_run(text, colon.end())) >= 3


_INTRODUCED = re.compile(r":\s+(?=[" + CAPITALS + r"\d])")
# Two pieces of a page glued with no space (`Thu HườngGiá gas …`): no row of the table goes on past it.
_GLUED = re.compile(r"[" + SMALL_LETTERS + r"][" + CAPITALS + r"]")


def _table_run(text: str, start: int) -> list[re.Match[str]]:
    """The figures of the rows from `start` on: no sentence's stop, comma or glued piece and eight words
    at most between two."""
    run: list[re.Match[str]] = []
    for figure in _ROW_FIGURE.finditer(text, start):
        between = text[run[-1].end() if run else start : figure.start()]
        if re.search(r"[.,!?;:](?:\s|$)", between) or len(between.split()) > 8 or _GLUED.search(between):
            break
        run.append(figure)
    return run


#: The reason given for a row kept.
ROW = "a row of a table the story introduces (a colon before it)"
_FIGURED = re.compile(r"\d")
# An item of a list opened by its mark (`- Giá sàn: …`, `+ …`, `2. …`): what a header of the story's own
# words over it introduces, though the item reads as a sentence.
_ITEM = re.compile(r"^(?:[-–+•]\s|\d{1,2}[.)]\s)")


def story_tables(
    kinds: list[tuple[str, str]],
    found: list[Signals],
    texts: list[str],
    headline: list[str] | tuple[str, ...] = (),
) -> list[tuple[str, str]]:
    """The rows after a line of the story ending with a colon (`Điểm chuẩn một số ngành như sau:`) are
    the story's: lines of a few words with a figure, no sentence and no furniture word, up to the first
    that is not one. A line of three words or more opening a table run into it stays too. Past the
    story's closing byline a table is a box of the page's (`Lãi suất tiết kiệm 12 tháng: …`); a name
    after a row's score (`… Thanh Hóa 1-0` | `Quảng Nam`) is the row's last team, no closing byline. A
    box's header opening the text keeps its rows when the headline names the box (`Lịch phát sóng …`
    over `Lịch phát sóng trên kênh H1:`) and the story goes on after them: the story is that box."""
    out = list(kinds)
    first = next((i for i, (kind, _) in enumerate(kinds) if kind == "prose"), len(kinds))
    signed = next(
        (
            i
            for i in range(first, len(kinds))
            if kinds[i][0] == "byline" and not _SCORE_LAST.search(texts[i - 1])
        ),
        len(kinds),
    )  # a name after a score (`… Thanh Hóa 1-0` | `Quảng Nam`) is a result's last team, no closing byline
    for i, text in enumerate(texts[:signed]):  # after the closing byline, a box (`Lãi suất: …`)
        if out[i][0] == "short" and introduces_table(text) and len(text.split(":")[0].split()) >= 3:
            out[i] = ("prose", ROW)
        boxed = (
            out[i] == ("chrome", BOX_HEADER) and text.endswith(":") and (first < i or _headed(text, headline))
        )
        if not boxed and (out[i][0] not in ("prose", "short") or not _introduces(text, found[i])):
            continue
        end = next((j for j in range(i + 1, len(texts)) if not _row(out[j], found[j], texts[j])), len(texts))
        if boxed:  # a box's header inside the story (`Bảng xếp hạng:`), its rows, then the story again
            again = end < signed and out[end][0] == "prose"
            if end - i - 1 >= 2 and (again or (first < i and out[i - 1][0] == "prose" and _qualified(text))):
                out[i:end] = [("prose", INTRODUCES)] + [("prose", ROW)] * (end - i - 1)
            elif first < i < signed - 1 and out[i - 1][0] == out[i + 1][0] == "prose" and _qualified(text):
                if _ITEM.match(texts[i + 1]):  # `Nội dung chính của hợp đồng:` | `- Giá sàn: …, tính …`
                    out[i] = ("prose", INTRODUCES)
            continue
        if end - i - 1 >= 2:
            out[i + 1 : end] = [("prose", ROW)] * (end - i - 1)
        if out[i][0] == "short" and (end - i - 1 >= 2 or (i + 1 < len(out) and out[i + 1][0] == "prose")):
            out[i] = ("prose", INTRODUCES)  # `Chương trình chính như sau:`, then the entries
    return out


#: The reason given to the header of a box of the page's (`Bảng xếp hạng`, `Về tác giả`): the story
#: keeps one only when it introduces rows with a colon between two of its paragraphs.
BOX_HEADER = "the header of a box that is no story's (a table, a schedule, the author)"
#: The reason given for a line introducing the story's list or table.
INTRODUCES = "a line of the story introducing what follows (a colon)"


def _headed(text: str, headline: list[str] | tuple[str, ...]) -> bool:
    """The headline opens with the box's name `text` opens with (`Lịch phát sóng chương trình …`)."""
    head = BOX_HEAD.match(text)
    return bool(head and headline and headline[0].casefold().startswith(head.group().casefold()))


def _qualified(text: str) -> bool:
    """A box's header that the story words as its own phrase: a word in lower case after the box's
    name (`Bảng xếp hạng sau tuần 5:`, `Lịch thi đấu của đội tuyển:`), which a widget's title, a name
    or a season at most (`Bảng xếp hạng V-League 2023/24`), has not. Right after the story's prose, its
    rows are the story's even with nothing of the story after them (they end it)."""
    head = BOX_HEAD.match(text)
    rest = text[head.end() :].rstrip(":").split() if head else []
    return any(word.isalpha() and word.islower() for word in rest)


def _introduces(text: str, found: Signals) -> bool:
    """A line of the story ending with a colon (`Danh sách bạn đọc ủng hộ:`): three words or more, most
    in lower case (no menu's or box's title), no furniture word; or a named person about to speak
    (`Bạn đọc Nguyễn Văn Minh (Thái Bình) hỏi:`), whatever furniture word names them."""
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower())
    if text.endswith(":") and about_to_speak(text) and names_someone(text):  # `Bạn đọc Lê An (Huế) hỏi:`
        return True
    return text.endswith(":") and len(words) >= 3 and lower * 2 >= len(words) and not found.word


def _row(kind: tuple[str, str], found: Signals, text: str) -> bool:
    """A row of a table: a short line with a figure (`Khoa học máy tính 28,5`, `Bạn đọc Nguyễn Thu Trang
    (Hà Nội) 5.000.000 đồng`), no furniture word, not already the story's prose; or a Markdown table's
    row of cells between bars, its heading row too (`Đội | Trận | Điểm`)."""
    return (
        kind[0] == "short"
        and not found.word
        and len(text.split()) <= 14
        and (_FIGURED.search(text) is not None or " | " in text)
    )
