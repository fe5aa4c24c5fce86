"""Names (round `blind_names`): a name the importer does not know must not cut a story's sentence
nor lose a writer. Names of the Central Highlands' peoples and Korean names are words of a name
(`H'Hen`, `Jae-hyun`: `name_words.py`), so a photo's credit ends before the next sentence opening
with one; writers' names with no Vietnamese marks (`Phan Anh - Ksor H'Thu`) are a byline, not an
English menu; a sentence whose names in title case make it look like a menu (`Ngày 8/5, Tập đoàn
Mitsui … và Tổng công ty Hàng hải …`) is not cut as one; a one-word writer after an agency's
credit (`Ảnh: TL Thanh Theo …`) and a byline after a photographer's credit before a page's label
(`Ảnh: Đức Tâm Hoàng Hà Tags: …`) are the writer's; and headlines holding a figure's comma (`1,2 tỷ
USD`) are still headlines."""

from __future__ import annotations

import pytest

from bantin.importer.captions import split_captions
from bantin.importer.convert import convert
from bantin.importer.edges import headlines
from bantin.importer.name_words import name_word, names_list
from bantin.importer.units import split_units


@pytest.mark.parametrize("word", ["Chị", "H'Hen", "K'Sor", "Ksor", "Jae-hyun", "Sang-sik"])
def test_words_of_names_with_an_apostrophe_or_a_hyphen(word: str) -> None:
    assert name_word(word)


@pytest.mark.parametrize("word", ["AFP", "NGUYỄN", "H", "Niê,", "người", "1,2"])
def test_no_word_of_a_name(word: str) -> None:
    assert not name_word(word)


@pytest.mark.parametrize("text", ["Phan Anh - Ksor H'Thu", "Lò Văn Hợi - Sùng Thị Dua", "Kim Yen, Tran Minh"])
def test_writers_names_joined_are_a_list_of_names(text: str) -> None:
    assert names_list(text)


@pytest.mark.parametrize("text", ["Home - News - Sports", "Home Politics Economy Travel Culture", "Phan Anh"])
def test_a_menu_or_one_name_is_no_list_of_names(text: str) -> None:
    assert not names_list(text)


def test_a_credit_ends_before_a_sentence_opening_with_a_highland_name() -> None:
    text = "Chị Y Lan (phải) dự lễ hội cồng chiêng. Ảnh: TTXVN H'Mai Niê, em gái chị, góp 50 triệu đồng."
    blocks = split_captions(text)
    assert blocks[0].credit == "Ảnh: TTXVN"
    assert blocks[1].text.startswith("H'Mai Niê, em gái chị")


def _vnsum(content: str) -> str:
    return (
        "Title: Già làng giữ yên buôn\nSource: Báo Mẫu\nLink: https://baomau.example.vn/gia-lang-123.html\n"
        f"Published Date: 03/08/2024 14:10\nAuthor: \nTags: None\nSummary: \nContent: {content}\n"
    )


def test_two_writers_with_unmarked_names_are_the_byline_and_the_tail_goes() -> None:
    content = (
        "Già làng Y Kha Niê đã vận động hàng chục thanh niên bỏ cờ bạc, trở về làm ăn. "
        "Buôn Ako Dhông ở TP Buôn Ma Thuột những ngày này rộn ràng tiếng chiêng. "
        "Ông cùng Thượng tá K'Sor Nhai, Đội trưởng Đội An ninh, đến từng nhà để vận động. "
        "Phan Anh - Ksor H'Thu Xem thêm Công an tỉnh ra mắt mô hình camera an ninh ở buôn "
        "Bản quyền thuộc Truyền hình Mẫu. Liên hệ: lienhe@baomau.example.vn"
    )
    converted = convert(_vnsum(content).encode(), "page.txt", year=2017)
    assert converted.front.author == "Phan Anh - Ksor H'Thu"
    assert "camera" not in converted.body and "Bản quyền" not in converted.body


def test_a_sentence_full_of_names_is_not_cut_as_a_menu() -> None:
    text = (
        "Ngày 8/5, Tập đoàn Mitsui O.S.K. Lines (Nhật Bản) và Tổng công ty Hàng hải Việt Nam ký thỏa "
        "thuận hợp tác khai thác bến container tại Cái Mép."
    )
    assert split_units(text) == [text]


def test_a_menu_before_the_lead_is_still_cut() -> None:
    text = (
        "Trang chủ Thời sự Kinh tế Xã hội Quốc tế Hàng nghìn du khách đổ về phố cổ Hội An dịp rằm tháng Tám."
    )
    assert split_units(text)[-1].startswith("Hàng nghìn du khách")


def _flat(last: str) -> str:
    return (
        "Nhạc sĩ Lào và những ca khúc về Việt Nam\n"
        "Nhạc sĩ Sivilay đã viết hơn 30 ca khúc về tình hữu nghị Việt - Lào.\n"
        "Ông sinh ra ở tỉnh Hủa Phăn, từng học ở Nhạc viện Hà Nội những năm 1970. "
        "Ca sĩ Thu Hiền từng song ca nhiều sáng tác của ông. "
        f"Nhạc sĩ Sivilay (trái) và ca sĩ Thu Hiền. {last}"
    )


@pytest.mark.parametrize(
    ("last", "writer"),
    [
        ("Ảnh: TL Thanh Theo Văn Nghệ Quân Đội", "Thanh"),
        ("Ảnh: Đức Tâm Hoàng Hà Tags: Lào, âm nhạc", "Hoàng Hà"),
    ],
)
def test_the_writer_after_a_photo_s_credit_is_the_byline(last: str, writer: str) -> None:
    converted = convert(_flat(last).encode(), "page.txt", year=2017)
    assert converted.front.author == writer
    assert f"{writer}*" not in converted.body  # not the credit's last word


def test_a_full_name_of_four_words_before_a_label_stays_the_credit() -> None:
    converted = convert(_flat("Ảnh: Nguyễn Thị Hồng Hà Tags: Lào, âm nhạc").encode(), "page.txt", year=2017)
    assert "Ảnh: Nguyễn Thị Hồng Hà*" in converted.body
    assert converted.front.author != "Hồng Hà"


def test_headlines_with_a_figure_s_comma_are_still_headlines() -> None:
    assert headlines(
        "Hải Phòng thu hút 1,2 tỷ USD vốn FDI trong quý I Khởi công khu công nghiệp Nam Tràng Cát"
    )
    assert not headlines("Hải Phòng thu hút vốn FDI, trong quý I Khởi công khu công nghiệp Nam Tràng Cát")
