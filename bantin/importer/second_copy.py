"""A story scraped twice: the page's text printed once more after itself (a scraper that read the story's
box and then the whole page, an aggregator that pasted it again), the writer's name between the copies
or not. The kept units from some point on repeat the story's kept units from its first one, in order and
as many of them, two at least: the second copy goes, its units judged the page's. The writer's name run
into the copy's first sentence (`… xăng dầu. Minh Khuê Từ 15h chiều nay, …`) stays, as the byline. One
line printed again (a pull quote between two paragraphs, a refrain) or a part of the story quoted again
is no copy of the whole. A sentence printed twice in a row (a lead the scraper took from the summary's box
and again from the text) is one too: its second printing goes; a short line (a refrain, a slogan said
twice) stays."""

from __future__ import annotations

import dataclasses

from .chrome import BYLINE, Unit
from .furniture import key

__all__ = ["REASON", "drop_second_copy"]

#: The reason the copy's units go.
REASON = "the story printed again after itself (a page scraped twice)"
AGAIN = "a sentence printed again right after itself (a scraper's repeat)"
_SENTENCE = 8  # words: a line printed twice in a row that is shorter may be a refrain's
_LEAST = 2  # units of the story: one line printed again is a pull quote's
_NAME = 4  # words of a writer's name run into the copy's first sentence


def drop_second_copy(units: list[Unit]) -> list[Unit]:
    """`units` with the second copy of the story, when the kept units print it again whole, dropped, and
    a sentence printed again right after itself."""
    units = _drop_repeats(units)
    story = [i for i, u in enumerate(units) if u.keep and u.reason != BYLINE and key(u.text)]
    keys = [key(units[i].text) for i in story]
    first = units[story[0]].text if story else ""
    for start in range(_LEAST, len(keys) // 2 + 1):
        opening = units[story[start]].text
        name = opening[: -len(first)].strip() if opening.endswith(first) else None
        if keys[start + 1 : 2 * start] != keys[1:start] or name is None or len(name.split()) > _NAME:
            continue
        copy = {story[i] for i in range(start, 2 * start)}
        out = []
        for i, unit in enumerate(units):
            if i not in copy:
                out.append(unit)
                continue
            if i == story[start] and name:  # the writer's name before the copy: the byline
                out.append(Unit(unit.block, name, True, BYLINE))
                unit = dataclasses.replace(unit, text=first)
            out.append(dataclasses.replace(unit, keep=False, reason=REASON))
        return out
    return units


def _drop_repeats(units: list[Unit]) -> list[Unit]:
    """The second of two kept units in a row that print one sentence of `_SENTENCE` words or more."""
    out: list[Unit] = []
    before = None  # the last kept unit's key
    for unit in units:
        if not unit.keep:
            out.append(unit)
            continue
        now = key(unit.text)
        if now and now == before and len(unit.text.split()) >= _SENTENCE and unit.reason != BYLINE:
            out.append(dataclasses.replace(unit, keep=False, reason=AGAIN))
            continue
        out.append(unit)
        before = now
    return out
