"""A menu whose items all open with the same word, run on after the story's words in one unit.

A hospital's site lists its departments under the story (`Khoa Kết giác mạc Khoa Glôcôm Khoa Đáy mắt -
Màng bồ đào Khoa Mắt trẻ em`), a portal its offices (`Phòng Tổ chức Phòng Kế hoạch …`): in a one-line body
the menu runs on from the story's last words when they end with no stop (a list of advice whose items
have none), and the footer after it (an address, a hotline) makes the whole unit the page's, the
story's list with it. Three items or more, each the same word in capitals and up to seven more words,
none of them closing a clause or a sentence (`,` `.` `:` `;`) or holding a figure (a daily series' links,
`Giá vàng hôm nay 27/10 Giá vàng hôm nay 26/10`, are `series_links`'), and words before the first: the unit is
cut before the menu, each piece judged on its own. A sentence naming departments has its commas and
its verbs (`Khoa Nội, Khoa Ngoại và Khoa Sản tiếp nhận …`)."""

from __future__ import annotations

from .furniture import Unit

__all__ = ["head_word_menu_apart"]

_ITEMS = 3  # a menu's items at least
_LONGEST_ITEM = 8  # words: the head word and up to seven more (`Khoa Đáy mắt - Màng bồ đào`)
_CLOSES = (",", ".", ":", ";", "!", "?", "…")


def head_word_menu_apart(units: list[Unit]) -> list[Unit]:
    """`units` with the page's last unit, when it holds such a menu after other words, cut before the menu
    (the header's menu over the lead is `page_header`'s: its sections may share a word too)."""
    words = units[-1].text.split() if units else []
    start = _menu_start(words)
    if start is None:
        return units
    return [*units[:-1], *(Unit(units[-1].block, " ".join(part)) for part in (words[:start], words[start:]))]


def _menu_start(words: list[str]) -> int | None:
    """Where the first run of `_ITEMS` items or more opening with the same word starts, after a word."""
    for start in range(1, len(words)):
        head = words[start]
        if not (head.istitle() and head.isalpha() and len(head) > 1):
            continue
        at, items = start, 1
        while True:
            item = words[at : at + _LONGEST_ITEM + 1]
            after = next((k for k in range(1, len(item)) if item[k] == head), None)
            if after is None or after < 2 or any(w.endswith(_CLOSES) or _figure(w) for w in item[:after]):
                break
            at, items = at + after, items + 1
        if items >= _ITEMS:
            return start
    return None


def _figure(word: str) -> bool:
    return any(ch.isdigit() for ch in word)
