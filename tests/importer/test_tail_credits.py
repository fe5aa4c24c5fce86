"""Credits closing a story in a one-line body, run on with no stop between them and what the page
prints around them: an outlet's credit in brackets after a last line with no stop and before other
stories' headlines (`… đến hết ngày 30/11 (Theo VOV) Nghệ sĩ …`), a newsroom's `PV` or `Nhóm PV`
after the story's quoted slogan and before a rating box (`… phòng cháy" Nhóm PV Đánh giá bài viết`),
a writer's name before a poll's question (`Thu Trang Bài viết có hữu ích với bạn không?`). Each starts
a unit of its own, so the story's last line stays, the credit is read and the page's lines go. A
company named `PV …` (`PV Power`) is no credit. The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.units import split_units

STORY = (
    "Hơn 40 bức tranh sơn mài về phố cổ, làng nghề và sinh hoạt của người Hà Nội đầu thế kỷ 20 được trưng "
    "bày tại Bảo tàng Mỹ thuật. Các tác phẩm của 12 họa sĩ thuộc ba thế hệ, trong đó có những bức được vẽ "
    "lại từ ảnh tư liệu chụp năm 1920. Họa sĩ Nguyễn Văn Bình cho biết triển lãm muốn giới thiệu với người "
    "trẻ một Hà Nội chậm rãi, lặng lẽ của hơn trăm năm trước."
)
FOOTER = "Tạp chí Văn hóa Mẫu. Giấy phép số 12/GP-BTTTT. Điện thoại: 024.3943.8456"


def _page(content: str) -> bytes:
    return (
        "Title: Triển lãm tranh sơn mài về Hà Nội xưa\nSource: vanhoa.example.vn\n"
        "Link: https://vanhoa.example.vn/trien-lam-tranh-son-mai-123.html\nPublished Date: 19/11/2024 11:00\n"
        f"Author: \nTags: None\nSummary: \nContent: {content}\n"
    ).encode()


def test_a_bracketed_credit_after_a_line_with_no_stop_starts_a_unit() -> None:
    text = "Triển lãm mở cửa đến hết ngày 30/11 (Theo VOV) Nghệ sĩ Lan Hương nhận giải thưởng cống hiến"
    assert split_units(text) == [
        "Triển lãm mở cửa đến hết ngày 30/11",
        "(Theo VOV)",
        "Nghệ sĩ Lan Hương nhận giải thưởng cống hiến",
    ]


def test_the_last_line_stays_and_the_headlines_after_the_credit_go() -> None:
    last = "Triển lãm mở cửa miễn phí đến hết ngày 30/11"
    headlines = "Nghệ sĩ Nhân dân Lan Hương nhận giải thưởng cống hiến Phố sách Hà Nội mở rộng không gian đọc cuối tuần"
    converted = convert(_page(f"{STORY} {last} (Theo VOV) {headlines} Tin cùng chuyên mục {FOOTER}"), "p.txt")
    assert last in converted.body
    assert "Lan Hương" not in converted.body and "Phố sách" not in converted.body


@pytest.mark.parametrize("signed", ["Nhóm PV", "PV"])
def test_a_newsroom_after_a_quoted_slogan_is_cut_from_it_and_from_the_rating_box(signed: str) -> None:
    text = f'"Mỗi công nhân là một chiến sĩ phòng cháy" {signed} Đánh giá bài viết'
    assert split_units(text) == ['"Mỗi công nhân là một chiến sĩ phòng cháy"', signed, "Đánh giá bài viết"]


def test_the_quoted_slogan_stays() -> None:
    slogan = '"Mỗi người dân là một chiến sĩ phòng cháy"'
    tail = "Nhóm PV Đánh giá bài viết 4,5/5 (18 lượt đánh giá) Gửi bình luận Họ tên Email Nội dung Gửi"
    converted = convert(_page(f"{STORY} {slogan} {tail} {FOOTER}"), "p.txt")
    assert slogan in converted.body
    assert "Đánh giá" not in converted.body


def test_a_company_named_pv_is_no_credit() -> None:
    text = "Cổ phiếu ngành điện tăng mạnh. PV Power tăng 3%, dẫn đầu nhóm."
    assert split_units(text) == ["Cổ phiếu ngành điện tăng mạnh.", "PV Power tăng 3%, dẫn đầu nhóm."]


def test_a_writer_before_a_polls_question_is_read() -> None:
    last = "Bạn đọc có câu hỏi về đột quỵ có thể gửi về chuyên mục Hỏi đáp bác sĩ để được giải đáp."
    poll = "Thu Trang Bài viết có hữu ích với bạn không? Có Không Đăng ký nhận bản tin sức khỏe mỗi tuần"
    converted = convert(_page(f"{STORY} {last} {poll} {FOOTER}"), "p.txt")
    assert last in converted.body and "hữu ích" not in converted.body
    assert converted.front.author == "Thu Trang"
