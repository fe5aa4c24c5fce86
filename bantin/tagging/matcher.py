"""Finding the registry's entities in Vietnamese text: the rules of tagging.

1. Text and names are compared in one form: `normalize` (NFC, old-style tones, clean spaces),
   every dash squeezed to "-", quotes dropped, photo credits (`*Ảnh: TTXVN*{: .credit}`) blanked.
2. A name matches whole words only, in its own case; it also matches in an ALL-CAPS headline,
   and a name of three words or more matches in any case that has a capital somewhere ("Ban
   chấp hành Trung ương", "đảng Cộng hòa"), since writers capitalize long names loosely; all in
   lower case ("ủy ban kiểm tra") it is a common noun. A name that starts in lower case ("bà
   May") also matches with a capital at the start of a sentence.
3. A one-word name that is a Vietnamese syllable (Lào, Nga, Đức; not Ukraine or Putin) does
   not match inside a run of capitalized words: "Đức" is
   Germany in "Thủ tướng Đức Angela Merkel" but not in "Nguyễn Đức Chung" or "Đức Tuân"; for
   places and organizations, not after "ông", "bà", "anh", "chị"… either (a given name).
   `guarded` names also never count first in a sentence ("Anh cho biết…").
   3b. A place inside a country whose name is Vietnamese syllables (Thái Bình, Hà Nam) does not
   count right after a surname or middle name ("Nguyễn Thái Bình", "Lê Văn Hà Nam").
4. Overlapping matches: the set of names that covers the most text wins, so the longest name
   wins and "Ban Kiểm tra Trung ương Đảng Nhân dân Cách mạng Lào" is the Lao commission, never
   the Vietnamese one (whose alias "Ban Kiểm tra Trung ương" it contains).
5. A name inside a longer matched name counts only when it names that entity's `parent` (up
   the chain) or `country`: "Ủy ban Kiểm tra Trung ương Đảng Cộng sản Việt Nam" names the Party
   and Vietnam too, but "Lào Cai" does not name Laos, nor "Thành phố Hồ Chí Minh" the man.
6. `ambiguous` names are resolved by `bantin.tagging.context` (the country meant there); the
   "home" country, for articles that name none, is the country most entries belong to.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.text import is_syllable, normalize
from ..entities import Kind
from .context import Match, Resolver

if TYPE_CHECKING:
    from ..entities import Entity, Registry

_DASHES = re.compile(r"[ \t]*[-‐‑‒–—―][ \t]*")
_QUOTES = re.compile(r"[\"“”„‘’'«»]")
_CREDIT = re.compile(r"\*[^*\n]*\*\{:\s*\.credit\s*\}")
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
_WORD_AFTER = re.compile(r"^[ \t]+(\w+)")
_WORD_AFTER_AT = re.compile(r"[ \t]+(\w+)")  # `_WORD_AFTER` at a position of the whole text
_WORD_CHAR = re.compile(r"\w")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;…\n]|[.!?][\"”’)\]])[ \t]*$")
#: Words before a given name: "ông Đức" is a man, not Germany.
_PERSON_TITLES = frozenset("ông bà anh chị em cô chú bác cụ cháu thầy cậu chàng nàng".split())
#: Words before a place's name that make it part of a person's name ("Nguyễn Thái Bình", "Lê Văn Hà Nam").
_NAME_BEFORE_PLACE = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Trịnh Đinh Phùng Trương "
    "Lương Lưu Tạ Văn Thị Hữu Đình".split()
)


def match_form(text: str) -> str:
    """The form text is compared in (same length rules for names and articles)."""
    text = _CREDIT.sub(" ", text)
    text = _QUOTES.sub("", normalize(text))
    text = _DASHES.sub("-", text)
    return re.sub(r"[ \t]{2,}", " ", text)


@dataclass(frozen=True)
class _Name:
    form: str
    folded: str
    pattern: re.Pattern[str]
    entity_id: str
    how: str
    one_word: bool
    acronym: bool
    person: bool
    local_place: bool  # a place inside a country, of syllables (Thái Bình): may be part of a person's name


def _compile(form: str) -> re.Pattern[str]:
    words = r"[ \t]+".join(map(re.escape, form.split()))
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)


class Matcher:
    """The registry's names compiled once; `find` tags a text."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._names: list[_Name] = []
        self._excludes: dict[str, list[re.Pattern[str]]] = {}
        for entity in registry:
            for name, how in entity.names():
                form = match_form(name)
                if not form.strip():
                    continue
                self._names.append(
                    _Name(
                        form=form,
                        folded=form.casefold(),
                        pattern=_compile(form),
                        entity_id=entity.id,
                        how=how,
                        one_word=len(form.split()) == 1 and is_syllable(form),
                        acronym=form.isupper(),
                        person=entity.kind.value == "person",
                        local_place=entity.kind.value == "place"
                        and entity.country is not None
                        and len(form.split()) > 1
                        and all(is_syllable(w) for w in form.split()),
                    )
                )
            self._excludes[entity.id] = [_compile(match_form(p)) for p in entity.exclude]
        self._related = {e.id: _related(registry, e) for e in registry}
        countries = Counter(e.country for e in registry if e.country)
        self._home = countries.most_common(1)[0][0] if countries else None

    def find(self, text: str) -> list[str]:
        """Ids of the entities named in `text`, in order of first mention."""
        return list(dict.fromkeys(m.entity_id for m in self.matches(text)))

    def matches(self, text: str) -> list[Match]:
        """Every counted occurrence, in text order (nested and resolved ones included)."""
        form = match_form(text)
        raw = self._raw_matches(form)
        chosen = _select(raw)
        counted = [m for group in chosen for m in group if m.how != "ambiguous"]
        inside = _Inside(raw)
        for group in chosen:
            if group[0].how != "ambiguous":
                start, end = group[0].start, group[0].end
                counted += _nested(start, end, inside.within(start, end), self._related[group[0].entity_id])
        resolver = Resolver(self.registry, form, counted, self._home)
        for group in chosen:
            if group[0].how == "ambiguous":
                winner = resolver.resolve(group)
                if winner is not None:
                    counted.append(winner)
        return sorted(counted, key=lambda m: (m.start, -m.end))

    def _raw_matches(self, form: str) -> list[Match]:
        folded = form.casefold()
        out: list[Match] = []
        excluded: dict[str, _Spans] = {}  # entity id → where its `exclude` phrases are, found once
        for name in self._names:
            if name.folded not in folded:
                continue
            for m in name.pattern.finditer(form):
                span = m.group(0)
                if not _case_ok(span, name.form, form, m.start(), m.end()):
                    continue
                caps = span.isupper()
                if name.one_word and not name.acronym and not _word_ok(name, form, m.start(), m.end(), caps):
                    continue
                if name.local_place and not caps:
                    before = _WORD_BEFORE.search(form[max(0, m.start() - 20) : m.start()])
                    if before is not None and before.group(1) in _NAME_BEFORE_PLACE:
                        continue  # rule 3b: "Nguyễn Thái Bình" is a man, not the province
                patterns = self._excludes[name.entity_id]
                if patterns:
                    spans = excluded.get(name.entity_id)
                    if spans is None:
                        spans = excluded[name.entity_id] = _Spans(
                            (x.start(), x.end()) for p in patterns for x in p.finditer(form)
                        )
                    if spans.cover(m.start(), m.end()):
                        continue
                out.append(Match(m.start(), m.end(), name.entity_id, name.how))
        return out


@functools.lru_cache(maxsize=8)
def matcher_for(registry: Registry) -> Matcher:
    """The registry's names compiled on first use, once per registry (a registry never changes)."""
    return Matcher(registry)


def mentions(registry: Registry, text: str) -> dict[Kind, list[str]]:
    """Ids of the entities named in `text`, per kind, in order of first mention."""
    result: dict[Kind, list[str]] = {kind: [] for kind in Kind}
    for entity_id in matcher_for(registry).find(text):
        entity = registry.get(entity_id)
        if entity is not None:  # always: the matcher knows only the registry's ids
            result[entity.kind].append(entity_id)
    return result


def _nested(start: int, end: int, raw: list[Match], related: frozenset[str]) -> list[Match]:
    """Names inside a matched name, chosen like top-level ones, that stand for a related entity.

    `raw` holds (at least) every match inside the span; only those are looked at."""
    inner = [m for m in raw if start <= m.start and m.end <= end and (m.start, m.end) != (start, end)]
    out: list[Match] = []
    if not inner:
        return out
    for group in _select(inner):
        out += [m for m in group if m.entity_id in related][:1]
        out += _nested(group[0].start, group[0].end, inner, related)
    return out


class _Inside:
    """Raw matches by start, so the ones inside a span are found without scanning them all."""

    def __init__(self, raw: list[Match]) -> None:
        self._raw = sorted(raw, key=lambda m: m.start)  # stable: raw order kept within a start
        self._starts = [m.start for m in self._raw]

    def within(self, start: int, end: int) -> list[Match]:
        """The matches starting in [start, end], in their order in `raw` for each start."""
        lo, hi = bisect.bisect_left(self._starts, start), bisect.bisect_right(self._starts, end)
        return self._raw[lo:hi]


class _Spans:
    """Spans of a text; `cover` says whether one of them contains a given span (by bisection)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(itertools.accumulate((e for _, e in ordered), max))  # furthest end so far

    def cover(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self._reach[i] >= end


def _related(registry: Registry, entity: Entity) -> frozenset[str]:
    """Entities a name nested in this entity's name may stand for: ancestors and countries."""
    chain = [entity, *registry.ancestors(entity.id)]
    return frozenset([e.id for e in chain[1:]] + [e.country for e in chain if e.country])


def _case_ok(span: str, name: str, text: str, start: int, end: int) -> bool:
    span = " ".join(span.split())
    if span == name or span == name[:1].upper() + name[1:]:
        return True
    letters = [c for c in span if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and not name.isupper():
        if len(name.split()) > 1:
            return True
        after = _WORD_AFTER_AT.match(text, end)
        words = (_word_before(text, start), after.group(1) if after is not None else None)
        return any(w is not None and w.isupper() and len(w) > 1 for w in words)
    return len(name.split()) >= 3 and not span.islower() and span.casefold() == name.casefold()


def _word_before(text: str, start: int) -> str | None:
    """`_WORD_BEFORE.search(text[:start])`'s word, found by looking back from `start` only
    (slicing and searching the whole text before every match made tagging quadratic)."""
    anchor = start - 1 if start > 0 and text[start - 1] == "\n" else start  # `$` before a final newline
    blank = anchor
    while blank > 0 and text[blank - 1] in " \t":
        blank -= 1
    word = blank
    while blank < anchor and word > 0 and _WORD_CHAR.match(text[word - 1]):
        word -= 1
    return text[word:blank] if word < blank else None


def _word_ok(name: _Name, text: str, start: int, end: int, caps: bool) -> bool:
    """Rule 3 of the module docstring, for one-word names (`caps`: in an ALL-CAPS headline)."""
    head = text[max(0, start - 40) : start]
    before = _WORD_BEFORE.search(head)
    after = _WORD_AFTER.search(text[end : end + 40])
    if not caps and before is not None and before.group(1)[:1].isupper():
        return False
    if not caps and before is None and after is not None and after.group(1)[:1].isupper():
        return False
    if not name.person and before is not None and before.group(1).lower() in _PERSON_TITLES:
        return False
    if name.person is False and head.endswith(("đồng chí ", "Đồng chí ")):
        return False
    return not (name.how == "guarded" and (before is None or _SENTENCE_START.search(head)))


def _span(m: Match) -> tuple[int, int]:
    return m.start, m.end


def _select(raw: list[Match]) -> list[list[Match]]:
    """The non-overlapping spans covering the most text (fewest spans on ties), grouped by span."""
    ordered = sorted(raw, key=lambda m: (m.end, m.start))  # stable: raw order kept within a span
    firsts = [i for i, m in enumerate(ordered) if i == 0 or (m.start, m.end) != _span(ordered[i - 1])]
    # The best choice among the first i spans: text covered, minus the count of spans, and how it
    # was made (span i-1 taken after the best choice among the first prev[i], or best[i-1] kept);
    # arrays of numbers, so a long text with many names costs a few bytes per span.
    covered, negcount, prev = array("q", [0]), array("q", [0]), array("q", [-1])
    ends = array("q", [0])
    for first in firsts:
        start, end = ordered[first].start, ordered[first].end
        j = bisect.bisect_right(ends, start) - 1
        take = (covered[j] + end - start, negcount[j] - 1)
        if take >= (covered[-1], negcount[-1]):
            covered.append(take[0])
            negcount.append(take[1])
            prev.append(j)
        else:
            covered.append(covered[-1])
            negcount.append(negcount[-1])
            prev.append(-1)
        ends.append(end)
    out: list[list[Match]] = []
    i = len(firsts)
    while i > 0:
        if prev[i] < 0:
            i -= 1
            continue
        first = firsts[i - 1]
        stop = firsts[i] if i < len(firsts) else len(ordered)
        out.append(ordered[first:stop])
        i = prev[i]
    return out[::-1]
