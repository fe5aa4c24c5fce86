"""A figure's unit printed apart from it (`1,8 m`, `25 km`) and glued to the next word in title case
(`… Thủy triều Cửa Đại: 05:40 cao 1,6 mSáng 3/12, …`, a tide strip run into the lead with no space)
is a scraper's glue, cut as one glued to its figure is (`7,6kmTuyến`): the lead's first word is whole
again and the strip goes with the header. A unit before a word with no Vietnamese mark (a brand's
`mBank`) stays glued, as brands glue words of their own."""

from __future__ import annotations

from bantin.core.glued_words import glued_words
from bantin.importer.convert import convert


def test_a_unit_apart_from_its_figure_glued_to_a_word_is_cut() -> None:
    text = "Thủy triều Cửa Đại: 05:40 cao 1,6 mSáng 3/12, tàu cá"
    assert glued_words(text) == [text.index("Sáng")]
    text = "quãng đường 25 kmĐoàn xe"
    assert glued_words(text) == [text.index("Đoàn")]


def test_a_brand_after_a_figure_is_not_cut() -> None:
    assert glued_words("hạn mức 5 mBank") == []  # no mark: a brand's own case
    assert glued_words("sóng cao 3 m Thủy triều") == []  # spaced already


def test_the_lead_after_a_tide_strip_stays_whole() -> None:
    text = (
        "Title: Cứu 6 ngư dân trên tàu cá bị chìm\nSource: Đồn Biên phòng Cửa Đại\n"
        "Link: https://bienphong.example.vn/cuu-nan.html\nPublished Date: 2026-12-03T09:00:00+07:00\n"
        "Author: \nTags: None\nSummary: Sáu ngư dân được cứu an toàn.\n"
        "Content: ĐỒN BIÊN PHÒNG CỬA ĐẠI Trang chủ Tin hoạt động Pháp luật biên giới Vùng biển Cửa Đại: gió "
        "Đông Bắc cấp 6, sóng cao 2 - 3 m Thủy triều Cửa Đại: 05:40 cao 1,6 mSáng 3/12, tàu cá QNa 90123 TS "
        "bị sóng đánh chìm khi đang hành nghề cách bờ khoảng 12 hải lý. Đồn Biên phòng Cửa Đại phối hợp các "
        "tàu cá gần đó cứu vớt toàn bộ 6 thuyền viên. Hoài An\n"
    )
    body = convert(text.encode(), "page.txt", year=2026).body
    assert body.startswith("Sáng 3/12, tàu cá")
    assert "Thủy triều" not in body and "Trang chủ" not in body
