"""A journal's article page (blind round fixtures/blind_journals.yml): the paper's abstract under its
label, its keywords under the abstract, its references under their header and the writer's whole name
before the workplace stay; the journal's buttons (`Tải PDF`, `Trích dẫn`, `Lượt tải`), its DOI line
and the page's tags after the story go."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.edges import closing_byline_apart
from bantin.importer.field_starts import field_cuts
from bantin.importer.furniture import Unit, signals
from bantin.importer.paper_front import ABSTRACT, KEYWORDS, REFERENCES, paper_front
from bantin.importer.titled_names import name_goes_on
from bantin.importer.widgets import buttons

from .scrapes import vnsum


def test_the_abstract_s_label_and_the_keywords_under_it_are_the_paper_s() -> None:
    texts = ["Tạp chí Mẫu Số 12/2024", "Tóm tắt:", "Bài viết phân tích thực trạng và đề xuất giải pháp.",
             "Từ khóa: giám sát; phản biện xã hội.", "1. Đặt vấn đề", "Giám sát là chức năng của Mặt trận."]  # fmt: skip
    kinds = [
        ("short", ""),
        ("short", ""),
        ("prose", ""),
        ("chrome", "Từ khóa:"),
        ("short", ""),
        ("prose", ""),
    ]
    assert paper_front(kinds, texts)[1:4] == [("prose", ABSTRACT), ("prose", ""), ("prose", KEYWORDS)]


def test_the_page_s_tags_after_the_story_stay_the_site_s() -> None:
    texts = ["Lễ khai giảng được tổ chức sáng 5/9.", "Kim Sa", "Từ khóa: Pali, Khmer", "Tin cùng chuyên mục",
             "Hội thi chữ Khmer cấp tỉnh được tổ chức tại Trà Vinh."]  # fmt: skip
    kinds = [("prose", ""), ("byline", ""), ("chrome", "Từ khóa:"), ("chrome", ""), ("prose", "")]
    assert paper_front(kinds, texts)[2] == ("chrome", "Từ khóa:")


def test_the_references_under_their_header_are_the_paper_s() -> None:
    texts = ["Tài liệu tham khảo", "1. Ajzen, I. (1991), The theory of planned behavior.",
             "Bộ Tài chính (2020), Quyết định số 345/QĐ-BTC.", "Bài báo cùng số"]  # fmt: skip
    kinds = [("chrome", ""), ("short", ""), ("short", ""), ("chrome", "")]
    assert paper_front(kinds, texts) == [("prose", REFERENCES)] * 3 + [("chrome", "")]


def test_a_paper_s_labels_cut_the_menus_run_into_them() -> None:
    text = "Tạp chí Mẫu Số 12/2024 Tóm tắt: Bài viết phân tích. Trích dẫn bài viết Tài liệu tham khảo"
    assert {text.index("Tóm tắt"), text.index("Tài liệu")} <= field_cuts(text)
    doi = "1. Đặt vấn đề DOI: 10.52163/yhc.v65i8.1234"
    assert doi.index("DOI") in field_cuts(doi)


def test_a_journal_s_buttons_and_its_doi_are_the_page_s() -> None:
    for button in (
        "Tải PDF",
        "Trích dẫn",
        "Tải bài viết (PDF)",
        "Lượt xem: 1.534 | Lượt tải: 412",
        "Toàn văn PDF",
    ):
        assert buttons(button), button
    assert signals("DOI: 10.56794/vjss.11(195).55-66").strong
    assert signals("DOI: https://doi.org/10.57110/vnu-jeb.v4i6.512").strong
    assert not signals("Nhóm nghiên cứu công bố kết quả trên tạp chí Nature.").strong


def test_a_writer_s_name_is_not_cut_before_the_workplace() -> None:
    words = "TS. Ngô Thị Thanh Huyền - Học viện Tài chính Bài viết đăng".split()
    assert name_goes_on(words, 2) == 3
    assert name_goes_on("Nguyễn Thị Thanh Hương, Trường Đại học Đà Lạt".split(), 2) == 2
    assert name_goes_on("Lê Hồng Sơn Bình luận Gửi".split(), 3) == 0  # no workplace after it
    units = [Unit(0, "Tác giả kiến nghị đầu tư công cụ kiểm toán liên tục cho các chi nhánh ngân hàng."),
             Unit(0, "ThS. Lương Thị Hồng Nhung - Trường Đại học Kinh tế Quốc dân Đặt mua tạp chí năm 2025")]  # fmt: skip
    assert [u.text for u in closing_byline_apart(units)][1] == "ThS. Lương Thị Hồng Nhung"


def test_a_journal_page_keeps_the_paper_and_drops_its_widgets() -> None:
    story = (
        "Tạp chí Mẫu Số 193 (10/2024) Tóm tắt: Nghiên cứu khảo sát 412 người tiêu dùng tại Hà Nội và TP Hồ Chí"
        " Minh về ý định mua hàng qua livestream. Từ khóa: livestream, thế hệ Z, ý định mua. 1. Giới thiệu "
        "Năm 2023, doanh thu bán hàng qua livestream tại Việt Nam ước đạt 1,2 tỷ USD. Tải PDF Trích dẫn bài viết "
        "Tài liệu tham khảo 1. Ajzen, I. (1991), The theory of planned behavior, Organizational Behavior, 50(2), "
        "179-211. 2. Hair, J. F. (2022), A Primer on Partial Least Squares, 3rd ed., Sage. Đỗ Minh Thu, Trường Đại học Mẫu Lượt xem 987 Lượt tải 102 Bài báo cùng số Gửi bài trực tuyến"
    )
    raw = vnsum("Livestream và ý định mua", "https://tapchimau.vn/bai-bao/livestream-4432.html", story)
    converted = convert(raw, "page.txt", year=2024)
    for line in ("Tóm tắt:", "Từ khóa: livestream", "Tài liệu tham khảo", "Ajzen, I. (1991)"):
        assert line in converted.body, line
    for chrome in ("Tải PDF", "Trích dẫn bài viết", "Lượt tải"):
        assert chrome not in converted.body, chrome
