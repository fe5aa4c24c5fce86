"""What typical news pages print around their story's opening (round `blind_sample3`): a paper's tag in
capitals with its full stop opening the summary (`TGVN. Ngày 19/1, …`) after a menu run into it, a
language switcher of two links over the lead (`Tiếng Việt English`), a video's title under an invitation
to watch it run into the next sentence (`Mời xem video: …`), and a headline ending with a place's two
names (`… tại Văn Miếu - Quốc Tử Giám`) that a short link leaves out."""

from __future__ import annotations

import pytest

from bantin.importer.boilerplate import is_language_menu, peel_language_link
from bantin.importer.convert import convert
from bantin.importer.suffixes import source_of_title

from .scrapes import vnsum

LEAD = (
    "Ngày 19/1, tại Langkawi, các Bộ trưởng Ngoại giao ASEAN nhóm họp hẹp, lần đầu tiên dưới sự chủ trì "
    "của Malaysia trên cương vị Chủ tịch ASEAN 2025."
)
REST = (
    "Hội nghị thảo luận việc triển khai Tầm nhìn Cộng đồng ASEAN 2045 và quá trình kết nạp Timor-Leste. "
    "Các Bộ trưởng nhất trí tiếp tục hỗ trợ Myanmar tìm giải pháp hòa bình, lâu dài."
)


def test_a_menu_run_into_the_papers_tag_the_summary_opens_with_goes() -> None:
    page = vnsum(
        "Ngoại trưởng ASEAN họp hẹp tại Malaysia",
        "https://tin-mau.vn/ngoai-truong-asean-hop-hep-tai-malaysia-301234.html",
        f"Thời sự Ngoại giao Sự kiện: ASEAN 2025 19/01/2025 20:40 Bản in TGVN. {LEAD} {REST} Minh Vân",
        summary=f"TGVN. {LEAD}",
    )
    body = convert(page, "page.txt", year=2025).body
    assert body.startswith("TGVN. Ngày 19/1, tại Langkawi")
    assert "Bản in" not in body and "Sự kiện" not in body


def test_a_sentence_ending_before_the_summarys_first_words_is_not_joined_to_them() -> None:
    page = vnsum(
        "Ngoại trưởng ASEAN họp hẹp tại Malaysia",
        "https://tin-mau.vn/ngoai-truong-asean-hop-hep-tai-malaysia-301234.html",
        f"{LEAD} {REST}",
        summary=LEAD,
    )
    body = convert(page, "page.txt", year=2025).body
    assert body.startswith("Ngày 19/1, tại Langkawi") and "Timor-Leste" in body


def test_two_language_links_over_the_lead_go() -> None:
    lead = (
        "Bộ đội Biên phòng tỉnh Sơn La vừa bắt giữ một đối tượng vận chuyển trái phép 12 bánh heroin từ "
        "Lào vào Việt Nam. Đối tượng khai nhận vận chuyển thuê với tiền công 50 triệu đồng."
    )
    page = vnsum(
        "Bắt đối tượng vận chuyển 12 bánh heroin",
        "https://tin-mau.vn/bat-doi-tuong-van-chuyen-12-banh-heroin-post481234.html",
        f"Trang chủ Pháp luật Thứ Năm, 20/03/2025, 06:40 [GMT+7] Tiếng Việt English {lead} Hoàng Tùng",
    )
    body = convert(page, "page.txt", year=2025).body
    assert "English" not in body and "Tiếng Việt" not in body
    assert "Bộ đội Biên phòng tỉnh Sơn La" in body


@pytest.mark.parametrize(
    ("text", "menu"),
    [
        ("Tiếng Việt English", True),
        ("Tiếng Việt | English", True),
        ("English Français", True),
        ("Tiếng Anh Tiếng Pháp", False),  # school subjects, in Vietnamese
        ("English Premier League", False),
    ],
)
def test_a_line_of_two_language_links_is_a_switcher(text: str, menu: bool) -> None:
    assert is_language_menu(text) is menu


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "Tiếng Việt English Bộ đội Biên phòng tỉnh Sơn La vừa bắt giữ một đối tượng vận chuyển ma túy.",
            "Tiếng Việt English",
        ),
        ("English Thực hiện Công điện của Thủ tướng, các địa phương đã sơ tán hàng nghìn hộ dân.", "English"),
        ("Tiếng Anh Tiếng Pháp được dạy ở các trường chuyên của tỉnh từ năm học tới nay.", None),
    ],
)
def test_the_headers_language_links_peel_off_the_lead(text: str, link: str | None) -> None:
    peeled = peel_language_link(text)
    assert (peeled[0] if peeled else None) == link


def test_a_videos_title_under_an_invitation_to_watch_goes_off_the_next_sentence() -> None:
    story = (
        "Bộ GD&ĐT cho biết thí sinh đăng ký dự thi trực tuyến từ ngày 24/4 đến ngày 5/5. Mời xem video: "
        "Học sinh lớp 12 ôn tập trước kỳ thi Các trường đại học được yêu cầu không sử dụng điểm thi đánh "
        "giá năng lực để xét tuyển sớm. Kết quả thi được công bố ngày 16/7."
    )
    page = vnsum(
        "Bộ GD&ĐT công bố lịch thi tốt nghiệp THPT năm 2025",
        "https://tin-mau.vn/lich-thi-tot-nghiep-thpt-2025-post712345.html",
        f"Kỳ thi tốt nghiệp THPT năm 2025 diễn ra trong 2 ngày 26 và 27/6. {story} Hà Cường",
    )
    body = convert(page, "page.txt", year=2025).body
    assert "Mời xem video" not in body and "ôn tập trước kỳ thi" not in body
    assert "Các trường đại học được yêu cầu không sử dụng điểm thi" in body


def test_a_headline_ending_with_a_places_two_names_keeps_them() -> None:
    title = "Khai mạc Ngày Thơ Việt Nam lần thứ 23 tại Văn Miếu - Quốc Tử Giám"
    summary = "Sáng 12/2, Ngày Thơ Việt Nam lần thứ 23 khai mạc tại Văn Miếu - Quốc Tử Giám."
    slug = "khaimacngaythovietnamlanthu23taivanmieu"
    assert source_of_title(title, ("congluan.vn",), slug=slug, texts=(summary,)) == (title, None)
    # a tagline the page does not print after the headline's words goes, as before
    tagline = "Khai mạc Ngày Thơ Việt Nam lần thứ 23 tại Văn Miếu - Nhịp Sống Mới"
    assert source_of_title(tagline, ("congluan.vn",), slug=slug, texts=(summary,))[0] == title.split(" - ")[0]
