"""A bilingual site's labels in its other script run into a one-line body: the Lao or Khmer name of a
menu's first item before the Vietnamese menu (`ໜ້າຫຼັກ Trang chủ Chính trị …`, Pasaxon's page in
Vietnamese), a box's header after the closing byline (`Khamphăn Phommathat ຂ່າວທີ່ກ່ຽວຂ້ອງ Tin liên quan
…`). Each is cut off as a unit of its own, so the menu is read as a menu and the byline as a byline.

Only a bare run of such words is cut: one the story quotes (`“ສາຍພົວພັນພິເສດ”`), puts in brackets
(`Sonexay Siphandone (ສອນໄຊ ສີພັນດອນ)`) or after a caption's slash or a colon stays in its sentence, and
after the body's first words only a run after a name's or a menu's few words in capitals (no sentence),
or right after a sentence's stop (`… nghèo Lào. ແບ່ງປັນ Chia sẻ`, a share button in both scripts), is cut;
a label paired with its Vietnamese by a slash or a dot (`ຂ່າວສານ / Tin tức`) starts a unit wherever it
stands."""

from __future__ import annotations

import re

__all__ = ["script_label_cuts"]

# Letters of the scripts a label comes in: Thai, Lao, Khmer, Myanmar; with their marks, no digits.
_LETTER = r"[\u0e01-\u0e4f\u0e81-\u0ecf\u0edc-\u0edf\u1000-\u103f\u1780-\u17dd]"
_RUN = rf"{_LETTER}+(?:\s{_LETTER}+){{0,3}}"
# At the body's start, a Vietnamese word in a capital after it; after a word in Latin letters (no
# quotation mark, bracket, slash or colon before it), a capital or the end after it.
_OPENING = re.compile(rf"^\s*{_RUN}(?=\s+[A-ZĐ])")
_AFTER_NAME = re.compile(rf"(?<=[^\W\d_])\s+(?P<run>{_RUN})(?=\s+[A-ZĐ]|\s*$)")
# A name's or a menu's words before it, back to the last sentence's stop: two to five, each opening in
# a capital (`Khamphăn Phommathat`), none a sentence's word in lower case.
_NAMES = re.compile(r"(?:^|[.!?…”]\s+)((?:[A-ZĐ][^\s]*\s+){1,4}[A-ZĐ][^\s]*)$")
# … or right after a sentence's stop, a widget's label opening in a capital after it (`… học sinh nghèo
# Lào. ແບ່ງປັນ Chia sẻ …`, the share button in both scripts): no sentence starts in the other script.
_AFTER_STOP = re.compile(rf"(?<=[^\W\d_][.!?])\s+(?P<run>{_RUN})(?=\s+[A-ZĐ]|\s*$)")
# … or anywhere, a label PAIRED with its Vietnamese by a slash, a middle dot or a bar (`ໜ້າທຳອິດ / Trang
# chủ ຂ່າວສານ / Tin tức …`, `ວິດີໂອຕໍ່ໄປ · Video tiếp theo`): a bilingual site's menu, box header or button.
# The pair starts a unit; where its Vietnamese half ends the next pair's start, or the units' own cuts,
# say. A word the story glosses stands in a quotation or brackets (`(ນາຄຳ / Na Khăm)`), never so bare.
_PAIRED = re.compile(rf"(?:^|(?<=[^\s“\"(\[/]\s))(?P<run>{_RUN})\s+[/·|]\s+(?=[A-ZĐ])")


def script_label_cuts(text: str) -> set[int]:
    """Where a bare label in another script starts and ends in `text`."""
    cuts: set[int] = set()
    opening = _OPENING.match(text)
    if opening:
        cuts.add(opening.end())
    for match in _AFTER_NAME.finditer(text):
        if _NAMES.search(text[: match.start()]):
            cuts.update(match.span("run"))
    cuts.update(cut for match in _AFTER_STOP.finditer(text) for cut in match.span("run"))
    cuts.update(match.start("run") for match in _PAIRED.finditer(text))
    return cuts
