"""Two writers' pen names in capitals joined by a dash (`NHẬT LINH - THÁI LỘC`) under lines without stops
after the story's last sentence (a live story's `*Tin đang được cập nhật`): the writers signing them, as a
person's full name in capitals is, though neither opens with a surname (`caps_bylines._writers`); two
places joined so (`HÀ NỘI - ĐÀ NẴNG`, a route's ends) or one word on a side sign nothing."""

from __future__ import annotations

import pytest

from bantin.importer.caps_bylines import signs_short_lines
from bantin.importer.furniture import Unit

_KINDS = [("prose", ""), ("short", ""), ("short", "")]


def _units(last: str) -> list[Unit]:
    return [
        Unit(0, "Lực lượng quân đội đã sơ tán hơn 4.000 hộ dân ở vùng thấp trũng đến nơi an toàn."),
        Unit(1, "*Tin đang được cập nhật"),
        Unit(2, last),
    ]


@pytest.mark.parametrize("names", ["NHẬT LINH - THÁI LỘC", "MINH ĐỨC – HOÀNG ANH", "NGUYỄN HÙNG - LÊ MAI"])
def test_two_writers_joined_by_a_dash_sign(names: str) -> None:
    assert signs_short_lines(_units(names), _KINDS, 2)


@pytest.mark.parametrize(
    "names", ["HÀ NỘI - ĐÀ NẴNG", "VIỆT NAM - LÀO", "TIN MỚI - ĐỌC NHIỀU", "XEM THÊM - BÌNH LUẬN"]
)
def test_places_or_headers_joined_by_a_dash_do_not(names: str) -> None:
    assert not signs_short_lines(_units(names), _KINDS, 2)
