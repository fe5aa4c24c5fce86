"""The site's name printed again after the story, opening its footer of contacts.

A page prints its publisher's name over its menu (the masthead) and again in its footer, with the
address, phone and e-mail after it (`… Trung tâm Dự báo Khí tượng Thủy văn quốc gia. Địa chỉ: Số 8
… Điện thoại: … Email: …`). Those fields read as a story's own contacts (`story_contacts` keeps a run
of them that only a counter or a share bar follows), and a scrape on one line glues the name to the
page's last links (`Ảnh mây vệ tinh Bản đồ đường đi của bão Trung tâm …`), which then read as a
sentence. What tells the footer: the unit closes on four words or more that the page printed before
the story (its masthead), nothing but contact fields and the site's chrome follows it to the page's
end, and what stands before the name in the unit is no sentence's start but labels run together (a
word in capitals after one in lower case with no stop, `vệ tinh Bản đồ`) or nothing. A story's
closing sentence naming the same body (`Thông tin do Trung tâm … cung cấp.`) has no such run, and
an appeal pointing to the paper (`Mọi sự giúp đỡ xin gửi về:`, then its name and address) keeps it.
"""

from __future__ import annotations

from .banner_links import joints
from .furniture import key
from .story_contacts import contact_field

__all__ = ["REASON", "masthead_footer"]

REASON = "the site's name over its footer of contacts, as its masthead printed it before the story"

_NAME_WORDS = 4  # words of the site's name the masthead and the footer share, at least


def masthead_footer(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with the footer the masthead's name opens (see the module's docstring) as chrome."""
    first = next((i for i, (kind, _) in enumerate(kinds) if kind == "prose"), len(kinds))
    masthead = key(" ".join(texts[:first]))
    if len(masthead) < 15:
        return kinds
    for i in range(first + 1, len(texts)):
        rest = range(i + 1, len(texts))
        fields = [j for j in rest if contact_field(texts[j])]
        if not fields or any(kinds[j][0] != "chrome" and j not in fields for j in rest):
            continue
        before = _before_name(texts[i], masthead)
        if before is None or (before and joints(before) < 1) or texts[i - 1].rstrip().endswith(":"):
            continue  # … or the name a story's appeal points to (`Mọi sự giúp đỡ xin gửi về:` | `Báo X`)
        out = list(kinds)
        for j in (i, *fields):
            out[j] = ("chrome", REASON)
        return out
    return kinds


def _before_name(text: str, masthead: str) -> str | None:
    """What of `text` stands before the name of `_NAME_WORDS` words or more closing it that `masthead`
    holds, or None when no such name closes it."""
    words = text.rstrip(" .").split()
    found = None
    for n in range(_NAME_WORDS, len(words) + 1):
        name = key(" ".join(words[-n:]))
        if name not in masthead:
            break
        found = n
    return None if found is None else " ".join(words[: len(words) - found])
