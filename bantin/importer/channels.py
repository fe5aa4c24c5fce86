"""A radio or television station's channels, named by its initials and a number (`VOV1`, `VTV3`,
`HTV7`, `THVL1`, `QTV3`).

A report's byline names the channel that aired it (`Thu Hằng/VOV1`, `Hải Nam/VOV1`): the publisher
readers know is the station (`VOV`), never one of its channels, so the outlet is the station's initials
when they name a source (`station`). A station's page prints the list of its channels as links (`VOV1
VOV2 VOV3`, `VTV1 VTV2 … VTV9`, one a line or run together): a line that is only channels' names is the
page's (`channel_list`), as no sentence of a story is a row of call signs; a story's `VTV1` stands
inside its sentence. Run on after the closing byline (`Thu Hằng/VOV1 VOV1 VOV2 VOV3 VOV Giao thông …`),
the list starts a unit of its own (`channels_apart`) where two call signs follow each other and no
sentence ends after them, so the byline before it is read alone."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..core.sentences import ends_sentence
from .furniture import Unit

__all__ = ["REASON", "channel_list", "channels_apart", "station"]

REASON = "the station's list of its channels"

# A channel's call sign: a station's initials and its number (`VOV1`, `HTV7`, `THVL1`).
_CHANNEL = re.compile(r"(?P<station>[A-ZĐ]{2,5})(?P<number>\d{1,2})")
# Two call signs or more in a row, after something else (`Thu Hằng/VOV1 | VOV1 VOV2 …`).
_LIST = re.compile(r"(?<=\s)[A-ZĐ]{2,5}\d{1,2}(?:\s+[A-ZĐ]{2,5}\d{1,2})+(?!\S)")


def station(text: str, names_source: Callable[[str], bool]) -> str | None:
    """The station `text` is a channel of when it is one (`VOV1` → `VOV`) and `names_source` says
    its initials name a source, else None."""
    found = _CHANNEL.fullmatch(text.strip())
    return found.group("station") if found and names_source(found.group("station")) else None


def channel_list(text: str) -> bool:
    """`text` is only channels' call signs, two at least or one alone on its line (`VOV1 VOV2 VOV3`)."""
    words = text.split()
    return bool(words) and len(words) <= 12 and all(_CHANNEL.fullmatch(word) for word in words)


def channels_apart(units: list[Unit]) -> list[Unit]:
    """`units` cut before a list of channels run on after something else, no sentence after it."""
    out: list[Unit] = []
    for unit in units:
        found = _LIST.search(unit.text)
        if found is None or ends_sentence(unit.text[found.start() :]):
            out.append(unit)
            continue
        out.append(Unit(unit.block, unit.text[: found.start()].strip(), unit.keep, unit.reason))
        out.append(Unit(unit.block, unit.text[found.start() :], unit.keep, unit.reason))
    return out
