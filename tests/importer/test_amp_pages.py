"""Pages saved from a site's mobile or AMP copy (the round `blind_amp`): the address the page names as
its own (`<link rel="canonical">`, `canonical.py`), a phone's header run into the lead (a hamburger's
`Menu`, the menu's last items after the buttons, an event's kind opening the lead's subject), an app
banner cutting the story short and the buttons glued to a credit. The pages are written for these
tests."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from bantin.importer.canonical import canonical_url
from bantin.importer.convert import convert
from bantin.importer.event_kinds import event_kind_words
from bantin.importer.mastheads import last_items, short_menu
from bantin.importer.units import split_units
from bantin.importer.widgets import buttons_after_credit

from .scrapes import vnsum

LEAD = "Những ngày này, nông dân ở xã Phú Điền thu hoạch lúa hè thu với năng suất hơn 6 tấn mỗi hecta."
STORY = (
    "Giá lúa tươi tại ruộng khoảng 7.000 đồng một kg, cao hơn năm trước. Hợp tác xã đã ký hợp đồng "
    "bao tiêu với ba doanh nghiệp xuất khẩu gạo trong tỉnh."
)


def _body(content: str, source: str = "Báo Mẫu") -> str:
    page = vnsum("Nông dân Phú Điền trúng mùa lúa hè thu", "https://m.baomau.vn/lua-he-thu-123.html", content,
                 source=source, date="12/07/2024 08:00")  # fmt: skip
    return convert(page, "page.txt", year=2017).body


def _tree(head: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(f"<html><head>{head}</head><body><p>x</p></body></html>")


def test_the_canonical_link_is_the_pages_address() -> None:
    tree = _tree('<link rel="canonical" href="https://baomau.vn/thoi-su/lua-he-thu-123.html">')
    assert canonical_url(tree) == "https://baomau.vn/thoi-su/lua-he-thu-123.html"


@pytest.mark.parametrize(
    "link",
    [
        '<link rel="canonical" href="/thoi-su/lua-123.html">',
        '<link rel="canonical" href="https://baomau.vn/">',
        "",
    ],
)
def test_a_canonical_that_names_no_story_is_none(link: str) -> None:
    assert canonical_url(_tree(link)) is None  # relative, the home page, or none


def test_an_amp_copy_takes_the_canonical_address_over_its_own_og_url() -> None:
    page = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Lúa hè thu được giá - Báo Mẫu</title>'
        '<meta property="og:url" content="https://baomau.vn/amp/lua-he-thu-123.html">'
        '<link rel="canonical" href="https://baomau.vn/kinh-te/lua-he-thu-123.html">'
        '<script async src="https://cdn.ampproject.org/v0.js"></script></head><body><article>'
        f"<h1>Lúa hè thu được giá</h1><p>{LEAD}</p><p>{STORY}</p></article></body></html>"
    )
    converted = convert(page.encode(), "page.html", year=2017)
    assert converted.front.source_url == "https://baomau.vn/kinh-te/lua-he-thu-123.html"
    assert "ampproject" not in converted.body


def test_a_hamburgers_menu_button_goes_with_the_header() -> None:
    body = _body(f"Báo Mẫu Tìm kiếm Menu Vụ lúa hè thu năm nay, các xã của huyện được mùa. {STORY}")
    assert body.startswith("Vụ lúa hè thu năm nay")


@pytest.mark.parametrize("item", ["Kinh tế", "Mẹ và bé", "Nhà nông"])
def test_a_menus_last_item_after_its_buttons_goes_before_a_lead(item: str) -> None:
    body = _body(f"Báo Mẫu Menu Đăng nhập Tìm kiếm {item} {LEAD} {STORY}")
    assert body.startswith(LEAD)


def test_a_short_menu_is_one_item_with_its_va() -> None:
    assert short_menu(f"Mẹ và bé {LEAD}") == ("Mẹ và bé", LEAD)
    assert short_menu(f"Tin của bé {LEAD}") is None  # a grammar word but `và`: a sentence's words


@pytest.mark.parametrize(
    "text",
    [
        "Cơ quan Hàng không Vũ trụ Mỹ (NASA) hôm thứ Năm thông báo hoãn sứ mệnh, sang tháng 4 năm sau.",
        "Nhân Ngày Thận thế giới 14/3, bệnh viện tổ chức khám sàng lọc miễn phí cho 1.000 người dân.",
    ],
)
def test_a_name_parted_by_a_headers_cut_is_no_menus_item(text: str) -> None:
    assert last_items(text) is None


def test_a_lead_opening_with_a_title_case_name_keeps_it() -> None:
    lead = "Hội Nông dân xã Phú Điền vừa trao 20 máy gặt cho các hộ nghèo, mỗi máy trị giá 50 triệu đồng."
    assert lead in _body(f"Trang chủ Tìm kiếm {lead} {STORY}")


def test_an_events_kind_opens_the_leads_subject() -> None:
    assert event_kind_words("Menu Mỹ thuật Triển lãm", "Sơn mài hôm nay khai mạc chiều 28/5") == 2
    assert event_kind_words("Menu Mỹ thuật Triển lãm", "Hà Nội khai mạc") == 0  # a place's name
    assert event_kind_words("Triển lãm", "Sơn mài hôm nay") == 0  # the menu keeps a word at least
    assert event_kind_words("Bất động sản Dự án", "Dự án khu dân cư ven sông") == 0  # the menu's item
    lead = "Triển lãm Sơn mài hôm nay khai mạc chiều 28/5 tại Bảo tàng Mỹ thuật Việt Nam với 60 tác phẩm."
    assert lead in _body(f"Báo Mẫu Menu Mỹ thuật {lead} {STORY}")


def test_an_app_banner_cutting_the_story_short_is_a_unit_of_its_own() -> None:
    units = split_units(f"{LEAD} Mở ứng dụng để đọc tiếp {STORY}")
    assert "Mở ứng dụng để đọc tiếp" in units
    assert LEAD in units


def test_buttons_after_a_credit_end_before_a_prompt_in_a_sentence() -> None:
    text = "Bài, ảnh: Lam Điền Bình luận Đăng nhập để bình luận"
    assert buttons_after_credit(text) == [text.index("Bình"), text.index(" Đăng")]
    assert buttons_after_credit("Tin, ảnh: Minh Khánh In bài viết") == [21, 32]
