"""Names in articles that the registry lacks, each with a kind, aliases and a confidence.

The stages, in order (1 in `bantin.tagging.tokens`, 2 in `bantin.tagging.spans`, 3 in
`bantin.tagging.classify`, their word lists in `bantin.tagging.words`):

1. `Text`: an article in the form the matcher compares (`match_form`), with the registry's
   names found and turned into single "known" tokens, and spaced dashes ("Việt Nam – Lào")
   told apart from joining ones ("Việt-Trung", "Xi-xu-lít").
2. `Scanner.spans`: name-like spans of one sentence. A span starts at a head word ("Bộ", "Hội
   nghị", "Vịnh"; tables in `bantin.tagging.kinds`) or a capitalized word, and ends after its
   last capitalized word and the word group that word begins ("Ban Chấp hành Trung ương", not
   "… Trung"): a lower-case syllable is kept when the pair is a word, known from a small list or
   seen in lower case in the articles read ("trung ương", "khoa học"). It never runs into a
   person's name that follows ("Bộ Giáo dục và Đào tạo | Phùng Xuân Nhạ"), into a title ("…,
   Thứ trưởng"), nor past a spaced dash unless a name goes on after it ("Mekong – Lan Thương").
3. `Scanner.classify_*`: the kind, from the evidence around the span (head word, title before
   it, the gazetteers, a known country before or in it, a known organization after it, the
   shape of the name), and a confidence.
4. `discover`: spans grouped by a loose key (case, hyphens and spaces ignored; administrative
   words dropped, so "TP Cần Thơ" and "Cần Thơ" are one), with surnames alone ("Blinken"),
   acronyms and romanized names in brackets ("(WTO)", "(Luo Shugang)") as aliases of the name
   they follow; names the registry has are dropped, and each kind is voted by the evidence.

Measured (December 2026, registry as shipped, default `--min-confidence 0.3`, by hand): on
`shared/corpus` (32 articles, mostly politics and diplomacy) 218 suggestions, 189 of them real
entities (87%); on `shared/importer-eval` (40 general-news articles) 442 suggestions, of a
random 100 of which 79 of the 86 still listed are real (92%). Recall with the right kind, on 10
articles whose named entities the registry lacks were listed by hand: 34 of 41 (83%) on six
corpus articles, 42 of 49 (86%) on four general-news ones. These articles were also read while
the rules were written, so unseen articles will score lower; the misses are mostly clubs and
brands taken for persons or places ("Chelsea" after "cầu thủ"), one name meaning two things
("Xuân Trường" the district and the footballer), and names glued by the importer ("Thai
PBS.Winyat").

On texts of kinds the rules had not been written on (tests/entities/fixtures/unseen_names.yml:
Lao and Cambodian officials and places, departments, companies, clubs, brands, deities), the
rules before December 2026's second pass found 97 of 114 names whole with the right kind (11
cut or swallowing, 11 of 27 non-entities proposed); the pass, in general rules (a brand after a
noun of goods, a deity, an acronym in brackets closing a name, a syllable beginning a word group),
brought that to 114 of 114 on those texts; on the two held-out texts written for it before
looking, 19 of 26 and 17 of 19 whole with the right kind went to 22 of 26 and 18 of 19. On the
real text of `shared/` (73 articles imported), 21 suggestions went (13 cut or swallowing names,
7 brands, era names and deities, a byline in capitals) and 19 came (the 13 names whole, new
names after a leading word or before a bracket; "Tết Quý Mão 2023" is a year, not a name); one
acronym was lost ("Diễn đàn Biển ASEAN mở rộng (EAMF)").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..core.text import name_key
from ..entities import Registry
from . import gazetteer, kinds
from .matcher import is_syllable
from .spans import Scanner
from .tokens import Text, lower_pairs

__all__ = ["Candidate", "discover"]


@dataclass
class Candidate:
    """A name the registry lacks, as `entities suggest --json` prints it."""

    name: str
    kind: str
    confidence: float
    forms: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    articles: dict[str, None] = field(default_factory=dict)
    example: str = ""
    country: str | None = None
    parent: str | None = None
    evidence: set[str] = field(default_factory=set)

    @property
    def count(self) -> int:
        return sum(self.forms.values())

    def as_json(self) -> dict:
        aliases = sorted((f for f in self.forms if f != self.name), key=lambda f: (-self.forms[f], f))
        return {
            "name": self.name,
            "kind": self.kind,
            "aliases": aliases,
            "count": self.count,
            "articles": list(self.articles),
            "example": self.example,
            "confidence": round(self.confidence, 2),
            "id": kinds.proposed_id(self.name),
            "name_en": kinds.english_name(self.kind, self.name, self.country),
            "country": self.country,
            "parent": self.parent,
            "evidence": sorted(self.evidence),
        }


def discover(texts: dict[str, str], registry: Registry) -> list[Candidate]:
    """Candidates from `texts` (path → text), most useful first."""
    pairs = lower_pairs(list(texts.values()))
    claimed = {name_key(n) for e in registry for n, _ in e.names()}
    groups: dict[str, Candidate] = {}
    aliases: dict[str, str] = {}  # acronym → group key
    for path, raw in texts.items():
        text = Text(raw, registry)
        scanner = Scanner(text, registry, pairs)
        for sentence, printed in text.sentences_as_written():
            example = printed[:240]
            for span in scanner.spans(sentence):
                bare, _ = kinds.strip_admin(span.text) if span.kind == "place" else (span.text, None)
                key = gazetteer.loose(bare)
                if not key or len(bare) < 2 or name_key(bare) in claimed:
                    continue  # the registry has it; it was only not counted here (a list, a guarded word)
                if len(bare.split()) == 1 and is_syllable(bare) and not gazetteer.place(bare):
                    continue
                if span.kind == "person" and kinds.is_anonymized(bare.split()):
                    continue
                cand = groups.get(key) or groups.setdefault(key, Candidate(bare, span.kind, 0.0))
                cand.forms[span.text] += 1
                weight = 0.25 if span.evidence.startswith("shape") else 1.0  # context outweighs shape
                cand.kinds[span.kind] += span.confidence * weight
                cand.articles.setdefault(path, None)
                cand.evidence.add(span.evidence.split(":")[0])
                cand.confidence = max(cand.confidence, span.confidence)
                cand.country = cand.country or span.country
                cand.parent = cand.parent or span.parent
                if span.kind == cand.kind or not cand.example:
                    cand.example = cand.example or example
                if span.alias:
                    cand.forms[span.alias] += (
                        0  # "TP Cần Thơ", "WHO", "Luo Shugang": another form of the name
                    )
                    if not span.alias.endswith(span.text):
                        aliases[gazetteer.loose(span.alias)] = (
                            key  # its own candidate, if any, joins this one
                        )
    return _finish(groups, aliases, registry)


def _finish(groups: dict[str, Candidate], aliases: dict[str, str], registry: Registry) -> list[Candidate]:
    # bracketed acronyms and surnames alone join the name they stand for
    persons = {}
    for key, cand in groups.items():
        kind = _vote(cand)
        if kind == "person" and len(cand.name.split()) > 1:
            last = cand.name.split()[-1]
            if not is_syllable(last):  # a foreign surname alone stands for the whole name
                persons.setdefault(gazetteer.loose(last), key)
    for key in list(groups):
        target = aliases.get(key)
        if target is None and len(groups[key].name.split()) == 1:
            target = persons.get(key)
        if target and target != key and target in groups:
            _merge(groups[target], groups.pop(key))
    out = []
    for cand in groups.values():
        cand.kind = _vote(cand)
        cand.name = max(cand.forms, key=lambda f: (cand.forms[f] > 0 and len(f.split()), cand.forms[f]))
        if cand.kind == "place":
            cand.name = kinds.strip_admin(cand.name)[0]
            if gazetteer.loose(cand.name) not in {gazetteer.loose(f) for f in cand.forms}:
                cand.forms[cand.name] += 0
        bonus = min(0.15, 0.05 * (cand.count - 1)) + min(0.1, 0.05 * (len(cand.articles) - 1))
        agree = cand.kinds[cand.kind] / (sum(cand.kinds.values()) or 1)
        cand.confidence = round(min(0.99, cand.confidence * (0.5 + 0.5 * agree) + bonus), 2)
        romanized = any(not is_syllable(w) for f in cand.forms for w in f.replace("-", " ").split())
        if cand.kind == "person" and romanized and "romanized" in cand.evidence:
            cand.country = None  # a Chinese name with its pinyin: not Vietnamese
        if (
            cand.kind == "person"
            and cand.country is None
            and kinds.is_vietnamese_person(cand.name.split())
            and not romanized
        ):
            cand.country = "viet-nam" if "viet-nam" in registry else None
        out.append(cand)
    return sorted(out, key=lambda c: (-(c.confidence * (1 + len(c.articles))), -c.count, c.name))


def _vote(cand: Candidate) -> str:
    return max(cand.kinds, key=lambda k: (cand.kinds[k], k == "person"))


def _merge(into: Candidate, other: Candidate) -> None:
    into.forms.update(other.forms)
    into.kinds.update({into.kind if k != into.kind else k: 0 for k in other.kinds})
    for path in other.articles:
        into.articles.setdefault(path, None)
    into.confidence = max(into.confidence, other.confidence * 0.9)
