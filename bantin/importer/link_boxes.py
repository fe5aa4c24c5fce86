"""A box of links a Markdown page prints inside or under the story: its label (`Tin liên quan`,
`Xem thêm:`, `ĐỌC THÊM`) is a short line of its own, no sentence, right over the list of links it
names; it goes with them, and what follows the box (the story's next subheading) is read for itself.
Asked by `scraped_markdown`, which knows a line of links by its markup."""

from __future__ import annotations

from ..core.sentences import ends_sentence
from .bylines import is_name, parse_byline

_LABEL_WORDS = 4  # `Tin cùng chuyên mục`; a story's line over a list is longer or ends its sentence


def box_label(lines: list[str], after: str | None) -> bool:
    """`lines` (a paragraph) are a box's label: a short line that is no sentence, right over a line
    of links (`after`, the kind of the next piece: `links`); not the byline over the tags (`Trần Hoàng`,
    `(TTXVN/Vietnam+)`)."""
    text = " ".join(lines)
    if after != "links" or not 0 < len(text.split()) <= _LABEL_WORDS or ends_sentence(text):
        return False
    byline = parse_byline(text)
    return not is_name(text) and not (byline is not None and (byline.author or byline.source))
