"""The site advertising itself inside the story: a sentence whose subject is the site's own name, then
its phone (`Luật Minh An nhận tư vấn và đại diện ly hôn trọn gói.` | `Liên hệ 0988 123 456`).

A law firm's, a clinic's or a shop's page sells its service between the article's paragraphs. The
sentence reads as the story's (stop words, a full stop); what tells it: it opens with the site's own
name (its first words, the first in capitals, are what `Site.called` knows as the site), the unit
right after it is the page's chrome holding a phone number, a short call (`Liên hệ …`, `Hotline: …`),
and the story goes on after that call: an ad set between its paragraphs. A story's sentence naming
its paper (`Báo Mẫu đã liên hệ …`) has no phone line of the site's after it, and its last sentence
before the footer's hotline (`Báo Mẫu sẽ tiếp tục vận động …` | `Hotline: …` | `Bản quyền …`) is no
ad set in the story: a borderline unit, kept. An appeal's contacts the story gives are its own
(`story_contacts` has kept them as prose before this runs), so the sentence before them stays."""

from __future__ import annotations

from collections.abc import Callable

from .furniture import PHONE

__all__ = ["REASON", "self_ads"]

REASON = "the site advertising itself, its phone after it"

_NAME_WORDS = 6  # words of the site's name at most
_CALL_WORDS = 8  # words of the phone's line at most: a call, no sentence


def self_ads(
    kinds: list[tuple[str, str]], texts: list[str], called: Callable[[str], bool]
) -> list[tuple[str, str]]:
    """`kinds` with a sentence opening with the site's name (`called`) and followed by its phone's
    line (see the module's docstring) as chrome."""
    out = list(kinds)
    for i in range(len(texts) - 1):
        nxt = texts[i + 1]
        call = out[i + 1][0] == "chrome" and PHONE.search(nxt) and len(nxt.split()) <= _CALL_WORDS
        goes_on = any(kind == "prose" for kind, _ in out[i + 2 :])  # the story, after the ad and its call
        if out[i][0] == "prose" and call and goes_on and _opens_with_site(texts[i], called):
            out[i] = ("chrome", REASON)
    return out


def _opens_with_site(text: str, called: Callable[[str], bool]) -> bool:
    """`text` opens with the site's name (its first words, in capitals), then goes on."""
    words = text.split()
    if not words or not words[0][:1].isupper():
        return False
    return any(called(" ".join(words[:n])) for n in range(1, min(_NAME_WORDS, len(words) - 1) + 1))
