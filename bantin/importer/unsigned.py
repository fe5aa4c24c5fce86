"""Credits no writer signs. A writer's role in brackets with nobody's name (`(Tổng hợp)`, `(T/h)`,
`(Sưu tầm)` alone on a line or as a unit of a flat body): a newsroom marks so a piece compiled from
others' when no one signs it; the mark names no one, no author and no source, so it is the page's
label, not the story's words, and it goes (the same role after a name, `Minh An (T/h)`, is a byline
and stays). And a credit naming only the story's source (`Theo Bóng Đá`, `Nguồn: VTV`, `Theo Reuters,
Sputnik`): it stays with the story and says its publisher, and the byline above it still signs the
story off (`signed`), while a box's label run into it starts the page's lines (`edges`)."""

from __future__ import annotations

import re

from .bylines import ROLE_WORDS, parse_byline

_ROLE_ALONE = re.compile(r"\(\s*(?:" + "|".join(map(re.escape, ROLE_WORDS)) + r")\s*\)\.?", re.IGNORECASE)

REASON = "a writer's role with no writer's name (`(Tổng hợp)`)"


def unsigned_role(text: str) -> bool:
    """`text` is only a writer's role in brackets (`(Tổng hợp)`, `(T/h)`), with nobody's name."""
    return _ROLE_ALONE.fullmatch(text.strip()) is not None


def source_credit(text: str) -> bool:
    """`text` credits the story's source and no writer (`Theo Đời sống Plus`, `Nguồn: TTXVN`)."""
    byline = parse_byline(text.strip())
    return byline is not None and byline.source is not None and byline.author is None
