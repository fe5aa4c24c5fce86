"""The URL scheme: Vietnamese at the root, English under `en/`, the same shape in both.

Every function returns a URL relative to the site root, ending in `/` for pages; templates pass
it through MkDocs' `url` filter so links stay relative and work under any sub-path.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urljoin

from ..core.article import Article
from ..entities import Entity, Kind

#: URL segment of each kind's pages, per language.
KIND_SEGMENTS: dict[Kind, dict[str, str]] = {
    Kind.ORGANIZATION: {"vi": "to-chuc", "en": "organizations"},
    Kind.PERSON: {"vi": "nhan-vat", "en": "people"},
    Kind.EVENT: {"vi": "su-kien", "en": "events"},
    Kind.PLACE: {"vi": "dia-danh", "en": "places"},
}
ARCHIVE_SEGMENT = {"vi": "luu-tru", "en": "archive"}
SEARCH_SEGMENT = {"vi": "tim-kiem", "en": "search"}
CORRECTIONS_SEGMENT = {"vi": "dinh-chinh", "en": "corrections"}
DIGEST_SEGMENT = {"vi": "ban-tin", "en": "digest"}


def join_url(site_url: str, url: str) -> str:
    """`url` (relative to the site root) under `site_url`: `urljoin`, short-cut for our own URLs.

    A sitemap at 10,000 articles joins ~90,000 URLs; ours are plain paths, so a concatenation
    gives what `urljoin` would.
    """
    if site_url.endswith("/") and not url.startswith(("/", ".", "?", "#")) and ":" not in url:
        return site_url + url
    return urljoin(site_url, url)


def other(lang: str) -> str:
    return "en" if lang == "vi" else "vi"


def prefix(lang: str) -> str:
    return "" if lang == "vi" else "en/"


def paged(url: str, number: int) -> str:
    """Page `number` of a listing whose first page is at `url`."""
    return url if number == 1 else f"{url}page/{number}/"


def home_url(lang: str, number: int = 1) -> str:
    return paged(prefix(lang), number)


def article_url(article: Article, lang: str) -> str:
    day = article.date  # not strftime: thousands of links per listing page add up
    return f"{prefix(lang)}{day.year:04d}/{day.month:02d}/{article.effective_slug}/"


def kind_url(kind: Kind, lang: str) -> str:
    return f"{prefix(lang)}{KIND_SEGMENTS[kind][lang]}/"


def entity_url(entity: Entity, lang: str, number: int = 1) -> str:
    return paged(f"{kind_url(entity.kind, lang)}{entity.id}/", number)


def archive_url(lang: str) -> str:
    return f"{prefix(lang)}{ARCHIVE_SEGMENT[lang]}/"


def year_url(year: int, lang: str, number: int = 1) -> str:
    return paged(f"{prefix(lang)}{year:04d}/", number)


def month_url(year: int, month: int, lang: str, number: int = 1) -> str:
    return paged(f"{prefix(lang)}{year:04d}/{month:02d}/", number)


def search_url(lang: str) -> str:
    return f"{prefix(lang)}{SEARCH_SEGMENT[lang]}/"


def corrections_url(lang: str) -> str:
    return f"{prefix(lang)}{CORRECTIONS_SEGMENT[lang]}/"


def digest_url(lang: str, number: int = 1) -> str:
    """The index of the daily digest editions."""
    return paged(f"{prefix(lang)}{DIGEST_SEGMENT[lang]}/", number)


def edition_url(day: dt.date, lang: str) -> str:
    """The daily digest of one day: `ban-tin/2021-10-15/`."""
    return f"{digest_url(lang)}{day.year:04d}-{day.month:02d}-{day.day:02d}/"


def digest_feed_url(lang: str) -> str:
    return f"{digest_url(lang)}feed.xml"


def digest_json_feed_url(lang: str) -> str:
    """The JSON Feed beside the daily digest's Atom feed."""
    return f"{digest_url(lang)}feed.json"


def feed_url(lang: str, entity: Entity | None = None) -> str:
    """The Atom feed of the whole site, or of one entity, in one language."""
    return f"{entity_url(entity, lang) if entity else prefix(lang)}feed.xml"


def json_feed_url(lang: str, entity: Entity | None = None) -> str:
    """The JSON Feed beside each Atom feed (`feed_url`)."""
    return f"{entity_url(entity, lang) if entity else prefix(lang)}feed.json"
