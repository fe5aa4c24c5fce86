"""An aggregator's label of the section it filed a reposted story under, on its own line right under the
paper's stamp (`Hội Nông dân tỉnh Thanh Hóa 16:05 06/12/2026` | `Nông nghiệp` | the lead): a word or
three in title case, no figure, no mark, no writer's name. The stamp is the aggregator's furniture
(`paper_stamps`), and what it prints between the stamp and the lead is too, whatever desk it names
(`Kinh tế`, `Nông nghiệp`, `Biển đảo`); a writer's name there (`Xuân Hòa`) is a byline, and stays."""

from __future__ import annotations

import re

from .bylines import parse_byline
from .paper_stamps import paper_stamp
from .parsed import Block

__all__ = ["drop_stamped_section"]

_LABEL = re.compile(r"[^\W\d_][^\W\d_]*(?: [^\W\d_]+){0,2}")  # one to three words, letters only
_LEAD_WORDS = 8  # the lead under it: a sentence, not a second label


def drop_stamped_section(blocks: list[Block], taken: list[Block]) -> list[Block]:
    """`blocks` without the label right under a reposted paper's stamp that opened the page (`taken`:
    the blocks as they were before the page's date lines were taken off them)."""
    if not taken or not blocks or taken[0].kind != "paragraph":
        return blocks
    stamped = paper_stamp(taken[0].text)
    if stamped is None or stamped[2] or len(blocks) < 2 or blocks[0].kind != "paragraph":
        return blocks
    label, lead = blocks[0].text.strip(), blocks[1].text
    byline = parse_byline(label)
    if not _LABEL.fullmatch(label) or not label[:1].isupper() or (byline is not None and byline.author):
        return blocks
    return blocks[1:] if len(lead.split()) >= _LEAD_WORDS else blocks
