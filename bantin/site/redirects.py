"""Old addresses that send readers on: an article's `aliases`, an entity's `aliases_ids`.

Each old path gets a small page in both languages (meta refresh, canonical link, `noindex`, a
visible link) pointing at the page as it is now. A redirect may never replace a real page: that
is an error naming both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from ..core.errors import ContentError, ContentErrors
from .content import Site
from .labels import LANGS
from .routes import PageKind, RedirectValues, Route
from .urls import article_url, entity_url, kind_url, other, prefix


def redirect_routes(
    site: Site, pages: Sequence[Route], name_of: Callable[[str], str], registry_name: str
) -> list[Route]:
    """The redirect pages of the site's old addresses; raises ContentErrors for a redirect that
    would take the place of a page or of another redirect. `name_of(src_uri)` names a content
    file for the user, `registry_name` the registry; `pages` are the site's real pages."""
    real = {route.url: route for route in pages}
    made: dict[str, tuple[str, Route]] = {}  # url → (who asked for it, route)
    errors: list[ContentError] = []
    for who, line, old, old_in, target, title in _old_addresses(site, name_of, registry_name):
        for lang in LANGS:
            url = old_in(lang)
            route = Route(
                url=url, lang=lang, kind=PageKind.REDIRECT, title=title(lang),
                counterpart=old_in(other(lang)), values=RedirectValues(target(lang)),
            )  # fmt: skip
            taken = real.get(url)
            if taken is not None:
                clash = f"redirect '{old}' would overwrite {_describe(taken, name_of)}"
                errors.append(ContentError(who, clash, line))
                break
            if url in made:
                errors.append(
                    ContentError(who, f"redirect '{old}' is also asked for by {made[url][0]}", line)
                )
                break
            made[url] = (who, route)
    if errors:
        raise ContentErrors(errors)
    return [route for _, route in made.values()]


def _describe(route: Route, name_of: Callable[[str], str]) -> str:
    if route.kind is PageKind.ARTICLE and route.source:
        return f"the page of {name_of(route.source)} (/{route.url})"
    article = route.context.get("article")
    if route.kind is PageKind.ARTICLE and article is not None:
        return f"the English page of {name_of(article.src_uri)} (/{route.url})"
    return f"the page /{route.url}"


ByLang = Callable[[str], str]
Redirect = tuple[str, int | None, str, ByLang, ByLang, ByLang]


def _old_addresses(site: Site, name_of: Callable[[str], str], registry_name: str) -> Iterator[Redirect]:
    """(who asked, line, old path as written, then by language: old path, target URL, title)."""
    for article in site.articles:
        line = article.key_lines.get("aliases")
        for old in article.aliases:
            yield (
                name_of(article.src_uri), line, old,
                lambda lang, old=old: prefix(lang) + old,
                lambda lang, a=article: article_url(a, lang),
                lambda lang, a=article: (a.title_en or a.title) if lang == "en" else a.title,
            )  # fmt: skip
    for entity in site.registry:
        if not entity.aliases_ids or not site.about(entity.id):
            continue  # an entity no article names has no page to send readers to
        for old_id in entity.aliases_ids:
            yield (
                registry_name, None, f"{kind_url(entity.kind, 'vi')}{old_id}/",
                lambda lang, e=entity, old_id=old_id: f"{kind_url(e.kind, lang)}{old_id}/",
                lambda lang, e=entity: entity_url(e, lang),
                lambda lang, e=entity: e.name_in(lang),
            )  # fmt: skip
