"""The boxes a site prints under its story: one headed by a label its own menu printed at the top
(`Thánh nhạc` under a menu holding it, a radio's programme glued to `Tài liệu`, a menu news-please
dropped over the text), and a portal's box of its newest documents (`Văn bản mới Thông tư
08/2024/TT-BTC …`). They go with what follows them; a story's own short lines (a verse, a list) and a
sentence about a new document stay."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.menu_boxes import REASON, menu_boxes
from bantin.importer.section_lists import opens_section_list

from .scrapes import vnsum

STORY = (
    "Sáng 14/9, giáo xứ Tân Định tổ chức thánh lễ mừng kính Thánh Giá với hơn 2.000 giáo dân tham dự. "
    "Linh mục quản xứ Phaolô Trần Minh cho biết ca đoàn đã tập luyện suốt hai tháng cho ngày lễ. "
    "Sau thánh lễ, các em thiếu nhi trình diễn vở kịch về cuộc đời thánh Phêrô."
)


def test_a_label_of_the_menu_heads_the_box_after_the_story_and_its_items_go_with_it() -> None:
    kinds = [("chrome", "menu"), ("prose", ""), ("prose", ""), ("short", ""), ("short", ""), ("chrome", "")]
    texts = [
        "Trang nhà Tin giáo xứ Thánh nhạc Tài liệu",
        "…",
        "…",
        "Thánh nhạc",
        "Kinh Truyền Tin",
        "Tin khác",
    ]
    assert [k for k, _ in menu_boxes(kinds, texts)] == [
        "chrome",
        "prose",
        "prose",
        "chrome",
        "chrome",
        "chrome",
    ]
    assert menu_boxes(kinds, texts)[3] == ("chrome", REASON)


def test_a_verse_the_story_goes_on_after_or_that_repeats_no_label_stays() -> None:
    texts = ["Trang nhà Tin giáo xứ Thánh nhạc Tài liệu", "…", "Thánh nhạc", "Lời ca dâng Chúa", "…"]
    kinds = [("chrome", "menu"), ("prose", ""), ("short", ""), ("short", ""), ("prose", "")]
    assert menu_boxes(kinds, texts) == kinds  # the story goes on after the lines
    verse = ["Trang nhà Tin giáo xứ Thánh nhạc Tài liệu", "…", "Thánh nhạc vang lên", "Lời ca dâng Chúa"]
    kinds = [("chrome", "menu"), ("prose", ""), ("short", ""), ("short", "")]
    assert menu_boxes(kinds, verse) == kinds  # the label runs into words in small letters: a line of verse
    named = ["Trang nhà Giáo hội Việt Nam Tài liệu", "…", "Việt Nam Quê Hương", "Mẹ hiền"]
    assert menu_boxes(kinds, named) == kinds  # a name the menu holds is no label


def test_a_radio_box_glued_to_a_documents_label_of_the_menu_goes_from_a_page() -> None:
    page = vnsum(
        "Giáo xứ Tân Định mừng lễ Thánh Giá",
        "https://giaoxumau.example.vn/tin-tuc/mung-le-thanh-gia-1203.html",
        "Trang nhà Tin giáo xứ Tài liệu Thánh nhạc Đài phát thanh "
        + STORY
        + " Đài Ánh Sáng: Chương trình phát thanh hằng tối 20g00 Tài liệu Thư chung của Hội đồng Giám mục"
        + " Tin liên quan Giáo xứ Hòa Hưng mừng bổn mạng Giáo xứ Tân Định - 289 Hai Bà Trưng, Quận 3, TP.HCM.",
        summary="Sáng 14/9, giáo xứ Tân Định tổ chức thánh lễ mừng kính Thánh Giá với hơn 2.000 giáo dân.",
    )
    body = convert(page, "page.txt", year=2024).body
    assert body.startswith("Sáng 14/9") and "cuộc đời thánh Phêrô." in body
    assert "Đài Ánh Sáng" not in body and "Thư chung" not in body


def test_a_portals_newest_documents_open_a_list_a_sentence_about_one_does_not() -> None:
    assert opens_section_list("Văn bản mới Thông tư 08/2024/TT-BTC hướng dẫn thu phí")
    assert opens_section_list("Văn bản mới: Quyết định số 301/QĐ-UBND về kế hoạch")
    assert not opens_section_list("Văn bản mới ban hành Thông tư 08/2024/TT-BTC có hiệu lực từ tháng 7.")
    assert not opens_section_list("Văn bản mới Bộ Tài chính gửi các địa phương yêu cầu báo cáo trước 15/7.")


def test_a_documents_box_run_into_the_portals_footer_goes_from_a_page() -> None:
    page = vnsum(
        "Sở Nội vụ gặp mặt chức sắc tôn giáo",
        "https://snv.example.gov.vn/tin-tuc/gap-mat-chuc-sac-1203.html",
        "Sở Nội vụ Tin tức Văn bản Hỏi đáp Chiều 2/2, Sở Nội vụ tỉnh gặp mặt 40 chức sắc tiêu biểu của các tôn"
        " giáo nhân dịp Tết. Giám đốc Sở ghi nhận đóng góp của các tổ chức tôn giáo trong công tác từ thiện."
        " Văn bản mới Thông tư 08/2024/TT-BNV hướng dẫn công tác tôn giáo Hỏi đáp về thủ tục đăng ký sinh hoạt"
        " tôn giáo Cổng thông tin điện tử Sở Nội vụ. Địa chỉ: 12 Lê Lợi",
        summary="Chiều 2/2, Sở Nội vụ tỉnh gặp mặt 40 chức sắc tiêu biểu của các tôn giáo nhân dịp Tết.",
    )
    body = convert(page, "page.txt", year=2024).body
    assert "trong công tác từ thiện." in body and "40 chức sắc tiêu biểu" in body
    assert "Thông tư 08/2024" not in body and "Cổng thông tin" not in body


def _parish_page(label: str, rest: list[str]) -> str:
    """A news-please page whose menu (`label`, `Thư viện`) over the text the parser drops, then the
    story's first two lines and `rest`: the body imported."""
    page = "\n".join([
        "Giáo xứ Phú Nhai mừng lễ Mân Côi",
        "",
        "Sáng 7/10, giáo xứ Phú Nhai tổ chức rước kiệu Đức Mẹ Mân Côi. - Công giáo Nam Định",
        "",
        "Tin tức › Giáo hạt Xuân Trường",
        label,
        "Thư viện",
        "Sáng 7/10, giáo xứ Phú Nhai tổ chức rước kiệu Đức Mẹ Mân Côi quanh khuôn viên nhà thờ.",
        "Hơn 5.000 giáo dân từ các giáo xứ lân cận đã về tham dự thánh lễ do Đức Giám mục chủ sự.",
        *rest,
    ])  # fmt: skip
    return convert(page.encode(), "page.txt", year=2024).body


def test_a_box_headed_by_a_label_of_the_menu_news_please_dropped_goes_from_its_page() -> None:
    # news-please drops the menu's lines over the text; they still name the site's sections
    body = _parish_page(
        "Bài giảng lễ",
        [
            "Sau thánh lễ, các hội đoàn dâng hoa và đọc kinh chung trước tượng Đức Mẹ.",
            "Bài giảng lễ",
            "Chúa Nhật XXVII Thường Niên",
            "Lời Chúa hằng ngày",
        ],
    )
    assert "đọc kinh chung trước tượng Đức Mẹ." in body and "tổ chức rước kiệu" in body
    assert "Chúa Nhật XXVII" not in body and "Lời Chúa hằng ngày" not in body


def test_a_verse_opening_with_a_label_of_a_dropped_menu_stays() -> None:
    body = _parish_page(
        "Thánh ca",
        [
            "Các hội đoàn cùng hát bài Thánh ca dâng Mẹ:",
            "Thánh ca vang lên khắp trời",
            "Xin Mẹ thương đoàn con",
            "Buổi lễ kết thúc lúc 11 giờ cùng ngày.",
            "Tin liên quan",
            "Giáo xứ Bùi Chu mừng bổn mạng",
        ],
    )
    assert "Thánh ca vang lên khắp trời" in body and "Xin Mẹ thương đoàn con" in body
    assert body.rstrip().endswith("Buổi lễ kết thúc lúc 11 giờ cùng ngày.")
