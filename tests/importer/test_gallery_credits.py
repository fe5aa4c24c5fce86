"""A photo's credit read from the page: a credit in lower case saying what the photo is (`Ảnh: tư
liệu`, `Ảnh: minh họa`) run into the next sentence ends before it (`credit_ends.kind_credit`), and a
credit the page printed whole under an earlier photo is read whole again when the closing byline
follows it (`repeated_credits`); on captions written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.captions import parse_credit, split_captions
from bantin.importer.credit_ends import kind_credit
from bantin.importer.repeated_credits import credited_before
from tests.importer.test_signed_tails import STORY, convert_page


def _blocks(text: str) -> list[tuple[str, str, str | None]]:
    return [(b.kind, b.text, b.credit) for b in split_captions(text)]


@pytest.mark.parametrize(
    ("after", "found"),
    [
        ("tư liệu Đại diện Sở đề nghị địa phương giữ nguyên các hạng mục gốc.", ("tư liệu", 8)),
        ("Tư liệu Năm 1990, ngôi đình được trùng tu lần đầu.", ("Tư liệu", 8)),
        ("minh họa Người dân nên đi khám sớm khi có triệu chứng.", ("minh họa", 9)),
        ("minh họa Theo các chuyên gia, bệnh dễ lây vào mùa đông.", ("minh họa", 9)),
        ("minh họa. Các chuyên gia khuyến cáo.", ("minh họa", 9)),
        ("tư liệu của gia đình Sau đó, ông về quê.", ("tư liệu của gia đình", 21)),
        ("tư liệu", ("tư liệu", 7)),
        ("Tư liệu TTXVN Theo dự báo, mưa lớn.", ("Tư liệu TTXVN", 14)),  # its owner, read as credits are
        ("Minh Đức Sau đó, đoàn đến thăm bảo tàng.", ("Minh Đức", 9)),  # no such credit: read as ever
    ],
)
def test_a_credit_saying_what_the_photo_is_ends_before_the_next_sentence(
    after: str, found: tuple[str, int]
) -> None:
    assert kind_credit(after, parse_credit) == found


def test_an_archive_photos_caption_leaves_the_next_paragraph_whole() -> None:
    text = (
        "Đình còn giữ được 14 tấm bia đá. Bia đá dựng năm 1698 trước sân đình. Ảnh: tư liệu "
        "Đại diện Sở Văn hóa đề nghị địa phương không tự ý làm mới các hạng mục gốc."
    )
    assert _blocks(text) == [
        ("paragraph", "Đình còn giữ được 14 tấm bia đá.", None),
        ("caption", "Bia đá dựng năm 1698 trước sân đình.", "Ảnh: tư liệu"),
        ("paragraph", "Đại diện Sở Văn hóa đề nghị địa phương không tự ý làm mới các hạng mục gốc.", None),
    ]


def test_a_credit_said_under_an_earlier_photo_is_read_whole_before_the_byline() -> None:
    # a one-line scrape glues the first caption's credit to the next photo's caption, which tells its end
    text = (
        "Du khách thả đèn trên hồ. Ảnh: Làng Văn hóa"
        "Các em nhỏ trong trang phục truyền thống. Ảnh: Làng Văn hóa Thu Trang Tin khác"
    )
    assert _blocks(text) == [
        ("caption", "Du khách thả đèn trên hồ.", "Ảnh: Làng Văn hóa"),
        ("caption", "Các em nhỏ trong trang phục truyền thống.", "Ảnh: Làng Văn hóa"),
        ("paragraph", "Thu Trang Tin khác", None),
    ]


def test_an_earlier_credit_is_no_part_of_a_word() -> None:
    assert credited_before("Minh Hàng Các em …", "Minh", 4, ["Minh Hà"]) == ("Minh", 4)  # `Hà` of `Hàng`
    assert credited_before("Làng Văn hóa Thu Trang", "Làng", 4, ["Làng Văn hóa"]) == ("Làng Văn hóa", 12)


def test_a_gallerys_credit_said_twice_leaves_the_byline_the_author() -> None:
    content = (
        f"{' '.join(STORY)} Một số hình ảnh tại lễ hội:Người dân rước kiệu qua cầu. Ảnh: Làng Văn hóa"
        "Các cụ cao niên làm lễ tế thần. Ảnh: Làng Văn hóa Thu Trang Tin khác Lễ hội chọi trâu "
        "Hải Lựu năm 2024"
    )
    page = convert_page(content)
    assert page.front.author == "Thu Trang"
    assert "Các cụ cao niên làm lễ tế thần. *Ảnh: Làng Văn hóa*{: .credit}" in page.body
