"""A header naming the stories it lists by their section (`Tin doanh nghiệp khác`, `Tin du lịch khác`,
`Thông báo đấu giá khác`, `Tin buồn khác`, `Cáo phó khác`): a noun for the items (a list noun of
`vocabulary`, or a notice's: `thông báo`, `cáo phó`), one or two words of the section, then what ties
them to the page (`khác`, `liên quan`), a capital after it (the first headline). `list_headers` pairs
only a noun with its tie (`Tin khác`); a site's section list names its section between them, and no
sentence of a story opens with such a noun, a section and `khác` and then a name."""

from __future__ import annotations

import re

from bantin.core.text import CAPITALS, SMALL_LETTERS

from .vocabulary import LIST_NOUNS

__all__ = ["opens_section_list", "section_header"]

# The items a notices' page lists beside one (`Thông báo khác`, `Cáo phó khác`), with the stories'.
_NOUNS = (*LIST_NOUNS, "thông báo", "cáo phó")
_TIES = ("khác", "liên quan", "cùng chuyên mục", "mới nhất")
_WORD = rf"[{SMALL_LETTERS}]+"
_HEADER = (
    r"(?:"
    + "|".join(re.escape(n[0].upper() + n[1:]) for n in sorted(_NOUNS, key=len, reverse=True))
    + rf")(?:\s+{_WORD}){{0,2}}\s+(?:{'|'.join(_TIES)})\s*:?"
)
_SECTION_LIST = re.compile(rf"^{_HEADER}\s+(?=[{CAPITALS}])")
_ALONE = re.compile(rf"^{_HEADER}$")


def opens_section_list(text: str) -> bool:
    """`text` opens with the header of a list of a section's other stories, a headline after it."""
    return _SECTION_LIST.match(text) is not None


def section_header(text: str) -> bool:
    """`text` is the header of a list of a section's other stories alone (`Tin du lịch khác`)."""
    return _ALONE.match(text.strip()) is not None
