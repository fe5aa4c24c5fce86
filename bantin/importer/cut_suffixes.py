"""A site's suffix the scraper cut with the title (`… nhà ở xã hội giá phù hợp | Báo…`).

A scraper that cuts long titles at a length cuts the site's name after them too, so the suffix is
no longer the whole name `suffixes` knows, and the title looks cut though its headline is whole.
The suffix goes when two signals agree: the link's slug spells the words before the last ` | ` or
` - ` exactly, ending where they end (the headline is whole), and the words after it start the
name the page gives its site (`Báo` of `Báo Lao Động`). Either alone is not enough: a slug may stop
at a dash of the headline (`Bến Thành - Tham Lương`), and a headline's word may fold like a site's
(`Bảo` and `Báo`)."""

from __future__ import annotations

import re

from ..core.text import fold
from .titles import is_truncated

_CUT_SUFFIX = re.compile(r"^(?P<head>.+)\s+[-–—|]\s+(?P<tail>[^-–—|]+?)\s*(?:\.{3,}|…)\s*$")
_MOST_WORDS = 4  # a cut site's name, not a clause of the headline


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))


def without_cut_suffix(title: str, names: tuple[str | None, ...], slug: str) -> str | None:
    """`title` without the cut start of its site's name after its last separator, when the link's
    `slug` (its words run together) spells the rest whole and `names` (what the page calls its site)
    open with the cut words; else None."""
    found = _CUT_SUFFIX.match(title) if is_truncated(title) else None
    if not found or not slug or len(found["tail"].split()) > _MOST_WORDS:
        return None
    head, tail = found["head"].rstrip(), _letters(found["tail"])
    if len(tail) < 2 or _letters(head) != slug or len(head.split()) < 4:
        return None
    return head if any(name and _letters(name).startswith(tail) for name in names) else None
