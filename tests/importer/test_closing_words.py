"""A cut headline completed from its slug never ends with a word that opens a noun phrase or joins two
(`mỗi`, `các`, `của`): the slug's lone last word the page prints only so is another word folded the
same (`blind_sample9`, `blind_vnsum`)."""

from __future__ import annotations

from bantin.importer import titles
from bantin.importer.slug_spelling import closing_word

_EXAM = (
    "Sáng 26/6, hơn một triệu thí sinh bước vào kỳ thi tốt nghiệp THPT, kỳ thi đầu tiên theo "
    "Chương trình giáo dục phổ thông 2018. Mỗi thí sinh làm bài 50 phút mỗi môn."
)


def test_a_last_word_printed_only_as_a_determiner_is_the_function_word_folded_the_same() -> None:
    completed, changed = titles.complete(
        "Hơn một triệu thí sinh bước vào kỳ thi đầu tiên theo chương trình…",
        "https://baothidu.vn/giao-duc/hon-mot-trieu-thi-sinh-buoc-vao-ky-thi-dau-tien-theo-chuong-trinh-moi-a1234.html",
        [_EXAM],
    )
    assert changed and completed == "Hơn một triệu thí sinh bước vào kỳ thi đầu tiên theo chương trình mới"


def test_the_word_the_page_prints_at_the_end_stays_as_printed() -> None:
    completed, changed = titles.complete(
        "Nhiều trường tăng học phí năm…",
        "https://baothidu.vn/nhieu-truong-tang-hoc-phi-nam-hoc-moi-55123.html",
        ["Bước vào năm học mới, nhiều trường tăng học phí. Mỗi sinh viên đóng thêm 10%."],
    )
    assert changed and completed == "Nhiều trường tăng học phí năm học mới"


def test_a_joining_word_with_no_other_word_folded_so_leaves_the_title_cut() -> None:
    title = "Chợ đêm Phố cổ chính thức mở…"
    completed, changed = titles.complete(
        title,
        "https://baothidu.vn/cho-dem-pho-co-chinh-thuc-mo-cua-55124.html",
        ["Chợ đêm là niềm tự hào của phường. Hàng trăm gian hàng của tiểu thương phục vụ du khách."],
    )
    assert not changed and completed == title


def test_closing_word() -> None:
    assert closing_word("mỗi") == "mới"
    assert closing_word("mọi") == "mới"
    assert closing_word("mới") == "mới"
    assert closing_word("tỉnh") == "tỉnh"
    assert closing_word("các") is None and closing_word("của") is None
