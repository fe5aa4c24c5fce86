"""A related story's headline run into the next sentence that ends inside an office's name (`Đọc thêm: Đưa
ra xét xử 12 vụ án lớn thuộc diện Ban Chỉ đạo theo dõi, chỉ đạo Phát biểu kết luận, …`, blind_sample16):
the word in capitals after an office's head (`Ban`, `Sở`, `Bộ`) goes on with its name, so the headline
is cut where the sentence starts (`Phát biểu`), not inside the name (`Ban | Chỉ đạo`)."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.linked_headlines import headline_end

from .scrapes import vnsum

HEADLINE = "Đưa ra xét xử 12 vụ án lớn thuộc diện Ban Chỉ đạo theo dõi, chỉ đạo"
NEXT = (
    "Phát biểu kết luận, Trưởng Ban Chỉ đạo yêu cầu năm 2027 tập trung xử lý dứt điểm các dự án tồn đọng, "
    "kéo dài gây thất thoát, lãng phí."
)


def test_the_headline_ends_after_the_office_s_name() -> None:
    words = f"{HEADLINE} {NEXT}".split()
    assert headline_end(words, [], 0) == len(HEADLINE.split())


def test_the_whole_headline_goes() -> None:
    content = (
        "Sáng 6/12, Ban Chỉ đạo Trung ương tổ chức phiên họp tổng kết công tác năm 2026 và triển khai nhiệm "
        f"vụ năm 2027. Đọc thêm: {HEADLINE} {NEXT} Thanh Hà Tin khác"
    )
    page = vnsum(title="Tổng kết công tác phòng chống tham nhũng năm 2026", source="Tạp chí Mẫu",
                 link="https://tapchimau.vn/thoi-su/tong-ket-a1.html", content=content,
                 date="2026-12-07T08:45:00+07:00")  # fmt: skip
    body = convert(page, "page.txt", year=2026).body
    assert NEXT in body
    assert "theo dõi, chỉ đạo" not in body
