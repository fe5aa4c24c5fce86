"""Words a scraper glued with no space in a one-line body: a credit's name and the next teaser's label
(`Minh HoàngVideo: …`), a foreign name and a Vietnamese word of one marked capital (`V-LeagueỞ vòng …`), a
unit in capitals and the next row's place (`3,52 tỷ USDQuảng Ninh: …`); brands glue capitals to words
without a mark (`TPBank`, `VNPay`) and stay whole."""

from __future__ import annotations

import pytest

from bantin.core.glued_words import glued_words


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Niềm vui của các cầu thủ. Ảnh: Minh HoàngVideo: Những bàn thắng đẹp nhất", "Video:"),
        ("vươn lên thứ ba V-LeagueỞ vòng 24, Hà Nội FC làm khách", "Ở vòng"),
        ("Bắc Ninh: 3,52 tỷ USDQuảng Ninh: 2,23 tỷ USD", "Quảng"),
    ],
)
def test_glued_words_part(text: str, right: str) -> None:
    assert [text[c : c + len(right)] for c in glued_words(text)] == [right]


def test_brands_stay_whole() -> None:
    assert glued_words("Khách hàng TPBank, VPBank và VNPay ở Hà Nội") == []
