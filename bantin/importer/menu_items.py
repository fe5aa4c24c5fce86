"""A title's last part after its bar that the page's own menu prints as an item (`… | Hoạt động công
đoàn` on a page opening `Liên đoàn Lao động tỉnh Hải Dương Trang chủ Tin tức Hoạt động công đoàn Chính
sách pháp luật …`): a section of the site, though no table of sections names it, so `suffixes` takes it
off the headline. What tells it: the words are a name of two to five words opening with a capital, the
rest in small letters (a section's name, no person's or place's), printed in the page's opening run of
items before any stop or comma, with an item's capital both before and after them."""

from __future__ import annotations

import re

__all__ = ["menu_item"]

_OPENING_WORDS = 40  # the menu's run over the lead
_STOP = re.compile(r"[.,;:!?]")


def menu_item(words: str, texts: tuple[str, ...]) -> bool:
    """`words` is an item of the menu one of `texts` opens with."""
    name = words.split()
    if not 2 <= len(name) <= 5 or not name[0][:1].isupper() or any(not w.islower() for w in name[1:]):
        return False
    for text in texts:
        opening = text.split()[:_OPENING_WORDS]
        for start in range(1, len(opening) - len(name)):
            if opening[start : start + len(name)] != name:
                continue
            before, after = opening[:start], opening[start + len(name)]
            if before[-1][:1].isupper() or not after[:1].isupper():
                continue  # a name going on across the item's first word, or no item after it
            if not any(_STOP.search(word) for word in before) and before[0][:1].isupper():
                return True
    return False
