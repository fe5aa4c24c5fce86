"""Saved pages that close their story with an unmarked byline and the writer's office in brackets
(`Nguyễn Văn A (Văn phòng Chính phủ)`, `Trần Bình (CTV tại Đà Nẵng)`): the name is the author when
the markup names none, and the line leaves the text, as a byline with an agency in brackets does.
The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import Byline, parse_byline
from bantin.importer.convert import convert

STORY = [
    "Chiều 20/5, Văn phòng Chính phủ tổ chức hội nghị trực tuyến với các bộ, ngành và địa phương về việc "
    "triển khai dịch vụ công trực tuyến toàn trình trong năm 2024.",
    "Theo báo cáo, đến nay đã có hơn 4.000 dịch vụ công được cung cấp trực tuyến, giúp người dân và doanh "
    "nghiệp tiết kiệm thời gian, chi phí đi lại.",
    "Các đại biểu đề nghị tiếp tục rà soát, đơn giản hóa thủ tục hành chính trong thời gian tới.",
]


def _page(closing: str, *, meta: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{meta}
<title>Đẩy mạnh dịch vụ công trực tuyến toàn trình</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></div>
<article><h1>Đẩy mạnh dịch vụ công trực tuyến toàn trình</h1>
<div class="content">{paragraphs}{closing}</div></article>
<div class="footer">Giấy phép số 12/GP-BTTTT. Bản quyền thuộc Cổng Thông tin Mẫu.</div></body></html>""".encode()


OFFICES = [
    ("Nguyễn Văn A (Văn phòng Chính phủ)", "Nguyễn Văn A"),
    ("Trần Bình (CTV tại Đà Nẵng)", "Trần Bình"),
    ("Lê Hoa (Sở Văn hóa, Thể thao và Du lịch)", "Lê Hoa"),
    ("Thu Hằng (phóng viên thường trú tại Huế)", "Thu Hằng"),
    ("Hoàng Nam (Trung tâm Thông tin và Truyền thông tỉnh Quảng Ninh)", "Hoàng Nam"),
]


@pytest.mark.parametrize(("line", "author"), OFFICES)
@pytest.mark.parametrize(
    "shape",
    [
        "<p>{}</p>",
        "<p style='text-align: right;'><strong>{}</strong></p>",
        "<p align='right'><em>{}</em></p>",
    ],
)
def test_a_closing_byline_with_an_office_is_the_author_and_leaves_the_text(
    line: str, author: str, shape: str
) -> None:
    converted = convert(_page(shape.format(line)), "dich-vu-cong.html", year=2017)
    assert converted.front.author == author
    assert author not in converted.body
    assert converted.body.rstrip().endswith("trong thời gian tới.")


@pytest.mark.parametrize(("line", "author"), OFFICES)
def test_a_closing_byline_run_into_the_last_paragraph_is_cut_off_it(line: str, author: str) -> None:
    closing = f"<p>Hội nghị kết thúc vào cuối giờ chiều cùng ngày. {line}</p>"
    converted = convert(_page(closing), "dich-vu-cong.html", year=2017)
    assert converted.front.author == author
    assert converted.body.rstrip().endswith("Hội nghị kết thúc vào cuối giờ chiều cùng ngày.")


def test_the_markup_s_author_names_the_writer_first() -> None:
    meta = '<meta name="author" content="Phạm Minh">'
    converted = convert(_page("<p>Nguyễn Văn A (Văn phòng Chính phủ)</p>", meta=meta), "dvc.html", year=2017)
    assert converted.front.author == "Phạm Minh"
    assert "Nguyễn Văn A" not in converted.body


@pytest.mark.parametrize(
    "line",
    [
        "Nguyễn Văn A (sinh năm 1985)",  # words about someone, not an office
        "Hội nghị có đại diện các sở (Sở Y tế, Sở Giáo dục).",
        "Các đơn vị phối hợp (theo kế hoạch số 12)",
    ],
)
def test_a_last_line_with_words_in_brackets_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None


def test_an_agency_in_brackets_is_still_the_source() -> None:
    assert parse_byline("Minh Anh (TTXVN)") == Byline(source="TTXVN", author="Minh Anh")
