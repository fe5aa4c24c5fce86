"""An admissions site's furniture in a one-line body: a link to its tool ending `tại đây` with no stop
(`Tra cứu điểm chuẩn các trường đại học năm 2025 tại đây`) goes, a sentence saying where to look stays;
its box of guides under the byline (`Thí sinh cần biết …`) goes and the byline before it is read."""

from __future__ import annotations

from bantin.importer.boilerplate import is_chrome
from bantin.importer.convert import convert


def test_a_tools_link_ending_here_is_chrome() -> None:
    assert is_chrome("Tra cứu điểm chuẩn các trường đại học năm 2025 tại đây")


def test_a_sentence_saying_where_to_look_is_not() -> None:
    assert not is_chrome("Tra cứu điểm chuẩn các trường đại học năm 2025 tại đây.")
    assert not is_chrome("Tra cứu thông tin tại đây, người dân cần nhập mã số thuế và số căn cước của mình")


def test_the_box_of_guides_under_the_byline_goes() -> None:
    raw = (
        "Title: Điểm chuẩn Đại học Bách khoa Hà Nội 2025: Cao nhất 29,39 điểm\nSource: tuyensinhso.vn\n"
        "Link: https://tuyensinhso.vn/diem-chuan/diem-chuan-bach-khoa-c2781.html\nPublished Date: 22/08/2025\n"
        "Author: \nTags: None\nSummary: \nContent: Tối 22/8, Đại học Bách khoa Hà Nội công bố điểm chuẩn năm"
        " 2025, dao động từ 19 đến 29,39 điểm. Ngành Khoa học máy tính có điểm chuẩn cao nhất với 29,39 điểm."
        " Tra cứu điểm chuẩn các trường đại học năm 2025 tại đây Thí sinh trúng tuyển phải xác nhận nhập học"
        " trực tuyến trước 17h ngày 30/8. Ngọc Anh Thí sinh cần biết Lịch xác nhận nhập học đợt 1 năm 2025\n"
    )
    converted = convert(raw.encode(), "page.txt", year=2025)
    assert converted.front.author == "Ngọc Anh"
    assert "tại đây" not in converted.body and "cần biết" not in converted.body
    assert "Thí sinh trúng tuyển phải xác nhận nhập học trực tuyến trước 17h ngày 30/8." in converted.body
