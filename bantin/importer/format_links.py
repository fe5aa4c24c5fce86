"""A link to another story in another format, its format in brackets before its headline (`[Infographic]
Giá vàng biến động thế nào trong 9 tháng qua?`, `[Video] …`, `[Emagazine] …`), set between two of the
story's paragraphs; the search-engine scrape runs it on from the sentence before (`… 0,25 điểm phần trăm.
[Infographic] Giá vàng …?`), so that it would stay with that sentence. No story's sentence opens with its
format in brackets: the label and the headline after it are cut off as the link's, up to the headline's
question mark or the next sentence's start (`linked_headlines.headline_end`); where no end is sure, the
unit is left whole (the title of the page, which may open so, is no unit of the body)."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from .furniture import LINKED_HEADLINE, Unit
from .linked_headlines import headline_end

__all__ = ["format_link_apart"]

# A format's label in brackets, a headline in a capital after it.
_LABEL = re.compile(
    r"(?:^|(?<=\s))\[(?:Infographics?|INFOGRAPHICS?|Video|VIDEO|Clip|CLIP|Photo|PHOTO|Ảnh|ẢNH|E-?[Mm]agazine|"
    r"EMAGAZINE|Longform|LONGFORM|Podcast|PODCAST|Megastory|MEGASTORY|Interactive|Multimedia|Audio)\]"
    r"\s*(?=[^\W\d_])"
)


def format_link_apart(units: list[Unit]) -> list[Unit]:
    """`units` with each link under its format's label cut off the sentences around it, as chrome."""
    out: list[Unit] = []
    for i, unit in enumerate(units):
        found = _LABEL.search(unit.text)
        before = unit.text[: found.start()].strip() if found else ""
        if not (found and unit.keep and (not before or ends_sentence(before))):
            out.append(unit)
            continue
        rest = unit.text[found.end() :]
        words = rest.split()
        asked = next((k + 1 for k, word in enumerate(words[:30]) if word.endswith("?")), None)
        end = asked if asked is not None else headline_end(words, units, i)
        if end is None and ends_sentence(rest):
            out.append(unit)  # a sentence after the label, no headline's end: left whole
            continue
        end = len(words) if end is None else end
        link = unit.text[found.start() : found.end()] + " ".join(words[:end])
        after = " ".join(words[end:])
        out += [Unit(unit.block, before)] if before else []
        out.append(Unit(unit.block, link, True, LINKED_HEADLINE))
        out += [Unit(unit.block, after)] if after else []
    return out
