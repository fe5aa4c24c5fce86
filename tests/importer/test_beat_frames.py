"""A page's frame around a story of a beat (the digest's Vietnam–Laos pages, blind_laos): a menu of
sections of several words each run into a weekday's stamp over the lead, a menu run into the site's
dateline (`… Chuyên đề TGVN.`), the page's tags under their label with an interest box's headlines
run on after them, and a closing byline in capitals run into such a box. The frame goes, the story
and its byline stay."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.edges import closing_byline_apart
from bantin.importer.furniture import Unit
from bantin.importer.linked_bylines import linked_byline_apart
from bantin.importer.menus import peel_dateline_menu
from bantin.importer.stamps import peeled_stamp
from bantin.importer.widgets import tags_under_label

from .scrapes import vnsum

LEAD = "Sáng 3/5, Đồn Biên phòng Tà Cạ phối hợp với Đại đội bảo vệ biên giới tỉnh Hủa Phăn tổ chức tuần tra chung."
STORY = (
    "Hai bên kiểm tra các mốc quốc giới và nắm tình hình an ninh tại các bản dọc biên giới. "
    "Ông Bun Mi, trưởng bản Sốp Hào cho biết người dân hai bên vẫn qua lại thăm thân theo đúng quy định. "
    "Kết thúc đợt tuần tra, hai đơn vị thống nhất trao đổi thông tin thường xuyên hơn."
)


def test_a_menu_of_sections_of_several_words_before_a_weekdays_stamp_goes() -> None:
    menu = "Quốc phòng Biên giới biển đảo Phòng chống ma túy Thứ Sáu, 03/5/2024"
    assert peeled_stamp(f"{menu} {LEAD}") == (menu, LEAD)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence telling a weekday's date has its grammar words
        "Hội nghị của các bên sẽ diễn ra vào Thứ Sáu, 03/5/2024 Các đại biểu được mời gồm lãnh đạo hai tỉnh bạn.",
        # a bare date after many words in lower case is no stamp
        "tuần tra song phương đoạn biên giới các mốc quốc giới 03/5/2024 Hai bên kiểm tra hệ thống mốc giới.",
    ],
)
def test_a_sentence_telling_a_date_is_no_menu_and_stamp(text: str) -> None:
    assert peeled_stamp(text) is None


def test_a_menu_run_into_the_sites_dateline_is_cut_from_it() -> None:
    menu = "Thời sự Đối ngoại Kiều bào bốn phương Diễn đàn Chuyên đề"
    assert peel_dateline_menu(f"{menu} QTVN.", "Báo Quốc tế và Việt Nam") == (menu, "QTVN.")


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Thời sự Đối ngoại Kiều bào bốn phương Diễn đàn Chuyên đề QTVN.", "Báo Mẫu"),  # another's initials
        ("Thời sự Quốc tế Việt Nam trúng cử Hội đồng Nhân quyền LHQ.", "Báo Mẫu"),  # a headline-like lead
        (
            "Đoàn đại biểu của tỉnh đã sang thăm và làm việc tại QTVN.",
            "Báo Quốc tế và Việt Nam",
        ),  # a sentence
    ],
)
def test_an_acronym_closing_a_first_sentence_is_no_sites_dateline(text: str, site: str) -> None:
    assert peel_dateline_menu(text, site) is None


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        (
            "Từ khóa: tuần tra chung, biên giới Việt - Lào, Hủa Phăn Quan hệ Việt – Lào Trao quà bản kết nghĩa",
            True,
        ),
        ("Chủ đề: Quan hệ Việt Nam - Lào Cơ quan Trung ương của Đảng", True),
        ("Chủ đề: Hội thảo năm nay bàn về hợp tác giáo dục giữa hai nước.", False),  # a sentence
        ("Hai bên thống nhất các chủ đề: giáo dục, y tế, nông nghiệp", False),  # no label opening it
        ("Tags Hội An ẩm thực Quảng Nam Dịch vụ Tour Số 1 Nguyễn Văn Linh, Hà Nội.", True),  # English label
        ("TAGS: Hội An, ẩm thực.", True),
        ("Tag tên bạn bè vào bài đăng là thói quen của nhiều người.", False),  # a loanword, singular
    ],
)
def test_the_pages_tags_under_their_label(text: str, tags: bool) -> None:
    assert tags_under_label(text) is tags


def test_a_byline_in_capitals_run_into_a_box_of_headlines_is_cut_from_it() -> None:
    box = "Quan hệ Việt – Lào Điện Biên - Phôngsalỳ mở rộng giao thương Khánh thành trường học tại huyện Mường Mày"
    units = [
        Unit(0, "Kết thúc đợt tuần tra, hai đơn vị thống nhất trao đổi thông tin."),
        Unit(0, f"HOÀNG CHÂU {box}"),
    ]
    assert [u.text for u in closing_byline_apart(units)][1:] == ["HOÀNG CHÂU", box]


def test_a_name_in_capitals_running_on_in_capitals_is_not_cut() -> None:
    units = [
        Unit(0, "Kết thúc đợt tuần tra, hai đơn vị thống nhất trao đổi thông tin."),
        Unit(0, "HẢI NAM TIN ẢNH"),
    ]
    assert [u.text for u in closing_byline_apart(units)] == [u.text for u in units]


def test_tags_and_an_interest_box_after_the_story_go_and_the_story_stays() -> None:
    content = (
        f"Biên phòng Quốc phòng Biên giới biển đảo Phòng chống ma túy Thứ Sáu, 03/5/2024 {LEAD} {STORY} "
        "Lê Hòa Từ khóa: tuần tra chung, biên giới Việt - Lào, Hủa Phăn Quan hệ Việt – Lào "
        "Trao quà cho bản kết nghĩa bên kia biên giới Hai đồn biên phòng ký kết nghĩa"
    )
    raw = vnsum("Tuần tra chung biên giới Việt - Lào", "https://baomau.vn/tuan-tra-chung-a123.html", content)
    converted = convert(raw, "trang.txt", year=2024, sources={})
    body = " ".join(converted.body.split())
    assert LEAD in body and STORY in body and converted.front.author == "Lê Hòa"
    for chrome in ("Quốc phòng", "Từ khóa", "Trao quà", "kết nghĩa"):
        assert chrome not in body


LAST = "Kết thúc đợt tuần tra, hai đơn vị thống nhất trao đổi thông tin thường xuyên hơn."


@pytest.mark.parametrize(
    ("link", "name"),
    [
        ("Xem thêm: Bộ đội biên phòng giúp dân bản sửa đường", "Lê Hòa"),
        ("Đọc thêm: Trao quà cho học sinh nghèo vùng biên giới", "Nguyễn Thị Mai"),
    ],
)
def test_a_byline_run_on_from_a_related_link_under_the_story_is_cut_off_it(link: str, name: str) -> None:
    units = [Unit(0, LAST), Unit(0, f"{link} {name}"), Unit(0, "Từ khóa: biên giới, tuần tra")]
    assert [u.text for u in linked_byline_apart(units)] == [LAST, link, name, "Từ khóa: biên giới, tuần tra"]


@pytest.mark.parametrize(
    "link",
    [
        "Xem thêm: Tổng Bí thư gặp gỡ đoàn đại biểu của Chủ tịch Hồ Chí Minh",  # a title before the name
        "Xem thêm: Trao quà cho bà con tại huyện Mường Mày",  # a place after its unit
        "Xem thêm: Nhiều kỷ niệm đẹp khi gặp gỡ ông Thạch Sơn",  # a person the headline tells of
        "Xem thêm: Bộ đội biên phòng giúp dân bản sửa đường.",  # a sentence's stop
    ],
)
def test_a_related_link_ending_in_a_name_of_its_own_keeps_it(link: str) -> None:
    units = [Unit(0, LAST), Unit(0, link)]
    assert linked_byline_apart(units) == units


def test_a_related_link_inside_the_story_is_left_to_the_inline_rules() -> None:
    units = [
        Unit(0, LAST),
        Unit(0, "Xem thêm: Bộ đội biên phòng giúp dân bản sửa đường Lê Hòa"),
        Unit(0, LAST),
    ]
    assert linked_byline_apart(units) == units


def test_a_byline_run_on_from_a_related_link_over_a_box_of_other_stories_is_cut_off_it() -> None:
    # the box's headlines may read as sentences (`…: ai được hỗ trợ, bao nhiêu?`): they are not the story's
    box = [
        "Tin liên quan",
        "Sửa đường tuần tra biên giới: ai được hỗ trợ, bao nhiêu?",
        "Đăng nhập để bình luận",
    ]
    units = [Unit(0, LAST), Unit(0, "Xem thêm: Bộ đội biên phòng giúp dân bản sửa đường LÊ HÒA")]
    units += [Unit(0, text) for text in box]
    cut = linked_byline_apart(units)
    assert [u.text for u in cut] == [
        LAST,
        "Xem thêm: Bộ đội biên phòng giúp dân bản sửa đường",
        "LÊ HÒA",
        *box,
    ]
    page = vnsum(
        "Tuần tra chung biên giới Việt - Lào",
        "https://baomau.vn/tuan-tra-chung-a124.html",
        f"{STORY} Xem thêm: Bộ đội biên phòng giúp dân bản sửa đường LÊ HÒA {' '.join(box)}",
    )
    converted = convert(page, "trang.txt", year=2024, sources={})
    assert converted.front.author == "Lê Hòa" and "Xem thêm" not in converted.body
    assert "ai được hỗ trợ" not in converted.body and LAST in converted.body


def test_a_related_link_the_story_goes_on_after_keeps_its_last_words_though_a_box_follows() -> None:
    units = [
        Unit(0, LAST),
        Unit(0, "Xem thêm: Bộ đội biên phòng giúp dân bản sửa đường Lê Hòa"),
        Unit(0, LAST),
        Unit(0, "Tin liên quan"),
        Unit(0, "Sửa đường tuần tra biên giới: ai được hỗ trợ, bao nhiêu?"),
    ]
    assert linked_byline_apart(units) == units
