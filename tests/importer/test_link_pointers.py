"""A pointer a site prints before a link's label inside the story (`➤ Xem thêm: …`, `► Đọc thêm: …`) is
no word of the line: the link goes as `Xem thêm: …` does, and the story after it stays (`boilerplate`)."""

from __future__ import annotations

from bantin.importer.boilerplate import is_chrome
from bantin.importer.convert import convert


def _page(pointer: str) -> bytes:
    return (
        "<!DOCTYPE html><html><head><title>Tuyển Việt Nam vô địch giải khu vực - Thể thao Mẫu</title></head>"
        "<body><article><h1>Tuyển Việt Nam vô địch giải khu vực</h1>"
        "<p>Tuyển Việt Nam thắng 3-2 ở chung kết lượt về, đăng quang với tổng tỷ số 5-3 sau hai lượt trận.</p>"
        f'<p class="inline-link">{pointer} <a href="/lich-thi-dau.html">Xem thêm: Lịch thi đấu bóng đá hôm nay</a></p>'
        '<figure><img src="/a.jpg" alt=""><figcaption>Các cầu thủ nâng cúp trên sân. Ảnh: Đức Đồng</figcaption></figure>'
        "<p>Đội hình xuất phát của tuyển Việt Nam:</p><ul><li>Thủ môn: Đình Triệu</li>"
        "<li>Tiền vệ: Hoàng Đức, Quang Hải, Văn Toàn</li><li>Tiền đạo: Xuân Son, Tuấn Hải</li></ul>"
        "<p>Xuân Son giành cả danh hiệu Vua phá lưới với 7 bàn thắng và Cầu thủ xuất sắc nhất giải.</p>"
        "</article></body></html>"
    ).encode()


def test_a_link_after_a_pointer_goes_and_the_story_after_it_stays() -> None:
    for pointer in ("➤", "►", "▶", "→", "👉"):
        body = convert(_page(pointer), "page.html", year=2025).body
        assert "Lịch thi đấu" not in body, pointer
        assert "Đình Triệu" in body and "Vua phá lưới" in body and "nâng cúp" in body, pointer


def test_a_pointer_before_a_label_is_no_word_of_the_line() -> None:
    assert is_chrome("➤ Xem thêm: Lịch thi đấu bóng đá hôm nay")
    assert is_chrome("► Đọc thêm: Giá vàng hôm nay tăng mạnh")
    assert not is_chrome("➤ Giá vàng trong nước tăng 500.000 đồng mỗi lượng so với phiên hôm qua.")
