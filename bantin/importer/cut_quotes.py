"""Headlines cut inside a quote (`Nông dân: "Cây sâm là cây làm giàu của...`): the rest of the quote
from the story, up to where the story closes it.

A search engine cuts a long headline at a length, often inside a quote its headline opens. Sites
that quote someone in the headline print the quote in the story too, between the same marks; where
the story prints the title's quoted words after an opening mark and goes on to a closing one in a
few words, that closing mark is where the headline's quote ends, so the rest is taken up to it. A
quote the story never closes, or closes in more than one way, or only past a sentence's end, is no
evidence: the title then stays cut for the editor."""

from __future__ import annotations

import re

# An opening mark → the marks that may close it in the story (a page may print `"` where the
# headline had `“`).
_PAIRS = {"“": '”"', '"': '"”', "‘": "’'", "'": "'’"}
_OPENING = "\"“‘'"
_LONGEST_REST = 12  # words: a quote going on longer is the story's, not the headline's
_FEWEST_QUOTED = 3  # words the title's quote must have for its start to be found safely


def open_quote(stem: str) -> tuple[str, str] | None:
    """The mark of a quote `stem` opens and does not close, and the words quoted after it."""
    for opener, closers in _PAIRS.items():
        at = stem.rfind(opener)
        if at < 0 or not (at == 0 or stem[at - 1] in " :("):
            continue
        closer = closers[0]
        opened = stem.count(opener) - (stem.count(closer) if closer != opener else 0)
        if (closer == opener and stem.count(opener) % 2 == 1) or (closer != opener and opened > 0):
            return opener, stem[at + 1 :]
    return None


def from_quote(stem: str, texts: list[str]) -> str | None:
    """`stem` (a title cut inside a quote, without its `…`) completed up to the mark that closes the
    quote in `texts`, when the texts close it one way only, within a sentence and a few words."""
    opened = open_quote(stem)
    if opened is None:
        return None
    opener, quoted = opened
    words = quoted.split()
    if len(words) < _FEWEST_QUOTED:
        return None
    found = re.compile(
        f"[{_OPENING}]"
        + r"\s+".join(map(re.escape, words))
        + rf"((?:\s+[^\s{_OPENING}”’.!?]+){{1,{_LONGEST_REST}}}?)[,.!?]?[{re.escape(_PAIRS[opener])}]",
        re.IGNORECASE,
    )
    rests = {" ".join(m.group(1).split()).rstrip(",;:") for text in texts for m in found.finditer(text or "")}
    if len(rests) != 1:
        return None
    return f"{stem} {rests.pop()}{_PAIRS[opener][0]}"
