"""A list of the section's other stories, each headline after its time (`Bài cùng chuyên mục 07:30 Kiểm
tra việc kê khai tài sản, thu nhập tại 5 bộ, ngành 06:50 Truy tố …`, blind_sample16), goes under the
story even where its headlines' commas make it read as a sentence: the header naming its stories
(`furniture`'s pairings, `list_headers`) before a time of day and a capital is the list's, as it is
before a capital."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.list_headers import names_its_list

from .scrapes import vnsum

LIST = (
    "Bài cùng chuyên mục 07:30 Kiểm tra việc kê khai tài sản, thu nhập tại 5 bộ, ngành 06:50 Truy tố 18 bị "
    "can trong vụ án sai phạm đấu thầu thiết bị y tế Hôm qua 21:15 Hoàn thiện dự thảo Luật Phòng, chống "
    "tham nhũng (sửa đổi)"
)


def test_a_header_before_a_time_names_its_list() -> None:
    assert names_its_list(LIST)
    assert not names_its_list("Bài cùng chuyên mục 2026 có nhiều điểm mới.")


def test_the_timed_list_goes_under_the_byline() -> None:
    content = (
        "Sáng 6/12, Ban Chỉ đạo Trung ương tổ chức phiên họp tổng kết công tác năm 2026 và triển khai nhiệm "
        "vụ năm 2027. Trưởng Ban Chỉ đạo yêu cầu xử lý dứt điểm các dự án tồn đọng, kéo dài gây thất thoát, "
        f"lãng phí. Thanh Hà {LIST} Tạp chí Mẫu - Giấy phép số 318/GP-BTTTT"
    )
    page = vnsum(title="Tổng kết công tác phòng chống tham nhũng năm 2026", source="Tạp chí Mẫu",
                 link="https://tapchimau.vn/thoi-su/tong-ket-a1.html", content=content,
                 date="2026-12-07T08:45:00+07:00")  # fmt: skip
    body = convert(page, "page.txt", year=2026).body
    assert "xử lý dứt điểm các dự án tồn đọng" in body
    assert "Kiểm tra việc kê khai" not in body
