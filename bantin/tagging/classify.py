"""The kind of a name-like span from the evidence around it (stage 3 of `tagging.discover`)."""

from __future__ import annotations

from dataclasses import dataclass

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


class Classifier:
    """Kinds of spans of one text: the evidence half of `bantin.tagging.spans.Scanner`."""

    text: Text
    product_end: tuple[int, int] = (0, -1)  # where the last product's name ended (sentence, token)

    def known_kind(self, tok: str) -> tuple[str, str] | None:
        raise NotImplementedError

    def country_of(self, entity_id: str) -> str | None:
        raise NotImplementedError

    def classify_head(
        self, text: str, kind: str, head: str, toks: list[str], end: int, country: str | None
    ) -> Span:
        confidence = 0.75 if len(text.split()) > len(head.split()) + 1 else 0.6
        if (
            len(text.split()) == 2 and len(head.split()) == 1 and is_syllable(text.split()[1])
        ):  # "Hội An", "Quỹ Dân": a name or a place?
            confidence = 0.3
        if gazetteer.place(text):
            return Span(text, "place", 0.9, "gazetteer", country)
        return Span(text, kind, confidence, f"head:{head}", country, self.bracketed(toks, end))

    def bracketed(self, toks: list[str], end: int) -> str | None:
        """An acronym or a foreign name in brackets right after the span that ends at `end`
        ("(WHO)", "(Vietcombank)", "(Vietnam Post)")."""
        if toks[end : end + 1] != ["("] or ")" not in toks[end + 2 : end + 5]:
            return None
        inside = toks[end + 1 : toks.index(")", end + 1)]
        if len(inside) == 1 and _ACRONYM.match(inside[0]):
            return inside[0]
        if all(_cap(w) and w.isalpha() and not is_syllable(w) for w in inside):
            return " ".join(inside)
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
        country = self.country_of(known_before[1]) if known_before and known_before[0] == "place" else None
        if known_before and known_before[0] == "place" and text in kinds.FOREIGN_TAILS["organization"]:
            club = f"{join([before], self.text.surface)} {text}"  # "Hà Nội FC": a club named after its city
            return Span(club, "organization", 0.6, "english-head", country)
        if known_before and known_before[0] == "place" and start > 1:
            before = before2  # "Thủ tướng Lào Sonexay Siphandone": the title is before the country
            shape = text.replace("-", " ").split()
            if kinds.is_vietnamese_person(shape) or (
                len(shape) >= 2 and not all(is_syllable(w) for w in shape)
            ):
                return Span(text, "person", 0.7, "after-country", country)
        words = text.replace("-", " ").split()
        product = {before.lower(), f"{before2} {before}".lower(), lead[-1].lower() if lead else ""}
        if (product & lists.PRODUCTS) or (before == "và" and self.product_end == (id(toks), start - 1)):
            self.product_end = (id(toks), end)  # "xe Kia Morning và Hyundai Accent": products both
            return None  # "xe Toyota Vios", "Ôtô Ford": a product; "dân tộc Jrai": a people
        if len(words) > 1 and words[0] in lists.DEITIES:
            return None  # "Thần Tài": a deity
        if len(words) > 1 and all(w.isupper() and is_syllable(w) for w in words):
            return None  # a headline in capitals: "ĐĂNG CAI"
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
        if f"{before2} {before}".lower() == "lễ hội":  # "lễ hội Bun Pi May"
            return Span(text, "event", 0.6, "context:lễ hội", country)
        if before2.lower() == "nhà" and before.lower() in kinds.PROFESSIONS:
            titled = True  # "nhà văn Bảo Ninh", "nhà báo …"
        elif before.lower() in kinds.ORG_CONTEXT:
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
