"""Bylines of the papers baomoi aggregated that earlier rounds used least (the fifth baomoi round,
fixtures/blind_baomoi5.yml): a masthead whose nouns are joined by `và` (`Báo ảnh Dân tộc và Miền núi`'s seven
words) or by `&` after `Khoa học` (science, no faculty's `Khoa`), and a writer's byline with its
outlet or role run on, in a one-line body, from the site's list of other stories (so the writer is
read and the list still goes)."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import Byline, is_source_name, parse_byline
from bantin.importer.convert import convert
from bantin.importer.trailing_credit import byline_at_end


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("Theo Báo ảnh Dân tộc và Miền núi", Byline(source="Báo ảnh Dân tộc và Miền núi")),
        (
            "Quốc Đạt/Báo ảnh Dân tộc và Miền núi",
            Byline(source="Báo ảnh Dân tộc và Miền núi", author="Quốc Đạt"),
        ),
        ("Hoàng Hà (Khoa học & Phát triển)", Byline(source="Khoa học & Phát triển", author="Hoàng Hà")),
    ],
)
def test_a_mastheads_joining_word_is_no_word_of_its_own(text: str, byline: Byline) -> None:
    assert parse_byline(text) == byline


@pytest.mark.parametrize(
    "text",
    [
        "Khoa Y & Dược",  # a faculty: `Khoa` before its name
        "Báo cáo tình hình kinh tế và xã hội của tỉnh năm nay",  # a report's title, too long
    ],
)
def test_an_office_or_a_long_phrase_stays_no_paper(text: str) -> None:
    assert not is_source_name(text)


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        (
            "Giải đấu có 15 quốc gia tham dự. Tin liên quan Tiến Minh trở lại top 50 thế giới "
            "Đức Đồng - Thể thao Việt Nam",
            "Đức Đồng - Thể thao Việt Nam",
        ),
        (
            "Mỗi hộ được hỗ trợ 10 kg gạo. Xem thêm Video: Mưa đá trắng trời ở Hà Giang Bích Ngọc (Tổng hợp)",
            "Bích Ngọc (Tổng hợp)",  # the place the headline ends with stays the headline's
        ),
    ],
)
def test_a_writers_byline_run_on_from_related_headlines_is_cut_off(text: str, byline: str) -> None:
    assert [text[at:] for at in byline_at_end(text)] == [byline]


@pytest.mark.parametrize(
    "text",
    [
        # a story's last line, no list's header over it: the name is the sentence's
        "Trận đấu có sự chứng kiến của Chủ tịch liên đoàn Lê Văn Thành (Hà Nội)",
        # a headline naming people, no outlet or role after them
        "Tin liên quan Tiến Minh gặp Vũ Thị Trang",
        # a headline of words in capitals only, no one's name after a word in small letters
        "Tin liên quan Hà Nội FC - Hải Phòng",
    ],
)
def test_no_byline_is_cut_where_no_list_ends_in_a_writer(text: str) -> None:
    assert byline_at_end(text) == []


def test_the_flat_page_names_its_writer_and_drops_the_headline() -> None:
    page = (
        "Đội tuyển cầu lông giành 3 HCV\nCác tay vợt Việt Nam giành 3 huy chương vàng.\n"
        "Ở trận chung kết đơn nam, Tiến Minh thắng tay vợt Malaysia 2-1. Giải đấu thu hút 150 vận động "
        "viên. Tin liên quan Tiến Minh trở lại top 50 thế giới Đức Đồng - Thể thao Việt Nam"
    )
    converted = convert(page.encode(), "page.txt", year=2017)
    assert (converted.front.author, converted.front.source) == ("Đức Đồng", "Thể thao Việt Nam")
    assert "top 50" not in converted.body
    assert "thắng tay vợt Malaysia" in converted.body
