"""Signatures closing a story in a one-line body that no earlier rule set apart from what the page
prints around them: a newsroom's `Nhóm PV` before a credit's label (`… 0291.3865.119 Nhóm PV Nguồn:
Báo …`: the label is no reporter's name), a writer's initials after the number a last line gives or
after a quote's attribution (`… 1900 6750 T.Tâm #núi Bà Đen`, `"…", ông Tám nói N.H Chủ đề: …`), two
writers joined by a dash after a stop and before a series' label (`… từ đâu đến? Quốc Tuấn - Hải Yến
Loạt bài: …`). Each starts a unit of its own, so the story's last line stays, the byline is read and
the page's lines go; a hotline the story gives before the byline and the page's tags stays the
story's (`story_contacts`). A ward's short form in an address (`P.Bến Nghé`) and a suspect's initials
in a sentence (`N.V.H khai nhận`) are no signature. The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.run_on_credits import run_on_credits
from bantin.importer.units import split_units

STORY = (
    "Khu du lịch quốc gia núi Bà Đen đón hơn 200.000 lượt khách trong hai ngày cuối tuần nhân lễ hội hoa "
    "đăng. Ban quản lý khu du lịch bố trí hơn 300 nhân viên, tình nguyện viên hướng dẫn khách đi cáp treo "
    "và giữ trật tự. Cảnh sát giao thông tỉnh phân luồng trên đường Hòa Thành - núi Bà, cấm xe tải từ 14h "
    "đến 22h."
)
FOOTER = (
    "Đăng ký nhận bản tin Email của bạn Đăng ký Tải ứng dụng Báo Mẫu trên App Store và Google Play "
    "Báo Mẫu. Cơ quan của Đảng bộ tỉnh Mẫu. Địa chỉ: 2 Trưng Nữ Vương, phường 2, TP Mẫu"
)


def _page(content: str, host: str = "baomau.example.vn") -> bytes:
    return (
        f"Title: Núi Bà Đen đón hơn 200.000 lượt khách\nSource: {host}\n"
        f"Link: https://{host}/du-lich/nui-ba-den-123.html\nPublished Date: 25/11/2024 19:00\n"
        f"Author: \nTags: None\nSummary: \nContent: {content}\n"
    ).encode()


def test_a_newsroom_before_a_credits_label_is_a_unit_of_its_own() -> None:
    text = "Liên hệ Trạm Khuyến nông, điện thoại 0291.3865.119 Nhóm PV Nguồn: Báo Bạc Liêu"
    assert split_units(text) == [
        "Liên hệ Trạm Khuyến nông, điện thoại 0291.3865.119",
        "Nhóm PV",
        "Nguồn: Báo Bạc Liêu",
    ]


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ("Du khách gọi đường dây nóng của Ban quản lý: 1900 6750 T.Tâm #núi Bà Đen #Tây Ninh", "T.Tâm"),
        ("Tại tòa, bị cáo kháng cáo. M.K Đánh giá bài viết", "M.K"),
        ('"Còn sức thì còn đi", ông Tám nói N.H Chủ đề: ngư dân, cá ngừ', "N.H"),
        ("Kỳ tới: Xe quá tải từ đâu đến? Quốc Tuấn - Hải Yến Loạt bài: Xe quá tải", "Quốc Tuấn - Hải Yến"),
    ],
)
def test_a_signature_run_on_after_the_last_line_is_a_unit_of_its_own(text: str, signed: str) -> None:
    assert signed in split_units(text)


@pytest.mark.parametrize(
    "text",
    ["Trụ sở đặt tại số 12 P.Bến Nghé, quận 1.", "Ngày 12/3. N.V.H khai nhận đã trộm 3 xe máy."],
)
def test_an_address_and_a_suspects_initials_are_no_signature(text: str) -> None:
    assert split_units(text) == [text] or all(len(unit.split()) > 1 for unit in split_units(text))


def test_the_hotline_before_initials_and_tags_stays_and_the_initials_are_the_author() -> None:
    last = "Du khách cần hỗ trợ có thể gọi đường dây nóng của Ban quản lý: 1900 6750"
    converted = convert(_page(f"{STORY} {last} T.Tâm #núi Bà Đen #hoa đăng #Tây Ninh {FOOTER}"), "p.txt")
    assert last in converted.body
    assert converted.front.author == "T.Tâm"
    assert "#núi" not in converted.body


def test_the_writers_before_a_series_label_are_the_author() -> None:
    last = "Kỳ tới: Xe quá tải từ đâu đến?"
    series = (
        "Loạt bài: Xe quá tải cày nát đường liên xã Bài 2: Xe quá tải từ đâu đến? Bài 3: Trách nhiệm thuộc "
        "về ai? Tạp chí Giao thông vận tải. Giấy phép số 28/GP-BTTTT. Tổng Biên tập: Trần Văn Hưng. Hotline: 0912.345.885"
    )
    page = _page(f"{STORY} {last} Quốc Tuấn - Hải Yến {series}", "tapchigiaothong.vn")
    converted = convert(page, "p.txt")
    assert converted.front.author == "Quốc Tuấn - Hải Yến"
    assert last in converted.body


def test_a_masthead_after_a_credit_is_no_label_to_end_names_before() -> None:
    text = "giảm rủi ro cho nông dân”. Trần Khải Nguồn Một Thế Giới: https://1thegioi.example.vn/bai-1.html"
    assert run_on_credits(text) == []


def test_a_speakers_name_in_an_interview_is_no_signature() -> None:
    text = (
        "Có nên dùng thuốc giảm đau dài ngày? BS Nguyễn Văn Thắng: Không nên. Dùng thuốc quá 10 ngày có hại."
    )
    assert run_on_credits(text) == []


def test_a_name_the_story_said_over_a_card_of_fields_is_no_signature() -> None:
    text = (
        "Sáng 3/2, câu lạc bộ thông báo ký hợp đồng hai năm với hậu vệ Trần Minh Khôi từ đội bóng Bình "
        "Dương. Trần Minh Khôi Vị trí: Hậu vệ Ngày sinh: 12/5/1998 Số áo: 4 Anh sẽ ra mắt ở vòng tới."
    )
    assert run_on_credits(text) == []
