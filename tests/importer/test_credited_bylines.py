"""The writer's name run on with no stop from a line past the story's last sentence, after a word no
name follows in small letters (a club's acronym, a score), is the byline where a photo's credit on the
page gives the same name (`Ảnh: Tuấn Anh`): the writer took the photos (`credited_bylines`; blind_sample11).
With no credit giving it, or a credit giving another name, the line stays whole."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.credited_bylines import credited_byline_apart
from bantin.importer.furniture import Unit


def _page(credit: str) -> bytes:
    content = (
        "Thể thao Thứ Bảy, 11/04/2026 - 21:05 "
        "Tối 11/4, Mẫu Sơn FC thắng Bình Nguyên FC 3-1 ở vòng 18 giải hạng Nhất trên sân nhà. "
        "Đội khách mở tỷ số ở phút 12 nhưng Mẫu Sơn FC ghi ba bàn liên tiếp trong hiệp hai. "
        f"Cầu thủ Mẫu Sơn FC ăn mừng bàn thắng. {credit} "
        "Với 3 điểm, Mẫu Sơn FC vươn lên thứ 2 trên bảng xếp hạng, kém đội đầu bảng 2 điểm. "
        "Kết quả các trận khác vòng 18: Công an Mẫu Sơn 1-1 Thể Công Bình Nguyên Thép Xanh Đông Hải 2-0 Becamex TPHCM Quang Vinh "
        "Xem thêm tin Tags: Hạng Nhất Mẫu Sơn FC Liên hệ quảng cáo: 0225 3746 888"
    )
    return (
        "Title: Mẫu Sơn FC thắng Bình Nguyên FC ở vòng 18\nSource: Báo Mẫu Sơn\n"
        "Link: https://baomauson.vn/the-thao/mau-son-fc-thang-binh-nguyen-fc-a5123.html\n"
        "Published Date: 2026-04-11T21:05:00+07:00\nAuthor: \nTags: None\nSummary: \n"
        f"Content: {content}\n"
    ).encode()


def test_the_name_a_photos_credit_gives_closing_the_line_is_the_author() -> None:
    assert convert(_page("Ảnh: Quang Vinh"), "p.txt", year=2017).front.author == "Quang Vinh"


def test_without_the_credit_the_line_keeps_the_name() -> None:
    assert convert(_page("Ảnh: Lê Thu"), "p.txt", year=2017).front.author != "Quang Vinh"


def test_a_name_past_the_story_is_cut_before_the_furniture() -> None:
    units = [
        Unit(0, "Với 3 điểm, Mẫu Sơn FC vươn lên thứ 2 trên bảng xếp hạng, kém đội đầu bảng 2 điểm."),
        Unit(1, "Kết quả các trận khác: Đông Hải 0-0 Tây Giang Phú Hòa 2-0 Long An BĐ Quang Vinh"),
        Unit(2, "Xem thêm tin"),
    ]
    cut = credited_byline_apart(units, lambda text: text == "Xem thêm tin", ("Ảnh: Quang Vinh",))
    assert [u.text for u in cut][1:3] == [
        "Kết quả các trận khác: Đông Hải 0-0 Tây Giang Phú Hòa 2-0 Long An BĐ",
        "Quang Vinh",
    ]
    assert credited_byline_apart(units, lambda text: text == "Xem thêm tin", ("Ảnh: Lê Thu",)) == units
