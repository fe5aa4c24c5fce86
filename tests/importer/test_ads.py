"""An ad's slot in a saved page goes by the name its template gives it (`ads.py`); a story's
paragraph in a box that is only named like one, or holds much text, stays."""

from __future__ import annotations

from lxml import html as lxml_html

from bantin.importer.ads import drop_ad_slots, is_ad_slot
from bantin.importer.convert import convert

_STORY = (
    "<p>Sở Y tế tỉnh cho biết đợt tiêm chủng mở rộng bắt đầu từ ngày 3/4 tại tất cả các trạm y tế xã.</p>"
    "<p>Mỗi trạm bố trí hai bàn tiêm và một khu theo dõi sau tiêm cho trẻ em dưới năm tuổi.</p>"
)


def _page(inside: str) -> bytes:
    return (
        "<!DOCTYPE html><html><head><title>Tiêm chủng mở rộng tại các xã - Báo Mẫu</title></head><body>"
        f"<article><h1>Tiêm chủng mở rộng tại các xã</h1>{_STORY}{inside}"
        "<p>Người dân mang theo sổ tiêm chủng và thẻ bảo hiểm y tế khi đưa trẻ đi tiêm.</p></article>"
        "</body></html>"
    ).encode()


def test_the_label_in_an_ad_slot_goes() -> None:
    for slot in (
        '<div class="ads ads-mid"><p>Khám phá ưu đãi mùa hè</p></div>',
        '<div id="quang-cao-giua-bai">Khám phá ưu đãi mùa hè</div>',
        '<ins class="adsbygoogle">Khám phá ưu đãi mùa hè</ins>',
    ):
        body = convert(_page(slot), "page.html", year=2024).body
        assert "ưu đãi" not in body, slot
        assert "sổ tiêm chủng" in body and "hai bàn tiêm" in body


def test_a_class_that_only_contains_the_letters_is_no_ad() -> None:
    for name in ("leads", "downloads", "roads-news", "header"):
        element = lxml_html.fromstring(f'<div class="{name}">x</div>')
        assert not is_ad_slot(element), name


def test_a_box_named_so_but_holding_the_story_stays() -> None:
    tree = lxml_html.document_fromstring(
        f'<html><body><div class="ads-wrapper"><h1>Tin</h1>{_STORY}</div></body></html>'
    )
    drop_ad_slots(tree, tree.find(".//h1"))
    assert "hai bàn tiêm" in tree.text_content()
    tree = lxml_html.document_fromstring(
        f'<html><body><h1>Tin</h1><div class="ad">{_STORY * 2}</div></body></html>'
    )
    drop_ad_slots(tree, tree.find(".//h1"))
    assert "hai bàn tiêm" in tree.text_content()
