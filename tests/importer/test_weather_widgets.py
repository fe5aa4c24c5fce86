"""Weather pages (the blind round `blind_weather`): a weather site's widgets run into a bulletin (the
current weather, sunrise and sunset, air quality, a day of the ten-day strip, a map's or an image's
label: `weather_widgets`), the menu of a station's images over the story, and a utility's app banner
after a field line that ends in a figure with no stop (`service_prompts`). The bulletin's own regions
and figures (`Hà Nội: Nhiều mây, … nhiệt độ 24-31 độ C.`, `Cấp độ rủi ro thiên tai …: cấp 1`) stay."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.units import split_units
from bantin.importer.weather_widgets import WEATHER_WIDGET, weather_cuts, weather_widget, weather_widgets

from .scrapes import vnsum

FORECAST = (
    "Đài Khí tượng Thủy văn tỉnh Mẫu dự báo thời tiết ngày 3/10 như sau. "
    "Thành phố Mẫu: Có mây, có mưa rào rải rác, nhiệt độ 25-31 độ C. "
    "Vùng núi: Có mưa vừa, mưa to, nhiệt độ 21-27 độ C. "
    "Cấp độ rủi ro thiên tai do lũ quét, sạt lở đất: cấp 1"
)
CLOSING = "Trong cơn dông có khả năng xảy ra lốc, sét và gió giật mạnh, người dân cần đề phòng."


def _body(content: str) -> str:
    scrape = vnsum(
        "Dự báo thời tiết tỉnh Mẫu ngày 3/10",
        "https://kttvmau.example.vn/du-bao/du-bao-thoi-tiet-ngay-3-10-123.html",
        content,
        summary="Tỉnh Mẫu ngày 3/10 có mây, mưa rào rải rác, vùng núi có mưa vừa, mưa to.",
        date="03/10/2024 06:00",
    )
    return convert(scrape, "trang.txt", year=2024, sources={}).body


@pytest.mark.parametrize(
    "widget",
    [
        "Mặt trời mọc 05:14 Mặt trời lặn 18:37",
        "Mặt trời mọc 05:17 - Mặt trời lặn 18:38",
        "AQI 167 Không tốt cho sức khỏe",
        "Độ ẩm 96% - Gió 6 km/h",
        "Thứ Sáu 25°/30° Mưa rào - Thứ Bảy 24°/29° Mưa",
        "TP. Mẫu 27°C Mưa rào - Độ ẩm 88%",
        "Ảnh radar Mẫu lúc 09:50",
        "Thời tiết 10 ngày tới",
        "Bản đồ gió - Bản đồ sóng",
    ],
)
def test_a_widget_run_into_a_bulletin_after_a_field_line_goes_and_the_next_sentence_stays(
    widget: str,
) -> None:
    body = _body(f"{FORECAST} {widget} {CLOSING}")
    assert widget not in body
    assert CLOSING in body
    assert "Cấp độ rủi ro thiên tai do lũ quét, sạt lở đất: cấp 1" in body
    assert "Thành phố Mẫu: Có mây, có mưa rào rải rác, nhiệt độ 25-31 độ C." in body


def test_the_widget_is_cut_from_the_sentences_around_it_and_named_the_sites() -> None:
    text = "Gió Đông Bắc cấp 2-3. AQI 152 Kém Chất lượng không khí buổi sáng giảm ở nhiều nơi."
    assert split_units(text) == [
        "Gió Đông Bắc cấp 2-3.",
        "AQI 152 Kém",
        "Chất lượng không khí buổi sáng giảm ở nhiều nơi.",
    ]
    kinds = weather_widgets([("prose", ""), ("short", ""), ("prose", "")], split_units(text))
    assert kinds[1] == ("chrome", WEATHER_WIDGET)
    assert kinds[0] == kinds[2] == ("prose", "")


@pytest.mark.parametrize(
    "text",
    [
        # a temperature a sentence tells, after a comma or a word: the sentence, whole
        "Sáng nay, Hà Nội 31°C Người dân hạn chế ra đường vào buổi trưa.",
        "Nhiệt độ đo được tại trạm Mẫu 41°C Đây là mức cao nhất từ đầu mùa hè.",
        # an image's label naming what it shows, a sentence after: a caption's, whole
        "Ảnh vệ tinh Maxar cho thấy nhà máy bị hư hại nặng.",
        "Ảnh radar lúc 09:50 cho thấy vùng mây dông phát triển mạnh.",
        # a widget's words with nothing of a sentence after them
        "Mặt trời mọc 05:14 Tin liên quan",
    ],
)
def test_a_sentence_with_a_widgets_figures_is_left_whole(text: str) -> None:
    assert weather_cuts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Hà Nội: Nhiều mây, có mưa rào, nhiệt độ 24-31 độ C.",
        "Cấp độ rủi ro thiên tai do nắng nóng: cấp 1",
        "AQI",
    ],
)
def test_a_bulletins_own_lines_are_no_widget(text: str) -> None:
    assert not weather_widget(text)


def test_the_menu_of_a_stations_images_over_the_story_ends_at_its_last_label() -> None:
    text = "Bản tin dự báo Số liệu quan trắc Ảnh radar Ảnh mây vệ tinh Hiện nay, mực nước trên sông Mẫu đang lên."
    assert split_units(text)[-1] == "Hiện nay, mực nước trên sông Mẫu đang lên."
    story = "Bản đồ mưa năm nay cho thấy, lượng mưa ở Mẫu cao hơn trung bình nhiều năm."
    assert split_units(story) == [story]  # a label in a sentence's words, a comma before any capital


def test_an_app_banner_after_a_field_line_ending_in_a_figure_goes() -> None:
    banner = "Tải App KTTV Mẫu để nhận cảnh báo thời tiết"
    body = _body(f"{FORECAST} {banner} {CLOSING}")
    assert banner not in body
    assert CLOSING in body
