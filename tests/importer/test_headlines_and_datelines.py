"""A page's head (issue 15, the blind round fixtures/blind_heads.yml): a headline cut at its label's
colon goes on in a capital; a section after ` - ` goes even when the headline ends in a section's
words in small letters; a search engine's tail (`- Tin tức 24h`) goes on any site; a cut title
whose link has no slug is completed from the headline the page prints above the story."""

from __future__ import annotations

import pytest

from bantin.importer import stamps, titles
from bantin.importer.convert import convert
from bantin.importer.suffixes import source_of_title

from .scrapes import vnsum


def test_a_headline_cut_at_its_labels_colon_goes_on_in_a_capital() -> None:
    text = "Giám đốc sở yêu cầu các phòng không để người dân chờ đợi kết quả quá hạn."
    link = "https://baomau.vn/giam-doc-so-tai-nguyen-khong-de-nguoi-dan-cho-doi-ket-qua-a12345.html"
    completed = titles.complete("Giám đốc Sở Tài nguyên:", link, [text])
    assert completed == ("Giám đốc Sở Tài nguyên: Không để người dân chờ đợi kết quả", True)


def test_a_headline_cut_at_a_comma_goes_on_in_small_letters() -> None:
    text = "Giá cà phê tăng cao, nông dân Đắk Nông phấn khởi bước vào vụ mới."
    link = "https://baomau.vn/gia-ca-phe-tang-cao-nong-dan-dak-nong-phan-khoi-a12346.html"
    assert (
        titles.complete("Giá cà phê tăng cao,", link, [text])[0]
        == "Giá cà phê tăng cao, nông dân Đắk Nông phấn khởi"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # the headline ends in a section's words in small letters: no pair, the section goes
            "Đà Nẵng ra quân làm sạch bãi biển hưởng ứng Ngày Môi trường thế giới - Thời sự",
            "Đà Nẵng ra quân làm sạch bãi biển hưởng ứng Ngày Môi trường thế giới",
        ),
        (  # a ministry's name pairs two sections in capitals: the headline's own words
            "Lãnh đạo tỉnh làm việc với Bộ Văn hóa - Thể thao",
            "Lãnh đạo tỉnh làm việc với Bộ Văn hóa - Thể thao",
        ),
        (
            "Bắt giữ 3 đối tượng trộm cắp xe máy tại chợ đầu mối - Tin mới nhất",
            "Bắt giữ 3 đối tượng trộm cắp xe máy tại chợ đầu mối",
        ),
        (
            "Hội Nhà báo tỉnh trao 12 giải báo chí năm nay - Tin tức 24h",
            "Hội Nhà báo tỉnh trao 12 giải báo chí năm nay",
        ),
        ("Giá xăng giảm lần thứ ba liên tiếp | Tin nhanh hôm nay", "Giá xăng giảm lần thứ ba liên tiếp"),
        (  # a headline's own last words after ` - `
            "Giao lưu hữu nghị thanh niên Hà Nội - Vientiane",
            "Giao lưu hữu nghị thanh niên Hà Nội - Vientiane",
        ),
    ],
)
def test_a_section_or_a_search_engines_tail_goes_from_any_sites_title(title: str, expected: str) -> None:
    assert source_of_title(title, ("baomau.vn",))[0] == expected


def test_a_cut_title_with_no_slug_is_completed_from_the_headline_printed_above_the_story() -> None:
    headline = "Khánh thành nhà máy xử lý rác phát điện lớn nhất miền Trung tại Quảng Nam"
    content = (
        f"{headline} Thứ Tư, 10/04/2024 09:30 Sáng 10/4, UBND tỉnh Quảng Nam tổ chức lễ khánh thành nhà máy "
        "xử lý rác thải sinh hoạt phát điện với công suất 500 tấn mỗi ngày. Nhà máy được đầu tư hơn 1.000 tỷ "
        "đồng, sử dụng công nghệ đốt hiện đại. Mỗi năm, nhà máy cung cấp khoảng 80 triệu kWh điện cho lưới "
        "điện quốc gia."
    )
    page = vnsum(
        "Khánh thành nhà máy xử lý rác phát điện lớn nhất miền...",
        "https://baomau.vn/news/456789.htm",
        content,
    )
    assert convert(page, "page.txt", year=2017).front.title == headline


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Khánh thành cầu Rạch Miễu 2 Thứ Sáu, 05/04/2024 20:10", "Khánh thành cầu Rạch Miễu 2"),
        ("Khánh thành cầu Rạch Miễu 2 | 20:10 05/04/2024", "Khánh thành cầu Rạch Miễu 2"),
        ("Khánh thành cầu Rạch Miễu 2 Cập nhật: 05/04/2024", "Khánh thành cầu Rạch Miễu 2"),
        ("Trang chủ Thời sự", "Trang chủ Thời sự"),
    ],
)
def test_a_line_above_the_story_is_read_up_to_its_stamp(line: str, headline: str) -> None:
    assert stamps.before_stamp(line) == headline
