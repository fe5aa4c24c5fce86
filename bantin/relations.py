"""Which articles are related, and which entities are named together.

"Related" means sharing the most entities, then the most recent. Candidates come only from
each shared entity's neighbours in time, so the cost stays linear in the number of articles.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict

from .article import Article
from .content import Site
from .entities import Entity

#: Articles taken on each side of an article in one entity's timeline.
NEIGHBOURS = 12


def all_entity_ids(article: Article) -> list[str]:
    return list(dict.fromkeys([*article.organizations, *article.people, *article.events, *article.places]))


class Relations:
    """Related articles and co-named entities, computed once for the whole site."""

    def __init__(self, site: Site) -> None:
        self._site = site
        self._position: dict[str, dict[str, int]] = {}  # entity id → article src_uri → index in about()
        for entity in site.registry:
            self._position[entity.id] = {a.src_uri: i for i, a in enumerate(site.about(entity.id))}

    def related(self, article: Article, limit: int = 5) -> list[Article]:
        """Up to `limit` articles sharing the most entities with `article`, newest first."""
        scores: dict[str, int] = defaultdict(int)
        by_uri: dict[str, Article] = {}
        for entity_id in all_entity_ids(article):
            timeline = self._site.about(entity_id)
            here = self._position.get(entity_id, {}).get(article.src_uri)
            if here is None:
                continue
            for other in timeline[max(0, here - NEIGHBOURS) : here + NEIGHBOURS + 1]:
                if other.src_uri != article.src_uri:
                    scores[other.src_uri] += 1
                    by_uri[other.src_uri] = other

        def rank(uri: str) -> tuple[int, int, str]:
            return (-scores[uri], -by_uri[uri].date.toordinal(), uri)

        ranked = heapq.nsmallest(limit, scores, key=rank)  # as sorted()[:limit], without the sort
        return [by_uri[uri] for uri in ranked]

    def named_with(self, entity: Entity, limit: int = 8) -> list[tuple[Entity, int]]:
        """Entities most often named in the same articles as `entity`, with their counts."""
        counts: Counter[str] = Counter()
        for article in self._site.about(entity.id):
            counts.update(i for i in all_entity_ids(article) if i != entity.id)
        found = [(e, n) for i, n in counts.items() if (e := self._site.registry.get(i))]
        return sorted(found, key=lambda pair: (-pair[1], pair[0].sort_key))[:limit]
