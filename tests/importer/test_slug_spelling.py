"""A cut headline completed from its link's slug (`titles.complete`) as the page prints it: the slug's
`phan-tram` is the text's `%`, a word of grammar the text opens a sentence with goes on in small
letters, the site's parameters after an underscore and a short id of letters and figures are no words
of the headline (`slug_spelling`); a title's section suffix the slug leaves out goes when the headline
ends on a percentage (`suffixes`)."""

from __future__ import annotations

from bantin.importer import titles
from bantin.importer.slug_spelling import inside_headline, printed, spelled, without_params
from bantin.importer.suffixes import source_of_title

_TAX = "https://cucthue.example.vn/tin-tuc/cuc-thue-thu-ngan-sach-2-thang-dau-nam-dat-31-phan-tram-du-toan"
_TAX_TEXT = "Tổng thu ngân sách trong hai tháng đầu năm ước đạt 148.000 tỷ đồng, bằng 31% dự toán."


def test_a_percentage_the_slug_spells_in_words_completes_the_headline_with_its_sign() -> None:
    title, done = titles.complete("Cục Thuế thu ngân sách 2 tháng đầu năm đạt...", _TAX, [_TAX_TEXT])
    assert (title, done) == ("Cục Thuế thu ngân sách 2 tháng đầu năm đạt 31% dự toán", True)


def test_a_headline_whole_but_for_its_percentage_gains_no_words() -> None:
    url = "https://dm.example.vn/xuat-khau-det-may-thang-2-tang-hon-20-phan-tram-6312.html"
    text = "Kim ngạch xuất khẩu dệt may tháng 2 tăng hơn 20% so với cùng kỳ."
    assert titles.complete("Xuất khẩu dệt may tháng 2 tăng hơn 20%", url, [text])[0] == (
        "Xuất khẩu dệt may tháng 2 tăng hơn 20%"
    )


def test_a_word_of_grammar_opening_the_texts_sentence_goes_on_in_small_letters() -> None:
    url = "https://hq.example.vn/tin-tuc/hang-hoa-qua-cua-khau-huu-nghi-tang-manh-sau-tet-1234.html"
    text = "Sau kỳ nghỉ Tết, lượng hàng hóa qua cửa khẩu Hữu Nghị tăng mạnh."
    title, _ = titles.complete("Hàng hóa qua cửa khẩu Hữu Nghị tăng...", url, [text])
    assert title == "Hàng hóa qua cửa khẩu Hữu Nghị tăng mạnh sau Tết"
    assert inside_headline("Tết Nguyên đán") == "Tết Nguyên đán"  # a name keeps its capital


def test_a_short_id_of_letters_and_figures_closes_the_slug() -> None:
    url = "https://bhxh.example.vn/tin-tuc/thanh-pho-them-hon-40-000-nguoi-tham-gia-bao-hiem-xa-hoi-tu-nguyen-a345.html"
    text = (
        "Thành phố có thêm hơn 40.000 người tham gia bảo hiểm xã hội tự nguyện, nâng tổng số lên gần 180.000."
    )
    title, _ = titles.complete("Thành phố thêm hơn 40.000 người tham gia bảo hiểm...", url, [text])
    assert title == "Thành phố thêm hơn 40.000 người tham gia bảo hiểm xã hội tự nguyện"


def test_the_sites_parameters_after_an_underscore_are_no_words_of_the_slug() -> None:
    url = "https://dm.example.vn/xuat-khau-det-may-tang-hon-20-phan-tram_p1_1-1_2-1_3-595_4-6312.html"
    assert titles.slug_words(url)[-3:] == ["20", "phan", "tram"]
    assert without_params("gia-vang-tang_2024") == "gia-vang-tang_2024"  # one figure is the headline's


def test_a_section_suffix_goes_when_the_slug_spells_the_headline_and_its_percentage() -> None:
    slug = "xuatkhaudetmaythang2tanghon20phantram"
    title = "Xuất khẩu dệt may tháng 2 tăng hơn 20% | Tin ngành"
    assert (
        source_of_title(title, ("dm.example.vn",), slug=slug)[0] == "Xuất khẩu dệt may tháng 2 tăng hơn 20%"
    )


def test_a_text_printing_the_words_keeps_them() -> None:
    assert printed(spelled(["tăng 5 phần trăm và 7%"])[0]) == "tăng 5 phần trăm và 7%"
