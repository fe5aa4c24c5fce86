"""The words of some texts, folded and indexed, to find a run of a slug's words as printed (`titles`
completes a cut headline from its link with them, `repetition` finds other pages' headlines): the
longest run, where it follows the title's last word if it does anywhere; of runs as long, the form a
sentence prints inside it before the capital a sentence's start gives it (`năm 2024` of `… THPT năm
2024`, not the lead's `Năm 2024, Trường …`), or the form printed most."""

from __future__ import annotations

import re
from collections import Counter

from ..core.text import fold

__all__ = ["TOKEN", "Words", "fold_token"]

# A word, or a figure with its separators (`1,2`, `3.400`), which a slug writes as digits alone (`12`).
TOKEN = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+")


def fold_token(token: str) -> str:
    return re.sub(r"(?<=\d)[.,](?=\d)", "", fold(token))


class Words:
    """The words of some texts, folded and indexed, to find a run of slug words as printed.

    `only`: the folded words worth indexing (the slugs' words), so the pages of a whole import and
    the raw pages kept cost little; `by_count`: of equally good runs, the form printed most, else
    the first printed."""

    def __init__(self, texts: list[str], by_count: bool = False, only: frozenset[str] | None = None) -> None:
        self.by_count = by_count
        self.texts = [t for t in texts if t]
        # Per text: position of each word kept → (start, end, folded); and folded → where it stands.
        self.tokens: list[dict[int, tuple[int, int, str]]] = []
        self.index: dict[str, list[tuple[int, int]]] = {}
        for number, text in enumerate(self.texts):
            tokens: dict[int, tuple[int, int, str]] = {}
            for position, match in enumerate(TOKEN.finditer(text)):
                folded = fold_token(match.group(0))
                if only is None or folded in only:
                    tokens[position] = (match.start(), match.end(), folded)
                    self.index.setdefault(folded, []).append((number, position))
            self.tokens.append(tokens)

    def longest(self, wanted: list[str], anchor: str | None) -> tuple[int, str, str | None] | None:
        """(words matched, the text printed for them, the separator after `anchor` if it stood
        before): the longest run, where it follows `anchor` if it does anywhere."""
        runs: list[
            tuple[int, bool, str, str | None, bool]
        ] = []  # (length, anchored, span, separator, opening)
        for number, start in self.index.get(wanted[0], ()):
            text, tokens = self.texts[number], self.tokens[number]
            length = 1
            while length < len(wanted) and tokens.get(start + length, (0, 0, ""))[2] == wanted[length]:
                length += 1
            first, last = tokens[start], tokens[start + length - 1]
            span = text[first[0] : last[1]] + _closer(text, last[1])
            separator = None
            before = tokens.get(start - 1)
            if anchor and before is not None and before[2] == anchor:
                between = text[before[1] : first[0]]
                separator = re.sub(r"[“”‘’\"'«»]", "", between)
                if len(between) > 4 or "." in between:
                    separator = None
                elif not separator.strip():
                    separator = " "
            runs.append((length, separator is not None, span, separator, _opens(text[: first[0]])))
        if not runs:
            return None
        best = max(r[:2] for r in runs)
        chosen = [r for r in runs if r[:2] == best]
        if not self.by_count:  # the form a sentence prints inside it, not the capital its start gives it
            inside = {r[2] for r in chosen if not r[4]}
            length, _, span, separator, _ = min(chosen, key=lambda r: r[4] and _lower_first(r[2]) in inside)
            return length, span, separator
        form = Counter(_lower_first(r[2]) for r in chosen).most_common(1)[0][0]
        length, _, span, separator, _ = min(chosen, key=lambda r: (_lower_first(r[2]) != form, r[2] != form))
        return length, span, separator


def _opens(before: str) -> bool:
    return not before.strip() or before.rstrip()[-1] in '.!?…:"“'  # a sentence's first word


def _lower_first(span: str) -> str:
    """How often a form is printed is counted without the capital a sentence's start gives it."""
    return span[:1].lower() + span[1:]


def _closer(text: str, end: int) -> str:
    """A closing quote printed right after the last word (`biển lớn”`) goes with it."""
    after = text[end : end + 1]
    return after if after in "”’»" else ""
