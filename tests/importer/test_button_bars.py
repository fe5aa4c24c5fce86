"""The site's units a one-line scrape runs into the story of a border province's or an office's page
(fixtures/blind_laos5.yml): a box's line between pipes ending in a button (`… | Xem tất cả`, `… | Tra
cứu chuyến bay`) between two sentences (`button_bars`), a portal's bar of links whose first link has
seven words (`link_bars`), a player's button before a lead opening with the paper's tag (`Nghe bài viết
(Baonghean.vn) - …`: `tagged_buttons`), and an office's name of nine words over its menu (`mastheads`).
The story's own lines stay: a table's row between pipes with no button, a sentence naming its figures.
The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.button_bars import button_bar_cuts
from bantin.importer.convert import convert

BEFORE = (
    "Hai bên thống nhất tổ chức Hội chợ thương mại biên giới Việt - Lào tại cửa khẩu Na Mèo vào tháng "
    "10/2025 với khoảng 150 gian hàng."
)
AFTER = (
    "Phía Hủa Phăn đề nghị Thanh Hóa hỗ trợ nâng cấp đường từ cửa khẩu Na Mèo về thị trấn Sầm Nưa để "
    "xe tải trọng lớn lưu thông."
)
LEAD = "Ngày 11/6, tại TP Thanh Hóa, Sở Công Thương làm việc với đoàn công tác Sở Công Thương tỉnh Hủa Phăn."
CLOSING = "Phòng Quản lý thương mại Tin liên quan Thanh Hóa tham gia Hội chợ thương mại quốc tế Viêng Chăn"


def _body(
    content: str, source: str = "Sở Công Thương", host: str = "sct.example.gov.vn", summary: str = ""
) -> str:
    page = (
        f"Title: Hai tỉnh bàn giải pháp thúc đẩy thương mại biên giới\nSource: {source}\n"
        f"Link: https://{host}/tin-tuc/hai-tinh-ban-giai-phap-thuc-day-thuong-mai-bien-gioi-123.html\n"
        f"Published Date: 12/06/2025 16:00\nAuthor: \nTags: None\nSummary: {summary}\nContent: {content}\n"
    )
    return convert(page.encode(), "page.txt", year=2017).body


@pytest.mark.parametrize(
    "box",
    [
        "Văn bản mới: Quyết định số 1234/QĐ-UBND về giá dịch vụ chợ biên giới | Xem tất cả",
        "Giá thị trường điện (SMP) hôm nay: 1.324 đ/kWh | Xem biểu đồ",
        "Nhận bản tin Kinh tế và Dự báo qua email | Đăng ký",
        "Đường dây nóng: 024.3872.4242 | Tra cứu chuyến bay",
    ],
)
def test_a_box_line_ending_in_a_button_goes_and_the_sentences_around_it_stay(box: str) -> None:
    body = _body(f"{LEAD} {BEFORE} {box} {AFTER} {CLOSING}")  # the story's last sentence after it
    assert box.split(" | ")[0] not in body
    assert BEFORE in body and AFTER in body


def test_a_table_row_between_pipes_with_no_button_is_no_such_box() -> None:
    text = f"{BEFORE} Khẩu phần: 6 người | Thời gian: 2 giờ | Độ khó: Trung bình {AFTER}"
    assert button_bar_cuts(text) == set()


def test_a_box_with_a_sentence_stop_inside_is_left_alone() -> None:
    text = f"{BEFORE} BXH bảng B: 1. Việt Nam 3 điểm 2. Lào 0 điểm | Xem đầy đủ {AFTER}"
    assert not any(cut < text.index("2. Lào") for cut in button_bar_cuts(text))


def test_a_portal_bar_whose_first_link_has_seven_words_goes() -> None:
    bar = "Cổng thông tin điện tử Bộ VHTTDL | Bản đồ di sản | Thư viện ảnh"
    body = _body(f"{LEAD} {BEFORE} {bar} {AFTER} {CLOSING}")
    assert "Bản đồ di sản" not in body and AFTER in body


def test_a_player_button_before_a_lead_under_the_paper_tag_goes_and_the_lead_stays() -> None:
    lead = (
        "(Baonghean.vn) - Chiều 16/8, tại TP Vinh, Ban Thường vụ Tỉnh ủy Nghệ An hội đàm và ký kết "
        "biên bản thỏa thuận hợp tác giai đoạn 2025 - 2030 với đoàn đại biểu cấp cao tỉnh Xiêng Khoảng."
    )
    body = _body(
        f"Thời sự Chính trị Kinh tế Xã hội Đối ngoại Video Podcast Nghe bài viết {lead} {AFTER} {CLOSING}",
        source="Báo Nghệ An",
        host="baonghean.vn",
    )
    assert "Chiều 16/8, tại TP Vinh" in body
    assert "Nghe bài viết" not in body


def test_an_office_name_of_nine_words_over_its_menu_goes_with_it() -> None:
    name = "Liên hiệp các tổ chức hữu nghị tỉnh Thanh Hóa"
    lead = (
        f"Ngày 28/11, {name} phối hợp với Hội Hữu nghị Việt Nam - Lào tỉnh gặp mặt hơn 200 lưu học sinh "
        "tỉnh Hủa Phăn đang học tập tại Thanh Hóa."
    )
    body = _body(
        f"{name} Trang chủ Giới thiệu Hoạt động Hội hữu nghị Thư viện ảnh Liên hệ {lead} {AFTER} {CLOSING}",
        source=name,
        host="lhhn.thanhhoa.gov.vn",
        summary=f"{name} gặp mặt lưu học sinh tỉnh Hủa Phăn nhân kỷ niệm Quốc khánh Lào.",
    )
    assert body.startswith("Ngày 28/11,")
