"""Which entity an ambiguous name means, from the countries named around it.

"Bộ Chính trị", "Quốc hội", "Ban Chấp hành Trung ương" are written bare; which country's body
they are is in the context. Every entity sharing such a name lists it under `ambiguous` and has
a `country`. An occurrence resolves, in this order, to the candidate whose country is:

1. named right after it ("Quốc hội Lào", "Bộ Chính trị Đảng Cộng sản Việt Nam", "Quốc hội
   nước …"): the country of the name that follows decides, and if no candidate has that
   country the name stays untagged ("Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc");
2. the only candidate country named in the same sentence (if it names several of the
   candidates' countries, the name stays untagged; if none, the next rule decides);
3. the country named most often in the whole article, if it is a candidate's;
4. the home country (the registry's own: the one most entries belong to), if the article names
   no country at all ("Chính phủ giao Bộ Công an…" in a domestic story).

A country is "named" by its own name, or by any name of an entity whose `country` it is
(a party, a ministry, a person). When in doubt the name stays untagged rather than wrong.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..entities import Registry

#: What may stand between a name and the country named after it (matched from the name's end).
_CONNECTOR = re.compile(r"[ \t,]*(?:(?:của|nước|của nước|thuộc)[ \t]+)?$")
_SENTENCE_END = re.compile(r"[.!?;\n]")


@dataclass(frozen=True, slots=True)
class Match:
    """One occurrence of a name in the compared text (`bantin.tagging.matcher.match_form`)."""

    start: int
    end: int
    entity_id: str
    how: str  # 'plain', 'ambiguous' or 'guarded'


class Resolver:
    """Country cues of one text, computed once for all its ambiguous names."""

    def __init__(self, registry: Registry, text: str, counted: list[Match], home: str | None) -> None:
        self._registry = registry
        self._home = home
        self._text = text
        self._cues = sorted(
            (m.start, m.end, country) for m in counted if (country := self.country_of(m.entity_id))
        )
        self._cue_starts = [s for s, _, _ in self._cues]
        self._totals = Counter(country for _, _, country in self._cues)
        # Everything below is found by bisection, so resolving stays linear in long texts.
        self._ends = [m.start() for m in _SENTENCE_END.finditer(text)]
        self._named: dict[tuple[int, int], set[str]] = {}  # sentence → countries named in it

    def country_of(self, entity_id: str) -> str | None:
        entity = self._registry.get(entity_id)
        if entity is None:
            return None
        if entity.kind.value == "place" and not entity.country:
            return entity.id  # a country names itself; a city names its country
        return entity.country

    def resolve(self, group: list[Match]) -> Match | None:
        """The candidate (one per country) the occurrence means, or None if unclear."""
        by_country = {self.country_of(m.entity_id): m for m in group}
        start, end = group[0].start, group[0].end
        i = bisect.bisect_left(self._cue_starts, end)
        following = self._cues[i] if i < len(self._cues) else None
        if following is not None and _CONNECTOR.match(self._text, end, following[0]):
            return by_country.get(following[2])
        hits = self._named_in(self._sentence(start, end)) & by_country.keys()
        if len(hits) == 1:
            return by_country[hits.pop()]
        if hits:
            return None
        ranked = self._totals.most_common(2)
        if not ranked:
            return by_country.get(self._home)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            return by_country.get(ranked[0][0])
        return None

    def _sentence(self, start: int, end: int) -> tuple[int, int]:
        before = bisect.bisect_left(self._ends, start) - 1
        after = bisect.bisect_left(self._ends, end)
        return (
            self._ends[before] + 1 if before >= 0 else 0,
            self._ends[after] if after < len(self._ends) else len(self._text),
        )

    def _named_in(self, sentence: tuple[int, int]) -> set[str]:
        """Countries whose cues lie wholly in the sentence."""
        named = self._named.get(sentence)
        if named is None:
            lo = bisect.bisect_left(self._cue_starts, sentence[0])
            hi = bisect.bisect_right(self._cue_starts, sentence[1])
            named = self._named[sentence] = {c for _, e, c in self._cues[lo:hi] if e <= sentence[1]}
        return named
