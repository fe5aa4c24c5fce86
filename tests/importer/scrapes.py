"""Pages written for the tests in the search-engine scrape's layout (`vnsum`: `Title:`, `Source:`,
`Link:`, `Published Date:`, `Author:`, `Tags:`, `Summary:`, then the whole body after `Content:` on
one line), as bytes for `convert`."""

from __future__ import annotations


def vnsum(
    title: str,
    link: str,
    content: str,
    *,
    source: str = "Báo Mẫu",
    summary: str = "",
    author: str = "",
    tags: str = "None",
    date: str = "N/A",
) -> bytes:
    """One scraped page."""
    return (
        f"Title: {title}\nSource: {source}\nLink: {link}\nPublished Date: {date}\nAuthor: {author}\n"
        f"Tags: {tags}\nSummary: {summary}\nContent: {content}\n"
    ).encode()
