"""An ad's label in square brackets (`[Quảng cáo]`, `[QC]`) set between two of the story's paragraphs
goes, glued to the photo's credit before it and the sentence after it too (`… Ảnh: BVCC[Quảng cáo]Bác sĩ
…`, blind_sample12), and the credit and the sentence stay whole; the words `quảng cáo` in a sentence stay."""

from __future__ import annotations

import pytest

from bantin.importer.ad_labels import ad_label_cuts, space_ad_labels
from bantin.importer.convert import convert

from .scrapes import vnsum

FIRST = "Những ngày qua, số ca mắc sởi tại các tỉnh phía Bắc tăng gấp đôi so với cùng kỳ năm trước."
CAPTION = "Trẻ được tiêm vaccine sởi tại trạm y tế phường. Ảnh: CDC"
AFTER = "Bác sĩ khuyến cáo phụ huynh đưa trẻ đi tiêm đủ hai mũi vaccine sởi theo lịch."


@pytest.mark.parametrize("label", ["[Quảng cáo]", "[QUẢNG CÁO]", "[QC]", "[Advertisement]"])
@pytest.mark.parametrize("glue", ["", " "])
def test_a_bracketed_label_goes_and_its_neighbours_stay(label: str, glue: str) -> None:
    content = f"{FIRST}{glue}{CAPTION}{glue}{label}{glue}{AFTER} Thu Hà"
    page = vnsum(title="Số ca mắc sởi tăng gấp đôi", link="https://suckhoe-mau.vn/suc-khoe/soi-a2.html",
                 content=content, date="2026-12-01T08:00:00+07:00")  # fmt: skip
    body = convert(page, "page.txt", year=2026).body
    assert label.strip("[]") not in body
    assert AFTER in body
    assert "Ảnh: CDC*" in body  # the credit, in its caption's form


def test_the_label_is_spaced_and_cut() -> None:
    assert space_ad_labels("Ảnh: CDC[Quảng cáo]Bác sĩ") == "Ảnh: CDC [Quảng cáo] Bác sĩ"
    text = "tuyên truyền. [QC] Người dân"
    assert ad_label_cuts(text) == {text.index("["), text.index("]") + 1}


def test_the_words_in_a_sentence_stay() -> None:
    text = "Luật Quảng cáo sửa đổi cấm quảng cáo thuốc lá trên mạng xã hội."
    assert space_ad_labels(text) == text
    assert ad_label_cuts(text) == set()
