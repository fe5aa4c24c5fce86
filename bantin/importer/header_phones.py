"""A call to phone the number the page's own header printed, set among the story's sentences.

A law firm's or a shop's page prints its hotline in its header (`Hotline: 1900 6589`) and again in a
banner between two paragraphs, a question to the reader over a call to act (`Bạn cần tư vấn? Gọi ngay
1900 6589 để được luật sư hỗ trợ`); scraped on one line, the call runs into the next sentence (`… hỗ trợ
Thủ tục đăng ký tạm trú …`) for want of a stop. What tells it, whatever the site: the number is the one
the header printed before the story began (a field, no sentence), the call around it ends with no stop,
and a sentence of the story opens in a capital right after its words in lower case (not after a
grammar word, `… hoặc đến bộ phận một cửa của các Chi cục Thuế …`, whose name goes on the call). A
story that gives the site's own number as its own says so in a sentence closed by its stop (`… gọi
1900 6589 để được hỗ trợ.`): that one stays, as a borderline unit does.

`header_call_apart` cuts such a call from the sentence it was run into; `header_calls` names it (and the
short question to the reader right before it) the site's, and under the story a short question over a call
to phone any number (`Cần tư vấn mua nhà?` | `Gọi ngay 0988 888 999`, a banner of the site's service).
"""

from __future__ import annotations

import re

from ..core.sentences import PREPOSITIONS, ends_sentence, sentence_after
from .closing_calls import closing_calls
from .furniture import PHONE, Unit

__all__ = ["REASON", "header_call_apart", "header_calls", "header_phones"]

REASON = "a call to phone the number the page's header printed, among the story's sentences"

_STORY_WORDS = 8  # words of the first sentence that says the story has begun
_CALL_WORDS = 12  # words of a call, before and after its number
_QUESTION_WORDS = 6  # words of the question to the reader over the call (`Bạn cần tư vấn?`)


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def header_phones(texts: list[str]) -> frozenset[str]:
    """The phone numbers (their digits) printed in `texts` before the story's first sentence."""
    found: set[str] = set()
    for text in texts:
        if ends_sentence(text) and len(text.split()) >= _STORY_WORDS:
            break
        found.update(_digits(m.group()) for m in PHONE.finditer(text))
    return frozenset(found)


def _call_end(text: str, phones: frozenset[str]) -> int | None:
    """Where a call holding one of `phones` ends in `text`, when a sentence of the story follows it."""
    for m in PHONE.finditer(text):
        if _digits(m.group()) not in phones or len(text[: m.start()].split()) > _CALL_WORDS:
            continue
        words = list(re.finditer(r"\S+", text[m.end() :]))
        for k, word in enumerate(words[: _CALL_WORDS + 1]):
            token = word.group()
            if token[:1].isupper() and k:  # the next sentence's first word
                if words[k - 1].group().casefold() in PREPOSITIONS:
                    break  # no call ends on `của các`: the name after it is the call's (`… các Chi cục Thuế`)
                at = m.end() + word.start()
                if sentence_after(text, at):  # the sentence the call was run into
                    return at
                break
            if not token[:1].islower() or token[-1:] in ".!?…,;:":
                break  # a stop, a field or a figure: no call in lower case running on
    return None


def header_call_apart(units: list[Unit]) -> list[Unit]:
    """`units` with a call to phone the header's number cut from the story's sentence it runs into."""
    phones = header_phones([unit.text for unit in units])
    if not phones:
        return units
    out: list[Unit] = []
    for unit in units:
        at = _call_end(unit.text, phones)
        if at is None:
            out.append(unit)
        else:
            out += [Unit(unit.block, unit.text[:at].strip()), Unit(unit.block, unit.text[at:].strip())]
    return out


def header_calls(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with a call holding the header's number, no sentence, after the story began, as chrome,
    and a short question to the reader right before it; the office's labelled number closing a service
    notice (`closing_calls`) stays, whatever number it gives."""
    phones = header_phones(texts)
    out = _asked_under(list(kinds), texts)
    if not phones:
        return out
    first = next((i for i, (kind, _) in enumerate(kinds) if kind == "prose"), len(kinds))
    for i in range(first + 1, len(texts)):
        text = texts[i]
        if ends_sentence(text) or len(text.split()) > 2 * _CALL_WORDS:
            continue
        if not any(_digits(m.group()) in phones for m in PHONE.finditer(text)):
            continue
        out[i] = ("chrome", REASON)
        before = texts[i - 1].strip()
        if i - 1 > first and before.endswith("?") and len(before.split()) <= _QUESTION_WORDS:
            out[i - 1] = ("chrome", REASON)
    return closing_calls(out, texts)  # but the office's number closing a notice, under its label


def _asked_under(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with a short question to the reader under the story (`Cần tư vấn mua nhà?`) as chrome
    where the call to phone right after it is (`Gọi ngay 0988 888 999`): a site's banner of its own
    service, whatever number it gives; a question inside the story (a subheading) has the story after it."""
    last = max((i for i, (kind, _) in enumerate(kinds) if kind == "prose"), default=len(kinds))
    for i in range(last + 1, len(texts) - 1):
        asked = texts[i].strip()
        if asked.endswith("?") and len(asked.split()) <= _QUESTION_WORDS and kinds[i + 1][0] == "chrome":
            if PHONE.search(texts[i + 1]) and len(texts[i + 1].split()) <= _CALL_WORDS:
                kinds[i] = ("chrome", _ASKED)
    return kinds


_ASKED = "a question to the reader over a call to phone, under the story"
