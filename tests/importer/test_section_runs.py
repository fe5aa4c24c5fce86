"""A box's header naming its section between `Tin` and what ties its stories to the page (`Tin xe mới
nhất`, `Tin thể thao mới nhất`; bantin/importer/section_lists.py's `SECTION_RUN`, blind round
fixtures/blind_sample14.yml) run into the text starts a unit, as the headers `vocabulary` names do: the
byline before it is read, the box and its headline go. `Tin học` (informatics) is a subject, no header."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.units import split_units

from .scrapes import vnsum


@pytest.mark.parametrize(
    "header", ["Tin xe mới nhất", "Tin thể thao mới nhất", "Tin kinh tế nổi bật", "TIN XE MỚI NHẤT"]
)
def test_a_box_header_named_by_its_section_starts_a_unit(header: str) -> None:
    text = f"Chọn phiên bản Dự toán chi phí {header} Toyota Vios 2027 ra mắt, giá từ 458 triệu đồng"
    assert f"{header} Toyota Vios 2027 ra mắt, giá từ 458 triệu đồng" in split_units(text)


def test_a_subject_or_a_sentences_words_start_no_unit() -> None:
    text = "Em đạt giải nhất môn Tin học liên quan đến lập trình và được tuyển thẳng."
    assert split_units(text) == [text]
    text = "Ông cho biết tin xấu mới nhất đến từ thị trường Mỹ."  # no capital: a sentence's words
    assert split_units(text) == [text]


def test_the_byline_before_the_box_is_read_and_the_box_goes() -> None:
    story = (
        "Trong tháng 12/2026, VinFast tiếp tục ưu đãi cho khách hàng mua xe điện, mức giảm cao nhất lên "
        "tới 80 triệu đồng. Khách hàng mua xe trước ngày 31/12 được miễn lệ phí trước bạ theo quy định."
    )
    tail = (
        "Tuấn Kiệt Tính giá lăn bánh Chọn tỉnh/thành Chọn phiên bản Dự toán chi phí Tin xe mới nhất "
        "Toyota Vios 2027 ra mắt, giá từ 458 triệu đồng Xe Online - Giấy phép số 58/GP-TTĐT"
    )
    page = vnsum(
        "Bảng giá xe VinFast tháng 12/2026",
        "https://xemau.vn/gia-xe/bang-gia-xe-vinfast-thang-12-2026-a3021.html",
        f"Giá xe Tin xe 01/12/2026 07:00 {story} {tail}",
        summary="Trong tháng 12/2026, VinFast tiếp tục ưu đãi cho khách hàng mua xe điện.",
        date="2026-12-01T07:00:00+07:00",
    )
    converted = convert(page, "a.txt")
    assert "Toyota Vios" not in converted.body and "Tin xe mới nhất" not in converted.body
    assert converted.front.author == "Tuấn Kiệt"


def test_a_box_under_its_sections_own_label_stays_with_it() -> None:
    text = "Hoàng Hà Chuyển nhượng Tin chuyển nhượng mới nhất Hà Nội FC đón tân binh người Brazil"
    assert "Tin chuyển nhượng mới nhất Hà Nội FC đón tân binh người Brazil" not in split_units(text)
