"""A gallery's button counting its photos (`Thư viện ảnh Xem tất cả 12 ảnh`, `Xem 8 ảnh`, `Xem trọn bộ 24
ảnh »`, a download's `Tải ảnh (24 ảnh)`), set between the story and its closing byline and run into the
writer's name (`… Xem tất cả 12 ảnh Hoàng Dương`, `… Tải ảnh (24 ảnh) Thanh Hà - Ban Thông tin`): the unit
is cut after the count where a capital follows, and a unit ending with the button, no stop of its own, is
the site's. A sentence counting photos goes on in lower case or ends with its stop (`Xem 12 ảnh này, ai
cũng nhớ…`).

The other buttons a photo, an infographic or a transcript box carries are cut out alike wherever they
stand, run into a caption's credit or the next paragraph: the full screen's (`⤢ Xem toàn màn hình`), a
file's download naming its format and size in brackets (`Tải infographic (PNG, 2,8 MB)`; a story names
a file after a verb, never with its size so), and a box's toggle, a label of a few words closed by the
triangle that opens or shuts it (`Lời dẫn ▸ Hiện toàn bộ`, `Lời dẫn video ▾`): no sentence has that
triangle. A player's triangle before what it plays (`▶ Nghe làn điệu: …`) is no toggle's: it opens the
player's unit, so the writer's name run into it (`… Hoài Thu ▶ Nghe …`) stays a byline of its own."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from ..core.text import CAPITALS

__all__ = ["DOWNLOAD", "GALLERY_BUTTON", "gallery_button", "gallery_button_cuts"]

#: The reason such a unit is the site's.
GALLERY_BUTTON = "a gallery's or a media box's button (photos counted, full screen, a download, a toggle)"

#: A file's download naming its format and its size (`Tải infographic (PNG, 2,8 MB)`).
DOWNLOAD = (
    r"Tải (?:về )?[^\W\d_]+(?: [^\W\d_]+){0,2} \((?:PNG|JPG|JPEG|PDF|MP4|MP3|ZIP)(?:, [\d.,]+ ?[KMG]B)?\)"
)
_BUTTON = (
    r"(?:Xem (?:tất cả |toàn bộ |trọn bộ |thêm )?\d{1,3} (?:ảnh|hình ảnh|bức ảnh)(?:\s*[»›→])?"
    r"|Tải (?:về )?(?:ảnh|hình ảnh|album|toàn bộ ảnh) \(\d{1,3} (?:ảnh|hình ảnh)\)"  # `Tải ảnh (24 ảnh)`
    r"|(?:[⤢⛶]\s*)?Xem (?:ở chế độ )?toàn màn hình"  # the full screen's
    r"|" + DOWNLOAD + ")"
)
_CUT = re.compile(rf"(?<!\S){_BUTTON}(?=\s+[A-ZĐ])")
_ENDS = re.compile(rf"(?:^|\s){_BUTTON}\s*$")
_WORDS = 8  # the gallery's title and its button
# A box's toggle: up to five words of its label, the triangle, what it does (`Hiện toàn bộ`, `Thu gọn`).
_TRIANGLE = "▸▾▼▶►"
# A player's button: the play triangle and what it plays (`▶ Nghe làn điệu: …`, `► Phát bài hát`, `▶ Xem
# video`), which opens a unit of its own, not a toggle's end (`… nhận xét. Hoài Thu ▶ Nghe …`).
_PLAYS = r"\s*(?:Nghe|Phát|Play|Xem (?:video|clip))\b"
_PLAY = re.compile(rf"(?<=\S)\s+(?=[▶►]{_PLAYS})")
_TOGGLE = (
    rf"(?:[^\s{_TRIANGLE}]+ ){{1,5}}[{_TRIANGLE}](?!{_PLAYS})"
    r"(?: (?:Hiện|Xem) (?:toàn bộ|thêm|đầy đủ)| Thu gọn)?"
)
_TOGGLE_CUT = re.compile(rf"(?<=[.!?…”)]\s){_TOGGLE}(?=\s+[{CAPITALS}])")
_TOGGLE_ALONE = re.compile(rf"{_TOGGLE}\s*")
# Where a button run on after a credit's name starts (`… Ảnh: Văn Khoa ⤢ Xem toàn màn hình …`, `… Ảnh: Bảo
# Ngọc Xem trọn bộ 24 ảnh »`): its glyph, or `Xem` in a capital with the whole gallery's count right after
# the credit (a gallery's own title over its button, `Thư viện ảnh Xem tất cả 12 ảnh`, stays with it).
_GLYPH = re.compile(r"(?<=\S)\s+(?=[⤢⛶]\s*Xem\b)")
_COUNT = re.compile(r"(?<=\S)\s+(?=Xem (?:tất cả|toàn bộ|trọn bộ) \d{1,3} (?:ảnh|hình ảnh|bức ảnh))")
_CREDITED = re.compile(r"(?:Ảnh|Hình|Đồ họa)\s*:\s*(?:\S+\s+){0,3}\S+$")


def gallery_button_cuts(text: str) -> set[int]:
    """Where such a button ends in `text`, when a capital follows it (the byline, the next paragraph),
    where a full screen's glyph starts it, and where a toggle starts and ends."""
    cuts = {m.end() for m in _CUT.finditer(text)} | {m.end() for m in _GLYPH.finditer(text)}
    cuts |= {m.end() for m in _COUNT.finditer(text) if _CREDITED.search(text[: m.start()])}
    cuts |= {m.end() for m in _PLAY.finditer(text)}
    return cuts | {cut for m in _TOGGLE_CUT.finditer(text) for cut in m.span()}


def gallery_button(text: str) -> bool:
    """`text` is a gallery's title and its button, the button alone, or a box's toggle alone."""
    ended = bool(_ENDS.search(text)) and not ends_sentence(text) and len(text.split()) <= _WORDS
    return ended or _TOGGLE_ALONE.fullmatch(text) is not None
