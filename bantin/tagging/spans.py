"""Name-like spans of a sentence and the evidence for their kind (stages 2–3 of `tagging.discover`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..entities import Registry
from . import gazetteer, kinds
from . import words as lists
from .matcher import is_syllable
from .tokens import ACRONYM as _ACRONYM
from .tokens import NUMBERISH as _NUMBERISH
from .tokens import SENTENCE_END as _SENTENCE_END
from .tokens import Text, join
from .tokens import cap as _cap
from .tokens import is_word as _word


@dataclass
class Span:
    """One occurrence of a name-like span, with the evidence found around it."""

    text: str
    kind: str
    confidence: float
    evidence: str
    country: str | None = None
    alias: str | None = None  # a bracketed acronym right after it
    parent: str | None = None  # a known organization its name ends with


class Scanner:
    """Spans of sentences of one text (`_spans` in the module docstring)."""

    def __init__(self, text: Text, registry: Registry, pairs: Counter[str]) -> None:
        self.text, self.registry, self.pairs = text, registry, pairs

    def known_kind(self, tok: str) -> tuple[str, str] | None:
        if tok.startswith("\x00"):
            entity_id = self.text.known[int(tok.strip("\x00"))]
            entity = self.registry.get(entity_id)
            return (entity.kind.value, entity_id) if entity else None
        return None

    def country_of(self, entity_id: str) -> str | None:
        """A country's own id, or the country of a place inside one."""
        entity = self.registry.get(entity_id)
        return (entity.country or entity.id) if entity is not None else None

    def group_word(self, cap: str, nxt: str, after: str = "") -> bool:
        """Whether a lower-case syllable completes the word a capitalized one begins."""
        pair = f"{cap.lower()} {nxt}"
        if not is_syllable(nxt) or not is_syllable(cap):
            return False
        if pair in lists.LEXICON_PAIRS:
            return True
        if nxt in lists.STOP:
            return False
        if self.pairs[pair] >= 1:
            return True
        # otherwise only at the end of a phrase ("Hiến pháp." but not "Điện Biên dạy học")
        return nxt not in lists.VERBS and not (after.islower() and after not in lists.STOP)

    def enumeration(self, toks: list[str], k: int) -> bool:
        """Whether capitalized words from `k` lead to "và" and another one ("Thể thao và Du lịch")."""
        while k < len(toks) and _word(toks[k]) and (_cap(toks[k]) or (toks[k].islower() and toks[k] != "và")):
            if toks[k].islower() and not (k > 0 and _cap(toks[k - 1])):
                return False
            k += 1
        return k + 1 < len(toks) and toks[k] == "và" and _cap(toks[k + 1])

    def person_ahead(self, toks: list[str], k: int) -> bool:
        run = []
        while k < len(toks) and _word(toks[k]) and _cap(toks[k]):
            run.append(toks[k])
            k += 1
        if len(run) < 2 or gazetteer.place(" ".join(run)):
            return False
        return kinds.is_vietnamese_person(run) or all(not is_syllable(w) for w in run[:2])

    def head_span(
        self, toks: list[str], i: int, kind: str, head: str
    ) -> tuple[int, str | None, str | None] | None:
        """The end of a span led by a head word (exclusive), a known country in it, a parent after it."""
        k = i + len(head.split())
        if k < len(toks) and (toks[k] in kinds.NOT_AFTER_HEAD or toks[k] in ("Trưởng", "Viên")):
            return None  # "Bộ trưởng", "Ban hành", "Báo cáo": a word, not a name
        end, country, gap, caps, parent = None, None, 0, 0, None
        while k < len(toks):
            tok = toks[k]
            known = self.known_kind(tok)
            if known is not None:
                ordinal = (
                    kind == "event" and end is None and 0 < gap == k - i - len(head.split())
                )  # "Kỳ họp thứ 46 …"
                if (
                    known[0] == "organization"
                    and ((end == k and kind in ("organization", "event")) or ordinal)
                    and parent is None
                ):
                    end, parent = k + 1, known[1]  # "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc"
                    country = country or self.registry.get(known[1]).country
                    break
                after_dash = k > 0 and toks[k - 1] in ("-", "\u2012") and end == k - 1
                if after_dash or (
                    known[0] == "place"
                    and ((end is not None and gap <= 2) or (end is None and gap == 0 and kind != "place"))
                ):
                    end, country = (
                        k + 1,
                        country or (self.country_of(known[1]) if known[0] == "place" else None),
                    )
                    if k + 2 < len(toks) and toks[k + 1] in ("-", "\u2012"):
                        k += 1  # "Ủy ban Hữu nghị Thái Nguyên – Luông Pha Băng"
                        continue
                break
            if not _word(tok):
                nxt = toks[k + 1] if k + 1 < len(toks) else ""
                joins = _cap(nxt) or (tok != "," and self.known_kind(nxt) is not None)
                if tok == "," and not self.enumeration(toks, k + 1):
                    joins = False  # a comma continues a name only in "Bộ Văn hóa, Thể thao và Du lịch"
                if (
                    tok in (",", "-", "\u2012")
                    and joins
                    and end == k
                    and nxt not in lists.NOT_NAMES
                    and nxt not in kinds.ADMIN
                ):
                    if not (tok == "\u2012" and kinds.kind_of_head(toks[k + 1 : k + 4])):
                        k += 1
                        continue
                break
            if _cap(tok) and (
                tok in lists.STOP_CAPS or (k + 1 < len(toks) and f"{tok} {toks[k + 1]}" in lists.TITLES)
            ):
                break  # "… Tại Hội nghị", "… Thủ tướng": not part of the name
            if _cap(tok) or (_NUMBERISH.match(tok) and end is not None):
                if caps and self.person_ahead(toks, k):
                    break
                caps += 1
                gap = 0
                end = k + 1
                after = toks[k + 2] if k + 2 < len(toks) else ""
                if k + 1 < len(toks) and toks[k + 1].islower() and self.group_word(tok, toks[k + 1], after):
                    end = k + 2
                    k += 1
                k += 1
                continue
            # a lower-case word: "và" between capitals, or up to three words before the next capital
            if tok == "và" and not (end == k and k + 1 < len(toks) and _cap(toks[k + 1])):
                break
            if tok == "và" and kinds.kind_of_head(toks[k + 1 : k + 4]):
                break  # "Trường Hữu nghị 80 và Bệnh viện …": two names
            if kind == "event" and end is None and (tok in ("lần", "thứ", "khóa") or tok.isdigit()):
                gap += 1  # "Kỳ họp lần thứ 46 Ủy ban liên Chính phủ …"
                k += 1
                continue
            pair = f"{tok} {toks[k + 1]}" if k + 1 < len(toks) else ""
            if (
                pair in lists.LEXICON_PAIRS and gap <= 1
            ):  # a word group ("tự do", "kinh tế"), whatever its syllables
                nxt2 = toks[k + 2] if k + 2 < len(toks) else ""
                if (
                    end == k
                    and pair in lists.TAIL_PAIRS
                    and (nxt2 in lists.STOP or not (_word(nxt2) or nxt2.startswith("\x00")))
                ):
                    end = k + 2  # it ends the name: "Hiệp định Đối tác kinh tế."
                    break
                gap += 1
                k += 2
                continue
            if (
                (tok in lists.STOP and tok != "và")
                or gap >= 3
                or (kind == "organization" and caps == 0 and gap >= 2)
            ):
                break
            if kind == "organization" and caps == 0 and tok not in lists.ORG_LOWER:
                break  # "Bộ báo cáo …": a head word used as a common word
            gap += 1
            k += 1
        if end is None:
            return None
        return end, country, parent

    def spans(self, toks: list[str]) -> list[Span]:
        out: list[Span] = []
        i = 0
        while i < len(toks):
            tok = toks[i]
            if not _word(tok) or not _cap(tok):
                i += 1
                continue
            head = kinds.kind_of_head(toks[i : i + 4])
            if head is not None:
                found = self.head_span(toks, i, *head)
                if found is not None:
                    end, country, parent = found
                    words = toks[i:end]
                    if len(words) > len(head[1].split()) or country:
                        text = join(words, self.text.surface)
                        out.append(self.classify_head(text, head[0], head[1], toks, i, country))
                        out[-1].parent = parent
                        i = end
                        continue
            j = i
            while j < len(toks) and (
                (_word(toks[j]) and (_cap(toks[j]) or (j > i and _NUMBERISH.match(toks[j]))))
                or (toks[j] == "-" and j + 1 < len(toks) and _word(toks[j + 1]) and j > i)
                or (
                    j > i + 1 and toks[j - 1] == "-" and _word(toks[j]) and is_syllable(toks[j - 2])
                )  # Xổm-xạ-vạt
            ):
                if j > i + 1 and toks[j] in ("HLV", "CLB", "ĐT", "ĐTQG", "TP", "UBND"):
                    break  # "Bayern Munich HLV Thomas Tuchel": two names
                j += 1
            run = toks[i:j]
            lead = []
            while (
                run
                and (
                    run[0] in lists.LEADERS
                    or run[0] in kinds.PERSON_LEADERS
                    or run[0] in lists.NOT_NAMES
                    or run[0] == "-"
                )
                and not (
                    len(run) > 1 and gazetteer.place(" ".join(run[:2]) if len(run) == 2 else " ".join(run))
                )
            ):
                lead.append(run.pop(0))
            while run and run[-1] == "-":
                run.pop()
            while len(run) > 2 and run[-1] in lists.LEADERS and (len(run) > 3 or not is_syllable(run[-2])):
                run.pop()
                j -= 1
            nxt = toks[j] if j < len(toks) else ""
            pair = f"{run[-1].lower()} {nxt}" if run else ""
            if (
                len(run) > 2
                and run[-1][:1].isupper()
                and nxt.islower()
                and (pair in lists.LEXICON_PAIRS or self.pairs[pair] >= 1)
            ):
                run.pop()  # "Nguyễn Văn A Tòa soạn:": the last word begins the next phrase
                j -= 1
            start = j - len(run)
            for cut in (3, 2, 1):  # "Thụy Điển Stefan Löfven": a country, then a person
                rest = run[cut:]
                if (
                    len(rest) >= 2
                    and gazetteer.place(" ".join(run[:cut]))
                    and (not any(is_syllable(w) for w in rest) or kinds.is_vietnamese_person(rest))
                ):
                    out.append(Span(" ".join(run[:cut]), "place", 0.9, "gazetteer"))
                    run, start = run[cut:], start + cut
                    lead = ["Ông"]  # a nationality before a name is a title's evidence
                    break
            if run and kinds.kind_of_head(run) is not None and start > i:
                i = start  # a head inside the run ("Ông … Bộ …"): scan from there
                continue
            if run:
                span = self.classify_run(run, toks, start, lead)
                if span is not None:
                    out.append(span)
            i = max(j, i + 1)
        return out

    def classify_head(
        self, text: str, kind: str, head: str, toks: list[str], i: int, country: str | None
    ) -> Span:
        confidence = 0.75 if len(text.split()) > len(head.split()) + 1 else 0.6
        if (
            len(text.split()) == 2 and len(head.split()) == 1 and is_syllable(text.split()[1])
        ):  # "Hội An", "Quỹ Dân": a name or a place?
            confidence = 0.3
        if gazetteer.place(text):
            return Span(text, "place", 0.9, "gazetteer", country)
        return Span(text, kind, confidence, f"head:{head}", country, self.bracketed(toks, i))

    def bracketed(self, toks: list[str], i: int) -> str | None:
        """An acronym in brackets after the span that starts at `i`."""
        for k in range(i, min(len(toks) - 2, i + 20)):
            if toks[k] == "(" and _ACRONYM.match(toks[k + 1]) and toks[k + 2] == ")":
                return toks[k + 1]
            if toks[k] in _SENTENCE_END or toks[k] == ")":
                return None
        return None

    def classify_run(self, run: list[str], toks: list[str], start: int, lead: list[str]) -> Span | None:
        span = self._classify_run(run, toks, start, lead)
        if span is None:
            return None
        if span.kind == "place":
            before = " ".join(t for t in toks[max(0, start - 2) : start] if _word(t))
            admin = next((a for a in ("Thành phố", "TP", "Thủ đô", "Tỉnh") if before.endswith(a)), None)
            if admin and not (
                admin == "Tỉnh" and start >= 1 and toks[start - 1] == "Tỉnh" and start - 1 == 0
            ):
                span.alias = f"{admin} {span.text}"
        elif span.kind == "person" and lead and lead[-1] in kinds.HONORIFICS:
            span.alias = f"{lead[-1]} {span.text}"
        return span

    def _classify_run(self, run: list[str], toks: list[str], start: int, lead: list[str]) -> Span | None:
        text = join(run, self.text.surface)
        end = start + len(run)
        inner = toks[end + 1 : end + 5]
        if (
            end < len(toks)
            and toks[end] == "("
            and ")" in inner
            and all(is_syllable(w) for w in run)
            and len(run) > 1
        ):
            roman = inner[: inner.index(")")]
            if 1 < len(roman) <= 3 and all(_cap(w) and not is_syllable(w) for w in roman[1:]):
                span = Span(
                    text, "person", 0.7, "romanized", None, " ".join(roman)
                )  # Lạc Thụ Cương (Luo Shugang)
                return span
        if any(t.startswith("\x00") for t in run) or text in lists.NOT_NAMES:
            return None
        before = toks[start - 1] if start > 0 else ""
        before2 = toks[start - 2] if start > 1 else ""
        known_before = self.known_kind(before)
        country = known_before[1] if known_before and known_before[0] == "place" else None
        if known_before and known_before[0] == "place" and start > 1:
            before = before2  # "Thủ tướng Lào Sonexay Siphandone": the title is before the country
            shape = text.replace("-", " ").split()
            if kinds.is_vietnamese_person(shape) or (
                len(shape) >= 2 and not all(is_syllable(w) for w in shape)
            ):
                return Span(text, "person", 0.7, "after-country", country)
        words = text.replace("-", " ").split()
        if (any(c.isdigit() for c in text) and not _ACRONYM.match(text)) or (
            len(run) == 1 and "-" in text and text.isupper()
        ):
            return None
        if lead and lead[-1] in kinds.ADMIN:
            before = lead[-1]
        if lead and lead[-1] in ("CLB", "ĐT", "ĐTQG", "Tờ", "Hãng", "Kênh", "Trang", "Mạng"):
            before = "hãng"  # "CLB Slavia Praha", "Tờ Daily Mail": a club, a paper
        titled = before.lower() in kinds.PERSON_CONTEXT or any(w in kinds.PERSON_LEADERS for w in lead)
        placed = before.lower() in kinds.PLACE_CONTEXT or before in kinds.ADMIN or kinds.on_route(toks, start)
        place = gazetteer.place(text)
        first = start == 0 or toks[start - 1] in _SENTENCE_END
        if _NUMBERISH.match(text):
            return None
        if len(words) == 1 and is_syllable(words[0]) and place is None and not _ACRONYM.match(text):
            return None  # one Vietnamese syllable alone is a word or a given name, not a new name
        if len(run) == 1 and _ACRONYM.match(text):
            if place is not None:
                return Span(text, "place", 0.7, "gazetteer")
            return Span(text, "organization", 0.28, "acronym", country)  # once, it may be any abbreviation
        if place is not None and not (titled and before.lower() in ("ông", "bà", "anh", "chị")):
            return Span(text, "place", 0.9, f"gazetteer:{place.what}", _country_of(place))
        if (
            before.lower() in ("án", "dịch", "giải", "mạc") and len(words) > 1
        ):  # "dự án Smart Camp", "giải Ngoại hạng"
            return Span(text, "event", 0.45, f"context:{before}", country)
        if before.lower() in kinds.ORG_CONTEXT:
            return Span(text, "organization", 0.6, f"context:{before}", country)
        if titled:
            return Span(
                text, "person", 0.85 if len(words) > 1 else 0.5, f"title:{before or lead[-1]}", country
            )
        if placed:
            return Span(text, "place", 0.75 if before.lower() not in ("tại", "ở", "đến", "tới") else 0.5,
                        f"context:{before}", country)  # fmt: skip
        if kinds.is_vietnamese_person(words):
            return Span(text, "person", 0.6, "shape:vietnamese", country or None)
        foreign = [w for w in words if not is_syllable(w)]
        if 2 <= len(words) <= 5 and len(foreign) == len(words):
            for kind, tails in kinds.FOREIGN_TAILS.items():  # the shape of English names: "Premier League"
                if words[-1] in tails:
                    return Span(text, kind, 0.6, "english-head", country)
            return Span(text, "person", 0.45, "shape:foreign", country)
        if len(words) == 1 and foreign and not first and len(text) > 3 and not _NUMBERISH.match(text):
            if before.lower() in ("dịch", "giải", "kỳ", "mạc"):  # "chiến dịch Sophia", "bế mạc Asiad"
                return Span(text, "event", 0.45, "context:event", country)
            if before.lower() in (
                "trên",
                "lên",
                "qua",
                "kênh",
                "mạng",
                "ứng",
            ):  # "trên Twitter", "lên Youtube"
                return Span(text, "organization", 0.4, "context:platform", country)
            return Span(text, "place", 0.3, "shape:foreign-word", country)
        if 2 <= len(words) <= 3 and not first and all(is_syllable(w) for w in words):
            return Span(text, "place", 0.2, "shape:syllables", country)
        return None


def _country_of(place: gazetteer.Place) -> str | None:
    return {"VN": "viet-nam", "LA": "lao"}.get(place.country or "")
