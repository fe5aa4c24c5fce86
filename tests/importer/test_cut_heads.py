"""Titles a search engine cut where the link does not simply go on from them: a quote the story
closes, a slug in another order, a slug word that folds like a name's first word, a cut before a
comma the summary prints, a title of two words (`blind_heads3`)."""

from __future__ import annotations

import pytest

from bantin.importer import titles
from bantin.importer.cut_quotes import from_quote, open_quote


def test_a_title_cut_inside_a_quote_goes_on_to_where_the_story_closes_the_quote() -> None:
    completed, changed = titles.complete(
        'Ngư dân Cồn Mẫu: "Biển là nhà của...',
        "https://baomau.vn/thoi-su/ngu-dan-giu-bien-55123.html",
        ['"Biển là nhà của chúng tôi", ông Ba nói khi kéo lưới lên thuyền. Làng có 200 hộ.'],
    )
    assert changed and completed == 'Ngư dân Cồn Mẫu: "Biển là nhà của chúng tôi"'


@pytest.mark.parametrize(
    "texts",
    [
        ['"Biển là nhà của chúng tôi. Chúng tôi ở lại", ông nói.'],  # closed past a sentence's end
        ['"Biển là nhà của chúng tôi", ông nói.', '"Biển là nhà của cả làng", bà nói.'],  # two ways
        ["Ông nói biển là nhà của chúng tôi."],  # never quoted
    ],
)
def test_a_quote_the_story_does_not_close_one_way_in_a_sentence_leaves_the_title_cut(
    texts: list[str],
) -> None:
    assert from_quote('Ngư dân Cồn Mẫu: "Biển là nhà của', texts) is None


def test_an_open_quote_is_told_from_a_closed_one() -> None:
    assert open_quote('Ông Ba: "Biển là nhà của') == ('"', "Biển là nhà của")
    assert open_quote('Ông Ba: "Biển" và làng chài') is None
    assert open_quote("Ông Ba: “Biển là nhà") == ("“", "Biển là nhà")


def test_a_slug_in_another_order_says_the_cut_title_was_whole() -> None:
    completed, changed = titles.complete(
        "Giá cà phê tại Tây Nguyên giảm mạnh...",
        "https://baomau.vn/gia-ca-phe-giam-manh-tai-tay-nguyen-90876.html",
        ["Giá cà phê tại Tây Nguyên giảm mạnh trong tuần qua."],
    )
    assert (completed, changed) == ("Giá cà phê tại Tây Nguyên giảm mạnh", False)


def test_a_slug_word_printed_only_as_a_names_first_word_is_not_taken_for_it() -> None:
    text = "Cán bộ Trạm Kiểm lâm Bản Mẫu đã giúp dân. Nước lũ rút chậm. Trạm cũng hỗ trợ gạo."
    completed, changed = titles.complete(
        "Kiểm lâm giúp dân vùng núi...",
        "https://baomau.vn/kiem-lam-giup-dan-vung-nui-tram-lu-1234567.html",
        [text],
    )
    assert (completed, changed) == ("Kiểm lâm giúp dân vùng núi...", False)


def test_a_name_printed_alone_inside_a_sentence_still_lends_its_word() -> None:
    completed, changed = titles.complete(
        "Xuất khẩu gạo tăng mạnh sang...",
        "https://baomau.vn/xuat-khau-gao-tang-manh-sang-philippines-ky-luc-1234567.html",
        ["Xuất khẩu gạo sang Philippines đạt mức kỷ lục, theo số liệu mới."],
    )
    assert changed and completed == "Xuất khẩu gạo tăng mạnh sang Philippines kỷ lục"


def test_a_title_cut_before_a_comma_takes_the_summarys_sentence_with_its_comma() -> None:
    completed, changed = titles.complete(
        "Giá xăng giảm 500 đồng mỗi lít…",
        "https://baomau.vn/gia-xang-giam/",
        [],
        summaries=["Giá xăng giảm 500 đồng mỗi lít, dầu tăng nhẹ"],
    )
    assert changed and completed == "Giá xăng giảm 500 đồng mỗi lít, dầu tăng nhẹ"


def test_a_cut_title_of_two_words_goes_on_from_the_slug() -> None:
    completed, changed = titles.complete(
        "Đà Lạt...",
        "https://baomau.vn/da-lat-mua-dao-no-post12345.html",
        ["Du khách về Đà Lạt mùa đào nở rất đông."],
    )
    assert changed and completed == "Đà Lạt mùa đào nở"
