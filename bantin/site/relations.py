"""Which articles are related, and which entities are named together.

"Related" means sharing the most entities, then the most recent. Candidates come only from
each shared entity's neighbours in time, so the cost stays linear in the number of articles.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..core.article import Article
from ..entities import Entity
from .content import Site

#: Articles taken on each side of an article in one entity's timeline.
NEIGHBOURS = 12


def all_entity_ids(article: Article) -> list[str]:
    return list(dict.fromkeys([*article.organizations, *article.people, *article.events, *article.places]))


class Relations:
    """Related articles and co-named entities, computed once for the whole site."""

    def __init__(self, site: Site) -> None:
        self._site = site
        articles = site.articles
        self._number = {a.src_uri: i for i, a in enumerate(articles)}

        # Ties between equally related articles: newest first, then by path.
        def newest_first(i: int) -> tuple[int, str]:
            return (-articles[i].date.toordinal(), articles[i].src_uri)

        order = sorted(range(len(articles)), key=newest_first)
        self._rank = [0] * len(articles)
        for rank, number in enumerate(order):
            self._rank[number] = rank
        self._timeline: dict[str, list[int]] = {}  # entity id → its articles' numbers, newest first
        self._position: dict[str, dict[int, int]] = {}  # entity id → article number → index there
        for entity in site.registry:
            timeline = [self._number[a.src_uri] for a in site.about(entity.id)]
            self._timeline[entity.id] = timeline
            self._position[entity.id] = {number: i for i, number in enumerate(timeline)}

    def related(self, article: Article, limit: int = 5) -> list[Article]:
        """Up to `limit` articles sharing the most entities with `article`, newest first."""
        me = self._number.get(article.src_uri)
        if me is None:
            return []
        shared: Counter[int] = Counter()
        for entity_id in all_entity_ids(article):
            here = self._position.get(entity_id, {}).get(me)
            if here is not None:
                shared.update(self._timeline[entity_id][max(0, here - NEIGHBOURS) : here + NEIGHBOURS + 1])
        del shared[me]
        by_count: dict[int, list[int]] = defaultdict(list)
        for number, count in shared.items():
            by_count[count].append(number)
        chosen: list[int] = []
        for count in sorted(by_count, reverse=True):  # the most shared first, few of those
            chosen += sorted(by_count[count], key=self._rank.__getitem__)[: limit - len(chosen)]
            if len(chosen) == limit:
                break
        return [self._site.articles[number] for number in chosen]

    def named_with(self, entity: Entity, limit: int = 8) -> list[tuple[Entity, int]]:
        """Entities most often named in the same articles as `entity`, with their counts."""
        counts: Counter[str] = Counter()
        for article in self._site.about(entity.id):
            counts.update(i for i in all_entity_ids(article) if i != entity.id)
        found = [(e, n) for i, n in counts.items() if (e := self._site.registry.get(i))]
        return sorted(found, key=lambda pair: (-pair[1], pair[0].sort_key))[:limit]
