"""The site's own name signing off after the story (bantin/importer/selfdescribed.py): a writer's
name run into it (`Quốc Thanh Báo Biên phòng.`, a one-line body) is cut from it and stays; a
sentence naming the paper keeps it."""

from __future__ import annotations

from bantin.importer.chrome import Site
from bantin.importer.furniture import Unit
from bantin.importer.selfdescribed import describes_itself_apart

SITE = Site(host="baotraxanh.vn")


def _texts(text: str) -> list[str]:
    return [u.text for u in describes_itself_apart([Unit(0, text)], SITE)]


def test_a_byline_run_into_the_sites_name_is_cut_from_it() -> None:
    assert _texts("Minh Khôi Báo Trà Xanh.") == ["Minh Khôi", "Báo Trà Xanh."]


def test_a_sentence_naming_the_paper_is_not_cut() -> None:
    text = "Bài viết được trao giải nhất cuộc thi do Báo Trà Xanh."
    assert _texts(text) == [text]
    text = "Cuộc thi năm nay thu hút hơn 300 tác phẩm gửi về Báo Trà Xanh."
    assert _texts(text) == [text]


def test_another_papers_name_after_a_byline_is_not_cut() -> None:
    assert _texts("Minh Khôi Báo Lúa Vàng.") == ["Minh Khôi Báo Lúa Vàng."]


def test_a_section_site_describing_itself_as_another_papers_is_cut_from_the_box_before_it() -> None:
    site = Site(host="tinnhanhxanh.vn")
    text = "Xem nhiều Lúa được mùa Giá cá tăng TinNhanhXanh - Chuyên trang của Báo Trà Xanh."
    assert [u.text for u in describes_itself_apart([Unit(0, text)], site)] == [
        "Xem nhiều Lúa được mùa Giá cá tăng",
        "TinNhanhXanh - Chuyên trang của Báo Trà Xanh.",
    ]
    other = "Ông nói TinNhanhVang - Chuyên trang của Báo Lúa Vàng đã đóng cửa."  # not the page's own site
    assert [u.text for u in describes_itself_apart([Unit(0, other)], site)] == [other]


def test_one_headline_under_a_links_label_run_into_the_sites_name_is_cut_from_it() -> None:
    label, linked = Unit(0, "Xem thêm"), Unit(0, "Hoa hậu Trà Xanh 2024 lộ diện top 20 Báo điện tử Trà Xanh.")
    assert [u.text for u in describes_itself_apart([label, linked], SITE)] == [
        "Xem thêm",
        "Hoa hậu Trà Xanh 2024 lộ diện top 20",
        "Báo điện tử Trà Xanh.",
    ]
    assert [u.text for u in describes_itself_apart([linked], SITE)] == [linked.text]  # one is no run
    said = Unit(0, "Bà Lan gửi lời cảm ơn tới Báo điện tử Trà Xanh.")  # the story's last sentence
    story = Unit(0, "Số tiền được trao tận tay gia đình vào sáng nay.")
    assert [u.text for u in describes_itself_apart([story, said], SITE)] == [story.text, said.text]
