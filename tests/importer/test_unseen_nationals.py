"""The signals round nine of tests/importer/fixtures/unseen_sites.yml needed (pages in the layouts of
the big national papers, none of them in the development set), each checked on its own: what goes,
and the story's sentences next to it that stay."""

from __future__ import annotations

from bantin.importer.boilerplate import is_chrome
from bantin.importer.captions import split_captions
from bantin.importer.furniture import signals
from bantin.importer.menus import peel_menu
from bantin.importer.units import split_units

LEAD = (
    "Công an tỉnh Bình An cho biết, trong tháng 8 hệ thống camera giám sát đã ghi nhận hơn 2.000 xe vi phạm."
)


def test_the_subject_after_the_headers_last_button_stays_with_the_lead() -> None:
    header = "Chuyên đề Giao thông Google News"
    subject = "Phòng Cảnh sát giao thông"
    assert peel_menu(f"{header} {subject} {LEAD}") == (header, f"{subject} {LEAD}")


def test_a_menu_after_the_headers_last_button_still_goes() -> None:
    lead = "Mẫu sedan cỡ nhỏ này tiếp tục dẫn đầu doanh số phân khúc trong tháng 8 với hơn 1.500 xe bán ra."
    assert peel_menu("Tìm kiếm Tin xe Đánh giá Giá xe So sánh Xe điện " + lead) == (
        "Tìm kiếm Tin xe Đánh giá Giá xe So sánh Xe điện",
        lead,
    )


def test_a_credit_in_capitals_ends_before_a_word_in_title_case() -> None:
    blocks = split_captions(
        "Sinh viên làm đường ở xã Lũng Cú. Ảnh: NGUYỄN HÀ Chị Lò Thị Mai, trưởng thôn, cho biết bà con rất vui."
    )
    assert [(b.kind, b.text, b.credit) for b in blocks] == [
        ("caption", "Sinh viên làm đường ở xã Lũng Cú.", "Ảnh: NGUYỄN HÀ"),
        ("paragraph", "Chị Lò Thị Mai, trưởng thôn, cho biết bà con rất vui.", None),
    ]


def test_a_credit_glued_to_the_next_sentences_first_word() -> None:
    blocks = split_captions(
        "Du khách thưởng thức cốm làng Vòng. Ảnh: Thu HàBan tổ chức cho biết lễ hội kéo dài ba ngày."
    )
    assert [b.credit for b in blocks] == ["Ảnh: Thu Hà", None]
    assert blocks[1].text.startswith("Ban tổ chức")


def test_tags_of_several_words_after_the_last_sentence_are_a_unit_and_chrome() -> None:
    last = "Chị Mai cho biết năm nào bà con cũng mong các đội sinh viên lên."
    tags = "#Mùa hè xanh #sinh viên tình nguyện #Hà Giang Báo Mẫu trên Google News"
    assert split_units(f"{last} {tags}") == [last, tags]
    assert is_chrome(tags)
    assert not is_chrome("#MeToo là phong trào đã lan rộng ra nhiều nước trên thế giới.")


def test_a_line_asking_to_follow_the_paper_on_google_news_is_chrome() -> None:
    assert signals("Tiền Phong trên Google News").sure
    assert not signals("Tòa soạn đã có mặt trên Google News từ năm 2019 với hàng triệu lượt đọc.").sure
