"""The controls a live page and a video player print: a prompt to reload the page (`Nhấn F5 để cập nhật
tin mới nhất`) and a replay's link (`Xem lại video`), with the clip's or the other stories' headlines
the link runs on with (`Xem lại video highlights A vs B`); a player's bar (`Phát 00:00 / 01:48 Toàn màn
hình`), whose last buttons would otherwise open the lead it is glued to, its one button after its time
too (`00:00 / 01:56 Phát | Sáng 6/11, …`) when a capital follows it (`Phát biểu …` opens a sentence), or
its settings' glyphs (`00:00 / 02:36 ⚙ 720p ⛶`); and its notice while it loads (`Đang tải trình phát…`).

A live blog's story is told in lines with no stop (`17h40: Cảnh sát cho xe đi làn riêng`, `Phút 45+2:
Hết hiệp một`), so its last entry glued to such a control reads as one line of the story with it, and
the run of headlines after it as more of the same. No story addresses its reader with the browser's
key, and a story that speaks of watching a video again says so in lower case inside its sentence
(`Cảnh sát đã xem lại video từ camera`): the control, capitalised, starts a unit of its own wherever
it stands, and with no sentence after it (no stop) the unit is the page's; a sentence after it opening
with a capital (a header's control glued to the lead) is cut off it and stays, and one going on from
it (`Xem lại video, cảnh sát …`) is a sentence of the story, kept whole."""

from __future__ import annotations

import itertools
import re

from ..core.sentences import ends_sentence
from ..core.text import CAPITALS
from .furniture import Unit
from .widgets import leading_buttons

__all__ = ["LIVE_CONTROL", "PLAYER_SETTINGS", "live_control", "live_controls_apart", "player_settings"]

#: The reason a unit holding such a control goes.
LIVE_CONTROL = "a live page's or a video player's control (reload, replay) and the titles it links"
#: The reason a player's settings go: they stand where the player does, inside the story as well.
PLAYER_SETTINGS = "a media player's settings (speed, quality, sound, subtitles) and their values"

# A player's menu of settings scraped as text (`Tốc độ phát 1x 1.25x 1.5x`, `Chất lượng 720p`, `Phụ đề
# Tắt`): its labels and their values, nothing else; no sentence is made of them.
_SETTING = r"(?:Tốc độ(?: phát)?|Chất lượng|Phụ đề|Tắt tiếng|Bật tiếng|Âm lượng|Toàn màn hình|Cài đặt)"
_VALUE = r"(?:\d(?:[.,]\d{1,2})?x|\d{3,4}p|Tự động|Tắt|Bật|Auto|HD)"
_SETTINGS = re.compile(rf"(?i:{_SETTING})(?:\s+(?:(?i:{_SETTING})|{_VALUE}))*")

# A broadcast's notice (`Phát sóng trực tiếp trên kênh …`, `Đang phát sóng trực tiếp`, a player's `Phát trực
# tiếp 00:00 / 45:12`): the channel it names, nothing after it, or the player's time; a sentence's own
# `truyền hình trực tiếp lễ khai mạc` names what is broadcast and goes on.
_BROADCAST = (
    r"(?:Đang\s+(?:phát sóng|truyền hình|tường thuật|phát)|Phát sóng|Truyền hình|Tường thuật|Phát)"
    r"\s+trực tiếp"
    r"(?=\s+(?:trên|qua)\s+(?:kênh|sóng)\s|\s*$|\s+\d{1,2}:\d{2}\s*/)"
)
_WHAT = r"(?:\s+(?:tin|tin tức|thông tin|diễn biến|nội dung|bài viết|trang))?(?:\s+mới(?:\s+nhất)?)?"
_CONTROL = re.compile(
    r"(?<![\w:])(?:"
    r"(?:Nhấn|Bấm|Ấn|NHẤN|BẤM|ẤN)\s+(?:phím\s+)?F5\s+(?:để\s+)?(?:cập nhật|làm mới|xem)" + _WHAT + "|"
    r"(?:Xem lại|XEM LẠI)\s+(?:video|clip|VIDEO|CLIP|phiên|buổi|chương trình|bản tin|toàn bộ|trực tiếp)|"
    + _BROADCAST
    + r")(?!\w)"
)
# A live page's badge in capitals after the header's menu or stamp (`… Âm nhạc 20:30 Trực tiếp: Họp báo …`,
# `… Giao lưu Đang diễn ra 14/03/2024`): it starts a unit, so the menu and stamp before it read as the header.
_BADGE = re.compile(r"(?<=[\w)]\s)(?:TRỰC TIẾP|Trực tiếp|LIVE|Đang diễn ra|ĐANG DIỄN RA)(?=\s*:|\s+[\dA-ZĐ])")
_STAMPED = re.compile(r"\s*(?:\d{1,2}[/:h]\d|[Cc]ập nhật)")
# A player's time, elapsed over length (`00:00 / 01:48`, `0:00 / 1:02:30`): its bar's buttons run on after it.
_UNPLAYED = re.compile(r"0{1,2}:00\s*/")
_PLAYED = re.compile(r"(?<!\S)\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?(?!\S)")
_PLAYED_LAST = re.compile(_PLAYED.pattern + r"\s*$")  # a unit closing with the player's time


def _badges(text: str) -> set[int]:
    """Where a live badge starts right after the header's stamp or right before it (a sentence's own
    `trực tiếp` is in lower case, and a show's name, `Mỹ Tâm LIVE 2024`, has no stamp beside it)."""
    return {
        m.start()
        for m in _BADGE.finditer(text)
        if text[: m.start()].rstrip()[-1:].isdigit() or _STAMPED.match(text, m.end())
    }


def _after_player(text: str) -> set[int]:
    """Where a player's bar ends, its buttons after its time included (`… 00:00 / 01:48 Toàn màn hình`),
    when more follows it: a time with buttons after it or none played yet (`08:00 / 17:00` of office
    hours in a sentence is neither)."""
    cuts = set()
    for found in _PLAYED.finditer(text):
        rest = text[found.end() :]
        end = found.end() + len(rest) - len(rest.lstrip())
        buttons = leading_buttons(text[end:]) or _button_after_time(text[end:])
        if (buttons or _UNPLAYED.match(found.group())) and text[end + buttons :].strip():
            cuts.add(end + buttons)
    return cuts


# A player's one button after its time (`00:00 / 01:56 Phát`), a capital or nothing after it: the
# bar's, where one word alone is no button for `leading_buttons` (`Phát biểu …` opens a sentence).
_PLAYER_BUTTON = re.compile(r"(?:Phát|Tạm dừng|Dừng|Tắt tiếng|Play|Pause)(?=\s+[" + CAPITALS + r"\d]|\s*$)")


# … or its settings' glyphs and the picture's size after it (`00:00 / 02:36 ⚙ 720p ⛶`): no sentence opens so.
_GLYPHS = re.compile(r"(?:[⚙⛶⤢]|\d{3,4}p|HD)(?:\s+(?:[⚙⛶⤢]|\d{3,4}p|HD))*(?=\s|$)")
# A player's notice while it loads (`Đang tải trình phát…`, `Đang tải video...`), its ellipsis closing it.
_LOADING = re.compile(r"(?:Đang tải|Loading)(?:\s+[^\W\d_]+){0,3}\s*(?:…|\.\.\.)")


def _button_after_time(rest: str) -> int:
    found = _PLAYER_BUTTON.match(rest) or _GLYPHS.match(rest)
    return found.end() if found else 0


def live_control(text: str) -> bool:
    """`text` opens with such a control (under a label of one word, `Video:`) and holds no sentence after
    it (see the module's docstring), or is a player's bar alone (`Phát 00:00 / 01:58`)."""
    unlabelled = _LABELLED.sub("", text, count=1)  # `Video: Xem lại phiên chất vấn`
    control = _CONTROL.match(unlabelled) is not None and not ends_sentence(text)
    return control or _bar_alone(text) or _LOADING.fullmatch(text.strip()) is not None


def player_settings(text: str) -> bool:
    """`text` is a player's settings and their values alone (`Tốc độ phát 1x 1.25x`, `Chất lượng 480p`)."""
    return _SETTINGS.fullmatch(text.strip()) is not None


def _bar_alone(text: str) -> bool:
    """`text` is a player's time with its buttons before or after it, and nothing else."""
    found = _PLAYED.search(text)
    if found is None:
        return False
    parts = (text[: found.start()].strip(), text[found.end() :].strip())
    if not any(parts) and not _UNPLAYED.match(found.group()):
        return False  # `07:30 / 17:00` alone: office hours as well as a player's time
    return all(
        not part or _button_after_time(part) == len(part) or leading_buttons(part) >= len(part)
        for part in parts
    )


def live_controls_apart(units: list[Unit]) -> list[Unit]:
    """`units` cut before every such control, and after it when a sentence follows it."""
    out: list[Unit] = []
    for unit in units:
        for piece in _pieces(unit.text):
            last = out[-1] if out else None
            button = _button_after_time(piece) if last and last.block == unit.block else 0
            if last and button and _PLAYED_LAST.search(last.text) and piece[button:].strip():
                # `Xem video 00:00 / 01:56` | `Phát Sáng 6/11, …`: the bar's button goes with its time
                out[-1] = Unit(last.block, f"{last.text} {piece[:button]}", last.keep, last.reason)
                piece = piece[button:].strip()
            out.append(Unit(unit.block, piece, unit.keep, unit.reason))
    return out


# A one-word label the control is printed under (`Video:`, `Clip:`), which goes with it.
_LABEL = re.compile(r"[^\W\d_]+\s*:")
_LABELLED = re.compile(r"^[^\W\d_]+\s*:\s+")


def _pieces(text: str) -> list[str]:
    cuts = sorted(
        {0, len(text)} | {m.start() for m in _CONTROL.finditer(text)} | _after_player(text) | _badges(text)
    )
    pieces = [text[a:b].strip() for a, b in itertools.pairwise(cuts)]
    out: list[str] = []
    for piece in filter(None, pieces):
        label = ""
        if out and _LABEL.fullmatch(out[-1]) and _CONTROL.match(piece):  # `Video: Xem lại phiên …`
            label = out.pop() + " "
        control = _CONTROL.match(piece)
        rest = piece[control.end() :].strip() if control else ""
        if control and rest[:1].isupper() and ends_sentence(rest):  # `Nhấn F5 để cập nhật Từ chiều 30/8, …`
            out.extend((label + piece[: control.end()], rest))
        else:
            out.append(label + piece)
    return out
