"""No broken internal link anywhere, including when the site lives under a sub-path."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import lxml.html

from tests.site.html import all_pages, file_for


def broken_links(site: Path) -> list[str]:
    """Every href/src on every page that does not lead to a file of the site."""
    broken = []
    for current in all_pages(site):
        for element, attribute, link, _ in current.tree.iterlinks():
            if element.tag == "a" and element.get("rel", "").startswith("nofollow"):
                continue  # the article's original at its source: outside the site
            target = current.resolve(link)
            if target is None:
                continue
            if target.startswith("!outside:") or file_for(site, target.split("#")[0]) is None:
                broken.append(f"{current.url}: {attribute}={link}")
    return broken


def test_no_broken_internal_link(repo_site: Path) -> None:
    assert broken_links(repo_site) == []


def test_link_checker_sees_a_broken_link(tmp_path: Path, repo_site: Path) -> None:
    """The checker above must be able to fail."""
    import shutil

    copy = tmp_path / "site"
    shutil.copytree(repo_site, copy)
    shutil.rmtree(copy / "nhan-vat" / "tran-cam-tu")
    assert any("nhan-vat/tran-cam-tu/" in link for link in broken_links(copy))


def test_every_link_works_over_http_under_a_sub_path(served_under_sub_path: str) -> None:
    seen: set[str] = set()
    queue = [served_under_sub_path]
    failures = []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        try:
            with urllib.request.urlopen(url) as response:
                body = response.read()
                kind = response.headers.get_content_type()
        except urllib.error.HTTPError as exc:
            failures.append(f"{url}: {exc.code}")
            continue
        if kind != "text/html":
            continue
        tree = lxml.html.document_fromstring(body, base_url=url)
        tree.make_links_absolute(url)
        for element, _, link, _ in tree.iterlinks():
            link = link.split("#")[0]
            if link.startswith(served_under_sub_path) and element.get("rel") != "alternate":
                queue.append(link)
    assert failures == []
    assert len(seen) > 40  # the crawl reached every section
