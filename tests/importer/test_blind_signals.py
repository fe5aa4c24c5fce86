"""The signals the blind round of tests/importer/fixtures/blind_sites.yml needed, each checked on its
own: what goes, and the story's sentences next to it that stay."""

from __future__ import annotations

import pytest

from bantin.importer.captions import split_captions
from bantin.importer.chrome import HEADER_BYLINE, detect
from bantin.importer.convert import convert
from bantin.importer.dates import stamp_line
from bantin.importer.furniture import signals
from bantin.importer.parsed import Block
from bantin.importer.units import split_units

STORY = "Hai bên đã ký biên bản hợp tác giai đoạn mới tại trụ sở của tỉnh vào chiều nay."
MORE = STORY.replace("chiều", "sáng")


def _kept(lines: list[str]) -> list[str]:
    return [u.text for u in detect([Block("paragraph", line) for line in lines]) if u.keep]


@pytest.mark.parametrize(
    ("glued", "byline", "rest"),
    [
        ("Lê HợiChia sẻ Tweet", "Lê Hợi", "Chia sẻ Tweet"),
        ("MINH HUYChia sẻ bài viết", "MINH HUY", "Chia sẻ bài viết"),
        ("Ngọc PhúcTin cùng chuyên mục Lục Ngạn sẵn sàng cho mùa vải", "Ngọc Phúc", "Tin cùng chuyên mục Lục Ngạn sẵn sàng cho mùa vải"),
        ("Ngọc HàĐăng nhập để bình luận", "Ngọc Hà", "Đăng nhập để bình luận"),
    ],
)  # fmt: skip
def test_a_label_glued_to_the_closing_byline_starts_a_unit(glued: str, byline: str, rest: str) -> None:
    assert split_units(f"{STORY} {glued}") == [STORY, byline, rest]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngân hàng VietinBank, HDBank và PetroVietnam đã có mặt tại hội chợ cùng VnExpress và iPhone.",
        "Ông An, Giám đốc Công ty TNHH Mẫu, cho biết doanh thu năm nay tăng 20% so với năm trước.",
    ],
)
def test_a_brands_capitals_inside_a_word_cut_nothing(sentence: str) -> None:
    assert split_units(sentence) == [sentence]


def test_a_prompt_to_follow_the_site_whose_icon_was_dropped_is_chrome() -> None:
    assert signals("Theo dõi Báo Mẫu trên").sure
    assert not signals("Theo dõi diễn biến trên biển, các tàu đã vào bờ tránh trú bão an toàn.").sure


def test_the_headline_of_another_part_of_the_series_after_the_byline_goes() -> None:
    kept = _kept([STORY, MORE, "Thu Hằng", "Bài 1: Chè Thái Nguyên và con đường vươn xa", "Tin liên quan"])
    assert kept == [STORY, MORE, "Thu Hằng"]


@pytest.mark.parametrize("note", ["Tên nhân vật đã được thay đổi", "Bài 2: Gỡ khó cho hợp tác xã."])
def test_an_editors_note_after_the_byline_stays(note: str) -> None:
    assert note in _kept([STORY, MORE, "Thu Hằng", note])


def test_a_series_note_and_the_links_to_its_other_parts_go() -> None:
    """`(Còn nữa)` is the series' chrome, as its links are (issue 15's second blind round)."""
    kept = _kept([STORY, MORE, "(Còn nữa)", "Thu Hằng", "Kỳ 1: Chè Thái Nguyên và con đường vươn xa"])
    assert kept == [STORY, MORE, "Thu Hằng"]


@pytest.mark.parametrize(
    "line",
    ["Thứ hai, 2/9/2024 08:01 (GMT+07:00)", "02/09/2024 08:01 GMT+0700", "Thứ Hai, 02/09/2024 (GMT+7)"],
)
def test_a_stamp_with_its_zone_in_hours_and_minutes_is_a_stamp_line(line: str) -> None:
    assert stamp_line(line) is not None


@pytest.mark.parametrize("masthead", ["Kenh14.vn", "Tin tức", "Kinhtedothi"])
def test_a_sites_name_over_the_menu_and_the_stamp_goes_and_the_stamp_dates_the_page(masthead: str) -> None:
    text = "\n".join(
        ["Mùa lúa chín", "", masthead, "Đời sống", "17:05 21/08/2024", STORY, MORE, "", "", "", STORY]
    )
    article = convert(text.encode(), "page.txt", year=2017)
    assert masthead not in article.body
    assert str(article.front.date) == "2024-08-21"


def test_a_credit_right_over_the_lead_stays() -> None:
    assert "TTXVN" in _kept(["TTXVN", STORY, MORE])


def test_a_label_after_a_credit_opens_what_follows() -> None:
    blocks = split_captions(
        "Người dân chèo ghe trên phố. Ảnh: Lê Khang LTS: Mỗi mùa mưa, phố cổ lại chìm trong nước."
    )
    assert [b.credit for b in blocks] == ["Ảnh: Lê Khang", None]
    assert blocks[1].text.startswith("LTS:")


def test_a_writers_credit_run_into_the_menu_above_the_story_is_no_caption() -> None:
    lead = "LTS: Cứ mỗi mùa mưa, phố cổ Hội An lại chìm trong nước, người dân lại kê đồ lên gác."
    units = detect(
        split_captions(f"Đô thị Văn hóa Lối sống Chuyên đề Tạp chí in Bài: Thanh Hiếu - Ảnh: Lê Khang {lead}")
    )
    assert [u.text for u in units if u.keep] == [lead]
    assert any(u.text.startswith("Bài: Thanh Hiếu") and u.reason == HEADER_BYLINE for u in units)


def test_a_writers_name_over_the_stamp_of_a_news_please_page_is_the_author() -> None:
    text = "\n".join(["Giá iPhone giảm sâu", "", "Nhiều đại lý giảm giá iPhone.", "", "Tin liên quan hôm qua",
                      "Hoàng An", "Thứ hai, 2/9/2024 08:01 (GMT+07:00)", STORY, MORE, STORY.replace("tỉnh", "xã")])  # fmt: skip
    article = convert(text.encode(), "page.txt", year=2017)
    assert (article.front.author, str(article.front.date)) == ("Hoàng An", "2024-09-02")
    assert "Hoàng An" not in article.body and "Tin liên quan" not in article.body
