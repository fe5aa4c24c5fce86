"""A section's name run into the lead under the page's header: a portal's breadcrumb of one section
(`Tin hoạt động Thời hạn quyết toán thuế …`) printed between the menu, cut off already, and the
story's first sentence. What tells it: the words before the lead are only the names of sections a
site's menu or a title's suffix gives (`suffixes.names_section`), the lead after them opens in a capital
and goes on in small letters (no name the section's words begin: `Du lịch Hội An …`, `Giáo dục Việt Nam
…`) with a whole sentence of ten words or more, and a header was cut before them. A breadcrumb of items
between arrows or bars (`Kinh tế » Nông nghiệp - Thủy sản …`) goes on past the first section's name and
is the breadcrumbs' to judge. `page_header` cuts the crumb off the lead as the header's."""

from __future__ import annotations

from .furniture import signals
from .suffixes import names_section
from .whole_leads import whole_lead

__all__ = ["peel_section_crumb"]

_MOST_WORDS = 4  # `Tin hoạt động`, `Thời sự Xã hội`: a crumb of a section or two
_SEPARATORS = frozenset("|»›>/")
_LEAD_WORDS = 10  # words of the whole sentence that says the lead has begun


def peel_section_crumb(text: str) -> tuple[str, str] | None:
    """(crumb, lead) when `text` opens with the names of sections before the lead, else None."""
    words = text.split()
    for n in range(min(_MOST_WORDS, len(words) - 3), 0, -1):
        crumb, rest = " ".join(words[:n]), " ".join(words[n:])
        if any(word in _SEPARATORS for word in words[: n + 1]):
            return None  # a breadcrumb's items between arrows or bars
        if not names_section(crumb):
            continue
        following = words[n : n + 3]
        if not following[0][:1].isupper() or any(word[:1].isupper() for word in following[1:]):
            return None  # the lead's subject in capitals may go on the section's words (`Du lịch Hội An`)
        found = signals(rest)
        if whole_lead(found, _LEAD_WORDS):
            return crumb, rest
        return None
    return None
