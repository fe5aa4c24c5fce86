"""Words a scraper glued with no space where one side is capitals or a figure's unit (`… của EVNNăm nay`,
`Ảnh: T.LThành phố`, `… cần biếtPGS.TS Nguyễn`, `… dài 7,6kmTuyến đường`, a menu's `Sống sốiPhone 16`)
are parted; the story's own words that glue capitals to a foreign word or a figure stay whole
(`SeABank`, `HDBank`, `VNeID`, `TP.HCM`, `PGS.TS`, `U23`, `5G`, `200kWh`)."""

from __future__ import annotations

import itertools

from bantin.core.glued_words import glued_words
from bantin.importer.convert import convert


def _parts(text: str) -> list[str]:
    cuts = [0, *glued_words(text), len(text)]
    return [text[a:b] for a, b in itertools.pairwise(cuts)]


def test_an_acronym_or_initials_glued_to_a_word_with_its_mark_are_parted() -> None:
    assert _parts("theo quyết định của EVNNăm nay là lần thứ hai") == [
        "theo quyết định của EVN",
        "Năm nay là lần thứ hai",
    ]
    assert _parts("Ảnh: T.LThành phố đặt mục tiêu") == ["Ảnh: T.L", "Thành phố đặt mục tiêu"]


def test_a_title_with_its_dot_glued_after_a_word_with_its_mark_is_parted() -> None:
    assert _parts("cha mẹ cần biếtPGS.TS Nguyễn Thị Hương") == ["cha mẹ cần biết", "PGS.TS Nguyễn Thị Hương"]


def test_a_figures_unit_glued_to_the_next_word_is_parted() -> None:
    assert _parts("dài 7,6kmTuyến đường 6 làn") == ["dài 7,6km", "Tuyến đường 6 làn"]
    assert _parts("khoảng 100haTốc độ tải") == ["khoảng 100ha", "Tốc độ tải"]


def test_a_product_and_its_model_glued_after_a_menu_item() -> None:
    assert _parts("Sống sốiPhone 16 bản 128GB") == ["Sống số", "iPhone 16 bản 128GB"]
    assert glued_words("Lê HợiChia sẻ") == [6]  # a syllable's own `i`: the cut before the next word


def test_the_storys_own_glued_words_stay_whole() -> None:
    text = (
        "HDBank, SeABank và VPBank tại TP.HCM, PGS.TS và ThS.BS, U23 Việt Nam, McDonald's, VNeID, eKYC, "
        "KienlongBank, mạng 5G, 200kWh mỗi tháng, VinFast VF 3"
    )
    assert glued_words(text) == []


def test_a_credits_initials_glued_to_the_next_paragraph_end_the_credit() -> None:
    page = (
        "Title: Hà Nội phủ sóng 5G khu phố cổ\nSource: Đài Hà Nội\nLink: https://hanoionline.vn/a.htm\n"
        "Published Date: 02/12/2024 17:05\nAuthor: \nTags: None\nSummary: \nContent: Sở Thông tin và "
        "Truyền thông cho biết các nhà mạng đã phủ sóng 5G toàn bộ khu phố cổ.Nhân viên kỹ thuật kiểm "
        "tra trạm 5G trên phố Hàng Đào. Ảnh: T.LThành phố đặt mục tiêu phủ sóng 5G toàn bộ các quận "
        "nội thành trong năm 2025.\n"
    )
    body = convert(page.encode(), "page.txt", year=2024).body
    assert "Thành phố đặt mục tiêu phủ sóng 5G" in body
    assert "T.LThành" not in body
