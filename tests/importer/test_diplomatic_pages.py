"""The diplomatic page's frame (round blind_diplomacy): a correspondent's dateline run into the summary's
words or cut off the lead at the agency's dash, a related link's headline between the story's sentences
(under its colon, or two headlines under `Tin liên quan`), a page's stamp after a long header of
furniture (an embassy's masthead, switcher, menu and hotline), a closing byline with its office in
brackets run into the portal's buttons, a Khmer service's link in a switcher of bare names, a dateline
with its year after a menu's last item, and a writer's name under a `Xem video` header with the
source's credit after it. The frame goes; the story, its dateline and its byline stay."""

from __future__ import annotations

import pytest

from bantin.importer.agency_datelines import agency_dateline, dateline_back
from bantin.importer.boilerplate import remove_language_menus
from bantin.importer.convert import convert
from bantin.importer.dates import find_dateline
from bantin.importer.edges import closing_byline_apart, linked_headline_apart
from bantin.importer.furniture import Unit
from bantin.importer.header_stamps import peel_header_stamp

from .scrapes import vnsum


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("Tin tức Ảnh Video English 中文 Huế, 3/6 (TTXVN) -", "Huế, 3/6 (TTXVN) -"),
        ("Thời sự Thế giới VIE | ENG | RUS Phnôm Pênh (Nhân Dân) -", "Phnôm Pênh (Nhân Dân) -"),
        ("Chủ đề: Hợp tác Việt Nam - Lào Viêng Chăn, 14/8 (VOV) -", "Viêng Chăn, 14/8 (VOV) -"),
        ("HÀ NỘI (PV) –", "HÀ NỘI (PV) –"),
    ],
)
def test_a_correspondent_s_dateline_ending_the_header_is_found_at_its_place(head: str, place: str) -> None:
    start = agency_dateline(head)
    assert start is not None and head[start:] == place


@pytest.mark.parametrize(
    "head", ["Thời sự Thế giới Kinh tế", "Hai bên nhất trí (xem ảnh) -- tiếp", "Tin tức (3)"]
)
def test_no_dateline_where_none_ends_the_header(head: str) -> None:
    assert agency_dateline(head) is None


def test_a_dateline_cut_off_the_lead_at_the_agency_s_dash_goes_back_to_open_it() -> None:
    lead = "Sáng 14/8, hai Bộ trưởng đã hội đàm về hợp tác năng lượng và giao thông."
    units = [
        Unit(0, "Trang chủ Quốc tế Viêng Chăn, 14/8 (VOV) -"),
        Unit(0, lead),
        Unit(0, "Hai bên ký ba văn kiện."),
    ]
    assert [u.text for u in dateline_back(units)] == [
        "Trang chủ Quốc tế",
        f"Viêng Chăn, 14/8 (VOV) - {lead}",
        "Hai bên ký ba văn kiện.",
    ]


def test_a_one_line_body_keeps_the_dateline_the_summary_skips() -> None:
    content = (
        "Trang chủ Tin tức Ảnh Video Đăng nhập English 中文 Huế, 3/6 (TTXVN) - Nhân dịp kỷ niệm 60 năm quan hệ "
        "ngoại giao, tỉnh Thừa Thiên Huế và tỉnh Salavan đã ký kết biên bản hợp tác giai đoạn mới. Hai tỉnh "
        "thống nhất mở rộng trao đổi đoàn, đào tạo cán bộ và hợp tác y tế ở các huyện biên giới. (TTXVN) "
        "Ảnh liên quan Salavan tiếp nhận trường học Ghi rõ nguồn khi phát hành lại thông tin từ website này"
    )
    summary = "Nhân dịp kỷ niệm 60 năm quan hệ ngoại giao, hai tỉnh Thừa Thiên Huế và Salavan ký kết hợp tác."
    page = vnsum(
        "Thừa Thiên Huế và Salavan ký kết hợp tác", "https://mau.vn/a-1.html", content, summary=summary
    )
    body = " ".join(convert(page, "page.txt", year=2024).body.split())
    assert body.startswith("Huế, 3/6 (TTXVN) - Nhân dịp kỷ niệm 60 năm")
    assert "English" not in body and "Ghi rõ nguồn" not in body


def test_a_title_before_a_name_in_a_related_headline_cuts_nothing_a_clause_after_a_name_does() -> None:
    sentence = "Tại Phnôm Pênh, Bộ trưởng hai nước nhất trí thúc đẩy thương mại biên giới."
    headline = "Thương mại ASEAN tăng mạnh trong năm Chủ tịch của Campuchia"
    units = [Unit(0, "Bài liên quan:"), Unit(0, f"{headline} {sentence}")]
    assert [u.text for u in linked_headline_apart(units)] == ["Bài liên quan:", headline, sentence]


def test_two_related_headlines_are_cut_from_the_sentence_after_them() -> None:
    sentence = "Kết thúc buổi làm việc, hai bên trao quà lưu niệm cho các đơn vị."
    headlines = (
        "Quân khu 5 tặng nhà tình nghĩa cho tỉnh Sekong Đội K51 hoàn thành mùa khô tìm kiếm hài cốt liệt sĩ"
    )
    units = [Unit(0, "Tin liên quan"), Unit(0, f"{headlines} {sentence}")]
    assert [u.text for u in linked_headline_apart(units)][2] == sentence


def test_a_count_after_a_name_opens_the_sentence_a_short_headline_ran_into() -> None:
    sentence = "Hai bên đã ký biên bản ghi nhớ về hợp tác giáo dục năm 2025."
    headline = "Lai Châu trao tặng Nhà văn hóa cho tỉnh Phongsaly"
    units = [Unit(0, "Tin liên quan:"), Unit(0, f"{headline} {sentence}")]
    assert [u.text for u in linked_headline_apart(units)] == ["Tin liên quan:", headline, sentence]


def test_a_related_link_under_its_colon_after_a_caption_does_not_end_the_story() -> None:
    content = (
        "Sáng 2/7, tại Thủ đô Viêng Chăn, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 20 chính thức khai mạc. "
        "Các Bộ trưởng thảo luận về nâng cấp Hiệp định Thương mại hàng hóa ASEAN và kinh tế số. "
        "Bộ trưởng Công Thương dẫn đầu đoàn Việt Nam tham dự hội nghị lần này. "
        "Các Bộ trưởng chụp ảnh chung tại lễ khai mạc. Ảnh: Minh Khôi "
        "Bài liên quan: Thương mại ASEAN tăng mạnh trong năm Chủ tịch của Lào Về thương mại điện tử, các "
        "nước nhất trí sớm hoàn tất hiệp định khung của khu vực. Minh Khôi Tin mới Bộ trưởng gặp đối tác Nhật "
        "Bản Giá vàng hôm nay"
    )
    page = vnsum("Khai mạc Hội nghị Bộ trưởng Kinh tế ASEAN", "https://mau.vn/a-2.html", content)
    body = " ".join(convert(page, "page.txt", year=2024).body.split())
    assert "Về thương mại điện tử, các nước nhất trí sớm hoàn tất hiệp định khung của khu vực." in body
    assert "Bài liên quan" not in body and "Thương mại ASEAN tăng mạnh" not in body


def test_a_stamp_after_a_long_header_of_furniture_is_peeled_with_it() -> None:
    lead = "Ngày 2/9, Tổng Lãnh sự quán tổ chức lễ thượng cờ nhân kỷ niệm Quốc khánh tại trụ sở."
    header = (
        "Tổng Lãnh sự quán Việt Nam tại Pắc Xế Tiếng Việt | English Giới thiệu Tin tức Lãnh sự Bảo hộ công "
        "dân Đường dây nóng: +856 20 1234 5678 03/09/2024"
    )
    assert peel_header_stamp(f"{header} {lead}") == (header, lead)


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 03/09/2024, Tổng Lãnh sự quán tổ chức lễ thượng cờ nhân kỷ niệm Quốc khánh tại trụ sở.",
        "Theo kế hoạch ký ngày 03/09/2024 hai bên sẽ tổ chức lễ thượng cờ nhân kỷ niệm Quốc khánh.",
    ],
)
def test_a_date_inside_the_lead_is_no_header_s_stamp(text: str) -> None:
    assert peel_header_stamp(text) is None


def test_a_closing_byline_with_its_office_in_brackets_is_cut_from_the_portal_s_buttons() -> None:
    units = [
        Unit(0, "Hai bên thống nhất nâng cấp cặp cửa khẩu phụ thành cửa khẩu chính trong năm tới."),
        Unit(0, "Lan Phương (Trung tâm Thông tin và Truyền thông tỉnh) In trang Gửi bài viết"),
    ]
    assert [u.text for u in closing_byline_apart(units)][1:] == [
        "Lan Phương (Trung tâm Thông tin và Truyền thông tỉnh)",
        "In trang Gửi bài viết",
    ]


def test_a_khmer_service_s_link_in_its_latin_name_is_part_of_the_switcher() -> None:
    text = "Tiếng Việt English Khmer Ngày 20/9, tại tỉnh Kampot, hai bên họp phiên toàn thể."
    assert (
        remove_language_menus(text).split()
        == "Ngày 20/9, tại tỉnh Kampot, hai bên họp phiên toàn thể.".split()
    )


def test_a_dateline_with_its_year_after_a_menu_s_last_item_dates_the_page() -> None:
    found = find_dateline(["Kon Tum TV Kon Tum, ngày 12/10/2024 - Đoàn công tác tỉnh Attapeu thăm mô hình."])
    assert found is not None and (found.day, found.month, found.year) == (12, 10, 2024)


def test_a_writer_under_a_watch_header_with_the_source_s_credit_after_is_the_author() -> None:
    raw = "\n".join(
        [
            "Attapeu và Kon Tum mở tuyến du lịch mới",
            "",
            "Ngày 8/11, hai tỉnh khai trương tuyến du lịch qua cửa khẩu quốc tế Bờ Y.",
            "Tuyến du lịch dự kiến đón 5.000 lượt khách trong năm đầu tiên khai thác.",
            "Xem video",
            "Hồng Nhung",
            "Theo",
            " Báo Mẫu",
            "",
            "",
            "",
            "Hai tỉnh khai trương tuyến du lịch mới qua cửa khẩu Bờ Y.",
        ]
    )
    converted = convert(raw.encode(), "page.txt", year=2024)
    assert converted.front.author == "Hồng Nhung"


def test_a_name_and_place_after_the_footer_s_copyright_line_is_no_author() -> None:
    content = (
        "Ngày 25/9, tại Thủ đô Viêng Chăn, Phó Chủ tịch nước Lào đã tiếp đoàn đại biểu Hội Hữu nghị "
        "Việt - Lào tỉnh Mẫu sang thăm và làm việc. Hai bên trao đổi về kế hoạch giao lưu thanh niên năm "
        "tới và công tác đào tạo lưu học sinh. Tin liên quan Lào và Việt Nam tăng cường hợp tác thanh niên "
        "© 2024 Đài Phát thanh Mẫu. Đường Sisavang, Viêng Chăn"
    )
    page = vnsum("Phó Chủ tịch nước Lào tiếp đoàn Hội Hữu nghị", "https://dai-mau.la/vn/a-3.html", content)
    converted = convert(page, "page.txt", year=2024)
    assert not converted.front.author
    assert "Sisavang" not in converted.body
