"""A title's section after a bar that the page's own menu prints as an item, though no table of
sections names it (fixtures/blind_vnsum8.yml: `… | Hoạt động công đoàn` over `… Trang chủ Tin tức
Hoạt động công đoàn Chính sách pháp luật …`): it goes off the headline (`menu_items`, `suffixes`)."""

from __future__ import annotations

from bantin.importer.menu_items import menu_item
from bantin.importer.suffixes import source_of_title

HEADLINE = "Công đoàn Hải Dương ký thỏa ước lao động tập thể nhóm doanh nghiệp da giày"
PAGE = (
    "Liên đoàn Lao động tỉnh Hải Dương Trang chủ Tin tức Hoạt động công đoàn Chính sách pháp luật Tư vấn "
    "pháp luật Gương sáng Ngày 26/6, Liên đoàn Lao động tỉnh tổ chức lễ ký thỏa ước …"
)


def test_an_item_of_the_page_s_menu_is_a_section() -> None:
    assert menu_item("Hoạt động công đoàn", (PAGE,))
    assert not menu_item(
        "Hoạt động công đoàn", ("Ngày 26/6, Hoạt động công đoàn Chính sách …",)
    )  # after a clause
    assert not menu_item("Hải Dương", (PAGE,))  # a place's name in capitals, no section's
    assert not menu_item("Tư vấn", ("Trang chủ Tin tức Tư vấn pháp luật",))  # no item's capital after it


def test_the_title_loses_the_section_its_menu_prints() -> None:
    title = f"{HEADLINE} | Hoạt động công đoàn"
    assert source_of_title(title, names=("ldld.example.org.vn",), texts=(PAGE,)) == (HEADLINE, None)
    # a page whose text prints no such item keeps the headline's last part
    lead = "Ngày 26/6, Liên đoàn Lao động tỉnh tổ chức lễ ký thỏa ước …"
    assert source_of_title(title, names=("ldld.example.org.vn",), texts=(lead,)) == (title, None)
