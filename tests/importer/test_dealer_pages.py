"""What closes a motoring page on sites not seen before: the writer's name before a gallery's counter
(`Việt Hà 1/14 Ảnh Chia sẻ …`), a maker's name signing before a form's button of three words (`Ford
Việt Nam Nhận báo giá …`), and the last photo's credit of a maker run into the writer's whole name
(`Ảnh: Suzuki Phạm Trung`)."""

from __future__ import annotations

import pytest

from bantin.importer.credit_ends import signed_after_credit
from bantin.importer.edges import closing_byline_apart
from bantin.importer.furniture import Unit

LAST = "Giá bán của bản cao cấp là 765 triệu đồng, đắt hơn bản tiêu chuẩn 60 triệu đồng."


@pytest.mark.parametrize(
    ("closing", "byline", "rest"),
    [
        ("Việt Hà 1/14 Ảnh Chia sẻ Tin cùng chuyên mục", "Việt Hà", "1/14 Ảnh Chia sẻ Tin cùng chuyên mục"),
        ("Lê Minh Tuấn 3/20 Bình luận Tin liên quan", "Lê Minh Tuấn", "3/20 Bình luận Tin liên quan"),
        ("Ford Việt Nam Nhận báo giá Chọn mẫu xe Họ tên", "Ford Việt Nam", "Nhận báo giá Chọn mẫu xe Họ tên"),
    ],
)
def test_the_closing_byline_ends_before_a_gallerys_counter_or_a_forms_button(
    closing: str, byline: str, rest: str
) -> None:
    units = [Unit(0, LAST), Unit(0, closing)]
    assert [u.text for u in closing_byline_apart(units)][1:] == [byline, rest]


@pytest.mark.parametrize(
    ("credit", "signed"),
    [
        ("Ảnh: Suzuki Phạm Trung", ("Ảnh: Suzuki", "Phạm Trung")),
        ("Ảnh: Yamaha Lê Văn Tám", ("Ảnh: Yamaha", "Lê Văn Tám")),
        ("Ảnh: QĐND VĂN CHIẾN", ("Ảnh: QĐND", "Văn Chiến")),  # as before: initials, a name in capitals
        ("Ảnh: Thanh Hà Lê Minh", None),  # Vietnamese words: one photographer's name
        ("Ảnh: Honda Việt Nam", None),  # the maker's own name
        ("Ảnh: Toyota Hà Nội", None),  # the maker's dealer in a place
        ("Ảnh: Reuters", None),
    ],
)
def test_a_makers_credit_run_into_a_whole_name_gives_the_writer(
    credit: str, signed: tuple[str, str] | None
) -> None:
    assert signed_after_credit(credit) == signed
