"""Words a scraper glued: a place's dateline glued to the lead (`An GiangBình oxy…`, `Hà Nội40 cựu chiến
binh…`, `VĨNH PHÚC-Hàng trăm…`) is set apart as a dateline, pieces of a page glued with no space
(`Trung HiếuChia sẻ…`, `Ngọc Lan (thực hiện)Gửi câu hỏi…`) are units apart, and brands that glue
words of their own stay whole."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.datelines import unglue_place
from bantin.importer.units import split_units


@pytest.mark.parametrize(
    ("glued", "apart"),
    [
        ("An GiangBình oxy phát nổ khiến xe cháy.", "An Giang - Bình oxy phát nổ khiến xe cháy."),
        ("Hà Nội40 cựu chiến binh hội ngộ.", "Hà Nội - 40 cựu chiến binh hội ngộ."),
        ("VĨNH PHÚC-Hàng trăm người chen lấn.", "VĨNH PHÚC - Hàng trăm người chen lấn."),
        ("Lâm ĐồngÔtô lao xuống vực.", "Lâm Đồng - Ôtô lao xuống vực."),
    ],
)
def test_a_place_glued_to_the_lead_is_a_dateline(glued: str, apart: str) -> None:
    assert unglue_place(glued) == apart


@pytest.mark.parametrize(
    "text",
    [
        "Ông BìnhAn nói rằng mọi việc đã xong.",  # no place before the glue
        "iPhone15 bán chạy ở Hà Nội.",
        "Hà Nội - Sáng nay, trời mưa.",  # already apart
        "Công ty VinFast công bố mẫu xe mới.",
    ],
)
def test_words_glued_otherwise_stay(text: str) -> None:
    assert unglue_place(text) == text


def test_the_imported_lead_opens_with_the_dateline_apart() -> None:
    raw = (
        "Title: Xe cấp cứu cháy\nSource: Vietnam.vn\nLink: https://www.vietnam.vn/xe-cap-cuu-chay\n"
        "Published Date: N/A\nAuthor: \nTags: None\nSummary: \nContent: An GiangBình oxy phát nổ khiến xe cấp "
        "cứu bốc cháy, một người bị thương. Vụ việc xảy ra trưa 16/2 trên quốc lộ 91. Lực lượng chức năng "
        "đã dập tắt đám cháy sau 20 phút.\n"
    ).encode()
    body = convert(raw, "trang.txt", year=2024, sources={}).body
    assert body.startswith("An Giang - Bình oxy phát nổ")


def test_pieces_of_a_page_glued_with_no_space_are_units_apart() -> None:
    tail = "Trung HiếuChia sẻFacebookZaloTin khácSóc Trăng đón 2 triệu lượt khách năm 2024Ra mắt sản phẩm mới"
    assert split_units(tail) == [
        "Trung Hiếu",
        "Chia sẻFacebookZaloTin khác",
        "Sóc Trăng đón 2 triệu lượt khách năm 2024",
        "Ra mắt sản phẩm mới",
    ]


def test_a_button_glued_after_a_bracket_that_closes_the_byline_is_a_unit_apart() -> None:
    tail = "Minh Hằng (thực hiện)Đặt câu hỏi cho chuyên gia"
    assert split_units(tail) == ["Minh Hằng (thực hiện)", "Đặt câu hỏi cho chuyên gia"]
    assert split_units("Giá vàng (SJC) tăng mạnh (2%) trong phiên sáng nay.") == [
        "Giá vàng (SJC) tăng mạnh (2%) trong phiên sáng nay."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ứng dụng TikTok và YouTube thu hút người dùng VnExpress tại VietNam.",
        "Xe VinFast VF8 có mặt tại ThanhNien Tower từ tháng 5.",
        "Giá iPhone15 giảm mạnh trong tháng này.",
    ],
)
def test_brands_that_glue_their_own_words_stay_whole(sentence: str) -> None:
    assert split_units(sentence) == [sentence]


def test_a_story_whose_tail_is_glued_ends_at_its_byline() -> None:
    raw = (
        "Title: Lễ hội đua ghe\nSource: Báo Mẫu\nLink: https://baomau.vn/le-hoi-dua-ghe-a12345.html\n"
        "Published Date: N/A\nAuthor: \nTags: None\nSummary: \nContent: Lễ hội đua ghe Ngo diễn ra từ ngày 13 "
        "đến 15/11 tại thành phố. Năm nay có 55 đội ghe của bốn tỉnh tham gia tranh tài. Ban tổ chức ước tính "
        "có hơn 300.000 lượt khách đến tham dự.Trung HiếuChia sẻFacebookZaloTin khácMẫu Sơn đón 2 triệu lượt "
        "khách năm 2024Ra mắt sản phẩm OCOP mớiBáo Mẫu điện tử - Cơ quan của Đảng bộ tỉnh\n"
    ).encode()
    page = convert(raw, "trang.txt", year=2024, sources={})
    assert page.body.rstrip().endswith("có hơn 300.000 lượt khách đến tham dự.")
    assert page.front.author == "Trung Hiếu"
