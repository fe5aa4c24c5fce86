"""A game site's store and stream boxes printed in and around the story: a download link with its file's
size (`Tải Free Fire (580 MB)`, `Tải Liên Quân Mobile: Android (1,8 GB) | iOS (2,1 GB)`), a giftcode to
enter (`Nhập giftcode: VLTKM7NAM nhận ngay 500 KNB`, `Giftcode PUBG Mobile mới nhất: PMPLVN2024 - Nhập
ngay`), an age rating (`Độ tuổi: 12+`) and the notices the law makes every game's page print (`Trò chơi
dành cho người từ 18 tuổi trở lên`, `Chơi quá 180 phút một ngày sẽ ảnh hưởng xấu đến sức khỏe`), a
livestream's count of viewers (`2.450 đang xem`, `LIVE: VCS Mùa Hè 2024 | 9.840 đang xem`), the store's
buttons (`Tải game …`, `Nạp thẻ …`).

Gaming sites and papers' game sections set these between the story's paragraphs and under it, and a
one-line scrape runs each into the next sentence with no stop (`… 7 ngày thẻ tháng. Nhập giftcode:
VLTKM7NAM nhận ngay 500 KNB Sự kiện đua top …`), where it reads as that sentence's opening words.
What carries over to any such site is their shape: a verb of downloading in a capital with a size in
brackets and no stop before it; a code of capitals and digits after `giftcode:`, the box ending before
the next word in title case (a sentence's first) unless that word is the box's button (`Nhập ngay`); a
rating's number with its plus; a figure of people watching; a store's verb in a capital (`Tải game`,
`Nạp thẻ`) with a few words and no stop. A story that speaks of a size, a code, a rating or a top-up
does so inside its sentence, in lower case after its verb (`Bản cập nhật dung lượng khoảng 1,2 GB`,
`phải hiển thị độ tuổi 12+`), and stays. `game_store_cuts` says where each such box run into the text
starts and ends, `game_store` names a unit that is one, whole."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS

__all__ = ["GAME_STORE", "game_store", "game_store_cuts", "game_stores"]

#: The reason such a unit goes.
GAME_STORE = "a game site's store or stream box (a download and its size, a giftcode, an age rating, viewers)"

_SIZE = r"\(\d[\d.,]*\s?(?:KB|MB|GB)\)"
# `Tải Võ Lâm Truyền Kỳ Mobile (950 MB)`, `Tải Liên Quân Mobile: Android (1,8 GB) | iOS (2,1 GB)`.
_DOWNLOAD = re.compile(
    r"(?<!\S)Tải\s[^.!?()|]{1,60}?" + _SIZE + r"(?:\s*\|\s*[^.!?()|]{1,20}?" + _SIZE + r")*"
)
# A code of the box's: capitals and digits, a digit or six capitals at least (`LQ2024MAR`, `PMPLVN2024`).
_CODE = r"(?=[A-Z0-9]*\d|[A-Z]{6})[A-Z0-9]{5,20}"
_GIFTCODE = re.compile(
    r"(?<!\S)(?:Nhập\s+(?:gift)?code|Giftcode|Gift\s?code|Code)\b[^.!?:]{0,40}:\s*" + _CODE + r"(?!\w)"
)
# The word that opens the next sentence: a capital and a letter in lower case (`Sự`, `Giải`); a code's
# currency in capitals (`KNB`, `UC`) is still the box's.
_TITLED = re.compile(r"[" + CAPITALS + r"][" + SMALL_LETTERS + r"]")
_BUTTON = re.compile(r"(?:Nhập|Nhận|Dùng|Sao chép)\s+(?:ngay|mã)\b")
# A store's button: a game to download, an account to top up (`Tải game Liên Minh Huyền Thoại`, `Nạp
# thẻ Garena`, `Nạp UC`, `Nạp Kim cương Free Fire`): the verb in a capital, no stop, a few words.
_BUTTONS = re.compile(r"(?<!\S)(?:Tải game|Nạp (?:thẻ|tiền|[" + CAPITALS + r"]))")
_BUTTON_WORDS = 8
# The notices a game's page must print (the age it is for, the warning on time played) and its rating.
_RATING = re.compile(
    r"(?<!\S)(?:(?:Độ tuổi|Phân loại độ tuổi|Đánh giá|Xếp hạng độ tuổi|Age rating|PEGI|ESRB)\s*:\s*\d{1,2}\+"
    r"|Trò chơi dành cho (?:người|người chơi) từ \d{1,2} tuổi trở lên"
    r"|Chơi (?:game )?quá 180 phút (?:mỗi|một|trong một) ngày (?:sẽ )?(?:ảnh hưởng|có hại)"
    r"[^.!?]{0,30}?sức khỏe)"
    r"(?=\s|$)"
)
# A livestream box's viewers (`12.430 người xem`, `2.450 đang xem`, `45.210 người đang xem`).
_VIEWERS = r"\d[\d.,]*\s+(?:người\s+)?(?:đang\s+xem|người\s+xem)"
_STREAM = re.compile(
    r"^(?:(?:LIVE|Livestream|Đang LIVE|Trực tiếp)\b[^.!?]{0,60}?[-:|]?\s*)?" + _VIEWERS + "$"
)
_VIEWERS_END = re.compile(r"(?<!\S)" + _VIEWERS + r"(?=\s+[" + CAPITALS + r"])")


def game_store_cuts(text: str) -> set[int]:
    """Where each store or stream box run into `text` starts and ends (see the module's docstring)."""
    cuts = {i for pattern in (_DOWNLOAD, _RATING) for m in pattern.finditer(text) for i in m.span()}
    cuts.update(m.end() for m in _VIEWERS_END.finditer(text))
    cuts.update(m.start() for m in _BUTTONS.finditer(text))  # `… Huyền Thoại Nạp thẻ Garena`
    for code in _GIFTCODE.finditer(text):
        end = _giftcode_end(text, code.end())
        cuts.update((code.start(), end) if end is not None else ())
    return cuts


def _giftcode_end(text: str, start: int) -> int | None:
    """Where a giftcode's box ends after its code: before the next word in title case, past its button
    (`- Nhập ngay`); None when a stop comes first (a sentence that gives a code goes on, and stays)."""
    at = start
    for word in _WORD.finditer(text, start):
        token = word.group()
        if _BUTTON.match(text, word.start()):
            continue  # `Nhập ngay`: the box's button, its second word next
        if token in ("-", "–", "|") or not _TITLED.match(token):
            if re.search(r"[.!?…,;]$", token):
                return None
            at = word.end()
            continue
        return at
    return at


_WORD = re.compile(r"\S+")


def game_store(text: str) -> bool:
    """`text` is such a box, whole: a download with its size, a giftcode, a rating or notice, viewers."""
    stripped = text.strip()
    if _STREAM.match(stripped):
        return True
    if _BUTTONS.match(stripped) and not re.search(r"[.!?…,;:]", stripped):
        return len(stripped.split()) <= _BUTTON_WORDS
    for pattern in (_DOWNLOAD, _RATING):
        if pattern.fullmatch(stripped):
            return True
    code = _GIFTCODE.match(stripped)
    return code is not None and _giftcode_end(stripped, code.end()) == len(stripped)


def game_stores(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with each unit that is a game site's store or stream box judged chrome, `GAME_STORE`."""
    return [("chrome", GAME_STORE) if game_store(t) else k for t, k in zip(texts, kinds, strict=True)]
