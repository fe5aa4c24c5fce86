"""A link to more of the site's pages of a kind alone on its line (fixtures/blind_corporate.yml: `Xem
thêm hoạt động cộng đồng` between a release's paragraphs, `Xem thêm các công thức món ăn ngon từ
Ajinomoto` over a product menu at the page's end): it goes, and the menu's short items after it to the
end go with it, while the story's sentences after it stay (`more_links`, read in `frames`)."""

from __future__ import annotations

from bantin.importer.frames import frame
from bantin.importer.furniture import Unit
from bantin.importer.more_links import more_link

PROSE = "sentence-like, stop words 50%"
SHORT = "short or headline-like"
ONE = "Năm nay là năm thứ 14 công ty phối hợp với Hội Khuyến học tổ chức chương trình học bổng."
TWO = "Từ năm 2011 đến nay, chương trình đã trao hơn 6.000 suất học bổng với tổng giá trị 15 tỷ đồng."


def test_a_link_to_more_pages_of_a_kind() -> None:
    assert more_link("Xem thêm hoạt động cộng đồng")
    assert more_link("Xem thêm các công thức món ăn ngon từ Ajinomoto")
    assert not more_link("Xem thêm video bên dưới.")  # a sentence to the reader, with its stop
    assert not more_link("Xem thêm: Giá vàng hôm nay")  # a label over a headline, judged elsewhere
    assert not more_link("Xem thêm Video:")


def test_the_link_between_paragraphs_goes_and_the_story_stays() -> None:
    units = [Unit(0, ONE, True, PROSE), Unit(0, "Xem thêm hoạt động cộng đồng", True, "furniture words")]
    units += [Unit(0, TWO, True, PROSE)]
    assert [u.keep for u in frame(units)] == [True, False, True]


def test_the_menu_under_the_link_at_the_end_goes() -> None:
    units = [
        Unit(0, ONE, True, PROSE),
        Unit(0, "Xem thêm các công thức món ăn ngon", True, "furniture words"),
    ]
    units += [Unit(0, "Sản phẩm", True, SHORT), Unit(0, "Bột ngọt AJI-NO-MOTO", True, SHORT)]
    assert [u.keep for u in frame(units)] == [True, False, False, False]
    # a sentence after the short lines keeps them: they may be the story's subheadings
    units += [Unit(0, TWO, True, PROSE)]
    assert [u.keep for u in frame(units)] == [True, False, True, True, True]
