"""A number abroad with its country's code (`(+856) 20 9999 0102`, `+856 20 5555 6999`) is a phone
number as a Vietnamese one is: a consulate's hotline box alone under the story goes, a press contact's
`Điện thoại: +49 …` line is read as one; the number never runs into the stamp after it, and a header
holding it is cut after its stamp, before the lead's first words (`… +856 20 5555 6999 02/09/2024
Nhân kỷ niệm …`)."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.furniture import PHONE
from bantin.importer.page_header import _menu_to_stamp


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Đường dây nóng bảo hộ công dân: (+856) 20 9999 0102", "(+856) 20 9999 0102"),
        ("Điện thoại: +49 40 5555 1200", "+49 40 5555 1200"),
        ("Hotline: +856 20 5555 6999 02/09/2024 Nhân kỷ niệm", "+856 20 5555 6999"),  # not into the date
        ("Hotline: +84 24 3934 6600", "+84 24 3934 6600"),
    ],
)
def test_a_number_abroad_is_a_phone_number(text: str, number: str) -> None:
    found = PHONE.search(text)
    assert found is not None and found.group() == number


@pytest.mark.parametrize(
    "text", ["Tỷ số 3-1, +12 bàn thắng", "VCB 92.300 +1.900 1.234.500", "+850 2.345.600"]
)
def test_a_sign_before_figures_is_no_number_abroad(text: str) -> None:
    assert PHONE.search(text) is None


def test_a_header_with_a_number_abroad_is_cut_after_its_stamp() -> None:
    text = (
        "Đại sứ quán nước CHXHCN Việt Nam tại CHDCND Lào Tiếng Việt | English Giới thiệu Tin tức Lãnh sự "
        "Cộng đồng Đường dây nóng bảo hộ công dân: +856 20 5555 6999 02/09/2024 Nhân kỷ niệm 79 năm Quốc "
        "khánh nước CHXHCN Việt Nam, ngày 1/9, Đại sứ quán tổ chức gặp mặt đại diện cộng đồng người Việt."
    )
    peeled = _menu_to_stamp(text)
    assert peeled is not None
    assert peeled[0].endswith("02/09/2024") and peeled[1].startswith("Nhân kỷ niệm 79 năm")


def test_a_consulate_s_hotline_box_under_the_story_goes() -> None:
    story = [
        "Ngày 1/10, Tổng Lãnh sự quán Việt Nam cùng Hội người Việt Nam trao 20 tấn gạo hỗ trợ người dân bị ảnh hưởng lũ lụt.",
        "Trong đợt lũ cuối tháng 9, mực nước sông Mê Kông dâng cao, làm ngập hơn 6.000 ha lúa và 2.300 ngôi nhà.",
    ]
    html = (
        "<html><head><title>Kiều bào hỗ trợ người dân vùng lũ</title></head><body><article>"
        "<h1>Kiều bào hỗ trợ người dân vùng lũ</h1><time>02/10/2025</time>"
        + "".join(f"<p>{line}</p>" for line in story)
        + '<div class="hotline">Đường dây nóng bảo hộ công dân: (+856) 20 9999 0102</div>'
        "</article><div><h3>Tin khác</h3><a href='/a'>Tổng Lãnh sự quán dự Lễ Quốc khánh nước CHDCND Lào</a></div>"
        "</body></html>"
    )
    body = convert(html.encode(), "page.html", year=2025).body
    assert "Mê Kông" in body and "ha lúa" in body
    assert "(+856)" not in body
