"""Links to the other pages of a daily series the headline belongs to (`series_links`): other goods'
and other days' headlines in the headline's frame go, run together or alone after the story; the
story's own sentences and list lines in the same words stay."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.series_links import frame, other_good, series_links

from .scrapes import vnsum

HEADLINE = "Giá chè búp hôm nay 3/4: Thái Nguyên tăng 2.000 đồng/kg"
LEAD = "Giá chè búp tươi hôm nay tại các vùng chè lớn tăng từ 1.000 đến 2.000 đồng/kg so với hôm qua."


def test_the_frame_is_the_headlines_first_word_a_slot_and_the_words_before_its_date() -> None:
    pattern = frame(HEADLINE)
    assert pattern is not None
    assert pattern.match("Giá cà phê hôm nay 3/4: giảm nhẹ")
    assert pattern.match("Giá chè búp hôm nay 2/4")
    assert not pattern.match("Giá cà phê hôm qua giảm nhẹ")  # no date, other words
    assert frame("Thái Nguyên mở hội chè") is None  # no date: no series
    assert frame("Chè 3/4 lên giá") is None  # a date too near the start to frame a slot


def test_headlines_of_the_series_run_together_or_after_the_story_go() -> None:
    texts = [
        LEAD,
        "Thái Nguyên: 42.000 đồng/kg",  # the story's list
        "Phú Thọ: 38.000 đồng/kg",
        "Thương lái cho biết nhu cầu chè xuất khẩu tăng mạnh từ đầu tháng.",
        "Giá cà phê hôm nay 3/4: giảm nhẹ Giá tiêu hôm nay 3/4 Báo Mẫu.",  # a run, with the site's name
        "Giá lúa gạo hôm nay 3/4: đi ngang",  # one link after the story
    ]
    kinds = [("prose", ""), ("short", ""), ("short", ""), ("prose", ""), ("prose", ""), ("short", "")]
    out = series_links(kinds, texts, HEADLINE)
    assert [kind for kind, _ in out] == ["prose", "short", "short", "prose", "chrome", "chrome"]


def test_the_storys_own_lines_in_the_frames_words_stay() -> None:
    texts = [
        "Giá chè búp hôm nay 3/4 tăng mạnh ở Thái Nguyên, theo các cơ sở thu mua.",  # the lead: a sentence
        "Giá chè búp hôm nay 3/4 tại Tân Cương: 45.000 đồng/kg",  # a list line, a price closing it
        "Giá chè búp hôm nay 3/4 ở Phú Thọ",  # a list's label, before the story's last sentence
        "Giá chè búp hôm nay 3/4 tại Thái Nguyên cao hơn 5% so với cùng kỳ năm trước.",
        "Người trồng chè phấn khởi vì giá cao nhất trong ba năm.",
    ]
    kinds = [("prose", ""), ("short", ""), ("short", ""), ("prose", ""), ("prose", "")]
    assert series_links(kinds, texts, HEADLINE) == kinds


def test_the_page_loses_the_series_links_and_keeps_its_price_list() -> None:
    body = "Thái Nguyên: 42.000 đồng/kg Phú Thọ: 38.000 đồng/kg Thương lái cho biết nhu cầu chè tăng mạnh."
    links = "Giá cà phê hôm nay 3/4: giảm nhẹ Giá sầu riêng hôm nay 3/4: Ri6 đi ngang"
    raw = vnsum(
        HEADLINE, "https://nongmau.vn/gia-che-hom-nay-a1.html", f"{LEAD} {body} {links}", summary=LEAD
    )
    out = convert(raw, "trang.txt", year=2024, sources={}).body
    assert "Thái Nguyên: 42.000 đồng/kg" in out and "Phú Thọ: 38.000 đồng/kg" in out
    assert "Giá cà phê" not in out and "Ri6" not in out


def test_another_goods_widget_in_the_frame_without_a_date_goes_after_the_story() -> None:
    assert other_good(HEADLINE, "Giá xăng dầu hôm nay RON 95 21.040 đồng/lít E5 20.070 đồng/lít")
    assert not other_good(HEADLINE, "Giá chè hôm nay tại Tân Cương: 45.000 đồng/kg")  # the headline's good
    texts = [
        LEAD,
        "Thương lái cho biết nhu cầu chè tăng.",
        "Giá xăng dầu hôm nay RON 95 21.040 đồng/lít E5 20.070 đồng/lít",
    ]
    kinds = [("prose", ""), ("prose", ""), ("short", "")]
    assert series_links(kinds, texts, HEADLINE)[-1][0] == "chrome"
    texts[-1] = "Giá phân bón hôm nay tại Thái Nguyên: 12.000 đồng/kg"  # one price: a line of a list
    assert series_links(kinds, texts, HEADLINE) == kinds


def test_the_storys_list_run_on_one_line_in_the_frames_words_stays() -> None:
    line = "Giá chè búp hôm nay 3/4 tại Tân Cương 45.000 đồng Giá chè búp hôm nay 3/4 tại Phú Thọ 38.000 đồng"
    kinds = [("prose", ""), ("prose", ""), ("short", "")]
    assert series_links(kinds, [LEAD, "Thương lái cho biết nhu cầu chè tăng.", line], HEADLINE) == kinds
