"""On one line (the vnsum layout) a list's item or a credit is glued to the next line with no space,
and neither side has a mark to tell it (`… cảm biến rungQuy trình nhân giống …`), or the next line opens
with a word of one marked capital (`Ảnh: Hiệp hộiÝ kiến góp ý …`): each is cut there
(`core.glued_words`), as a brand glues no such words (`TikTok`, `VinFast`, `iPhone`). A search
box's placeholder ending the menu before the lead (`… Thư viện video Tìm kiếm...`) ends no sentence,
and the menu goes with it (`furniture.signals`)."""

from __future__ import annotations

from bantin.core.glued_words import glued_words
from bantin.importer.convert import convert


def _vnsum(content: str, summary: str = "") -> str:
    return (
        "Title: Một tin của hội\nSource: hoi.example.org.vn\n"
        "Link: https://hoi.example.org.vn/tin-tuc/mot-tin-cua-hoi-123456.html\n"
        f"Published Date: 18/01/2024 17:40\nAuthor: \nTags: None\nSummary: {summary}\nContent: {content}\n"
    )


def _glued(text: str) -> list[str]:
    return [text[cut : cut + 9] for cut in glued_words(text)]


def test_a_word_of_small_letters_glued_to_a_word_in_title_case_without_marks_is_cut_there() -> None:
    assert _glued("Hệ thống cảnh báo sạt lở dùng cảm biến rungQuy trình nhân giống keo lai") == ["Quy trình"]


def test_a_word_of_one_marked_capital_glued_to_a_word_in_small_letters_is_cut_there() -> None:
    assert _glued("Đại biểu xem mẫu thiết bị. Ảnh: Hiệp hộiÝ kiến góp ý sẽ được tổng hợp") == ["Ý kiến gó"]


def test_brands_that_glue_words_in_title_case_stay_whole() -> None:
    assert _glued("Ứng dụng TikTok, xe VinFast, điện thoại iPhone và mạng MobiFone") == []


def test_the_list_items_glued_without_marks_all_stay_in_the_body() -> None:
    content = (
        "Ngày 18/1, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổng kết, trao giải Hội thi Sáng tạo kỹ thuật "
        "lần thứ X cho 28 giải pháp.Ba giải Nhất thuộc về:Máy bóc vỏ hành tím của nhóm tác giả huyện Lý Sơn"
        "Hệ thống cảnh báo sạt lở đất sớm dùng cảm biến rungQuy trình nhân giống keo lai bằng hom cải tiến"
        "Tổng giá trị giải thưởng là 350 triệu đồng. Thanh Tùng"
    )
    body = convert(_vnsum(content).encode(), "page.txt").body
    assert "rungQuy" not in body
    assert "cảm biến rung Quy trình nhân giống keo lai bằng hom cải tiến" in body


def test_a_menu_ending_with_a_search_boxs_placeholder_goes_before_the_lead() -> None:
    content = (
        "Trang chủ Giới thiệu Tin tức Tác giả - Tác phẩm Lý luận phê bình Đào tạo Thư viện video Tìm kiếm..."
        "Liên hoan Múa chuyên nghiệp toàn quốc 2024 sẽ diễn ra tại Ninh Bình từ ngày 1 đến 10/9, dự kiến có "
        "25 đơn vị nghệ thuật tham gia.Ban tổ chức khuyến khích các tác phẩm khai thác chất liệu dân gian. Thu Trang"
    )
    summary = "Liên hoan Múa chuyên nghiệp toàn quốc 2024 sẽ diễn ra tại Ninh Bình từ ngày 1 đến 10/9."
    body = convert(_vnsum(content, summary).encode(), "page.txt").body
    assert body.startswith("Liên hoan Múa chuyên nghiệp toàn quốc 2024")
    assert "Tìm kiếm" not in body
