"""A portal's box between bars, its last part a button (`Tra cứu thuốc … | Xem danh mục`, `Tiếp nhận tin
báo … | Gửi tin báo`, `… | Đặt mua tạp chí`), run into the photo's caption after it on one `Content:`
line: the box goes, the caption and its credit stay."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert

LEAD = "Ngày 10/11, Công an huyện cho biết vừa triệt phá đường dây đánh bạc qua mạng, bắt giữ 7 đối tượng."
CAPTION = "Cán bộ kiểm tra tang vật thu giữ tại trụ sở công an huyện. Ảnh: Minh Đức"
LAST = "Vụ án đang được cơ quan điều tra tiếp tục mở rộng điều tra, xử lý theo quy định của pháp luật."


def _scrape(content: str) -> bytes:
    return (
        "Title: Triệt phá đường dây đánh bạc qua mạng\nSource: https://ca.example.gov.vn\n"
        "Link: https://ca.example.gov.vn/tin-tuc/triet-pha-duong-day-danh-bac-c1.html\n"
        f"Published Date: 11/11/2024 09:20\nAuthor: \nTags: None\nSummary: \nContent: {content}\n"
    ).encode()


@pytest.mark.parametrize(
    "box",
    [
        "Tiếp nhận tin báo tố giác tội phạm qua Cổng dịch vụ công | Gửi tin báo",
        "Tra cứu danh mục thuốc được phép sử dụng | Xem danh mục",
        "Tạp chí Khoa học công an | Nộp bài trực tuyến | Đặt mua tạp chí",
    ],
)
def test_a_box_between_bars_run_into_a_caption_goes_and_the_caption_stays(box: str) -> None:
    body = convert(_scrape(f"{LEAD} {box} {CAPTION} {LAST}"), "page.txt", year=2024).body
    assert box.split(" | ")[-1] not in body
    assert "Cán bộ kiểm tra tang vật thu giữ tại trụ sở công an huyện." in body
    assert LEAD in body and LAST in body
