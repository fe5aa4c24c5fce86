"""The editors' correction note under a story (`Ghi chú của Tòa soạn: … Báo xin đính chính.`) stays
whole: a footer's label after `của` is whose the note is, no field starting (`field_starts`), and
`Báo` opening a sentence in small letters is no paper's name (`bylines.is_source_name`), so the note's
last sentence is neither the source nor cut off; a footer's `Tòa soạn:` and a paper's credit still are."""

from __future__ import annotations

from bantin.importer.bylines import is_source_name, parse_byline
from bantin.importer.convert import convert
from bantin.importer.field_starts import field_cuts

_NOTE = (
    "Ghi chú của Tòa soạn: Trong bản đăng lúc 9 giờ ngày 12/3, bài viết ghi nhầm chức vụ của ông Lâm Văn "
    "Tư là Phó Chủ tịch UBND huyện. Báo đã sửa lại và thành thật xin lỗi bạn đọc."
)


def _page(body: str) -> bytes:
    lead = "Nông dân huyện Trần Đề đã thu hoạch hơn 60% diện tích lúa Đông Xuân, năng suất đạt 7 tấn/ha."
    return (
        "Title: Huyện Trần Đề thu hoạch lúa Đông Xuân\nSource: Báo Sóc Trăng\n"
        "Link: https://example.vn/tran-de-thu-hoach-lua.html\nPublished Date: 2025-03-12T14:00:00+07:00\n"
        f"Author: \nTags: None\nSummary: {lead}\nContent: Báo Sóc Trăng Kinh tế Nông nghiệp {lead} {body}\n"
    ).encode()


def test_the_editors_note_stays_whole() -> None:
    story = "Ông Lâm Văn Tư, Trưởng phòng Nông nghiệp huyện, khuyến cáo nông dân không xuống giống quá sớm."
    footer = "Tin liên quan Bình luận Báo Sóc Trăng - Cơ quan của Đảng bộ tỉnh Sóc Trăng. Tòa soạn: 59 Trần Hưng Đạo"
    converted = convert(_page(f"{story} {_NOTE} Thanh Liêm {footer}"), "page.txt", year=2017)
    assert _NOTE in converted.body.replace("\n\n", " ")
    assert "59 Trần Hưng Đạo" not in converted.body
    assert converted.front.author == "Thanh Liêm"


def test_a_label_after_whose_is_no_field_but_a_footers_is() -> None:
    assert not field_cuts(_NOTE)
    assert field_cuts("Báo Sóc Trăng điện tử Tòa soạn: 59 Trần Hưng Đạo")


def test_a_sentence_opening_with_bao_is_no_papers_name() -> None:
    assert not is_source_name("Báo xin đính chính.")
    assert parse_byline("Báo xin đính chính.") is None
    assert is_source_name("Báo Sóc Trăng") and is_source_name("Báo điện tử VTC News")
