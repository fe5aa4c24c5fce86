"""The frame a page puts round the story's end, read once the chrome detector has decided: the
writer's name glued to what follows the story, and the boxes of a page's frame that read as
sentences.

* **a prompt with its buttons** (`Chúng tôi sử dụng cookie … Tìm hiểu thêm Đồng ý`, `Nhận thông báo
  tin mới từ …? Không Đồng ý`, `Bật thông báo …? Để sau Cho phép`): a sentence closed by the buttons
  that answer it, a question or a word of cookies before them, goes wherever it stands;
* **a player glued before a sentence** (`Nghe audio 00:00 / 02:15 Giới phân tích …`): its label and
  its elapsed and total time go, the sentence stays;
* **the writer's name glued before the frame** (`Bảo Ngọc Nhận thông báo …`, `Thanh Hà Nhận bản tin
  …`, `Quốc Tuấn 3 bình luận Nguyễn Văn Hải 2 giờ trước …`): a name of two to four capitalised words
  opening a unit of the frame after the story is the closing byline, and stays for the bylines pass;
* **the author's box** (`Thông tin tác giả Khánh An Phóng viên mảng kinh tế …`, `Tác giả / Hoàng Yến
  / Phóng viên Ban Phóng sự …`): the byline's name printed again after it, with the label above it
  and the bio after it, is the page's, to the end.
"""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from ..core.text import CAPITALS, fold
from .chrome import BYLINE, Unit
from .closing_prompts import closing_run
from .more_links import drop_more_links
from .page_header import HEADER
from .timed_leads import peel_timed_lead

_NAME = rf"[{CAPITALS}][^\W\d_]*(?:\s+[{CAPITALS}][^\W\d_]*){{1,3}}"
# The buttons that answer a page's prompt, closing it.
_ANSWERS = (
    r"(?:\s+(?:Tìm hiểu thêm|Để sau|Cho phép|Đồng ý|Không|Chấp nhận(?: tất cả)?|Từ chối|Đóng|OK|"
    r"Bỏ qua|Không, cảm ơn))+\s*$"
)
_PROMPT = re.compile(
    rf"^(?P<ask>.*?(?:\?|\bcookies?\b.*?[.!]|\bcookies?\b))(?P<buttons>{_ANSWERS})", re.I | re.S
)
_BUTTON = r"(?:Tìm hiểu thêm|Để sau|Cho phép|Đồng ý|Không|Chấp nhận(?: tất cả)?|Từ chối|Đóng|OK|Bỏ qua)"
_ANSWERED = re.compile(
    rf"^\s*{_BUTTON}\s+{_BUTTON}(?:\s|$)"
)  # two buttons: `Không Đồng ý`, `Để sau Cho phép`
_BUTTONS = re.compile(rf"^\s*{_BUTTON}(?:\s+{_BUTTON})+(?=\s|$)")
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
# An audio or video player glued before a sentence: its label and its elapsed and total time.
_PLAYER = re.compile(rf"^(?:[^\W\d_]+\s+){{0,3}}\d{{1,2}}:\d{{2}}\s*/\s*\d{{1,2}}:\d{{2}}\s+(?=[{CAPITALS}])")
# … or its label alone, a station's button between two paragraphs (`Xem video`, `Nghe audio`), before
# a whole sentence of eight words or more (no sentence of a story opens with the button's words).
_PLAYER_LABEL = re.compile(rf"^(?:Xem video|Nghe audio|Nghe bản tin|Phát video)\s+(?=[{CAPITALS}])")
_GLUED_NAME = re.compile(rf"^(?P<name>{_NAME})\s+(?=[{CAPITALS}\d])")
# What a unit of the frame opens with after a writer's name glued on: a count of comments, a prompt.
_FRAME_OPENING = re.compile(r"^(?:\d+\s+(?:bình luận|ý kiến|comments?)\b)", re.I)
# … or a newsletter's box (`Thanh Hà Nhận bản tin Nhận thông tin quốc tế … với ứng dụng RFI`), with the
# frame's chrome after it: the box asks the reader to sign up, no sentence of a story opens so.
_NEWSLETTER = re.compile(r"^(?:đăng ký\s+)?nhận\s+(?:bản tin|tin tức|thông tin)\b", re.I)
_GLUED_BOX = re.compile(
    rf"^(?P<name>{_NAME})\s+(?P<box>(?:[^\W\d_]+\s+){{1,4}}?(?P=name)\s+[{CAPITALS}].*)$", re.S
)
# The writer's name printed twice in a row, over the bio (`TS Minh Phong TS Minh Phong nguyên …`): never
# a sentence of the story, wherever the story's last sentence is taken to be.
_TWICE = re.compile(rf"^(?P<name>{_NAME})\s+(?P<box>(?P=name)\s+\S.*)$", re.S)
PROMPT = "a prompt with the buttons answering it (cookies, notifications)"
BOX = "the author's box (the byline's name again, a bio), after the story"
GLUED = "the writer's name, glued to the page's frame after the story"
NEWSLETTER = "a newsletter's box after the story, the writer's name glued before it"
PLAYER = "an audio or video player (its label, elapsed and total time) glued before a sentence"
CLOSING = "a label of the page closing it, after the story's credits"
BETWEEN = "a button of a box of the page's, between two of its pieces that went"
TAGS = "a list of tags after the byline (a word in lower case among them)"


def _prompt(text: str, after: str = "") -> bool:
    """A prompt with its buttons, or a question the next unit's buttons answer."""
    found = _PROMPT.match(text)
    if found:
        return len(found.group("ask").split()) >= 4
    asks = text.rstrip().endswith("?") or _COOKIES.search(text) is not None
    return asks and len(text.split()) >= 4 and bool(_ANSWERED.match(after))


def frame(units: list[Unit]) -> list[Unit]:
    """`units` with the prompts, the writer's name glued to the frame and the author's box decided."""
    out: list[Unit] = []
    story = [i for i, u in enumerate(units) if u.keep and u.reason != BYLINE and not _ANSWERED.match(u.text)]
    last_prose = max(story, default=-1)
    for i, unit in enumerate(units):
        after = units[i + 1].text if i + 1 < len(units) else ""
        glued = _GLUED_NAME.match(unit.text) if i >= last_prose and i > 0 else None
        rest = unit.text[glued.end() :] if glued else ""
        box = _GLUED_BOX.match(unit.text) if i >= last_prose and i > 0 else None
        box = box or (_TWICE.match(unit.text) if i > 0 else None)
        if box:  # `Khánh An Thông tin tác giả Khánh An Phóng viên …`: the byline, then its box
            out.append(Unit(unit.block, box.group("name"), True, GLUED))
            out.append(Unit(unit.block, box.group("box"), False, BOX))
        elif glued and unit.keep and _NEWSLETTER.match(rest) and i + 1 < len(units) and not units[i + 1].keep:
            out.append(Unit(unit.block, glued.group("name"), True, GLUED))
            out.append(Unit(unit.block, rest, False, NEWSLETTER))
        elif glued and (_prompt(rest, after) or (not unit.keep and _FRAME_OPENING.match(rest))):
            out.append(Unit(unit.block, glued.group("name"), True, GLUED))
            out.append(Unit(unit.block, rest, False, PROMPT if _prompt(rest, after) else unit.reason))
        elif unit.keep and (player := _PLAYER.match(unit.text) or _player_label(unit.text)):
            out.append(Unit(unit.block, player.group(0).strip(), False, PLAYER))
            out.append(Unit(unit.block, unit.text[player.end() :], True, unit.reason))
        elif unit.keep and _prompt(unit.text, after):
            out.append(Unit(unit.block, unit.text, False, PROMPT))
        elif unit.keep and out and out[-1].reason == PROMPT and (menu := _menu_after_prompt(out[-1], unit)):
            out += [Unit(unit.block, menu[0], False, HEADER), Unit(unit.block, menu[1], True, unit.reason)]
        elif out and out[-1].reason == PROMPT and (answers := _ANSWERED.match(unit.text)):
            buttons = _BUTTONS.match(unit.text) or answers
            rest = unit.text[buttons.end() :].strip()
            if rest[:1].isupper() and len(rest.split()) >= 8 and rest.rstrip()[-1:] in '.!?…”"':  # a lead
                out.append(Unit(unit.block, unit.text[: buttons.end()].strip(), False, PROMPT))
                out.append(Unit(unit.block, rest, unit.keep, unit.reason))
            else:
                out.append(Unit(unit.block, unit.text, False, PROMPT))  # the buttons answering it
        else:
            out.append(unit)
    return drop_more_links(_closing_furniture(_tags_after_byline(_author_box(_between_chrome(out)))))


def _menu_after_prompt(prompt: Unit, unit: Unit) -> tuple[str, str] | None:
    """(items, lead) when `unit`, in the block of the prompt run into the page's menu before it, opens
    with the menu's last items run into a lead with its hour or day (`Lịch thi đấu Thư viện ảnh | Tối
    6/12, tại …`): the prompt's unit ended inside the menu, so the header's cut never saw its end."""
    return peel_timed_lead(unit.text, headed=True) if prompt.block == unit.block else None


def _author_box(units: list[Unit]) -> list[Unit]:
    """From the label over the byline's name printed again after it (or the name) to the end."""
    names = [(i, u.text.strip()) for i, u in enumerate(units) if u.keep and u.reason in (BYLINE, GLUED)]
    for at, name in names[-3:]:
        if not re.fullmatch(_NAME, name):
            continue
        for j in range(at + 1, len(units)):
            if not fold(units[j].text).startswith(fold(name)):
                continue
            label = j - 1 > at and units[j - 1].keep and len(units[j - 1].text.split()) <= 4
            start = j - 1 if label else j
            return [
                *units[:start],
                *(Unit(u.block, u.text, False, BOX) if u.keep else u for u in units[start:]),
            ]
    return units


def _tags_after_byline(units: list[Unit]) -> list[Unit]:
    """After the closing byline, a run of short kept units one of which opens in lower case (`xe buýt`,
    `Tuyên Quang`) is the page's list of tags: no paragraph of a story opens so, and a tag that
    reads as a name is no second writer."""
    credits = (BYLINE, GLUED)
    story = max(
        (i for i, u in enumerate(units) if u.keep and u.reason not in credits and _long(u.text)), default=-1
    )
    first = next(
        (i for i in range(story + 1, len(units)) if units[i].keep and units[i].reason in credits), -1
    )
    after = [i for i in range(first + 1, len(units)) if units[i].keep] if first >= 0 else []
    if not after:
        return units
    if not any(units[i].text[:1].islower() and units[i].reason not in credits for i in after):
        return units
    return [Unit(u.block, u.text, False, TAGS) if i in after else u for i, u in enumerate(units)]


def _long(text: str) -> bool:
    return len(text.split()) > 5 or text.rstrip()[-1:] in ".!?…:"


def _closing_furniture(units: list[Unit]) -> list[Unit]:
    """The last unit kept, a few words of furniture with no stop (`Xem thêm các bài Photo`), after the
    credits that close the story (a byline, a photo's credit): a label of the page, not the story's."""
    kept = [i for i, u in enumerate(units) if u.keep]
    run = closing_run(units, kept, (BYLINE, GLUED, "caption"))  # `Bạn đã thử món này chưa?` | `Chia sẻ …`
    if run:
        return [Unit(u.block, u.text, False, CLOSING) if i in run else u for i, u in enumerate(units)]
    if len(kept) < 2 or not units[kept[-1]].reason.startswith("furniture words"):
        return units
    last, before = units[kept[-1]], units[kept[-2]]
    if _long(last.text) or before.reason not in (BYLINE, GLUED, "caption"):
        return units
    return [*units[: kept[-1]], Unit(last.block, last.text, False, CLOSING), *units[kept[-1] + 1 :]]


def _between_chrome(units: list[Unit]) -> list[Unit]:
    """A few words of furniture kept between two units that went (`Nội dung dành cho hội viên … /
    Đăng ký ngay / Đăng nhập`): a button of the box they make, as a paywall's buttons are."""
    out = list(units)
    for i in range(1, len(units) - 1):
        unit = units[i]
        if unit.keep and unit.reason.startswith("furniture words") and len(unit.text.split()) <= 6:
            if not units[i - 1].keep and not units[i + 1].keep and units[i - 1].reason != BOX:
                out[i] = Unit(unit.block, unit.text, False, BETWEEN)
    return out


def _player_label(text: str) -> re.Match[str] | None:
    """A player's label alone glued before a whole sentence (`Xem video Tiếp đoàn, Phó Chủ tịch …`)."""
    label = _PLAYER_LABEL.match(text)
    rest = text[label.end() :] if label else ""
    return label if len(rest.split()) >= 8 and ends_sentence(rest) else None
