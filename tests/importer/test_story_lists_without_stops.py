"""Lines of the story without a final stop beside the page's (blind_verse): a quiz's lettered options
stay with their answers (`answer_options.py`), a list's label stays with its number (`Câu 2. …`), a
menu peeled off the lead never takes the summary's opening words, the long sentence the closing
byline signs stays after a list without stops though it names a furniture word, and a poet's name
in capitals under the poem's lines is its byline, not a box's header."""

from __future__ import annotations

from bantin.importer.anchors import cuts_into_summary
from bantin.importer.answer_options import answer_options
from bantin.importer.caps_bylines import signs_short_lines
from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.numbered_items import label_start
from bantin.importer.units import split_units
from tests.importer.test_unseen_sites import words


def _page(summary: str, content: str) -> str:
    return (
        "Title: Tiêu đề của bài\nSource: Báo Tỉnh\nLink: https://baotinh.vn/tieu-de-cua-bai-123.html\n"
        f"Published Date: 12/05/2024 08:00\nAuthor: \nTags: None\nSummary: {summary}\nContent: {content}\n"
    )


def _body(summary: str, content: str) -> str:
    return words(convert(_page(summary, content).encode(), "page.txt", year=2024).body)


def test_lettered_options_from_a_are_a_quizs() -> None:
    text = "Thủ đô của Lào là thành phố nào? A. Viêng Chăn B. Luông Pha Băng C. Pắc Xế"
    assert sorted(answer_options(text)) == [text.index("A."), text.index("B."), text.index("C.")]
    assert answer_options("Sạc nhanh 25 W. Pin 5.000 mAh.") == {}
    assert answer_options("Ông A. Nguyễn và bà B. Trần đến dự.") == {}  # two letters are no quiz
    court = "Anh Nguyễn Văn A. cùng chị Trần Thị B. và ông Lê Văn C. bị khởi tố."
    assert answer_options(court) == {}  # persons left unnamed, no options


def test_an_option_after_a_figure_keeps_its_answer() -> None:
    text = "Năm nào? A. 1930 B. 1945 C. 1954 Bài dự thi gửi về trước ngày 30/5."
    assert split_units(text) == [
        "Năm nào?",
        "A. 1930",
        "B. 1945",
        "C. 1954 Bài dự thi gửi về trước ngày 30/5.",
    ]


def test_a_lists_label_stays_with_its_number() -> None:
    text = "Các điều chính gồm Điều 1. Phạm vi điều chỉnh Điều 2. Đối tượng áp dụng"
    assert label_start(text, text.index("1.")) == text.index("Điều 1.")
    assert label_start("Tăng 1. Sau đó", 5) == 5
    assert split_units(text)[1:] == ["Điều 1. Phạm vi điều chỉnh", "Điều 2. Đối tượng áp dụng"]


def test_a_menu_is_not_cut_inside_the_summarys_opening() -> None:
    summary = "UBND tỉnh Kon Tum ban hành Quyết định quy định giá đất giai đoạn 2024 - 2026."
    text = f"Thời sự Chính sách A+ In bài {summary}"
    assert cuts_into_summary(text, "Thời sự Chính sách A+ In bài UBND tỉnh Kon Tum ban hành", (summary,))
    assert not cuts_into_summary(text, "Thời sự Chính sách A+ In bài", (summary,))
    assert words(summary) in _body(
        summary, f"Thời sự Chính sách A+ In bài {summary} Giá đất tăng 10% so với trước. Minh Anh"
    )


def test_the_signed_sentence_after_a_list_without_stops_stays() -> None:
    story = [
        "Năm nay, thí sinh nộp hồ sơ xét tuyển lớp 10 hoàn toàn trực tuyến trên cổng của Sở.",
        "Phụ huynh nên cùng con làm theo các bước",
        "Kiểm tra thông tin cá nhân của học sinh trên hệ thống",
        "Chuẩn bị ảnh chân dung cỡ 3x4",
        "Chọn trường theo thứ tự ưu tiên",
        "Theo dõi lịch nộp lệ phí",
        "Ngoài ra, phụ huynh nên giữ kỹ mật khẩu tài khoản và không chia sẻ cho người lạ.",
    ]  # the last names `mật khẩu` and `chia sẻ`, after a step opening with `Theo dõi`
    tail = ["Hà Linh", "Tin liên quan", "Điểm chuẩn lớp 10 có thể tăng", "Bình luận (0)", "Gửi bình luận"]
    lead = "Phụ huynh cần chuẩn bị hồ sơ cho con từ sớm để tránh sai sót. - Báo Thủ Đô"
    page = "\n".join(
        ["Hướng dẫn nộp hồ sơ tuyển sinh lớp 10", "", lead, "", "Giáo dục", "12/05/2024 08:00", *story, *tail]
    )
    body = words(convert(page.encode(), "page.txt", year=2024).body)
    assert all(words(line) in body for line in story)
    assert "Điểm chuẩn" not in body


def test_a_poets_name_in_capitals_under_the_poem_is_the_byline() -> None:
    poem = ["Quê tôi có dòng sông xanh", "Mùa về con nước chảy quanh chân đồi", "Mẹ ngồi vá áo bên trời"]
    tail = ["Cùng tác giả", "Mùa lúa chín", "Đêm trăng ở bản", "Tạp chí Văn nghệ - Cơ quan của Hội Nhà văn"]
    lines = [
        "Văn nghệ",
        "Thơ",
        "15/05/2024 09:00",
        "Tác giả sinh năm 1985 ở Thái Bình, hiện là giáo viên.",
        *poem,
    ]
    page = "\n".join(
        ["Dòng sông quê", "", *lines, "TRẦN VĂN KHÁNH", *tail, "", "", "", "Chùm thơ mới của tác giả."]
    )
    converted = convert(page.encode(), "page.txt", year=2024)
    assert converted.front.author == "Trần Văn Khánh"
    body = words(converted.body)
    assert all(words(line) in body for line in poem) and "Mùa lúa chín" not in body


def test_a_roll_of_names_in_capitals_is_no_byline() -> None:
    roll = ["NGUYỄN VĂN AN", "TRẦN THỊ BÌNH", "LÊ VĂN CƯỜNG"]
    units = [
        Unit(0, "Danh sách học sinh đạt giải nhất gồm các em sau."),
        Unit(1, "Khối 12"),
        *(Unit(2, n) for n in roll),
    ]
    kinds = [("prose", ""), ("short", ""), *(("short", "") for _ in roll)]
    assert not any(signs_short_lines(units, kinds, i) for i in range(2, 5))
    assert signs_short_lines(units[:3], kinds[:3], 2)
