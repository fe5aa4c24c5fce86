"""A header of a site's long name and its menu run into a lead that opens with its day (`… Công ty Vận hành
hệ thống điện và thị trường điện Quốc gia Giới thiệu … Tin tức Chiều 5/12, khi …`) is peeled off the lead
though it holds one `và`: the word joins two fields in the site's name or an item (`Tài nguyên và Môi
trường`), no sentence's grammar (`menus._items`). A header with other grammar words, or two `và`, stays
a sentence's words, as before."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.furniture import signals
from bantin.importer.menus import _items

HEADER = (
    "TTQT Trung tâm Quan trắc tài nguyên và môi trường Quốc gia Giới thiệu Quan trắc tự động Số liệu quan "
    "trắc Bản đồ chất lượng Tin tức Chỉ số AQI lúc 9:00: 142 Bụi mịn PM2.5: 61 µg/m³"
)


def test_a_header_joined_by_one_va_reads_as_items() -> None:
    head = "Trung tâm Quan trắc tài nguyên và môi trường Quốc gia Giới thiệu Tin tức Số liệu quan trắc Bản đồ"
    assert _items(head, signals(head))


def test_more_grammar_is_no_menu() -> None:
    two = "Trung tâm Quan trắc tài nguyên và môi trường Quốc gia Giới thiệu Tin tức và Sự kiện Bản đồ"
    said = "Trung tâm Quan trắc tài nguyên và môi trường Quốc gia cùng Ban Giám đốc Sở Tài chính Gặp mặt"
    assert not _items(two, signals(two))
    assert not _items(said, signals(said))


def test_the_header_goes_before_a_dated_lead() -> None:
    text = (
        "Title: Bụi mịn tăng trong đợt không khí lạnh\nSource: TTQT\nLink: https://ttqt.example.vn/tin/a1.html\n"
        "Published Date: 2026-12-06T17:00:00+07:00\nAuthor: \nTags: None\nSummary: \n"
        f"Content: {HEADER} Chiều 5/12, khi không khí lạnh tràn về, chỉ số chất lượng không khí ở Hà Nội "
        "lên mức 142, kém nhất từ đầu mùa đông và cao hơn 30% so với tuần trước. Trung tâm khuyến cáo người "
        "dân hạn chế ra ngoài vào sáng sớm và đeo khẩu trang.\n"
    )
    body = convert(text.encode(), "page.txt", year=2026).body
    assert body.startswith("Chiều 5/12, khi không khí lạnh tràn về")
    assert "Giới thiệu" not in body and "PM2.5" not in body
