"""What the scraper and the page's template leave in the text, as against the site's own words.

A page's template prints values its scripts never filled and marks its own machinery: placeholders
(`{name} - {time} Trả lời`, `{{ comment.author }}`, `%title%`), JavaScript's empty values (`undefined`,
`null`, `NaN`), an image's file name where the picture was (`IMG_2034.jpg`), counters of shares and
reactions nobody clicked (`0 0 0`, `👍 0 ❤️ 0`), and a notice that the reader's browser runs no
JavaScript. None of them is a word of the story, and each has a shape no sentence has, so they go
wherever they stand, before the body is cut into units (`strip`, from `repair.clean`); the notice is a
sentence, which `disclaimers.NOTICE` starts a unit at and `furniture` calls site furniture.
"""

from __future__ import annotations

import re

# A value the template never filled: `{{ comment.author }}`, `{name}`, `%title%`, `%%related_posts%%`.
_PLACEHOLDER = r"(?:\{\{[^{}\n]{1,60}\}\}|\{[a-z_]{1,30}\}|%{1,2}[A-Za-z_]{2,30}%{1,2})"
# An image's file name printed in place of the image (`IMG_2034.jpg`, `anh-1-1700000000.jpg`).
_IMAGE_FILE = r"[\w.-]{1,80}\.(?i:jpe?g|png|gif|webp|avif|bmp|heic)"
# JavaScript's empty values, printed as they are spelled (a Vietnamese text uses the words only as a
# programmer's term inside a sentence: `con trỏ null gây lỗi`, which `_in_prose` keeps).
_EMPTY_VALUE = r"(?:undefined|null|NaN|\[object Object\])"
_WORD_VALUE = re.compile(r"undefined|null|NaN")
# Counters nobody clicked (`0 0 0`): three zeros or more, no number next to them (no table's row).
_ZEROS = r"(?<!\d )0(?: 0){2,}(?! \d)"
# Reaction and view counters: a pictograph with its label and count (`👍 Thích 0`), or two pictographs
# or more, each with its count (`👍 0 ❤️ 0`, `👁 1.234 💬 0`); one with a bare number may be a story's
# (`☀️ 35 độ`).
_EMOJI = "[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?"
_COUNT = rf"{_EMOJI}\s*\d[\d.,]*"
_REACTION = rf"{_EMOJI}\s*[^\W\d_]{{1,12}}\s+\d[\d.,]*|{_COUNT}(?:\s+{_COUNT})+"

_LEFTOVER = re.compile(
    rf"(?<!\S)(?:{_PLACEHOLDER}(?:\s*[-–|·/:]?\s*{_PLACEHOLDER})*|{_IMAGE_FILE}|{_EMPTY_VALUE}|{_ZEROS}"
    rf"|{_REACTION})(?!\S)"
)

#: A notice about the reader's browser (`Bạn cần bật JavaScript để xem bình luận.`, `JavaScript is
#: disabled in your browser`), and an old portal's about the reader's machine: the template's fallback
#: where a frame or a player cannot show (`Trình duyệt của bạn không hỗ trợ khung (frame)`, `Trang này
#: sử dụng khung`), its fonts (`Nếu không xem được tiếng Việt, xin tải font Unicode tại đây`), the
#: browser and screen it is best seen with (`Hiển thị tốt nhất với trình duyệt IE 6.0, độ phân giải
#: 1024x768`, `Best viewed with …`): a sentence of the page's machinery, never of a story. Each names
#: the machinery (a font, a frame, a browser, a screen's size), so a story's sentence on reading
#: Vietnamese or on a phone's screen (`… hiển thị tốt nhất với độ sáng 500 nit`) is none.
_FALLBACK = r"(?:khung|frames?|iframe|thẻ video|video|audio|HTML5)"
_FONT = r"(?=[^.!?]{0,60}\b(?:font|phông|Unicode|bảng mã)\b)"
_SCREEN = (
    r"(?=[^.!?]{0,40}(?:trình duyệt|độ phân giải|Internet Explorer|\bIE\b|Firefox|\d{3,4}\s?[x×]\s?\d{3,4}))"
)
BROWSER_NOTICE = (
    r"(?:[Bb]ạn (?:cần |phải |hãy |vui lòng )?(?:bật|kích hoạt)|[Vv]ui lòng (?:bật|kích hoạt)|"
    r"[Bb]ạn đang (?:sử dụng|dùng) (?:một )?trình duyệt|[Tt]rình duyệt của bạn|[Pp]lease enable)"
    r"(?=[^.!?]{0,60}\bJavaScript\b)|JavaScript (?:is|has been) (?:disabled|required|turned off)|"
    rf"[Tt]rình duyệt (?:của bạn )?không hỗ trợ {_FALLBACK}\b|"
    r"[Tt]rang (?:web )?này (?:sử dụng|dùng) (?:khung|frames?)\b|"
    rf"Nếu (?:bạn |quý vị )?không (?:xem|hiển thị) được (?:chữ )?tiếng Việt{_FONT}|"
    rf"Hiển thị tốt nhất (?:với|trên|bằng|ở){_SCREEN}|Best viewed (?:with|in|at)\b"
)


def strip(text: str) -> str:
    """`text` without the template's and the scraper's leftovers; a text with none is returned as is."""
    if not _LEFTOVER.search(text):
        return text
    return " ".join(_LEFTOVER.sub(lambda m: m[0] if _in_prose(m, text) else " ", text).split())


def _in_prose(match: re.Match[str], text: str) -> bool:
    """`match` is an empty value's word between two words in small letters, with no stop or mark
    between them (`giá trị null và …`): a term of the sentence, where a template's value stands
    beside the page's labels, capitals, stops or other leftovers."""
    if not _WORD_VALUE.fullmatch(match[0]):
        return False
    before, after = text[: match.start()].rstrip(), text[match.end() :].lstrip()
    return bool(before[-1:].islower() and after[:1].islower())
