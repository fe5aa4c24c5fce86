"""Reading built pages: parse HTML, list links, resolve them to files in the site folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html

from tests.conftest import SITE_URL

BASE_PATH = urlsplit(SITE_URL).path  # /tin-viet-lao/


@dataclass
class Page:
    """One built HTML page and the URL (relative to the site root) it is served at."""

    path: Path
    url: str

    def __post_init__(self) -> None:
        self.tree = lxml.html.document_fromstring(self.path.read_bytes())

    @property
    def lang(self) -> str:
        return self.tree.get("lang", "")

    @property
    def title(self) -> str:
        return self.tree.findtext(".//title") or ""

    def text(self, xpath: str = "//main") -> str:
        return " ".join(" ".join(n.text_content().split()) for n in self.tree.xpath(xpath))

    def one(self, xpath: str) -> lxml.html.HtmlElement:
        found = self.tree.xpath(xpath)
        assert len(found) == 1, f"{self.url}: expected one {xpath}, found {len(found)}"
        return found[0]

    def hrefs(self, xpath: str = "//a") -> list[str]:
        return [a.get("href") for a in self.tree.xpath(xpath) if a.get("href") is not None]

    def resolve(self, href: str) -> str | None:
        """Site-relative URL an href points to, or None if it leaves the site."""
        return resolve(self.url, href)


def resolve(page_url: str, href: str) -> str | None:
    base = SITE_URL + page_url
    absolute = urljoin(base, href)
    parts = urlsplit(absolute)
    if not absolute.startswith(SITE_URL) and not (parts.netloc == urlsplit(SITE_URL).netloc):
        return None
    if not parts.path.startswith(BASE_PATH):
        return "!outside:" + parts.path
    return unquote(parts.path[len(BASE_PATH) :])


def file_for(site: Path, url: str) -> Path | None:
    """The file a site-relative URL is served from, as GitHub Pages would find it."""
    target = site / url
    if url == "" or url.endswith("/"):
        target = target / "index.html"
    elif target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def page(site: Path, url: str) -> Page:
    path = file_for(site, url)
    assert path is not None, f"no page at /{url}"
    return Page(path, url)


def all_pages(site: Path) -> list[Page]:
    pages = []
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        url = rel[: -len("index.html")] if rel.endswith("index.html") else rel
        pages.append(Page(path, url))
    return pages
