"""A saved page whose metadata names no site (no `og:site_name`, a JSON-LD article without its
publisher): trafilatura takes a headline with a dot (`cho 1.200 hộ`) for the site's name, as it
would a domain; the `<title>`'s suffix names it."""

from __future__ import annotations

from bantin.importer.html import parse_html

_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Xã đảo khánh thành trạm cấp nước ngọt cho 1.200 hộ | Báo Biển Đông Mẫu</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Xã đảo khánh thành trạm cấp nước ngọt cho 1.200 hộ",
"datePublished":"2024-02-27T10:30:00+07:00"}</script></head><body>
<article><h1>Xã đảo khánh thành trạm cấp nước ngọt cho 1.200 hộ</h1>
<p>Sáng nay, xã đảo khánh thành trạm lọc nước biển thành nước ngọt với công suất 500 m3 mỗi ngày.</p>
<p>Trạm cấp nước cho hơn một nghìn hộ dân vốn quen dùng nước mưa dự trữ trong mùa khô.</p>
<p><a rel="author" href="/tac-gia">Hải Đăng</a></p>
</article></body></html>"""


def test_the_headline_is_not_the_sites_name() -> None:
    parsed = parse_html(_PAGE)
    assert parsed.title == "Xã đảo khánh thành trạm cấp nước ngọt cho 1.200 hộ"
    assert parsed.source == "Báo Biển Đông Mẫu"
