"""World pages translated from the wires close with their writer and the wires in every form (round
`blind_world`): `Thanh Hà | Theo BBC, Guardian` and `Tuấn Minh/Theo Xinhua, Reuters` read as if in
brackets, the writer the author (`bylines.py`), never a writer called `Tuấn Minh/Theo` cut from the
wires (`edges.py`); a writer with the wires in brackets run on from a related link under the story
(`Xem thêm: … còn xa THU HẰNG (Theo AFP, CNN)`) is cut off it (`linked_bylines.py`). The texts are
written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import Byline, parse_byline
from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.linked_bylines import linked_byline_apart

from .scrapes import vnsum

STORY = (
    "Ngày 9/6 (giờ địa phương), cử tri Bỉ đi bỏ phiếu bầu Quốc hội liên bang cùng lúc với cuộc bầu cử "
    "Nghị viện châu Âu. Theo kết quả sơ bộ, đảng N-VA về đầu với 16,7% số phiếu, trong khi đảng của "
    "Thủ tướng Alexander De Croo chỉ giành 5,9%. Ông De Croo đã tuyên bố từ chức ngay trong đêm."
)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Thanh Hà | Theo BBC, Guardian", Byline(author="Thanh Hà")),
        ("Tuấn Minh/Theo Xinhua, Reuters", Byline(author="Tuấn Minh")),
        ("Minh Anh | Theo TTXVN", Byline(source="TTXVN", author="Minh Anh")),
        ("Hoàng Lâm/Theo Tiền Phong", Byline(source="Tiền Phong", author="Hoàng Lâm")),
    ],
)
def test_a_writer_barred_from_the_credit_is_the_author(byline: str, expected: Byline) -> None:
    assert parse_byline(byline) == expected


@pytest.mark.parametrize("byline", ["Tuấn Minh/Theo Xinhua, Reuters", "Thanh Hà | Theo BBC, Guardian"])
def test_the_closing_byline_with_the_wires_after_a_bar_or_a_slash_names_the_writer(byline: str) -> None:
    page = vnsum(
        "Bỉ bầu Quốc hội, Thủ tướng De Croo từ chức",
        "https://baomau.vn/the-gioi/bi-bau-quoc-hoi-thu-tuong-de-croo-tu-chuc-123.html",
        f"{STORY} {byline} Tin liên quan Đảng cực hữu thắng lớn ở Hà Lan Tags: Bỉ, bầu cử",
    )
    converted = convert(page, "page.txt", year=2024)
    assert converted.front.author == byline.split("/")[0].split(" | ")[0]
    assert "Hà Lan" not in converted.body


@pytest.mark.parametrize("name", ["THU HẰNG (Theo AFP, CNN)", "Hải Linh (Theo France 24)"])
def test_a_writer_with_the_wires_run_on_from_a_related_link_is_cut_off_it(name: str) -> None:
    last = "Ông De Croo đã tuyên bố từ chức ngay trong đêm."
    link = "Xem thêm: Hà Lan có chính phủ mới sau bảy tháng đàm phán"
    units = [Unit(0, last), Unit(0, f"{link} {name}"), Unit(0, "Từ khóa: Bỉ, bầu cử")]
    assert [u.text for u in linked_byline_apart(units)] == [last, link, name, "Từ khóa: Bỉ, bầu cử"]
