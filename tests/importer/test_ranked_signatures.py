"""A writer signing under the story's last sentence with a rank or a degree and the workplace after a
comma (`Đại úy Nguyễn Văn Hùng, Hội CCB huyện Quế Sơn`, `ThS. Nguyễn Minh Khuyến, Phòng Quy hoạch và
Điều tra tài nguyên nước`), run into the last paragraph on one `Content:` line: the signature is cut
off the sentence however long the workplace, its titled name signs the story, and the signature
stays in the text on its own line (`answerers.signed_at_work`); a procuracy or a court after a
dash (`KSV … - VKSND tỉnh …`) is the writer's office as a department is."""

from __future__ import annotations

import pytest

from bantin.importer.answerers import expert
from bantin.importer.byline_spots import split_trailing_byline
from bantin.importer.bylines import parse_byline
from bantin.importer.convert import convert

LAST = "Năm 2024, Hội CCB tỉnh đã xây mới, sửa chữa 46 nhà cho hội viên khó khăn."


@pytest.mark.parametrize(
    ("signature", "author"),
    [
        ("Đại úy Nguyễn Văn Hùng, Hội CCB huyện Quế Sơn", "Đại úy Nguyễn Văn Hùng"),
        ("ThS. Nguyễn Minh Khuyến, Phòng Quy hoạch và Điều tra tài nguyên nước", "ThS. Nguyễn Minh Khuyến"),
    ],
)
def test_a_titled_signature_with_its_workplace_is_cut_off_the_last_sentence(
    signature: str, author: str
) -> None:
    text, byline = split_trailing_byline(f"{LAST} {signature}")
    assert text == LAST
    assert byline is not None and byline.author == author


def test_a_rank_is_a_signature_s_title_but_a_sentence_about_an_officer_is_no_signature() -> None:
    assert expert("Thượng tá Lê Văn Bình, Bộ Chỉ huy Quân sự tỉnh") == "Thượng tá Lê Văn Bình"
    assert expert("Đại tá Trần Văn Sinh, Chủ tịch Hội CCB huyện, trao quyết định bàn giao nhà.") is None


def test_the_ranked_writer_signs_the_page() -> None:
    content = (
        "Ngày 19/12, Hội Cựu chiến binh huyện tổ chức bàn giao nhà Nghĩa tình đồng đội cho hội viên khó khăn. "
        f"{LAST} Đại úy Nguyễn Văn Hùng, Hội CCB huyện Quế Sơn"
    )
    scrape = (
        "Title: Trao nhà Nghĩa tình đồng đội\nSource: https://ccb.example.vn\n"
        "Link: https://ccb.example.vn/tin-tuc/trao-nha-c1.html\n"
        f"Published Date: 20/12/2024 09:40\nAuthor: \nTags: None\nSummary: \nContent: {content}\n"
    ).encode()
    converted = convert(scrape, "page.txt", year=2024)
    assert converted.front.author == "Đại úy Nguyễn Văn Hùng"
    assert "Đại úy Nguyễn Văn Hùng, Hội CCB huyện Quế Sơn" in converted.body  # with the workplace, it stays
    assert LAST in converted.body


def test_a_procuracy_or_a_court_after_the_dash_is_the_writer_s_office() -> None:
    found = parse_byline("KSV Lê Thị Hồng Vân - VKSND huyện Tư Nghĩa")
    assert found is not None and found.author == "KSV Lê Thị Hồng Vân"
    found = parse_byline("Trần Minh Đức - TAND tỉnh Bình Định")
    assert found is not None and found.author == "Trần Minh Đức"
