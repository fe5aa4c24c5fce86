"""`bantin.importer.credit_ends.to_glue`: a run-in credit of an agency's initials glued with no space to
the next paragraph's first word (`Ảnh: BTCNam ca sĩ cho biết …`, `Ảnh: FBNVChia sẻ …`) ends with the
initials, and the paragraph keeps its first word; a brand's name of initials and a word (`VNPay`) is
the credit's whole; on captions written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.captions import split_captions


@pytest.mark.parametrize(
    ("text", "credit", "rest"),
    [
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
def test_initials_glued_to_the_next_paragraph_end_the_credit(text: str, credit: str, rest: str) -> None:
    caption, after = split_captions(text)
    assert (caption.kind, caption.credit) == ("caption", credit)
    assert after.text == rest


def test_a_brand_of_initials_and_a_word_is_the_credits_whole() -> None:
    caption, *_ = split_captions("Giao diện thanh toán trên điện thoại. Ảnh: VNPay cung cấp")
    assert caption.credit.startswith("Ảnh: VNPay")
