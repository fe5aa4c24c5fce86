"""A pull quote run into what follows it (`“Kiểm toán số là con đường tất yếu” Phương Thảo Theo Báo
Kiểm toán`): long pieces print a sentence of the story again in large type, in quotation marks and
with no full stop, and a flat scrape runs the closing byline (or the next paragraph) onto it, so
the byline hides inside a unit that reads as the story's.

The signal carries over to any site: a pull quote repeats, word for word, a sentence the story
already printed. Only then is the unit cut after its closing mark; a quotation that says something
new (`“Trường học hạnh phúc” Hà Tĩnh triển khai …`) may go on as its sentence's subject, and stays
whole, and so does one a sentence goes on from in lower case (`“…” là lời hứa …`)."""

from __future__ import annotations

import re

from .furniture import Unit, key

# A unit opening with a whole quotation, more words after it.
_QUOTED = re.compile(r"^[“\"](?P<said>[^“”\"]{20,300})[”\"]\s+(?P<rest>\S.*)$")


def pull_quote_apart(units: list[Unit]) -> list[Unit]:
    """The units with a pull quote (a quotation repeating an earlier unit's words) cut from what
    runs on after it."""
    out: list[Unit] = []
    for unit in units:
        found = _QUOTED.match(unit.text)
        said = key(found.group("said")) if found else ""
        opens = found is not None and (found.group("rest")[:1].isupper() or found.group("rest")[:1].isdigit())
        if found and opens and said and any(said in key(before.text) for before in out):
            quote = unit.text[: found.start("rest")].strip()
            out += [Unit(unit.block, quote), Unit(unit.block, found.group("rest"))]
            continue
        out.append(unit)
    return out
