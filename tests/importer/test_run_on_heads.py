"""Subheadings in capitals run into the next sentence of a body scraped on one line (the blind round
on a story's own furniture, tests/importer/fixtures/blind_series.yml): cut from the sentence after
them and set as headings of their own; acronyms, slogans with commas and a dateline are left alone."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.run_on_heads import heading_ends

STORY = "Hai bên đã ký biên bản hợp tác giai đoạn mới tại trụ sở của tỉnh vào chiều nay."


def _page(content: str) -> str:
    return (
        "Title: Hà Nội công bố kế hoạch chuyển đổi số\nSource: Báo Mẫu\nLink: https://baomau.example.vn/a-1.html\n"
        "Published Date: 17/4/2024\nAuthor: \nTags: None\nSummary: \n"
        f"Content: {content}\n"
    )


def test_a_subheading_in_capitals_is_cut_from_the_sentence_after_it() -> None:
    text = f"{STORY} CÔNG KHAI DỮ LIỆU Theo ông Đức, hồ sơ cần được công khai."
    assert [text[i:].split()[0] for i in heading_ends(text)] == ["CÔNG", "Theo"]


def test_its_numeral_opens_it() -> None:
    text = f"{STORY} II. NHIỆM VỤ TRỌNG TÂM Hoàn thành kho dữ liệu dùng chung."
    assert [text[i:].split()[0] for i in heading_ends(text)] == ["II.", "Hoàn"]


def test_acronyms_and_a_dateline_are_no_subheading() -> None:
    assert heading_ends(f"{STORY} UBND TP HCM Cho biết sẽ làm rõ.") == []  # all ASCII: acronyms
    assert heading_ends("HÀ NỘI Sáng nay, mưa lớn gây ngập nhiều tuyến phố.") == []  # no sentence before
    assert heading_ends(f"{STORY} Ông nói TRƯỚC HẾT Phải làm.") == []  # inside a sentence


def test_a_one_line_body_gets_its_subheadings_as_headings() -> None:
    more = "Phấn đấu toàn bộ hồ sơ thủ tục hành chính được tiếp nhận và trả kết quả trực tuyến trong năm nay."
    body = convert(_page(f"{STORY} I. MỤC TIÊU {more} Thu Hằng").encode(), "page.txt", year=2024).body
    assert "\n\n## I. MỤC TIÊU\n\n" + more in body


def test_a_writers_name_in_capitals_after_their_title_is_no_subheading() -> None:
    assert heading_ends(f"Trang chủ Chính trị TS. NGUYỄN VĂN HÙNG Học viện Chính trị {STORY}") == []


def test_a_pages_header_in_capitals_over_headlines_is_no_subheading() -> None:
    text = f"{STORY} CẬP NHẬT DIỄN BIẾN MƯA LŨ Sơ đồ vùng mưa lớn Thừa Thiên Huế sơ tán dân vùng trũng"
    assert heading_ends(text) == []


def test_a_pages_list_header_in_capitals_is_no_subheading() -> None:
    text = "Ông Y Bhiết chia sẻ thêm về vườn cây. TIN LIÊN QUAN Giá sầu riêng hôm nay tăng mạnh Theo Phòng Nông nghiệp huyện, toàn huyện có 5.000 ha."
    assert heading_ends(text) == []
