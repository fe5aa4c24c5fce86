"""A programme's items opening with their times, glued to each other in a one-line body (blind_sample16:
`… ngày 21/11:08:00 Khai mạc, … nhiệm kỳ VIII10:00 Thảo luận …`): each item is a unit of its own, so
the body prints it apart. A time needs two more items opening with theirs; a score or a code glues
no clock to a word."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.numbered_items import glued_times

from .scrapes import vnsum

PROGRAMME = (
    "Chương trình làm việc ngày 21/11:08:00 Khai mạc, báo cáo tổng kết nhiệm kỳ VIII10:00 Thảo luận "
    "phương hướng nhiệm kỳ IX14:00 Bầu Ban Chấp hành khóa IX16:00 Bế mạc"
)


def test_each_glued_time_opens_an_item() -> None:
    cuts = glued_times(PROGRAMME)
    assert [PROGRAMME[c : c + 5] for c in cuts] == ["08:00", "10:00", "14:00", "16:00"]


def test_one_time_alone_or_a_time_in_a_sentence_is_no_item() -> None:
    assert glued_times("Trận đấu bắt đầu lúc 19:00 Hà Nội FC ra sân với đội hình mạnh nhất.") == []
    assert glued_times("Tàu SE1 khởi hành lúc 19:00 Ga Hà Nội, tàu SE3 lúc 22:00 Ga Hà Nội.") == []


def test_the_programme_stays_item_by_item() -> None:
    content = (
        "Ngày 21/11, tại Hà Nội, Hội Điều dưỡng Việt Nam tổ chức Đại hội đại biểu toàn quốc lần thứ IX với "
        f"sự tham dự của 420 đại biểu.{PROGRAMME}Đại hội đề ra mục tiêu đến năm 2031 đạt 20 điều dưỡng trên "
        "10.000 dân."
    )
    page = vnsum(title="Đại hội Hội Điều dưỡng Việt Nam lần thứ IX", source="Hội Mẫu",
                 link="https://hoimau.vn/tin-tuc/dai-hoi-a1.html", content=content,
                 date="2026-11-21T16:30:00+07:00")  # fmt: skip
    body = convert(page, "page.txt", year=2026).body
    assert "nhiệm kỳ VIII 10:00 Thảo luận" in body
    assert "khóa IX 16:00 Bế mạc" in body
