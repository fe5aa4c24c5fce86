"""A sources line naming a Vietnamese body (`Nguồn: Tổng cục Thống kê`) with the writer's name run on
after it, as a one-line body joins them (`translated_credits.signed_sources`, `body.take_credits`): the
line stays the story's, the name is the author; a place after a body's name is no writer, nor the
name after a masthead's kind (`Theo Tạp chí Công Thương`)."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.translated_credits import signed_sources


def test_a_writer_after_a_body_s_name_is_read_apart() -> None:
    line = "Nguồn: Tổng cục Thống kê Thanh Tâm"
    assert signed_sources(line, bodies=True) == ("Nguồn: Tổng cục Thống kê", "Thanh Tâm")
    assert signed_sources("Theo Bộ Y tế Minh Anh", bodies=True) == ("Theo Bộ Y tế", "Minh Anh")
    assert signed_sources("Nguồn: tổng hợp Minh Anh", bodies=True) is None  # no body's name before it
    assert signed_sources(line) is None  # a foreign name's only, unless asked
    # a masthead's kind alone has its name after it: `Công Thương` is the magazine's, no writer's
    assert signed_sources("Theo Tạp chí Công Thương", bodies=True) is None
    assert signed_sources("Nguồn: Báo điện tử Chính phủ", bodies=True) is None


def test_the_source_line_stays_and_its_writer_signs_the_story() -> None:
    page = (
        "Title: CPI tháng 1/2024 tăng 0,31% so với tháng trước\nSource: Con số & Sự kiện\n"
        "Link: https://consosukien.vn/cpi-thang-1-2024-tang-0-31-so-voi-thang-truoc-a6712.html\n"
        "Published Date: 2024-02-01T10:00:00+07:00\nAuthor: \nTags: None\nSummary: \n"
        "Content: Chỉ số giá tiêu dùng (CPI) tháng 1/2024 tăng 0,31% so với tháng trước và tăng 3,37% so "
        "với cùng kỳ năm 2023. Lạm phát cơ bản tháng 1/2024 tăng 0,45% so với tháng trước và tăng 2,72% "
        "so với cùng kỳ năm trước. Nguồn: Tổng cục Thống kê Thanh Tâm Tin xem nhiều Xuất khẩu tháng 1 "
        "tăng hơn 40% Quay lại\n"
    )
    converted = convert(page.encode(), "page.txt", year=2024)
    assert "Nguồn: Tổng cục Thống kê" in converted.body
    assert "Thanh Tâm" not in converted.body
    assert converted.front.author == "Thanh Tâm"
