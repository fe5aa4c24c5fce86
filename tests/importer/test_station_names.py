"""A station's name over its menu, its two capitals closing it (`Quảng Trị TV XEM TRỰC TIẾP Thời sự …`):
the run of capitals that heads the menu starts after them (`capital_runs`), and the name alone, spelling
the site's address (quangtritv.vn), is the site's own (`selfdescribed.names_itself`), no writer's byline
over the story; a province's name alone is a place a story names, whatever the address. On pages
written for these tests."""

from __future__ import annotations

from bantin.importer.capital_runs import capital_runs
from bantin.importer.convert import convert
from bantin.importer.selfdescribed import PageSite, names_itself
from bantin.importer.units import split_units


def test_the_run_of_capitals_starts_after_the_names_own() -> None:
    assert split_units("Quảng Trị TV XEM TRỰC TIẾP Thời sự") == ["Quảng Trị TV", "XEM TRỰC TIẾP Thời sự"]
    text = "Ông Lê Văn An cho biết như vậy. CÓ THỂ BẠN QUAN TÂM Mưa lớn ở miền Trung"
    assert capital_runs(text) == [text.index("CÓ")]  # a header after a sentence, as before


def test_a_name_spelling_the_address_is_the_sites_own() -> None:
    class Site:
        name, host = "Đài Phát thanh và Truyền hình Quảng Trị", "quangtritv.vn"

        def called(self, text: str) -> bool:
            return False

    site: PageSite = Site()
    assert names_itself("Quảng Trị TV", site)
    assert not names_itself("Quảng Trị", site)  # a place alone: a story's dateline, a table's row


def test_the_station_name_goes_and_the_byline_is_the_writers() -> None:
    text = (
        "Title: Quảng Trị khánh thành cầu dân sinh\nSource: Đài Phát thanh và Truyền hình Quảng Trị\n"
        "Link: https://quangtritv.vn/video/khanh-thanh-cau-dan-sinh.html\n"
        "Published Date: 2026-12-04T18:00:00+07:00\nAuthor: \nTags: None\nSummary: Cầu dài 120 m.\n"
        "Content: Quảng Trị TV XEM TRỰC TIẾP Thời sự Chuyên đề Video Ngày 4/12, UBND xã Hướng Phùng khánh "
        "thành cầu dân sinh bắc qua suối Sê Pôn, dài 120 m, kinh phí 9 tỷ đồng từ nguồn vận động xã hội. "
        "Cây cầu giúp hơn 600 hộ dân đi lại an toàn trong mùa mưa lũ. Bài: Minh Trí - Hình: Quốc Việt "
        "Video liên quan Đài Phát thanh và Truyền hình Quảng Trị.\n"
    )
    converted = convert(text.encode(), "page.txt", year=2026)
    assert "TV" not in converted.body.split("Ngày 4/12")[0], converted.body
    assert converted.body.startswith("Ngày 4/12, UBND xã Hướng Phùng")
    assert converted.front.author == "Minh Trí"
