"""A pointer sending the reader on to a section the site names (`Xem tiếp trong chuyên mục Multimedia`,
`Đọc thêm ở mục Video`; bantin/importer/section_lists.py, blind round fixtures/blind_laos12.yml), run into
the section's headlines and the footer after the byline, heads a list of other stories: it goes, and the
byline before it is the author. A story's sentence sends a reader to see a thing, not on to a section."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.section_lists import opens_section_list

from .scrapes import vnsum


def test_a_pointer_to_a_named_section_opens_a_list() -> None:
    assert opens_section_list("Xem tiếp trong chuyên mục Multimedia Bác sĩ quân y khám bệnh cho dân bản")
    assert opens_section_list("Đọc thêm ở mục Video Đoàn công tác thăm tỉnh bạn")
    assert not opens_section_list("Xem thêm trong báo cáo của Bộ Y tế, số ca mắc giảm 12%.")
    assert not opens_section_list("Xem tiếp trong chuyên mục này, bạn đọc sẽ thấy nhiều câu chuyện.")


def test_the_pointer_and_its_headlines_go_after_the_byline() -> None:
    story = (
        "Ngày 12/4, kíp mổ của Bệnh viện Quân y 7 phẫu thuật thành công ca thay khớp háng đầu tiên tại "
        "Bệnh viện Quân đội tỉnh Luông Pha-bang. Bệnh nhân 56 tuổi, đã xuất viện sau 6 ngày. "
        "Hai bệnh viện dự kiến chuyển giao thêm 4 kỹ thuật trong năm nay."
    )
    tail = (
        "Xem tiếp trong chuyên mục Multimedia Quân y Việt Nam khám bệnh cho dân bản ở Luông Pha-bang "
        "Tạp chí Quân y mẫu - Cơ quan của Cục Quân y."
    )
    page = vnsum(
        "Ca thay khớp háng đầu tiên tại Bệnh viện Quân đội tỉnh Luông Pha-bang",
        "https://quanymau.vn/tin-tuc/ca-thay-khop-hang-dau-tien-tai-luong-pha-bang.html",
        f"{story} Bài và ảnh: Trần Minh Đức {tail}",
        summary="Bệnh nhân 56 tuổi, đã xuất viện sau 6 ngày.",
        date="2026-04-13T09:00:00+07:00",
    )
    converted = convert(page, "a.txt")
    assert "Xem tiếp" not in converted.body and "khám bệnh cho dân bản" not in converted.body
    assert converted.front.author == "Trần Minh Đức"
