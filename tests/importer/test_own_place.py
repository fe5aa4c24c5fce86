"""A station's writer signs with the place the station is named after (`Thành Trung - Phú Thọ` on
`Đài PT-TH Phú Thọ`'s story): the author is the writer alone; a second writer's name stays
(own_place.py, convert.py)."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.own_place import without_own_place


@pytest.mark.parametrize(
    ("author", "source", "expected"),
    [
        ("Thành Trung - Phú Thọ", "Đài PT-TH Phú Thọ", "Thành Trung"),
        ("Văn Hùng - Thu Hà", "QRT", "Văn Hùng - Thu Hà"),  # two writers
        ("Minh Hải - Thanh Hiền", "Báo Mẫu Sơn", "Minh Hải - Thanh Hiền"),
        ("Phú Thọ", "Đài PT-TH Phú Thọ", "Phú Thọ"),
        (None, "Đài PT-TH Phú Thọ", None),
        ("Thành Trung - Phú Thọ", None, "Thành Trung - Phú Thọ"),
    ],
)
def test_the_stations_place_comes_off_its_writers_name(author, source, expected) -> None:
    assert without_own_place(author, source) == expected


def test_a_flat_pages_writer_signing_with_the_stations_place() -> None:
    page = (
        "Giỗ Tổ đón hơn 7 triệu lượt khách\n"
        "Lễ hội năm nay đã đón hơn 7 triệu lượt khách về dâng hương, thăm viếng.\n"
        "Đài PT-TH Đồi Mây 18:20 25/04/2018 Trong ngày chính hội, khu di tích đón khoảng 1,2 triệu lượt"
        " khách. Ban tổ chức bố trí xe điện miễn phí dọc các tuyến lên đền. Công tác giữ gìn an ninh trật"
        " tự được đảm bảo. Thành Trung - Đồi Mây Xem nguồn"
    )
    front = convert(page.encode(), "page.txt", year=2017, sources={}).front
    assert front.source == "Đài PT-TH Đồi Mây"
    assert front.author == "Thành Trung"
