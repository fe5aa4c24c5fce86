"""A weather site's widgets run into the story: the current weather box (`Hà Nội 31°C Nắng`, `Độ ẩm
96% - Gió 6 km/h`, `UV 11 Rất cao`), the sunrise and sunset box (`Mặt trời mọc 05:17 - Mặt trời lặn
18:38`), the air-quality box (`AQI 152 Kém`), a day of the ten-day strip (`Thứ Tư 10°/15° Rét đậm`),
and the labels of the site's maps and images (`Thời tiết 10 ngày tới`, `Ảnh radar Vinh lúc 09:50`,
`Bản đồ gió - Bản đồ sóng`, `Thời tiết Sơn La hôm nay`, `Chọn tỉnh/thành phố`).

Hydro-meteorological stations, papers' weather sections and television print these between a
bulletin's paragraphs, and a one-line scrape runs each into the next sentence with no stop (`… cấp 1
Mặt trời mọc 05:14 Mặt trời lặn 18:37 Lực lượng kiểm lâm …`). What tells them on any site is their
shape, not their words: figures in a widget's units (`31°`, `24°/30°`, `88%`, `6 km/h`, a clock's
`05:33`) after a label or a place, with no verb and no stop; a bulletin writes its figures in words
(`nhiệt độ 24-31 độ C`) inside a sentence. A widget's run is cut out where it opens after a stop, a
figure or the start of the text and a capital follows it (the next sentence's first word), so the
sentence after it stays whole; the unit that is such a run and nothing else goes. The names of the
weather icons (`Mưa rào`, `Nắng`, `Có mây`) and the air-quality levels are the widgets' own small
vocabulary, read only after a figure. A sentence that names a temperature (`Sáng nay, Hà Nội 31°C …`)
opens after a comma or a word and is left whole: a borderline unit is kept. So is a figure alone right
after a unit ending with its label's colon (`… Biên Hòa:` | `36°C`): a forecast's row split at its value.
"""

from __future__ import annotations

import re

from ..core.text import CAPITALS

__all__ = ["WEATHER_RUN", "WEATHER_WIDGET", "weather_cuts", "weather_widget", "weather_widgets"]

WEATHER_WIDGET = "a weather site's widget (the current weather, sunrise, air quality, a map's label)"

_CAP = rf"[{CAPITALS}]"
# A place or a day printed over its figures (`Hà Nội`, `TP. Hồ Chí Minh`, `Thứ Tư`, `Chủ nhật`).
_PLACE = rf"(?:TP\.\s)?{_CAP}[^\W\d_]*(?:\s{_CAP}[^\W\d_]*){{0,3}}"
# The icons' names and the levels the boxes print after a figure.
_ICON = (
    r"(?:Nắng(?: nóng| nhẹ)?|Mưa(?: rào| nhỏ| vừa| to| dông| phùn)?|Dông|Có mưa|Có mây|Nhiều mây|Ít mây|"
    r"Âm u|Trời quang|Quang mây|Sương mù|Rét đậm|Rét hại|Lạnh)"
)
_LEVEL = (
    r"(?:Tốt|Trung bình|Kém|Xấu|Rất xấu|Nguy hại|Nguy hiểm|Thấp|Cao|Rất cao|Cực cao|"
    r"Không tốt cho sức khỏe(?: nhóm nhạy cảm)?)"
)
_DEGREES = r"-?\d{1,2}°C?(?:\s*/\s*-?\d{1,2}°C?)?"
_CLOCK = r"\d{1,2}[:h]\d\d"
# The wind's force and the waves' height (`Gió Đông Bắc cấp 4, sóng 1,5 m`, `gió cấp 5-6, sóng cao 2-3 m`).
_SEA = (
    rf"[Gg]ió(?:\s{_CAP}[^\W\d_]*){{0,2}}\scấp\s\d{{1,2}}(?:\s?-\s?\d{{1,2}})?,?"
    r"\s[Ss]óng(?: cao)?\s\d+(?:,\d+)?(?:\s?-\s?\d+(?:,\d+)?)?\s?m"
)
# One item of a widget: each but the labels holds a figure in a widget's unit.
_ITEM = (
    rf"(?:(?:{_PLACE}\s)?{_DEGREES}(?:\s{_ICON})?|"  # `Hà Nội 31°C Nắng`, `Thứ Tư 10°/15° Rét đậm`
    # a province's site's box with its label (`Dự báo thời tiết Cao Lãnh: 34°C, nắng nóng`)
    rf"(?:Dự báo )?[Tt]hời tiết {_PLACE}:\s{_DEGREES}(?:,?\s(?i:{_ICON}))?|"
    # a port's or a coast's box of the sea (`Thời tiết cảng: Gió Đông Bắc cấp 4, sóng 1,5 m`)
    rf"(?:Dự báo )?[Tt]hời tiết(?: [^\W\d_]+){{0,2}}:\s{_SEA}|"
    rf"Mặt trời (?:mọc|lặn):?\s{_CLOCK}|"
    rf"AQI:?\s\d{{1,3}}(?:\s{_LEVEL})?|(?:Chỉ số )?UV:?\s\d{{1,2}}(?:\s{_LEVEL})?|"
    r"Độ ẩm:?\s\d{1,3}%|Gió(?:\s" + _CAP + r"[^\W\d_]*){0,2}:?\s\d{1,3}\skm/h|"
    rf"Ảnh (?:radar|(?:mây )?vệ tinh)(?:\s{_PLACE})?\slúc\s{_CLOCK}|"  # an image's label with its hour
    r"Thời tiết \d{1,2} ngày tới|Bản đồ (?:mưa|gió|sóng|nhiệt độ)|"
    rf"Thời tiết {_PLACE} hôm nay|Chọn (?:tỉnh/thành phố|tỉnh/thành|thành phố|địa điểm))"
)
_RUN = rf"{_ITEM}(?:\s*[-|–]?\s*{_ITEM})*"
WEATHER_RUN = _RUN  # a run of widgets (`header_boxes`: a province's site's header)
# A run opening after a stop, a figure or the text's start, a capital after it.
_INLINE = re.compile(rf"(?:^|(?<=[.!?…%\d)]\s))(?P<run>{_RUN})(?=\s+{_CAP})")
_WHOLE = re.compile(rf"{_RUN}")
_SENTENCE_WORDS = 4  # the sentence after the run, up to its stop
# The site's images and maps in the menu the text opens with (`… Số liệu quan trắc Ảnh radar Ảnh mây vệ
# tinh Hiện nay, mực nước …`): a menu's words and no stop or comma before it, a capital after it (a
# caption opening the text, `Ảnh vệ tinh Maxar cho thấy …`, has nothing before it).
_MENU_LABEL = re.compile(
    rf"(?<=[^\W\d_]\s)(?:Ảnh (?:radar|(?:mây )?vệ tinh)|Bản đồ (?:mưa|gió|sóng|nhiệt độ))(?=\s+{_CAP})"
)


def weather_cuts(text: str) -> set[int]:
    """Where each widget run into the text starts and ends (see the module's docstring)."""
    cuts: set[int] = set()
    for m in _INLINE.finditer(text):
        after = text[m.end() :]
        stop = re.search(r"[.!?…](?:\s|$)", after)
        if stop and len(after[: stop.start()].split()) >= _SENTENCE_WORDS:
            cuts.update(m.span("run"))
    opening = re.match(r"[^.!?…,;:]*", text)
    labels = list(_MENU_LABEL.finditer(text, 0, opening.end() if opening else 0))
    if labels:
        cuts.add(labels[-1].end())  # the menu's last label: the story opens after it
    return cuts


def weather_widget(text: str) -> bool:
    """`text` is a widget's run and nothing else."""
    return _WHOLE.fullmatch(text.strip()) is not None


def weather_widgets(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with each unit that is a weather widget's run named `WEATHER_WIDGET`; not a figure the
    unit before it labels with its colon (`… Biên Hòa:` | `36°C`, a forecast's row split at its value)."""
    labelled = [i > 0 and texts[i - 1].rstrip().endswith(":") for i in range(len(texts))]
    return [
        ("chrome", WEATHER_WIDGET) if weather_widget(text) and not after else kind
        for text, kind, after in zip(texts, kinds, labelled, strict=True)
    ]
