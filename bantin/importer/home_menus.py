"""A page's header in a unit of its own over the lead: the site's name, its menu's link home and the
items after it, then the header's boxes run on with no sentence's stop (`BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG
NGÃI Trang chủ Tin hoạt động Biên phòng với nhân dân … Vùng biển Quảng Ngãi: gió Đông Bắc cấp 6, giật
cấp 8 … Thủy triều Sa Kỳ: 05:12 cao 1,8 m`, a sea-weather strip and a tide's reading). The link home
before an item in a capital is a menu's, which no line of a story prints; with the lead glued on,
`page_header`'s peels cut the header off it, but alone the whole unit goes, though its boxes' words
read as a sentence's (`với`, `cao`)."""

from __future__ import annotations

import re

from ..core.text import CAPITALS

__all__ = ["home_menu_alone"]

# The menu's link home before its next item, the site's name (a few words) before it or nothing.
_HOME = re.compile(rf"^(?:\S+\s+){{0,{10}}}?(?:Trang chủ|Trang nhất)\s+[{CAPITALS}]")
_STOP = re.compile(r"[.!?…](?!\d)")  # a sentence's stop, not a figure's point (`1.204`)


def home_menu_alone(text: str) -> bool:
    """`text` opens with the site's name and its menu's link home before an item, and holds no
    sentence's stop: the page's header, whatever boxes run on after the menu."""
    return _HOME.match(text) is not None and _STOP.search(text) is None
