"""A cut title's slug closed by the site's id with a letter of its own (`…-chieu-nay-n-612345`):
the letter, which no page prints as the headline's word, is the id's and the headline is completed
up to it (`titles._id_letter`); a headline ending with a letter its text prints (`vitamin C`) keeps
it. A portal's section pair after the headline (`… | Tin tức - Sự kiện`) goes as one suffix
(`suffixes._SUFFIX_SECTIONS`), and `Sự kiện` ends no menu for it."""

from __future__ import annotations

from bantin.importer import titles
from bantin.importer.suffixes import ends_with_section, source_of_title


def test_a_letter_before_the_sites_id_is_no_word_of_the_headline() -> None:
    text = "Giá xăng dầu đồng loạt tăng từ 15h chiều nay theo kỳ điều hành mới của liên Bộ."
    link = "https://tinmau.com.vn/kinh-te/gia-xang-dau-dong-loat-tang-tu-15h-chieu-nay-n-612345.html"
    assert titles.complete("Giá xăng dầu đồng loạt tăng từ 15h chiều...", link, [text]) == (
        "Giá xăng dầu đồng loạt tăng từ 15h chiều nay",
        True,
    )


def test_a_letter_the_text_prints_closes_the_headline() -> None:
    text = "Trẻ em cần bổ sung vitamin C mỗi ngày qua rau quả tươi."
    link = "https://tinmau.vn/suc-khoe/tre-em-can-bo-sung-vitamin-c-612345.html"
    assert titles.complete("Trẻ em cần bổ sung...", link, [text])[0] == "Trẻ em cần bổ sung vitamin C"


def test_a_portals_pair_of_sections_after_the_headline_goes() -> None:
    raw = "Trà Vinh cấp thẻ bảo hiểm y tế cho hơn 40.000 học sinh | Tin tức - Sự kiện"
    title, _ = source_of_title(raw, ("travinh.gov.vn",))
    assert title == "Trà Vinh cấp thẻ bảo hiểm y tế cho hơn 40.000 học sinh"


def test_events_end_no_menu() -> None:
    assert not ends_with_section("Giới thiệu Tin tức Sự kiện")
