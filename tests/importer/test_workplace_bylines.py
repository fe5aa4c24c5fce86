"""A closing byline with the writer's workplace after a comma (`Nguyễn Thị Minh Phương, Viện Nghiên cứu
…`, a journal's; `blind_journals`) is read as the one after a dash is (`Hoàng Thảo - Sở NN&PTNT`): the
writer, then the body's name (`bylines.parse_byline`)."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import parse_byline
from bantin.importer.convert import convert


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("Lê Thị Thanh Vân, Viện Kinh tế nông nghiệp", "Lê Thị Thanh Vân"),
        ("Phạm Quốc Khánh, Trường Đại học Bình Nguyên", "Phạm Quốc Khánh"),
        ("Đinh Hồng Sơn, Sở Nông nghiệp và Môi trường", "Đinh Hồng Sơn"),
    ],
)
def test_a_writer_then_the_workplace_after_a_comma_is_a_byline(text: str, writer: str) -> None:
    found = parse_byline(text)
    assert found is not None and found.author == writer and found.source is None


@pytest.mark.parametrize(
    "text",
    [
        "Hà Nội, Sở Y tế",  # a place, no one's name
        "Ông Lê Văn Tâm, Giám đốc Sở Y tế",  # a post, not a body, after the comma: a caption's words
        "Lê Văn Tâm, Viện Kinh tế, Trường Đại học Bình Nguyên",  # two commas: a list
        "Tại Bình Nguyên, Công ty Thủy lợi đã lập kế hoạch điều tiết nước.",  # a sentence, to its stop
    ],
)
def test_no_byline_without_a_persons_name_then_a_body_alone(text: str) -> None:
    found = parse_byline(text)
    assert found is None or found.author is None


def test_the_closing_workplace_byline_names_the_author() -> None:
    content = (
        "Tạp chí Kinh tế Mẫu Số mới Nghiên cứu Trao đổi "
        "Bài viết phân tích tác động của giá phân bón tới thu nhập hộ trồng lúa ở đồng bằng sông Cửu Long. "
        "Kết quả khảo sát 320 hộ cho thấy chi phí phân bón chiếm khoảng 28% tổng chi phí sản xuất. "
        "Nhóm tác giả đề xuất mở rộng mô hình bón phân theo bảng màu lá để giảm 15% lượng phân. "
        "Lê Thị Thanh Vân, Viện Kinh tế nông nghiệp"
    )
    page = (
        "Title: Giá phân bón và thu nhập hộ trồng lúa\nSource: tapchikinhtemau.vn\n"
        "Link: https://tapchikinhtemau.vn/nghien-cuu/gia-phan-bon-va-thu-nhap-ho-trong-lua-2211.html\n"
        "Published Date: 2024-10-02T08:00:00+07:00\nAuthor: \nTags: None\nSummary: \n"
        f"Content: {content}\n"
    ).encode()
    assert convert(page, "p.txt", year=2017).front.author == "Lê Thị Thanh Vân"
