"""Name-like spans of a sentence (stage 2 of `tagging.discover`); kinds in `bantin.tagging.classify`."""

from __future__ import annotations

from collections import Counter

from ..entities import Registry
from . import gazetteer, kinds
from . import words as lists
from .classify import Classifier, Span
from .matcher import is_syllable
from .tokens import ACRONYM as _ACRONYM
from .tokens import NUMBERISH as _NUMBERISH
from .tokens import Text, join
from .tokens import cap as _cap
from .tokens import is_word as _word


class Scanner(Classifier):
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
        if entity is None:
            return None
        found = None if entity.country else gazetteer.place(entity.name)
        if found is not None and found.what in ("region", "sea"):
            return None  # "Giải … Đông Nam Á": a region is no country
        return entity.country or entity.id

    def group_word(self, cap: str, nxt: str, after: str = "") -> bool:
        """Whether a lower-case syllable completes the word a capitalized one begins."""
        pair = f"{cap.lower()} {nxt}"
        if not is_syllable(nxt) or not is_syllable(cap):
            return False
        if pair in lists.LEXICON_PAIRS:
            return True
        if nxt in lists.STOP or f"{nxt} {after}" in lists.LEXICON_PAIRS:
            return False  # "Cảng | hàng không": the syllable begins a word group of its own
        if self.pairs[pair] >= 1:
            return True
        # otherwise only at the end of a phrase ("Hiến pháp." or "Di động công bố", but not
        # "Điện Biên dạy học")
        return nxt not in lists.VERBS and not (
            after.islower() and after not in lists.STOP and after not in lists.VERBS
        )

    def enumeration(self, toks: list[str], k: int) -> bool:
        """Whether capitalized words from `k` lead to "và" and another one ("Thể thao và Du lịch")."""
        while k < len(toks) and _word(toks[k]) and (_cap(toks[k]) or (toks[k].islower() and toks[k] != "và")):
            if toks[k].islower() and not (k > 0 and _cap(toks[k - 1])):
                return False
            k += 1
        return k + 1 < len(toks) and toks[k] == "và" and _cap(toks[k + 1])

    def titled(self, toks: list[str], i: int) -> bool:
        """Whether a person's title comes just before the name at `i` ("Giám đốc Sở …", "Chủ tịch
        HĐQT Tập đoàn …"): a person's name may then follow the name."""
        return any(t.lower() in kinds.TITLE_ENDS for t in toks[max(0, i - 3) : i])

    def vietnamese_ahead(self, toks: list[str], k: int) -> bool:
        run = []
        while k < len(toks) and _word(toks[k]) and _cap(toks[k]):
            run.append(toks[k])
            k += 1
        return kinds.is_vietnamese_person(run)

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
                if tok == "-" and end == k and nxt.islower() and is_syllable(nxt):
                    end = k = k + 2  # "Hiệp định Giơ-ne-vơ": a foreign word spelled in syllables
                    continue
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
            number = _NUMBERISH.match(tok) and end == k and toks[k + 1 : k + 2] not in (["-"], ["/"])
            if _cap(tok) or number:  # "Trường Hữu nghị 80", not "… đạt 5" nor "SJC 418-420"
                if (
                    caps
                    and self.person_ahead(toks, k)
                    and (self.titled(toks, i) or not self.vietnamese_ahead(toks, k))
                ):
                    break  # "Bộ trưởng Bộ Công Thương | Nguyễn Hồng Diên", not "Trường THPT Nguyễn Huệ"
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

    def name_tail(self, toks: list[str], end: int) -> int:
        """The end of a name after its last word group: its term ("Quốc hội khóa XV") or what
        leads to its acronym in brackets ("Bộ Quy tắc ứng xử ở Biển Đông (COC)")."""
        if toks[end : end + 1] == ["khóa"] and end + 1 < len(toks) and _NUMBERISH.match(toks[end + 1]):
            return end + 2
        k = end
        while k < min(len(toks), end + 8):
            tok = toks[k]
            if tok == "(":
                close = toks[k + 2] if k + 2 < len(toks) else ""
                return k if k > end and close == ")" and _ACRONYM.match(toks[k + 1]) else end
            if not (_word(tok) or tok.startswith("\x00")) or kinds.kind_of_head(toks[k : k + 4]):
                return end
            verb = tok in lists.VERBS and not self.pairs[f"{toks[k - 1]} {tok}"]  # not "ứng xử"
            if tok.islower() and ((tok in lists.STOP and tok not in lists.TO_BRACKET) or verb):
                return end
            k += 1
        return end

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
                if found is None and head[0] != "place":
                    bare = i + len(head[1].split())  # "Bộ Quy tắc ứng xử … (COC)": lower-case to its acronym
                    found = (tail, None, None) if (tail := self.name_tail(toks, bare)) > bare else None
                if found is not None:
                    end, country, parent = found
                    if head[0] != "place":
                        end = self.name_tail(toks, end)
                    words = toks[i:end]
                    if len(words) > len(head[1].split()) or country:
                        text = join(words, self.text.surface)
                        out.append(self.classify_head(text, head[0], head[1], toks, end, country))
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
                    or run[0].lower() in lists.PRODUCTS
                    or run[0] == "-"
                )
                and not (
                    len(run) > 1 and gazetteer.place(" ".join(run[:2]) if len(run) == 2 else " ".join(run))
                )
                and not (lead and kinds.kind_of_head(toks[j - len(run) : j - len(run) + 4]))
            ):  # "Theo | Tổng cục Thống kê": a head after a leader starts a name
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
                and (nxt not in lists.STOP or run[-1].lower() in lists.STOP)  # not "Bùi Văn | Lượng và"
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
            if len(run) > 2 and _ACRONYM.match(run[0]) and kinds.is_vietnamese_person(run[1:]):
                out.append(Span(run[0], "organization", 0.28, "acronym"))  # "Giám đốc ACV | Vũ Thế Phiệt"
                run, start, lead = run[1:], start + 1, ["Ông"]
            cut = next((c for c in range(2, len(run) - 2) if kinds.is_vietnamese_person(run[c:])), 0)
            if cut and self.titled(toks, i):  # "Chủ tịch UBND xã Nậm Pồ | Lò Văn Mừng"
                first = self.classify_run(run[:cut], toks, start, lead)
                out.extend([first] if first is not None else [])
                run, start, lead = run[cut:], start + cut, ["Ông"]
            if run and kinds.kind_of_head(toks[start : start + 4]) is not None and start > i:
                i = start  # a head inside the run ("Ông … Bộ …"): scan from there
                continue
            if run:
                span = self.classify_run(run, toks, start, lead)
                if span is not None:
                    out.append(span)
            i = max(j, i + 1)
        return out
