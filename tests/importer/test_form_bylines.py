"""The closing byline printed inside a box after the story: a developer's form before it, or a
calculator's title before it and its fields' labels after it (`… hàng tháng Hải Yến Số tiền vay Kỳ
hạn Xem kết quả`). The box goes, the name stays the author (taken off the body); a story's last line that holds a name is
left whole. The pages are written for these tests."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.form_bylines import byline_inside_box_apart
from bantin.importer.furniture import Unit

from .scrapes import vnsum

STORY = (
    "Dự án khu nhà ở công nhân tại huyện Yên Phong có quy mô 960 căn, giá bán dự kiến 14 triệu đồng/m². "
    "Chủ đầu tư cho biết sẽ nhận hồ sơ đăng ký mua từ tháng 6, ưu tiên công nhân các khu công nghiệp lân cận. "
    "Người mua được vay ưu đãi tối đa 80% giá trị căn hộ trong thời hạn 25 năm."
)


def _converted(closing: str) -> tuple[str, str | None]:
    page = vnsum(
        "Khu nhà ở công nhân 960 căn sắp nhận hồ sơ",
        "https://phomoi.vn/khu-nha-o-cong-nhan-960-can-a1234.html",
        f"{STORY} {closing} Tin cùng chuyên mục Bắc Giang duyệt thêm hai khu nhà ở xã hội",
        source="Tạp chí Phố Mới",
        date="02/04/2024 08:00",
    )
    converted = convert(page, "page.txt", year=2017)
    return converted.body, converted.front.author


def test_a_form_run_into_the_byline_goes_and_the_byline_stays() -> None:
    body, author = _converted("Đăng ký nhận bảng giá: Điền họ tên, số điện thoại Hải Yến")
    assert STORY.split(". ")[-1] in body
    assert "Đăng ký nhận bảng giá" not in body
    assert author == "Hải Yến"


def test_a_calculators_title_and_labels_around_the_byline_go() -> None:
    body, author = _converted(
        "Tính lãi vay mua nhà - Công cụ ước tính số tiền trả hàng tháng Hải Yến Số tiền vay Kỳ hạn Xem kết quả"
    )
    assert "Công cụ ước tính" not in body and "Kỳ hạn" not in body
    assert author == "Hải Yến"


def test_the_box_the_name_and_the_labels_are_cut_apart() -> None:
    units = [Unit(0, "Người mua được vay ưu đãi tối đa 80% giá trị căn hộ trong thời hạn 25 năm."),
             Unit(0, "Tính lãi vay mua nhà hàng tháng Hải Yến Số tiền vay Kỳ hạn Xem kết quả")]  # fmt: skip
    assert [u.text for u in byline_inside_box_apart(units)[1:]] == [
        "Tính lãi vay mua nhà hàng tháng",
        "Hải Yến",
        "Số tiền vay Kỳ hạn Xem kết quả",
    ]


def test_a_line_of_the_story_holding_a_name_stays_whole() -> None:
    units = [Unit(0, "Người mua được vay ưu đãi tối đa 80% giá trị căn hộ trong thời hạn 25 năm."),
             Unit(0, "Công trình do kiến trúc sư Lê Hoàng Nam thiết kế")]  # fmt: skip
    assert byline_inside_box_apart(units) == units


def test_a_related_headline_ending_in_a_place_is_no_byline() -> None:
    units = [Unit(0, "Người mua được vay ưu đãi tối đa 80% giá trị căn hộ trong thời hạn 25 năm."),
             Unit(0, "Tin liên quan Bắc Giang phục dựng lễ hội Yên Thế")]  # fmt: skip
    assert byline_inside_box_apart(units) == units
