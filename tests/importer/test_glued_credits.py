"""`bantin.importer.credit_ends.to_glue`: a run-in caption's credit glued with no space to the
paragraph after it (`Ảnh: Công an cung cấpCông an đề nghị …`) ends at the glue, its words whole,
as a scrape that joins paragraphs with nothing prints it; a credit of an agency's initials glued to
the next paragraph's first word (`Ảnh: BTCNam ca sĩ cho biết …`, `Ảnh: FBNVChia sẻ …`) ends with the
initials, while a brand's name of initials and a word (`VNPay`) is the credit's whole; on captions
written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.captions import split_captions


@pytest.mark.parametrize(
    ("text", "credit", "rest"),
    [
        (
            "Bị can tại cơ quan điều tra. Ảnh: Công an cung cấpCông an đề nghị ai là bị hại liên hệ.",
            "Ảnh: Công an cung cấp",
            "Công an đề nghị ai là bị hại liên hệ.",
        ),
        (
            "Nhóm sinh viên bên sản phẩm. Ảnh: Nhân vật cung cấpTrưởng nhóm Lê Minh Khoa cho biết thêm.",
            "Ảnh: Nhân vật cung cấp",
            "Trưởng nhóm Lê Minh Khoa cho biết thêm.",
        ),
        (
            "Cây cầu nhìn từ trên cao. Ảnh: Bộ Giao thông Vận tảiPhát biểu tại lễ, lãnh đạo Bộ đề nghị.",
            "Ảnh: Bộ Giao thông Vận tải",
            "Phát biểu tại lễ, lãnh đạo Bộ đề nghị.",
        ),
        (
            "Nam ca sĩ trong buổi họp báo chiều 5/12. Ảnh: BTCNam ca sĩ cho biết phần lớn tiết mục là mới.",
            "Ảnh: BTC",
            "Nam ca sĩ cho biết phần lớn tiết mục là mới.",
        ),
        (
            "Nữ nghệ sĩ tại buổi lễ. Ảnh: FBNVChia sẻ sau buổi lễ, nữ nghệ sĩ cho biết bà vẫn dạy diễn xuất.",
            "Ảnh: FBNV",
            "Chia sẻ sau buổi lễ, nữ nghệ sĩ cho biết bà vẫn dạy diễn xuất.",
        ),
    ],
)
def test_a_credit_glued_to_the_next_paragraph_ends_at_the_glue(text: str, credit: str, rest: str) -> None:
    caption, after = split_captions(text)
    assert (caption.kind, caption.credit) == ("caption", credit)
    assert after.text == rest


def test_a_writer_named_before_the_glue_is_still_the_byline() -> None:
    blocks = split_captions("Ông An tại lễ. Ảnh: Minh Đức Nguyễn ChinhBình luận")
    assert blocks[0].credit == "Ảnh: Minh Đức"
    assert [b.text for b in blocks[1:]] == ["Nguyễn Chinh", "Bình luận"]


def test_a_glue_after_a_sentence_in_the_credit_window_is_not_the_credits() -> None:
    blocks = split_captions(
        "Ông An tại lễ. Ảnh: Minh Đức Sáng 5/6, đoàn đến thăm xã.Chiều cùng ngày, đoàn về."
    )
    assert blocks[0].credit == "Ảnh: Minh Đức"
    assert blocks[1].text.startswith("Sáng 5/6")


def test_a_brand_of_initials_and_a_word_is_the_credits_whole() -> None:
    caption, *_ = split_captions("Giao diện thanh toán trên điện thoại. Ảnh: VNPay cung cấp")
    assert caption.credit.startswith("Ảnh: VNPay")
