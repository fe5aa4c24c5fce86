"""schema.org JSON-LD for articles and entities, as plain dicts.

Templates serialize these with Jinja's `tojson`, which escapes `<`, `>` and `&`, so a title
containing `</script>` cannot close the script element.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..core.article import Article
from ..entities import Entity, Kind
from .content import Site
from .urls import article_url, entity_url, other

Absolute = Callable[[str], str | None]

SCHEMA_TYPES = {
    Kind.ORGANIZATION: "Organization",
    Kind.PERSON: "Person",
    Kind.EVENT: "Event",
    Kind.PLACE: "Place",
}


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values: schema.org validators prefer absent to empty."""
    return {k: v for k, v in data.items() if v not in (None, "", [], {})}


def _thing(entity: Entity, lang: str, absolute: Absolute) -> dict[str, Any]:
    return _clean(
        {
            "@type": SCHEMA_TYPES[entity.kind],
            "name": entity.name_in(lang),
            "url": absolute(entity_url(entity, lang)),
        }
    )


def news_article(
    article: Article,
    lang: str,
    site: Site,
    site_name: str,
    absolute: Absolute,
    things: dict[tuple[str, str], dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """NewsArticle for an article page (Vietnamese) or its English digest. `things`: the
    entities' own dicts by (id, language), made once for every article that names them (a
    build's: the registry does not change meanwhile, and JSON leaves them as they are)."""
    english = lang == "en"
    headline = (article.title_en or article.title) if english else article.title
    things = {} if things is None else things
    about = []
    for kind in Kind:
        for entity_id in article.entity_ids(kind):
            thing = things.get((entity_id, lang))
            if thing is None and (entity := site.registry.get(entity_id)):
                thing = things[(entity_id, lang)] = _thing(entity, lang, absolute)
            if thing is not None:
                about.append(thing)
    author = (
        {"@type": "Person", "name": article.author}
        if article.author
        else {"@type": "Organization", "name": article.source or site_name}
    )
    counterpart = absolute(article_url(article, other(lang)))
    return _clean(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": headline[:110],
            "name": headline,
            "description": (article.summary_en or "") if english else article.lead_text,
            "datePublished": (article.published or article.date).isoformat(),
            "dateModified": article.modified.isoformat() if article.modified else None,
            "correction": [
                {"@type": "CorrectionComment", "datePublished": c.date.isoformat(), "text": c.text_in(lang)}
                for c in sorted(article.corrections, key=lambda c: c.date)
            ],
            "inLanguage": lang,
            "url": absolute(article_url(article, lang)),
            "mainEntityOfPage": absolute(article_url(article, lang)),
            "author": author,
            "publisher": {"@type": "Organization", "name": site_name},
            "sourceOrganization": {"@type": "Organization", "name": article.source}
            if article.source
            else None,
            "isBasedOn": article.source_url,
            "about": about,
            "translationOfWork": {"@id": counterpart} if english and counterpart else None,
            "workTranslation": {"@id": counterpart} if not english and counterpart else None,
        }
    )


def entity_thing(entity: Entity, lang: str, site: Site, absolute: Absolute) -> dict[str, Any]:
    """Organization, Person, Event or Place for an entity page."""
    aliases = entity.aliases_en if lang == "en" else entity.aliases
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        **_thing(entity, lang, absolute),
        "alternateName": [entity.name_in(other(lang)), *aliases],
        "description": entity.description_in(lang),
    }
    if entity.wikidata:
        data["sameAs"] = f"https://www.wikidata.org/wiki/{entity.wikidata}"
    parent = site.registry.get(entity.parent or "")
    if parent is not None and site.about(parent.id) and entity.kind is Kind.ORGANIZATION:
        data["parentOrganization"] = _thing(parent, lang, absolute)
    if entity.kind is Kind.EVENT:
        data["startDate"] = entity.start
        data["endDate"] = entity.end
        country = site.registry.get(entity.country or "")
        if country is not None and site.about(country.id):
            data["location"] = _thing(country, lang, absolute)
    return _clean(data)
