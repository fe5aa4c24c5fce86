"""An office signing the story instead of a person (`Phòng Hợp tác quốc tế`, `Ban Truyền thông`, `Phòng
Tuyên truyền - Hỗ trợ người nộp thuế`) alone under the last sentence: its name, as printed, is the
author and the line leaves the body as a writer's byline does; a section's label or a menu's item is no
office, and the signer a notice names in its own lines (`Ban Tổ chức cuộc thi`) stays its text. One test
of an office's name (`signing_offices.office_name`) serves the story's end (`marked_ends`), an office's
fields (`closing_contacts`) and the author; a gallery's download button run into the byline (`Tải ảnh
(24 ảnh) Thanh Hà - Ban Thông tin`) is cut off it (`gallery_buttons`)."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.gallery_buttons import gallery_button, gallery_button_cuts
from bantin.importer.signing_offices import office_name

STORY = (
    "Sáng 21/8, Trường Đại học Y khoa Vinh tổ chức lễ trao bằng tốt nghiệp cho 38 lưu học sinh Lào khóa "
    "2019 - 2025. Trong 6 năm, các em học một năm dự bị tiếng Việt và thực hành tại các bệnh viện của "
    "tỉnh. Nhà trường hiện đào tạo 214 lưu học sinh Lào ở các bậc đại học và sau đại học."
)
TAIL = "Tin liên quan Khai giảng lớp tiếng Việt dự bị cho lưu học sinh Lào năm 2025"


def _page(content: str, layout: str = "vnsum") -> str:
    if layout == "flat":
        return f"Trao bằng tốt nghiệp cho lưu học sinh Lào\n{content}\n"
    return (
        "Title: Trao bằng tốt nghiệp cho lưu học sinh Lào\nSource: https://truong.example.edu.vn\n"
        "Link: https://truong.example.edu.vn/tin-tuc/trao-bang-c1.html\n"
        f"Published Date: 22/08/2025 10:15\nAuthor: \nTags: None\nSummary: \nContent: {content}\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Phòng Hợp tác quốc tế",
        "Ban Truyền thông",
        "Phòng Kinh doanh - Khai thác",
        "Phòng Tuyên truyền - Hỗ trợ người nộp thuế",
    ],
)
def test_an_office_s_name(text: str) -> None:
    assert office_name(text)


@pytest.mark.parametrize(
    "text",
    [
        "Phòng chống tham nhũng",
        "Ban đọc",
        "Thời sự",
        "Phòng Hợp tác quốc tế năm 2025",
        "Ban Truyền thông: 024 3869",
    ],
)
def test_a_section_s_label_or_a_field_is_no_office(text: str) -> None:
    assert not office_name(text)


@pytest.mark.parametrize(
    "office", ["Phòng Hợp tác quốc tế", "Ban Truyền thông", "Phòng Tuyên truyền - Hỗ trợ người nộp thuế"]
)
def test_the_office_under_the_last_sentence_is_the_author_and_leaves_the_body(office: str) -> None:
    converted = convert(_page(f"{STORY} {office} {TAIL}").encode(), "page.txt", year=2025)
    assert converted.front.author == office
    assert office not in converted.body
    assert "214 lưu học sinh Lào" in converted.body


def test_a_section_s_label_under_the_story_is_no_author() -> None:
    converted = convert(_page(f"{STORY} Phòng chống tham nhũng {TAIL}").encode(), "page.txt", year=2025)
    assert not converted.front.author


def test_the_signer_the_notice_names_stays_its_text() -> None:
    named = f"{STORY} Tác phẩm gửi về: Ban Tổ chức cuộc thi, số 37 Lê Đại Hành, Hà Nội. Ban Tổ chức {TAIL}"
    converted = convert(_page(named).encode(), "page.txt", year=2025)
    assert converted.front.author != "Ban Tổ chức"


def test_a_portal_s_links_run_on_after_the_office_go_and_the_office_signs() -> None:
    glued = f"{STORY}\nBan Truyền thông Cổng thông tin sinh viên Học viện Nông nghiệp Việt Nam - Trâu Quỳ, Gia Lâm, Hà Nội"
    converted = convert(_page(glued, "flat").encode(), "page.txt", year=2025)
    assert converted.front.author == "Ban Truyền thông"
    assert "Cổng thông tin sinh viên" not in converted.body
    assert "214 lưu học sinh Lào" in converted.body


def test_a_gallery_s_download_button_is_cut_off_the_byline() -> None:
    text = "Tải ảnh (24 ảnh) Thanh Hà - Ban Thông tin"
    assert gallery_button_cuts(text) == {len("Tải ảnh (24 ảnh)")}
    assert gallery_button("Tải ảnh (24 ảnh)")
    converted = convert(_page(f"{STORY} {text} {TAIL}").encode(), "page.txt", year=2025)
    assert converted.front.author == "Thanh Hà"


def test_the_office_closes_the_story_when_only_short_lines_of_furniture_follow() -> None:
    lines = [
        STORY,
        "Thay mặt học viên, đồng chí Bounchan Sinthavong hứa sẽ vận dụng kiến thức vào xây dựng địa phương.",
        "Ban Quản lý đào tạo",
        "Thông báo tuyển sinh cao học năm 2025",
        "Hệ thống văn bản",
        "Học viện Chính trị khu vực - 135 Nguyễn Phong Sắc, Cầu Giấy, Hà Nội",
    ]
    converted = convert(_page("\n".join(lines), "flat").encode(), "page.txt", year=2025)
    assert converted.front.author == "Ban Quản lý đào tạo"
    assert "Thông báo tuyển sinh" not in converted.body
    assert "Hệ thống văn bản" not in converted.body
    assert "xây dựng địa phương" in converted.body
