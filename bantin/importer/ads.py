"""An ad's slot in a saved page, by the name its template gives it: a box whose class or id has
`ads`, `advert`, `adsbygoogle` or `quangcao` as one of its words (`<div class="ads ads-center">`,
`<ins class="adsbygoogle">`, `id="quang-cao-giua-bai"`). Newsrooms print a label in the slot
(`Đang quan tâm`, `Tin tài trợ`) that reads as a line of the story once its markup is gone; the
template's name for the box says what it is on every site. A box holding much text (a wrapper that
happens to be named so) or the headline is left alone: a borderline box is kept."""

from __future__ import annotations

import re

from lxml import etree

from .boxes import drop_small_boxes

# The words of a class or id (`ads-center` → `ads`, `center`; `quangCao` is one word, cased).
_WORDS = re.compile(r"[a-z0-9]+")
_AD_WORDS = frozenset({"ad", "ads", "advert", "adverts", "advertisement", "adsbygoogle", "quangcao"})
_LONGEST_SLOT = 200  # characters: a label and an advertiser's line, not a story's paragraphs


def is_ad_slot(element: etree._Element) -> bool:
    """Whether the element's class or id names it an ad's slot."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}".casefold().replace(
        "quang-cao", "quangcao"
    )
    return not _AD_WORDS.isdisjoint(_WORDS.findall(names))


def drop_ad_slots(tree: etree._Element, headline: etree._Element | None) -> None:
    """Take the page's ad slots out, but a box holding the headline or much text."""
    drop_small_boxes(tree, headline, is_ad_slot, _LONGEST_SLOT)
