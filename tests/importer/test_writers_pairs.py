"""Two writers signing a story of the ethnic minorities' and mountain regions' news: their names
joined by a dash, in capitals (`GIÀNG A SỬ - VÀNG THỊ DUNG`) or of three words each (`Lò Văn An -
Cầm Thị Sen`), after a slash with their outlet (`Y Ngông - Thu Hà/VOV4`), after a photo's credit
naming the first of them (`Ảnh: Y Nguôn Y Nguôn - Lê Hạnh`), or with a woman's name of the Central
Highlands (`H'Lan`): the byline stays whole, its writers all named, and the furniture after it goes."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import parse_byline
from bantin.importer.caps_bylines import names_short
from bantin.importer.captions import parse_credit
from bantin.importer.convert import convert
from bantin.importer.edges import closing_byline_apart
from bantin.importer.furniture import Unit
from bantin.importer.html import _fuller
from bantin.importer.name_words import highland_name
from bantin.importer.units import split_units

LAST = "Năm nay, cả bản trồng thêm 40 ha chè Shan tuyết dưới tán rừng."


def _page(closing: str) -> str:
    content = (
        "Người Dao ở bản Tả Van Chư đã trồng chè Shan tuyết dưới tán rừng hơn 20 năm. "
        "Bản Tả Van Chư có 86 hộ, hầu hết sống bằng nghề làm chè và trồng thảo quả. "
        f"{LAST} {closing}"
    )
    return (
        "Title: Bản Tả Van Chư giữ rừng chè cổ thụ\nSource: baomau.vn\nLink: https://baomau.vn/che-co-thu-123.html\n"
        "Published Date: 2025-03-02T08:00:00+07:00\nAuthor: \nTags: None\nSummary: \nContent: "
        + content
        + "\n"
    )


def test_two_writers_in_capitals_are_one_unit_not_cut_at_their_dash() -> None:
    pieces = split_units(f"{LAST} GIÀNG A SỬ - VÀNG THỊ DUNG Từ khóa: chè, Tả Van Chư")
    assert pieces[1] == "GIÀNG A SỬ - VÀNG THỊ DUNG"


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("GIÀNG A SỬ - VÀNG THỊ DUNG", True),
        ("MINH TRÍ", True),
        ("NGUYỄN THỊ HỒNG HẠNH - LÊ VĂN AN", True),
        ("BAN BIÊN TẬP BÁO ĐIỆN TỬ - LIÊN HỆ", False),  # five words: no writer's name
        ("TIN TỨC SỰ KIỆN NỔI BẬT TRONG TUẦN", False),
        ("A - B - C", False),  # three parts: a menu's
    ],
)
def test_names_short_counts_each_writers_words(text: str, short: bool) -> None:
    assert names_short(text) is short


@pytest.mark.parametrize(
    ("closing", "byline", "rest"),
    [
        ("Lò Văn An - Cầm Thị Sen", "Lò Văn An - Cầm Thị Sen", None),
        ("Mai Hương - Lường Thị Ẻn Lượt xem 1.024", "Mai Hương - Lường Thị Ẻn", "Lượt xem 1.024"),
        (
            "Y Ngông - Thu Hà/VOV4 Nghe bản tin tiếng Ba Na",
            "Y Ngông - Thu Hà/VOV4",
            "Nghe bản tin tiếng Ba Na",
        ),
    ],
)
def test_the_second_writers_name_stays_whole_and_what_follows_goes(
    closing: str, byline: str, rest: str | None
) -> None:
    units = [Unit(0, LAST), Unit(0, closing), Unit(0, "Tải ứng dụng")]
    expected = [LAST, byline, *([rest] if rest else []), "Tải ứng dụng"]
    assert [u.text for u in closing_byline_apart(units)] == expected


def test_a_credit_said_again_as_the_byline_ends_after_its_first_saying_even_with_two_writers() -> None:
    after = "Y Nguôn Y Nguôn - Lê Hạnh Chia sẻ Tin cùng chuyên mục"
    credit, cut = parse_credit(after)
    assert credit == "Y Nguôn"
    assert after[cut:].startswith("Y Nguôn - Lê Hạnh")


@pytest.mark.parametrize(
    ("word", "name"),
    [("H'Lan", True), ("K'Thương", True), ("L'Express", False), ("L'Equipe", False), ("O'Neil", False)],
)
def test_a_highland_name_is_a_letter_an_apostrophe_and_a_syllable(word: str, name: bool) -> None:
    assert highland_name(word) is name


def test_a_highland_womans_name_after_the_dash_is_a_writer_not_an_outlet() -> None:
    byline = parse_byline("Y Nguôn - H'Lan")
    assert byline is not None
    assert (byline.author, byline.source) == ("Y Nguôn - H'Lan", None)


@pytest.mark.parametrize(
    ("read", "marked", "author"),
    [
        ("Y Nguôn", "Y Nguôn - H'Lan", "Y Nguôn - H'Lan"),
        ("Y Nguôn", "Y Nguôn, Lê Hạnh", "Y Nguôn, Lê Hạnh"),
        ("Lê Hạnh", "Thu Hà", "Lê Hạnh"),  # another name: trafilatura's stands
        (None, "Thu Hà", "Thu Hà"),
        ("Y Nguôn", None, "Y Nguôn"),
    ],
)
def test_the_markups_byline_of_several_writers_wins_over_trafilaturas_first(
    read: str | None, marked: str | None, author: str
) -> None:
    assert _fuller(read, marked) == author


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("GIÀNG A SỬ - VÀNG THỊ DUNG Từ khóa: chè, Tả Van Chư Chia sẻ", "Giàng A Sử - Vàng Thị Dung"),
        ("Lò Văn An - Cầm Thị Sen In bài Gửi bài Chia sẻ", "Lò Văn An - Cầm Thị Sen"),
        ("Y Ngông - Thu Hà/VOV4 Nghe bản tin tiếng Ba Na Tải ứng dụng", "Y Ngông - Thu Hà"),
    ],
)
def test_a_pages_two_writers_are_its_author_and_its_sentences_stay(closing: str, author: str) -> None:
    converted = convert(_page(closing).encode(), "page.txt", year=2017)
    assert converted.front.author == author
    assert LAST in converted.body
    assert "Từ khóa" not in converted.body and "Chia sẻ" not in converted.body


def test_a_caption_credited_to_the_first_writer_keeps_its_words_and_the_byline_both_writers() -> None:
    caption = "Già làng Y Bhiêt bên bến nước của buôn. Ảnh: Y Nguôn"
    converted = convert(
        _page(f"{caption} Y Nguôn - Lê Hạnh Chia sẻ Tin cùng chuyên mục").encode(), "page.txt", year=2017
    )
    assert converted.front.author == "Y Nguôn - Lê Hạnh"
    assert "Già làng Y Bhiêt bên bến nước của buôn." in converted.body


def test_a_newsroom_after_the_dash_in_the_markup_is_no_second_writer() -> None:
    assert _fuller("Minh Anh", "Minh Anh - Báo Nhân Dân") == "Minh Anh"
