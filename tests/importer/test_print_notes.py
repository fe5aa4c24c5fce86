"""A print edition's note set between two paragraphs of a paper's online copy (`Bài đăng trên Báo …
số 68 ra ngày 6/6/2024`), run into the photo's caption after it on one `Content:` line: the note goes,
the caption and a story's sentence telling what a paper printed stay."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.print_notes import print_note, print_note_cuts

STORY = (
    "Kết quả kiểm tra thực tế phát hiện 21.600 sản phẩm mang nhãn hiệu có dấu hiệu giả mạo. "
    "Bài đăng trên Báo Thương mại số 41 ra ngày 3/5/2024 Cán bộ quản lý thị trường kiểm tra hàng hóa trong kho. "
    "Ảnh: Minh Khang Cơ quan chức năng đã tạm giữ toàn bộ lô hàng để xác minh, xử lý theo quy định của pháp luật."
)


def _scrape(content: str) -> bytes:
    return (
        "Title: Phát hiện kho hàng giả mạo nhãn hiệu\nSource: https://qltt.example.gov.vn\n"
        "Link: https://qltt.example.gov.vn/tin-tuc/phat-hien-kho-hang-gia-c1.html\n"
        f"Published Date: 04/05/2024 09:20\nAuthor: \nTags: None\nSummary: \nContent: {content}\n"
    ).encode()


def test_a_print_note_run_into_the_caption_after_it_goes_and_the_caption_stays() -> None:
    body = convert(_scrape(STORY), "page.txt", year=2024).body
    assert "Bài đăng trên" not in body
    assert "Cán bộ quản lý thị trường kiểm tra hàng hóa trong kho." in body
    assert "Kết quả kiểm tra thực tế phát hiện" in body


def test_the_note_whole_in_its_shapes() -> None:
    assert print_note("Bài đăng trên Báo Hải quan số 68 ra ngày 6/6/2024")
    assert print_note("(Bài đăng trên ấn phẩm Tạp chí Tài chính kỳ 1 tháng 6/2024)")
    assert print_note("Bài in trên Tạp chí Cộng sản số 1020 (tháng 10-2023)")
    assert not print_note("Bài đăng trên Báo Hải quan số 68 ra ngày 6/6/2024 đã phản ánh vụ việc.")


def test_a_sentence_telling_what_a_paper_printed_is_not_cut() -> None:
    said = "Bài đăng trên Báo Hải quan số 68 ra ngày 6/6/2024 đã phản ánh vụ việc này."
    assert not print_note_cuts(said)
    inside = "Vụ việc được nêu trong Bài đăng trên Báo Hải quan số 68 ra ngày 6/6/2024 Cán bộ đã vào cuộc."
    assert not print_note_cuts(inside)
