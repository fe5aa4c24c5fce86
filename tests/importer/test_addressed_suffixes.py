"""A title's suffix that the page prints before a street address (`… | Nhà văn hóa Thiếu nhi Hòa Bình`
over a footer's `Nhà văn hóa Thiếu nhi Hòa Bình - Số 15 đường Cù Chính Lan, phường …`) is the house's
name and goes from the title, though the page's address spells no word of it
(`suffixes._name_over_address`); a headline's second clause the story prints in a sentence stays."""

from __future__ import annotations

from bantin.importer.suffixes import source_of_title

_TITLE = "Khai mạc trại hè sáng tạo cho hơn 200 thiếu nhi | Nhà văn hóa Thiếu nhi Hòa Bình"
_HEADLINE = "Khai mạc trại hè sáng tạo cho hơn 200 thiếu nhi"


def test_a_suffix_signing_the_footers_address_goes() -> None:
    texts = (
        "Sáng 5/6, … Đăng ký nhận bản tin Nhà văn hóa Thiếu nhi Hòa Bình - Số 15 đường Cù Chính Lan, "
        "phường Phương Lâm, tỉnh Phú Thọ Điện thoại: 0218 3852 114",
    )
    assert source_of_title(_TITLE, ("nvhtn-hb.example.vn",), texts=texts) == (
        _HEADLINE,
        "Nhà văn hóa Thiếu nhi Hòa Bình",
    )
    labelled = ("Nhà văn hóa Thiếu nhi Hòa Bình, địa chỉ: 15 Cù Chính Lan",)  # `Địa chỉ:` after a comma
    assert source_of_title(_TITLE, ("nvhtn-hb.example.vn",), texts=labelled)[0] == _HEADLINE
    ward = ("Nhà văn hóa Thiếu nhi Hòa Bình - 15 Cù Chính Lan, phường Phương Lâm, Thành phố Hòa Bình",)
    assert source_of_title(_TITLE, ("nvhtn-hb.example.vn",), texts=ward)[0] == _HEADLINE


def test_a_headlines_clause_stays() -> None:
    texts = (
        "Trại hè do Nhà văn hóa Thiếu nhi Hòa Bình tổ chức từ 5/6, số 12 đội tham gia.",  # no street after it
        "Sáng 5/6, tại Nhà văn hóa Thiếu nhi Hòa Bình - nơi 200 em tham gia, phường Phương Lâm khai mạc …",
    )
    assert source_of_title(_TITLE, ("nvhtn-hb.example.vn",), texts=texts)[0] == _TITLE
