"""The closing of a provincial paper's daily report, written for these tests in the shape of a
search-engine scrape (the whole body on one line): a last sentence ending in a brand or a standard
written in mixed case (`… đạt chuẩn VietGAP.`), the labelled byline (`Bài, ảnh: …`), then the comment
box's header and its prompt (`Bình luận Vui lòng đăng nhập để bình luận`). The sentence stays, the
byline names the writer, the box goes; a button's syllable opening a longer word (`Vui lòng`, `Lưu ý`)
is no button."""

from __future__ import annotations

import pytest

from bantin.core.sentences import sentence_starts
from bantin.importer.convert import convert
from bantin.importer.widgets import leading_buttons

from .scrapes import vnsum

REPORT = [
    "Sáng 14/10, UBND huyện Yên Hòa tổ chức hội nghị tổng kết vụ bưởi năm nay.",
    "Toàn huyện có 860 ha bưởi, sản lượng ước đạt 14.000 tấn, tăng 8% so với năm trước.",
    "Huyện phấn đấu đến năm 2026 có thêm 300 ha bưởi được cấp chứng nhận GlobalGAP.",
]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Xã có 40 ha chè đạt chuẩn VietGAP. Người dân phấn khởi.", 2),
        ("Hộ nông dân được hướng dẫn xác thực eKYC. Sau đó họ nhận tiền hỗ trợ.", 2),
        ("Theo ThS. Nguyễn Văn Bình, giống lúa này chịu mặn tốt.", 1),  # a degree's abbreviation
        ("Cuộc họp do TS. Lê Minh chủ trì.", 1),
    ],
)
def test_a_brand_in_mixed_case_ending_in_capitals_closes_its_sentence(text: str, sentences: int) -> None:
    assert len(sentence_starts(text)) + 1 == sentences


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Bình luận Vui lòng đăng nhập để bình luận", len("Bình luận")),
        ("Thích Vui Buồn 12", len("Thích Vui Buồn 12")),  # reactions and their counter
        ("Gửi ý kiến", len("Gửi ý kiến")),
        ("Lưu ý trước khi bón phân", 0),
    ],
)
def test_a_buttons_syllable_opening_a_longer_word_is_no_button(text: str, end: int) -> None:
    assert leading_buttons(text) == end


def test_the_last_sentence_stays_and_the_writer_is_named_before_a_comment_prompt() -> None:
    tail = (
        "Bài, ảnh: Phương Linh Bình luận Vui lòng đăng nhập để bình luận Tin cùng chuyên mục Yên Hòa mùa bưởi"
    )
    page = vnsum(
        "Yên Hòa tổng kết vụ bưởi", "https://baoyenhoa.vn/kinh-te/yen-hoa-tong-ket-vu-buoi-a12.html",
        " ".join([*REPORT, tail]), source="Báo Yên Hòa",
    )  # fmt: skip
    converted = convert(page, "buoi.txt", year=2024)
    assert converted.body.rstrip().endswith(REPORT[-1]), converted.body
    assert "đăng nhập" not in converted.body
    assert converted.front.author == "Phương Linh"
