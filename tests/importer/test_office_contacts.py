"""A story's closing sentence sending the reader to a named office (`Mọi thắc mắc xin liên hệ Trung tâm
…, điện thoại …`) stays; a site's appeal to its readers with a hotline, its desk or a service's number
goes (`office_contacts`, kept by `closing_contacts` right after the story)."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.office_contacts import office_contact

from .scrapes import vnsum

STORY = [
    "UBND huyện Mẫu Sơn thông báo kế hoạch thu hồi đất để xây dựng trường tiểu học xã Tân Lập.",
    "Diện tích đất dự kiến thu hồi là 2,4 ha, thuộc thôn Đông và thôn Đoài của xã Tân Lập.",
    "Các hộ gia đình có đất trong phạm vi dự án phối hợp với tổ công tác trong việc kiểm đếm.",
]
OFFICE = "Mọi thắc mắc xin liên hệ Ban Quản lý dự án huyện Mẫu Sơn, số 12 Trần Phú, điện thoại 0205 3871 222."
APPEAL = "Mọi thắc mắc vui lòng liên hệ đường dây nóng 1900 6789 để được hỗ trợ."
FOOTER = "Tin liên quan Huyện Mẫu Sơn khánh thành cầu treo Tòa soạn: 5 Lê Lợi, TP Lạng Sơn. Điện thoại: 0205 3812 345"


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (OFFICE, True),
        ("Mọi thắc mắc, phụ huynh liên hệ Phòng Giáo dục huyện, điện thoại: 0205 3871 333.", True),
        (APPEAL, False),
        ("Mọi thắc mắc, bạn đọc liên hệ Trung tâm Chăm sóc khách hàng, điện thoại: 024 3333 4444.", False),
        ("Mọi thắc mắc xin liên hệ Ban biên tập, điện thoại 024 3333 4444.", False),
        ("Mọi thắc mắc xin liên hệ Báo Mẫu Sơn, số 5 Lê Lợi, điện thoại 0205 3812 345.", False),  # the paper
        ("Liên hệ Trung tâm Y tế huyện", False),  # no sentence
    ],
)
def test_a_sentence_sending_the_reader_to_a_named_office(text: str, office: bool) -> None:
    assert office_contact(text) is office


def _body(content: str) -> str:
    page = vnsum(
        "Mẫu Sơn thu hồi đất xây trường tiểu học",
        "https://baomauson.vn/thu-hoi-dat-123.html",
        content,
        source="Báo Mẫu Sơn",
        summary=STORY[0],
    )
    return convert(page, "page.txt", year=2024).body


def test_the_office_to_call_after_the_story_stays_and_the_footer_after_it_goes() -> None:
    body = _body(f"{' '.join(STORY)} {OFFICE} {FOOTER}")
    assert OFFICE in body and all(sentence in body for sentence in STORY)
    assert "Tin liên quan" not in body and "Tòa soạn" not in body


def test_the_sites_appeal_with_a_hotline_after_the_story_goes() -> None:
    body = _body(f"{' '.join(STORY)} {APPEAL} {FOOTER}")
    assert "1900 6789" not in body and all(sentence in body for sentence in STORY)


NOTICE = (
    "Ai biết tin tức của đối tượng đề nghị báo ngay cho Công an huyện Mẫu Sơn, số điện thoại 0205 3871 113."
)


def test_the_sites_hotline_run_on_from_the_closing_byline_goes_after_a_notice() -> None:
    body = _body(
        f"{' '.join(STORY)} {NOTICE} Phòng Cảnh sát hình sự Đường dây nóng Công an tỉnh: 069.2862.113"
    )
    assert NOTICE in body and "069.2862.113" not in body


def test_a_notices_own_hotline_field_in_lower_case_stays() -> None:
    call = "Mọi chi tiết xin liên hệ: Ban Quản lý dự án huyện Mẫu Sơn, số 12 Trần Phú."
    field = "Điện thoại đường dây nóng: 0205 3871 222"
    body = _body(f"{' '.join(STORY)} {call} {field} {FOOTER}")
    assert call in body and field in body and "Tòa soạn" not in body
