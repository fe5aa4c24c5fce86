"""Publishers whose addresses spell initials, not the name their pages print (`gso.gov.vn`, the
statistics office; `dw.com`), are named by the project's table of sources (`content/sources.yml`)."""

from __future__ import annotations

from pathlib import Path

from bantin.importer import publishers
from bantin.importer.convert import convert

from .scrapes import vnsum

TABLE = publishers.load(Path(__file__).parents[2] / "content" / "sources.yml")


def test_the_table_names_the_office_its_initials_spell() -> None:
    story = "Chỉ số giá tiêu dùng tháng 3 giảm 0,23% so với tháng trước do giá xăng dầu và thực phẩm hạ."
    page = vnsum(
        "CPI tháng 3 giảm", "https://www.gso.gov.vn/du-lieu/2024/04/cpi-thang-3/", story, source="GSO"
    )
    assert convert(page, "page.txt", year=2017, sources=TABLE).front.source == "Tổng cục Thống kê"
    page = vnsum("Đức siết chặt nhập cư", "https://www.dw.com/vi/duc/a-1", story, source="DW.COM")
    assert convert(page, "page.txt", year=2017, sources=TABLE).front.source == "DW"
