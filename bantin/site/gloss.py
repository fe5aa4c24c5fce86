"""An English line for an article that has no English title, from its entities' English names.

English pages never show a Vietnamese headline as if it were English: an untranslated article
is listed under its Vietnamese headline (marked `lang="vi"` and labelled "In Vietnamese") with
this line, which says in English whom and what it is about: "Report on Vo Van Thuong, Bounthong
Chitmany; Communist Party of Vietnam". People first, then organizations, events and places;
names the registry has no English for are left out (they would be Vietnamese again).
"""

from __future__ import annotations

from ..core.article import Article
from ..entities import Kind, Registry

#: The order of the kinds in the line (who, then what, then where).
ORDER = (Kind.PERSON, Kind.ORGANIZATION, Kind.EVENT, Kind.PLACE)
#: At most this many names: the line stays one line.
MOST = 6


def english_gloss(article: Article, registry: Registry, pattern: str = "Report on {names}") -> str | None:
    """`pattern` with the English names of the article's entities, kinds apart by "; "; None
    when none has an English name."""
    groups: list[list[str]] = []
    left = MOST
    for kind in ORDER:
        names = [e.name_en for i in article.entity_ids(kind) if (e := registry.get(i)) and e.name_en]
        names = list(dict.fromkeys(names))[:left]
        if names:
            groups.append(names)
            left -= len(names)
        if left <= 0:
            break
    if not groups:
        return None
    return pattern.format(names="; ".join(", ".join(group) for group in groups))
