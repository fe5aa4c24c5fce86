"""A page's head (issue 15, the blind round fixtures/blind_heads.yml): a headline cut at its label's
colon goes on in a capital; a section after ` - ` goes even when the headline ends in a section's
words in small letters; a search engine's tail (`- Tin tức 24h`) goes on any site; a cut title
whose link has no slug is completed from the headline the page prints above the story; a dateline
with its year in capitals (`CẦN THƠ, 18/3/2024 - `) is the story's first words, not a stamp."""

from __future__ import annotations

import pytest

from bantin.importer import stamps, titles
from bantin.importer.convert import convert
from bantin.importer.suffixes import source_of_title
from bantin.importer.units import split_units

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
        (  # `báo` opening a word that names no paper: the headline's own words after its dash
            "Tỉnh tổ chức kỷ niệm 100 năm - Báo chí cách mạng Việt Nam đồng hành cùng đất nước",
            "Tỉnh tổ chức kỷ niệm 100 năm - Báo chí cách mạng Việt Nam đồng hành cùng đất nước",
        ),
        (
            "Mưa lớn kéo dài ở miền Trung - Báo động đỏ về sạt lở",
            "Mưa lớn kéo dài ở miền Trung - Báo động đỏ về sạt lở",
        ),
        (
            "Lãi tăng gấp đôi - Báo cáo tài chính quý III của ngân hàng",
            "Lãi tăng gấp đôi - Báo cáo tài chính quý III của ngân hàng",
        ),
        ("Xe khách lật trên đèo - Báo Đồng Khởi", "Xe khách lật trên đèo"),
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


@pytest.mark.parametrize(
    "text",
    [
        "CẦN THƠ, 18/3/2024 - Sáng nay, HĐND thành phố khóa X tổ chức kỳ họp chuyên đề và thông qua 8 nghị quyết.",
        "TP.HCM, 18/3/2024 - Sáng nay, Sở Y tế thành phố tổ chức hội nghị tổng kết công tác phòng chống dịch.",
    ],
)
def test_a_dateline_with_its_year_stays_the_storys_first_words(text: str) -> None:
    assert split_units(text) == [text]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("CẦN THƠ, 18/3/2024 -", True),
        ("BÀ RỊA - VŨNG TÀU, ngày 10 tháng 4 năm 2024 -", True),
        ("HÀ NỘI, 18.3.2024 -", True),
        ("THỨ HAI, 18/3/2024 -", False),  # a weekday: the page's stamp
        ("Trang chủ Thời sự, 18/3/2024 -", False),  # a menu's words in small letters
    ],
)
def test_a_dateline_is_a_place_in_capitals_its_date_and_a_dash(text: str, dateline: bool) -> None:
    assert stamps.is_dateline(text) is dateline


def test_a_dateline_with_its_year_dates_the_page_over_the_year_given() -> None:
    content = (
        "CẦN THƠ, 18/3/2024 - Sáng nay, HĐND thành phố khóa X tổ chức kỳ họp chuyên đề và thông qua 8 nghị "
        "quyết quan trọng về đầu tư công. Kỳ họp kết thúc sau một buổi làm việc khẩn trương."
    )
    converted = convert(
        vnsum("HĐND thành phố họp chuyên đề", "https://baomau.vn/a-1.html", content), "p.txt", year=2017
    )
    assert str(converted.front.date) == "2024-03-18" and not converted.front.date_estimated
    assert converted.body.startswith("CẦN THƠ, 18/3/2024 - Sáng nay")
