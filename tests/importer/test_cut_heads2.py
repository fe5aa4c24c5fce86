"""Cut titles of `blind_heads4`: a site's name cut after the headline (`… | Báo…`), a hexadecimal id
closing the slug, a headline that asks (its `?` printed only in the text), a place's label the lead
leaves out (`Hà Giang: …`)."""

from __future__ import annotations

import pytest

from bantin.importer import titles
from bantin.importer.asked_heads import with_its_mark
from bantin.importer.cut_suffixes import without_cut_suffix
from bantin.importer.placed_heads import from_unlabelled

_SLUG = "nguoidanvunglumongmuonsomcoduongbetong"  # the slug's words run together


def test_a_cut_site_name_after_a_headline_the_slug_spells_whole_goes() -> None:
    title = "Người dân vùng lũ mong muốn sớm có đường bê tông | Báo…"
    names = ("Nông Thôn", "Báo Nông Thôn Mới", "nongthonmoi.vn")
    assert without_cut_suffix(title, names, _SLUG) == "Người dân vùng lũ mong muốn sớm có đường bê tông"
    assert without_cut_suffix(title.replace(" | ", " - "), names, _SLUG) is not None


@pytest.mark.parametrize(
    ("title", "names", "slug"),
    [
        ("Người dân vùng lũ mong muốn sớm có đường bê tông | Báo…", ("Tin Mới",), _SLUG),  # not its name
        (
            "Người dân vùng lũ mong muốn sớm có đường bê tông | Báo…",
            ("Báo Nông Thôn",),
            _SLUG[:-6],
        ),  # slug cut
        ("Người dân vùng lũ mong muốn sớm có đường bê tông | Báo", ("Báo Nông Thôn",), _SLUG),  # whole title
        ("Người dân vùng lũ mong muốn sớm có đường bê tông - Bảo…", ("Bảo Lâm",), _SLUG[:-2]),
    ],
)
def test_a_suffix_is_not_taken_off_unless_both_the_slug_and_the_sites_name_say_so(
    title: str, names: tuple[str, ...], slug: str
) -> None:
    assert without_cut_suffix(title, names, slug) is None


def test_a_hexadecimal_id_closes_a_slug_and_a_word_with_digits_does_not() -> None:
    assert titles.slug_words("https://bao.vn/kt/202405/gia-lua-tang-manh-dau-vu-8d71c7e/")[-1] == "vu"
    assert titles.slug_words("https://bao.vn/cafe-bad-face-tang-1a")[-1] == "1a"  # no id's length
    assert titles.slug_words("https://bao.vn/dich-cum-h5n1-lan-rong")[2] == "h5n1"


def test_a_completed_headline_takes_the_question_mark_of_the_sentence_printing_it_whole() -> None:
    texts = ["Vì sao giá lúa tăng mạnh đầu vụ? Đó là câu hỏi của nhiều người. Giá lúa tăng mạnh đầu vụ!"]
    assert with_its_mark("Vì sao giá lúa tăng mạnh đầu vụ", texts) == "Vì sao giá lúa tăng mạnh đầu vụ?"
    assert with_its_mark("Giá lúa tăng mạnh", texts) == "Giá lúa tăng mạnh"  # a sentence's start only
    assert with_its_mark("Giá lúa tăng mạnh đầu vụ?", texts) == "Giá lúa tăng mạnh đầu vụ?"


def test_a_cut_headline_with_a_places_label_is_completed_from_a_lead_without_the_label() -> None:
    lead = "Đồng Văn đón lượng khách kỷ lục dịp lễ, nhiều khách sạn kín phòng. - Báo Hà Giang"
    completed = from_unlabelled("Hà Giang: Đồng Văn đón lượng khách kỷ lục dịp lễ, nhiều…", ["", lead])
    assert completed == "Hà Giang: Đồng Văn đón lượng khách kỷ lục dịp lễ, nhiều khách sạn kín phòng"


@pytest.mark.parametrize(
    "title",
    [
        "Hà Giang: Đồng Văn đón khách…",  # too little past the label to be no chance
        "Hà Giang: Đồng Văn đón lượng khách kỷ lục dịp lễ, nhiều khách sạn kín phòng",  # not cut
        "Hà Giang: Mèo Vạc đón lượng khách kỷ lục dịp lễ, nhiều…",  # the lead says another place
        "Khách du lịch: Đồng Văn đón lượng khách kỷ lục dịp lễ, nhiều…",  # no place's name
        'Hà Giang: "Đồng Văn đón lượng khách kỷ lục dịp lễ, nhiều…',  # a speaker's quote
    ],
)
def test_a_label_is_not_passed_over_for_a_short_whole_other_or_quoted_headline(title: str) -> None:
    lead = "Đồng Văn đón lượng khách kỷ lục dịp lễ, nhiều khách sạn kín phòng."
    assert from_unlabelled(title, [lead]) is None
