"""A table's row whose first cell holds a dash (`Khu vực 2 - nông thôn | 0,5`) is shaped like a video
player's title (`Kênh - Tập 24 | … | …`), but its last cell is a figure, where a title ends on words:
the row is the story's and stays (embeds.py)."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.embeds import EMBED_REASON, embed_frame


def test_a_rows_figure_makes_it_no_players_title() -> None:
    assert embed_frame("Khu vực 2 - nông thôn | 0,5") is None
    assert embed_frame("Hà Nội - Hải Phòng | 1.250") is None
    assert embed_frame("VTV Giải Trí - Tập 24 | Cha con hòa giải | Phim truyền hình VTV3") == EMBED_REASON


def test_a_saved_pages_table_keeps_its_row_with_a_dash() -> None:
    page = (
        '<html lang="vi"><head><meta charset="utf-8"><title>Điểm ưu tiên khu vực năm 2027</title></head><body>'
        "<article><h1>Điểm ưu tiên khu vực năm 2027</h1>"
        "<p>Bộ Giáo dục và Đào tạo công bố dự thảo quy chế tuyển sinh đại học năm 2027 để lấy ý kiến rộng rãi.</p>"
        "<table><caption>Mức điểm ưu tiên theo khu vực</caption><tr><td>Khu vực 1</td><td>0,75</td></tr>"
        "<tr><td>Khu vực 2 - nông thôn</td><td>0,5</td></tr><tr><td>Khu vực 2</td><td>0,25</td></tr></table>"
        "<p>Dự thảo được lấy ý kiến đến hết ngày 12/12/2026 trên cổng thông tin điện tử của Bộ.</p>"
        "</article></body></html>"
    )
    body = convert(page.encode(), "page.html", year=2017, sources={}).body
    assert "Khu vực 2 - nông thôn | 0,5" in body
