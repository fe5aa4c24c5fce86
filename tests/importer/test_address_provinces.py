"""A footer's address ends on its province (`… phường Tân An, tỉnh Đắk Lắk`): the name after a word
that makes it a place (`tỉnh`, `phường`, `tại`) is no writer run into a form's box
(`form_bylines`), so the address is not cut there and the province is never the page's author."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.form_bylines import _apart

_LAST = (
    "Trạm Khuyến nông xã đã cấp 1.200 cây giống cà phê cho 80 hộ dân trồng tái canh trong vụ này, "
    "theo kế hoạch của Sở Nông nghiệp và Môi trường."
)


def _page(tail: str) -> bytes:
    return (
        "Title: Cấp giống cà phê tái canh cho 80 hộ dân\nSource: Trạm Khuyến nông Mẫu\n"
        "Link: https://khuyennong.example.vn/cap-giong-ca-phe.html\nPublished Date: 2026-11-20T08:15:00+07:00\n"
        "Author: \nTags: None\nSummary: Trạm Khuyến nông xã cấp giống cà phê tái canh cho 80 hộ dân.\n"
        f"Content: Trạm Khuyến nông xã cấp giống cà phê tái canh cho 80 hộ dân. {_LAST} {tail}\n"
    ).encode()


def test_a_province_after_its_word_is_no_writer_in_a_box() -> None:
    assert _apart("12 Lê Duẩn, phường Tân An, tỉnh Đắk Lắk") is None
    assert _apart("Liên hệ Trạm tại xã Ea Kar Lâm Đồng") is None


def test_a_writer_after_a_form_s_call_is_still_cut_off_it() -> None:
    assert _apart("Đăng ký nhận bảng giá dự án: Điền họ tên, số điện thoại Lê Mai") is not None


def test_the_footer_s_province_is_not_the_author() -> None:
    tail = (
        "Minh Hà Tin khác Hội thảo giống cà phê mới Trạm Khuyến nông Mẫu. "
        "53 Nguyễn Lương Bằng, phường Tân An, tỉnh Đắk Lắk Bản quyền thuộc về Trạm Khuyến nông Mẫu"
    )
    converted = convert(_page(tail), "page.txt", year=2026)
    assert _LAST in converted.body
    assert converted.front.author != "Đắk Lắk"
    assert "Đắk Lắk" not in converted.body
