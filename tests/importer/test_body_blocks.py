"""The body's blocks: a paragraph the scraper printed twice in a row is kept once, and the lead is not
put first again when the body already holds it, whatever its spaces, punctuation or tone marks."""

from __future__ import annotations

from bantin.importer.body import add_lead, dedupe
from bantin.importer.parsed import Block

LEAD = "Tỉnh Hòa Bình khởi công tuyến đường nối hai huyện vùng cao, tổng vốn 500 tỷ đồng."
NEXT = "Tuyến đường dài 32 km, dự kiến hoàn thành vào năm 2026."


def test_a_paragraph_printed_twice_in_a_row_is_kept_once() -> None:
    blocks = [Block("paragraph", LEAD), Block("paragraph", LEAD.replace(" ", "  ")), Block("paragraph", NEXT)]
    assert [b.text for b in dedupe(blocks)] == [LEAD, NEXT]


def test_the_same_paragraph_apart_stays_twice() -> None:
    blocks = [Block("paragraph", LEAD), Block("paragraph", NEXT), Block("paragraph", LEAD)]
    assert len(dedupe(blocks)) == 3


def test_a_lead_the_body_holds_with_other_tone_marks_is_not_put_first_again() -> None:
    blocks = [Block("paragraph", LEAD.replace("Hòa", "Hoà")), Block("paragraph", NEXT)]
    assert add_lead(blocks, LEAD)[0] == blocks


def test_a_lead_the_body_lacks_is_put_first() -> None:
    blocks = [Block("paragraph", NEXT)]
    assert [b.text for b in add_lead(blocks, LEAD)[0]] == [LEAD, NEXT]


def test_a_sites_long_name_signing_the_lead_after_its_full_stop_goes() -> None:
    blocks = [Block("paragraph", NEXT)]
    for site in ("Thư viện tỉnh Hòa Lâm", "Bảo tàng Văn hóa các dân tộc tỉnh Hòa Lâm", "Công giáo TP.HCM"):
        assert [b.text for b in add_lead(blocks, f"{LEAD} - {site}")[0]] == [LEAD, NEXT]
    sentence = f"{LEAD[:-1]} - con đường này nối liền hai huyện vùng cao của tỉnh với quốc lộ 6."
    assert add_lead(blocks, sentence)[0][0].text == sentence  # no full stop before the dash: the lead's
