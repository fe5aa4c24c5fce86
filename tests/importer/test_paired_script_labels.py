"""A bilingual site's labels printed as pairs, the Lao before the Vietnamese with a slash, a middle dot
or a bar between them (`ໜ້າທຳອິດ / Trang chủ`, `ວິດີໂອ · Video`; bantin/importer/script_labels.py, blind
round fixtures/blind_laos12.yml), run into a one-line body: each pair starts a unit, so a menu of pairs
is read as a menu and the byline before a box's paired header as a byline. A word the story glosses in
brackets or a quotation stays in its sentence."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.script_labels import script_label_cuts
from bantin.importer.units import split_units

from .scrapes import vnsum


def test_each_pair_starts_a_unit() -> None:
    text = "ໜ້າຫຼັກ / Trang chủ ຂ່າວສານ · Tin tức ບົດຄວາມ | Bài viết Sáng 12/5, đoàn đại biểu tỉnh đến thăm."
    units = split_units(text)
    assert "ໜ້າຫຼັກ / Trang chủ" in units and "ຂ່າວສານ · Tin tức" in units


def test_a_glossed_word_stays_in_its_sentence() -> None:
    for text in (
        "Dân bản gọi con suối là Nậm Khăm (ນ້ຳຄຳ / Suối Vàng) từ nhiều đời nay.",
        "Khẩu hiệu “ສາມັກຄີ / Đoàn kết” được treo khắp bản.",
    ):
        assert not script_label_cuts(text)


def test_the_menu_and_the_box_of_pairs_go_and_the_byline_is_read() -> None:
    story = (
        "Chiều 20/11, Trường Chính trị tỉnh Nghệ An bế giảng lớp bồi dưỡng cho 38 cán bộ tỉnh Hủa Phăn. "
        "Lớp học kéo dài hai tháng, gồm các chuyên đề về xây dựng Đảng và quản lý kinh tế. "
        "Các học viên đi thực tế tại huyện Kỳ Sơn và Tương Dương."
    )
    menu = "ໜ້າຫຼັກ / Trang chủ ຂ່າວສານ / Tin tức ການຝຶກອົບຮົມ / Đào tạo ຄົ້ນຫາ / Tìm kiếm"
    box = "ຂ່າວທີ່ກ່ຽວຂ້ອງ / Tin liên quan Khai giảng lớp trung cấp lý luận chính trị cho cán bộ tỉnh bạn"
    page = vnsum(
        "Bế giảng lớp bồi dưỡng cán bộ tỉnh Hủa Phăn",
        "https://truongchinhtrimau.vn/tin-tuc/be-giang-lop-boi-duong-can-bo-tinh-hua-phan.html",
        f"{menu} {story} Lê Thị Hồng Nhung {box}",
        summary="Lớp học kéo dài hai tháng.",
        date="2026-11-21T10:00:00+07:00",
    )
    converted = convert(page, "a.txt")
    assert "Trang chủ" not in converted.body and "Tin liên quan" not in converted.body
    assert "Chiều 20/11, Trường Chính trị" in converted.body
    assert converted.front.author == "Lê Thị Hồng Nhung"
