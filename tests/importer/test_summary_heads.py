"""The page's head glued to the lead the summary opens, which a slogan's commas make read as prose
(`BINH ĐOÀN MẪU Vừa sản xuất, vừa sẵn sàng chiến đấu Quốc phòng - An ninh …`), goes; a sentence
before the lead, a line introducing a list and a series' part the headline names stay. And a
paragraph whose units were cut at a scraper's glue (`… ra đời7/5/1954 - Chiến thắng …`) prints them
apart. The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.core.glued_words import glued_words
from bantin.importer.chrome import Site
from bantin.importer.convert import convert
from bantin.importer.glued_units import spaced_at_cuts
from bantin.importer.summary_heads import REASON, heads_over_summary

from .scrapes import vnsum

LEAD = "Mỗi ngôi nhà trị giá 80 triệu đồng, trong đó đơn vị hỗ trợ 60 triệu đồng, số còn lại do gia đình góp."
STORY = "Các hộ được hỗ trợ đều là cựu chiến binh có hoàn cảnh khó khăn ở các huyện biên giới của tỉnh."
TITLE = "Binh đoàn Mẫu bàn giao 20 nhà đồng đội cho cựu chiến binh"
PROSE = ("prose", "sentence-like")


@pytest.mark.parametrize(
    "head",
    [
        "BINH ĐOÀN MẪU Vừa sản xuất, vừa sẵn sàng chiến đấu Quốc phòng - An ninh Chính sách hậu phương",
        "BỘ ĐỘI BIÊN PHÒNG TỈNH MẪU Đồn là nhà, biên giới là quê hương Biên giới Đồn - Trạm",
    ],
)
def test_a_slogans_head_glued_to_the_lead_the_summary_opens_goes(head: str) -> None:
    kinds = heads_over_summary([PROSE, PROSE, PROSE], [head, LEAD, STORY], [0, 0, 0], (TITLE, LEAD))
    assert kinds == [("chrome", REASON), PROSE, PROSE]
    page = vnsum(TITLE, "https://binhdoanmau.vn/tin-tuc/ban-giao-nha-a1.html", f"{head} {LEAD} {STORY}",
                 summary=LEAD)  # fmt: skip
    body = convert(page, "trang.txt", year=2024, sources={}).body
    assert LEAD in body and STORY in body and "sẵn sàng chiến đấu" not in body and "Đồn là nhà" not in body


@pytest.mark.parametrize(
    "before",
    [
        "Sáng 10/12, tại huyện Chư Mẫu, đơn vị tổ chức lễ bàn giao nhà cho các gia đình.",  # a sentence
        "Những con số của năm 2024:",  # a line introducing a list
        "Bài 2: Những mái ấm nơi biên giới",  # the series' part the headline names
    ],
)
def test_what_the_story_prints_before_the_lead_stays(before: str) -> None:
    title = f"{TITLE} (Bài 2: Những mái ấm nơi biên giới)"
    assert heads_over_summary([PROSE, PROSE], [before, LEAD], [0, 0], (title, LEAD)) == [PROSE, PROSE]


def test_a_head_in_another_paragraph_or_no_summary_is_left_to_the_other_passes() -> None:
    head = "BINH ĐOÀN MẪU Vừa sản xuất, vừa sẵn sàng chiến đấu Quốc phòng - An ninh"
    assert heads_over_summary([PROSE, PROSE], [head, LEAD], [0, 1], (TITLE, LEAD)) == [PROSE, PROSE]
    assert heads_over_summary([PROSE, PROSE], [head, LEAD], [0, 0], (TITLE,)) == [PROSE, PROSE]


def test_a_chronologys_dated_items_glued_to_the_words_before_them_are_cut() -> None:
    text = "Năm 1944 Đội ra đời7/5/1954 - Chiến thắng Điện Biên Phủ30/4/1975 - Thống nhất đất nước"
    assert [text[c : c + 8] for c in glued_words(text)] == ["7/5/1954", "30/4/197"]
    assert glued_words("Cập nhật: 10:56ngày17/02/2024 Một xe bẹp rúm") == []  # a stamp's own date


def test_a_paragraph_prints_apart_the_units_cut_at_a_glue() -> None:
    text = "Quân đội:22/12/1944 - Thành lập đội ra đời7/5/1954 - Chiến thắng đất nướcNhiều hiện vật."
    units = [
        "Quân đội:22/12/1944 - Thành lập đội ra đời",
        "7/5/1954 - Chiến thắng đất nước",
        "Nhiều hiện vật.",
    ]
    assert spaced_at_cuts(text, units) == (
        "Quân đội:22/12/1944 - Thành lập đội ra đời 7/5/1954 - Chiến thắng đất nước Nhiều hiện vật."
    )
    assert spaced_at_cuts("Ông ở TP.Bạc Liêu.", ["Ông ở TP.", "Bạc Liêu."]) == "Ông ở TP.Bạc Liêu."  # a stop
    assert spaced_at_cuts("Một câu. Hai câu.", ["Một câu.", "Hai câu đã sửa."]) == "Một câu. Hai câu."


def test_an_outlets_name_left_between_the_headers_cut_and_the_lead_goes_a_writers_stays() -> None:
    """`… Mỹ thuật trẻ Tạp chí Mẫu Họa sĩ …`: the menu's last item, an outlet's name with no writer,
    cut off the header before it and off the lead the summary opens after it (blind round
    `blind_funerals`); a writer's credit there, or one in a paragraph of its own, stays."""
    chrome, byline = ("chrome", "a menu"), ("byline", "a byline or credit")
    texts = ["Trang chủ Tin tức Triển lãm Tác giả", "Tạp chí Mỹ thuật Mẫu", LEAD]
    kinds = heads_over_summary([chrome, byline, PROSE], texts, [0, 0, 0], (TITLE, LEAD))
    assert kinds == [chrome, ("chrome", REASON), PROSE]
    texts[1] = "Minh Anh"
    assert heads_over_summary([chrome, byline, PROSE], texts, [0, 0, 0], (TITLE, LEAD))[1] == byline
    texts[1] = "Tạp chí Mỹ thuật Mẫu"
    assert heads_over_summary([chrome, byline, PROSE], texts, [0, 1, 1], (TITLE, LEAD))[1] == byline
    texts[1] = "(TTXVN/Mẫu+)"  # a dateline in brackets
    assert heads_over_summary([chrome, byline, PROSE], texts, [0, 0, 0], (TITLE, LEAD))[1] == byline
    texts[0], texts[1] = STORY, "Tạp chí Mỹ thuật Mẫu"  # a sentence of the story before it: no header cut
    assert heads_over_summary([PROSE, byline, PROSE], texts, [0, 0, 0], (TITLE, LEAD))[1] == byline


BLOG_LEAD = "Tôi trở lại vùng cao vào cuối tháng Ba, khi những cánh đồng hoa cuối cùng đã bắt đầu tàn."
BLOG_STORY = "Con đường lên đèo giờ đã được mở rộng, nhiều nhà nghỉ mọc lên san sát dưới chân núi."


_called = Site(host="mauthuong.blogspot.com", name="Mẫu thương").called  # the name its address spells


@pytest.mark.parametrize(
    "head",
    [
        "Mẫu thương Những chuyến đi, những trang sách và những điều nhỏ bé Thứ Bảy, 16 tháng 3, 2024",
        "Diễn đàn › Thiết bị › Ống kính Thảo luận trong Ống kính bắt đầu bởi hoang_mau, 14/8/2024.",
    ],
)
def test_a_blogs_name_in_title_case_or_a_breadcrumb_over_the_lead_goes(head: str) -> None:
    kinds = heads_over_summary([PROSE, PROSE, PROSE], [head, BLOG_LEAD, BLOG_STORY], [0, 0, 0],
                               ("Mùa hoa cuối", BLOG_LEAD), _called)  # fmt: skip
    assert kinds == [("chrome", REASON), PROSE, PROSE]


def test_a_sentence_opening_with_the_sites_name_before_the_lead_stays() -> None:
    before = "Mẫu thương vừa tròn mười năm viết về những chuyến đi"  # the name, then small letters
    kinds = heads_over_summary(
        [PROSE, PROSE], [before, BLOG_LEAD], [0, 0], ("Mùa hoa cuối", BLOG_LEAD), _called
    )
    assert kinds == [PROSE, PROSE]
