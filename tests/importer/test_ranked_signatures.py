"""A writer signing under the story's last sentence with a degree and the workplace after a comma
(`ThS. Nguyễn Minh Khuyến, Phòng Quy hoạch và Điều tra tài nguyên nước`), run into the last paragraph on
one `Content:` line: the signature is cut off the sentence however long the workplace, its titled name
signs the story, and the signature stays in the text on its own line (`answerers.signed_at_work`); a
procuracy or a court after a dash (`KSV … - VKSND tỉnh …`) is the writer's office as a department is."""

from __future__ import annotations

from bantin.importer.byline_spots import split_trailing_byline
from bantin.importer.bylines import parse_byline
from bantin.importer.convert import convert

LAST = "Đến nay, Bộ đã công bố danh mục nguồn nước phải lập hành lang bảo vệ của 12 tỉnh, thành phố."
SIGNATURE = "ThS. Nguyễn Minh Khuyến, Phòng Quy hoạch và Điều tra tài nguyên nước"


def test_a_titled_signature_with_a_long_workplace_is_cut_off_the_last_sentence() -> None:
    text, byline = split_trailing_byline(f"{LAST} {SIGNATURE}")
    assert text == LAST
    assert byline is not None and byline.author == "ThS. Nguyễn Minh Khuyến"


def test_the_titled_writer_signs_the_page_and_the_signature_stays() -> None:
    content = f"Ngày 12/3, Cục Quản lý tài nguyên nước tổ chức hội nghị triển khai danh mục nguồn nước. {LAST} {SIGNATURE}"
    scrape = (
        "Title: Công bố danh mục nguồn nước\nSource: https://nuoc.example.gov.vn\n"
        "Link: https://nuoc.example.gov.vn/tin-tuc/cong-bo-danh-muc-c1.html\n"
        f"Published Date: 20/03/2024 09:40\nAuthor: \nTags: None\nSummary: \nContent: {content}\n"
    ).encode()
    converted = convert(scrape, "page.txt", year=2024)
    assert converted.front.author == "ThS. Nguyễn Minh Khuyến"
    assert SIGNATURE in converted.body
    assert LAST in converted.body


def test_a_procuracy_or_a_court_after_the_dash_is_the_writer_s_office() -> None:
    found = parse_byline("KSV Lê Thị Hồng Vân - VKSND huyện Tư Nghĩa")
    assert found is not None and found.author == "KSV Lê Thị Hồng Vân"
    found = parse_byline("Trần Minh Đức - TAND tỉnh Bình Định")
    assert found is not None and found.author == "Trần Minh Đức"
