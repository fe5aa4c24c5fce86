"""A masthead in capitals run into the menu under it (`BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH ĐỒNG NAI Trang
chủ Giới thiệu …`) is cut off at the menu's link home (`head_cuts.home_cuts`) when it holds grammar words
in capitals (`CÁC`, `VÀ`), which made the whole read as a sentence, kept over the lead; a masthead of
none is peeled off the lead with its menu, as before. An acronym before `Trang
chủ` (`UBND Trang chủ`) and a sentence naming the home page stay as they were."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.head_cuts import home_cuts


def test_the_link_home_after_a_masthead_in_capitals_starts_a_unit() -> None:
    text = "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH Trang chủ Giới thiệu Tin tức Văn bản"
    assert home_cuts(text) == [text.index("Trang chủ")]


def test_an_acronym_or_a_sentence_is_not_cut() -> None:
    assert home_cuts("UBND Trang chủ Giới thiệu") == []
    assert home_cuts("BỘ CHỈ HUY QUÂN SỰ TỈNH LONG AN Trang chủ Giới thiệu") == []  # no grammar word
    assert home_cuts("Người dùng bấm vào Trang chủ Cổng dịch vụ công để tra cứu.") == []


def test_the_masthead_and_its_menu_go_before_the_lead() -> None:
    text = (
        "Title: Khởi công cầu Long Hưng\nSource: Ban QLDA tỉnh Đồng Nai\nLink: https://bqlda.dongnai.gov.vn/cau\n"
        "Published Date: 2026-12-02T08:00:00+07:00\nAuthor: \nTags: None\nSummary: Cầu dài 1,2 km.\n"
        "Content: BAN QUẢN LÝ CÁC DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH ĐỒNG NAI Trang chủ Giới thiệu Tin tức - Sự kiện "
        "Dự án Thông báo đấu thầu Văn bản pháp quy Hỏi đáp Sáng 1/12, Ban Quản lý các dự án đầu tư xây dựng "
        "tỉnh Đồng Nai khởi công cầu Long Hưng dài 1,2 km, tổng vốn hơn 1.100 tỷ đồng. Cầu dự kiến hoàn "
        "thành vào cuối năm 2028. Minh Tâm\n"
    )
    body = convert(text.encode(), "page.txt", year=2026).body
    assert body.startswith("Sáng 1/12, Ban Quản lý")
    assert "Trang chủ" not in body and "Hỏi đáp" not in body
