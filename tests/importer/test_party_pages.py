"""The signals the blind round of tests/importer/fixtures/blind_party.yml needed (political pages of
the Party's press and of Party committees' portals), each checked on its own: what goes, and the
story's lines next to it that stay."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import parse_byline
from bantin.importer.chrome import detect
from bantin.importer.parsed import Block
from bantin.importer.suffixes import source_of_title
from bantin.importer.units import split_units
from bantin.importer.writers import titled_writer

STORY = "Hội nghị thống nhất giao Ban Thường vụ Tỉnh ủy chỉ đạo xây dựng kế hoạch thực hiện nghị quyết."
MORE = "Nghị quyết có hiệu lực từ ngày ký và được quán triệt đến từng chi bộ trong tháng này."


def _kept(lines: list[str]) -> list[str]:
    return [u.text for u in detect([Block("paragraph", line) for line in lines]) if u.keep]


@pytest.mark.parametrize("writer", ["PGS, TS NGUYỄN VĂN THẢO", "GS, TS TRẦN VĂN BÌNH", "PGS,TS LÊ THỊ HÀ"])
def test_a_writers_titles_parted_by_a_comma_are_a_titled_writer(writer: str) -> None:
    assert titled_writer(writer)
    assert (parse_byline(writer) or pytest.fail(writer)).author


def test_an_extracts_note_stays_over_a_titled_writer_at_the_end() -> None:
    """`(Trích)` says the text is abridged: it is the story's, kept before its writer's byline."""
    lines = [STORY, MORE, "(Trích)", "PGS, TS NGUYỄN VĂN THẢO", "Lượt xem: 2.417 Gửi email In bài",
             "Các bài viết khác Xây dựng đội ngũ cán bộ cấp chiến lược"]  # fmt: skip
    assert _kept(lines) == [STORY, MORE, "(Trích)", "PGS, TS NGUYỄN VĂN THẢO"]


def test_a_portals_list_of_other_documents_and_its_attachment_box_go() -> None:
    """Run into the story's one line (a scrape's `Content:`), after a list the story closes with."""
    items = "I. Mục tiêu Thu nhập bình quân đầu người đạt 70 triệu đồng vào năm 2030. II. Nhiệm vụ, giải pháp"
    chrome = "Tài liệu đính kèm Tải về Lượt xem: 876 Văn bản khác Kết luận của Ban Thường vụ Tỉnh ủy về công tác cán bộ"
    kept = _kept([f"{STORY} {items} {MORE} {chrome}"])
    assert "Văn bản khác" not in " ".join(kept) and "đính kèm" not in " ".join(kept)
    assert MORE in " ".join(kept) and "Mục tiêu" in " ".join(kept)


@pytest.mark.parametrize(
    "sentence",
    [
        "Văn bản mới nhất của Bộ quy định doanh nghiệp phải chuyển dữ liệu hóa đơn trong ngày.",
        "Văn bản khác được Bộ lấy ý kiến là dự thảo nghị định về thuế giá trị gia tăng, trình Chính phủ tháng 6.",
    ],
)
def test_a_sentence_about_other_documents_stays(sentence: str) -> None:
    assert _kept([STORY, sentence, MORE]) == [STORY, sentence, MORE]


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Đại hội đã bầu Ban Chấp hành gồm 15 đồng chí. - Đảng bộ tỉnh Long An", "Đảng bộ tỉnh Long An"),
        ("Hội nghị Tỉnh ủy lần thứ 20 - Tỉnh ủy Nghệ An", "Tỉnh ủy Nghệ An"),
        ("Kỷ niệm Ngày giải phóng - Thành ủy TP.HCM", "Thành ủy TP.HCM"),
    ],
)
def test_a_party_committees_portal_named_after_the_text_is_its_site(line: str, site: str) -> None:
    assert source_of_title(line)[1] == site


@pytest.mark.parametrize(
    "title", ["Phòng chống dịch - Tỉnh ủy chỉ đạo quyết liệt", "Sinh hoạt chi bộ - Đảng bộ tỉnh vững mạnh"]
)
def test_a_headlines_clause_on_a_committee_is_no_site(title: str) -> None:
    assert source_of_title(title) == (title, None)


@pytest.mark.parametrize("buttons", ["In bài viết Gửi email", "In bài Gửi email", "Gửi email In bài"])
def test_the_closing_byline_is_cut_off_the_print_and_email_buttons(buttons: str) -> None:
    units = split_units(
        f"{STORY} Phương Anh (TTBDCT huyện Bát Xát) {buttons} Tin cùng chuyên mục Sa Pa mở hội"
    )
    assert units[:2] == [STORY, "Phương Anh (TTBDCT huyện Bát Xát)"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In bài phát biểu của đồng chí Bí thư, nhà trường phát cho mỗi học sinh một bản.",
        "Cán bộ được hướng dẫn cách gửi email trả lời kiến nghị của cử tri.",
    ],
)
def test_printing_and_emailing_in_a_sentence_cut_nothing(sentence: str) -> None:
    assert split_units(f"{STORY} {sentence}") == [STORY, sentence]
