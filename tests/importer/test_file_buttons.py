"""The site's units a one-line scrape runs into the story of an office's or an embassy's page on the
border economy (fixtures/blind_laos10.yml), between two of its sentences (`button_bars`): a counter's
line ending in a form's button (`Lượt xem: 1.245 | Gửi phản hồi`), and an attached file's line ending
in its download button in brackets, with pipes (`Thủ tục cấp thị thực | Mẫu đơn xin thị thực (Tải về)`)
or none (`Tài liệu đính kèm: Danh sách doanh nghiệp tuyển dụng (Tải về)`). The story's own lines stay:
a sentence naming a document in brackets, a table's row. The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.button_bars import button_bar_cuts
from bantin.importer.convert import convert

LEAD = (
    "Theo Sở Công Thương Hà Tĩnh, 9 tháng năm 2025, tổng kim ngạch xuất nhập khẩu qua cửa khẩu quốc tế "
    "Cầu Treo đạt 612,3 triệu USD, tăng 9,8% so với cùng kỳ năm 2024."
)
BEFORE = (
    "Hàng xuất sang Lào chủ yếu là xi măng, sắt thép, phân bón, hàng tiêu dùng; hàng nhập từ tỉnh "
    "Bô-ly-khăm-xay là gỗ, quặng, chuối và sắn lát."
)
AFTER = (
    "Ông Trần Văn Hà, Giám đốc Sở Công Thương, cho biết mỗi ngày có khoảng 300 lượt xe hàng qua Cầu "
    "Treo và Sở đang chuẩn bị hội chợ thương mại tại cửa khẩu Nậm Phao."
)
CLOSING = "Nguyễn Hồng Nhung Tin cùng chuyên mục Hà Tĩnh đẩy mạnh xúc tiến thương mại với các tỉnh Trung Lào"


def _body(content: str) -> str:
    page = (
        "Title: Kim ngạch qua cửa khẩu Cầu Treo 9 tháng đạt 612 triệu USD\nSource: Sở Công Thương\n"
        "Link: https://sct.example.gov.vn/tin-tuc/kim-ngach-qua-cua-khau-cau-treo-9-thang.html\n"
        f"Published Date: 08/10/2025 15:20\nAuthor: \nTags: None\nSummary: \nContent: {content}\n"
    )
    return convert(page.encode(), "page.txt", year=2017).body


@pytest.mark.parametrize(
    ("box", "gone"),
    [
        ("Lượt xem: 1.245 | Gửi phản hồi", "Gửi phản hồi"),
        ("Thủ tục cấp thị thực | Mẫu đơn xin thị thực (Tải về)", "Mẫu đơn"),
        ("Tài liệu đính kèm: Danh sách doanh nghiệp tuyển dụng (Tải về)", "Danh sách doanh nghiệp"),
    ],
)
def test_a_box_line_ending_in_a_form_or_a_download_button_goes(box: str, gone: str) -> None:
    body = _body(f"{LEAD} {BEFORE} {box} {AFTER} {CLOSING}")
    assert gone not in body and "Tải về" not in body
    assert BEFORE in body and AFTER in body


def test_a_sentence_naming_a_document_in_brackets_stays() -> None:
    text = (
        f"{BEFORE} Mẫu đơn được đăng trên cổng dịch vụ công (mục Tải về) của tỉnh. Doanh nghiệp nộp "
        "hồ sơ trực tuyến trong 15 ngày làm việc kể từ ngày ký hợp đồng."
    )
    assert button_bar_cuts(text) == set()


def test_a_table_row_between_pipes_with_no_button_stays() -> None:
    text = f"{BEFORE} Xuất khẩu: 318,4 triệu USD | Nhập khẩu: 201,7 triệu USD {AFTER}"
    assert button_bar_cuts(text) == set()
