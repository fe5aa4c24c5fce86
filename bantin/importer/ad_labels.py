"""An ad's lone label glued after the story's last line: `… của hội. [qd] Quảng cáo`, `… dè dặt hơn.
gt/dpa, Reuters Quảng cáo`. An overseas paper prints `Quảng cáo` in title case over the ad slot under
the story, and a flat text runs it onto the last sentence or onto the wire's credit closing it, where
`furniture.AD_SLOT` (the label in capitals, `QUẢNG CÁO`) does not see it. In title case the words are
a sentence's too (`Quảng cáo trên mạng xã hội …`, `Hiệp hội Quảng cáo`), so the label is cut off only
before the paragraph's end or a capital (the next unit's), and only after a sentence's stop (`.`, `?`,
an editor's `[qd]`, a closing quote) or after a credit of four words at most that follows one
(`gt/dpa, Reuters`): a story's sentence ends with its stop, never with the label. A mobile page's
sticky ad runs its label into the next sentence (`… tháng tới. Quảng cáo Một số hộ dân …`): the label
ends where a function word in a capital opens that sentence (`Một`, `Các`, `Theo`), never before a
name (`Quảng cáo Google được …` stays whole). In square brackets (`[Quảng cáo]`, `[QC]`) the label is
no sentence's wherever it stands, glued to the words on both sides too (`… Ảnh: BVCC[Quảng cáo]Bác sĩ …`,
a body whose paragraphs the scrape ran together)."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS
from .furniture import stopwords

# The label closing the paragraph, with what stands before it since the last sentence's stop.
_STOP = r"[.!?…\]\)\"”’]"
_LABEL = re.compile(
    rf"(?P<stop>{_STOP})(?P<credit>(?:(?!{_STOP}).)*?)\s+"
    rf"(?P<label>Quảng cáo|Advertisement)(?=\s+[{CAPITALS}]|\s*$)"
)
# A word of a credit: a name's, an agency's (`Reuters`, `AFP`), a desk's initials with the wire's (`gt/dpa`).
_CREDIT_WORD = re.compile(rf"[{CAPITALS}][^\s]*|[^\s]*/[^\s]*")
_CREDIT_WORDS = 4


# … or between a line with no stop (a list's item) and a sentence a function word opens in its capital:
# after two words in small letters the label is no name's part (`Hiệp hội Quảng cáo`), and a sentence goes on
# in small letters (`… tin quốc tế Quảng cáo Ông Minh cho biết …`).
_SMALL_WORD = rf"[{SMALL_LETTERS}\d]\S*"
_BETWEEN = re.compile(
    rf"(?<!\S){_SMALL_WORD}\s+{_SMALL_WORD}\s+(?P<label>Quảng cáo)\s+(?P<next>[{CAPITALS}]\w*)"
)


# … or in square brackets, anywhere.
_BRACKETED = re.compile(r"\[\s*(?:Quảng cáo|QUẢNG CÁO|QC|Advertisement|ADVERTISEMENT)\s*\]")


def bracketed_ad_label(text: str) -> bool:
    """`text` is an ad's label in square brackets and nothing else (`[Quảng cáo]`, `[QC]`)."""
    return _BRACKETED.fullmatch(text.strip()) is not None


def space_ad_labels(text: str) -> str:
    """`text` with a space on each side of an ad's label in square brackets glued to the words around it
    (`… Ảnh: BVCC[Quảng cáo]Bác sĩ …`), so that no photo's credit nor sentence takes it in."""
    return _BRACKETED.sub(lambda found: f" {found.group(0)} ", text) if "[" in text else text


def ad_label_cuts(text: str) -> set[int]:
    """Where an ad's lone label closing a piece of `text` starts, once it follows a sentence's stop or a
    short credit after one, and where a label in square brackets starts and ends; nothing otherwise."""
    cuts = {i for found in _BRACKETED.finditer(text) for i in found.span()}
    for found in _LABEL.finditer(text):
        credit = found.group("credit").replace(",", " ").split()
        if len(credit) <= _CREDIT_WORDS and all(_CREDIT_WORD.fullmatch(word) for word in credit):
            cuts.add(found.start("label"))
            after = text[found.end("label") :].split()[:1]
            if after and after[0].casefold() in stopwords():  # `Quảng cáo Một số hộ dân …`: a sentence
                cuts.add(found.end("label"))  # opens in its capital after the label, not a name (`Google`)
    for found in _BETWEEN.finditer(text):
        if found.group("next").casefold() in stopwords():
            cuts.update(found.span("label"))
    return cuts
