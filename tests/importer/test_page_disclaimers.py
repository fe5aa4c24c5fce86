"""A health site's disclaimer under the story says what is on its page (`Thông tin trên trang chỉ mang
tính tham khảo, …`) as others say what is in the piece: it goes (`disclaimers`); a price's note in the
story (`Giá cà phê chỉ mang tính tham khảo`) names no page and stays."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.disclaimers import DISCLAIMER


def test_a_disclaimer_about_the_page_is_one() -> None:
    assert DISCLAIMER.search(
        "Thông tin trên trang chỉ mang tính tham khảo, không thay thế chẩn đoán của bác sĩ."
    )
    assert DISCLAIMER.search("Nội dung trên website chỉ mang tính chất tham khảo.")
    assert not DISCLAIMER.search("*Giá cà phê chỉ mang tính tham khảo, có thể thay đổi theo từng thời điểm.")


def test_the_page_s_disclaimer_under_the_story_goes() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Sốt xuất huyết tăng mạnh - Sức khỏe Mẫu</title></head><body><article>"
        "<h1>Sốt xuất huyết tăng mạnh</h1>"
        "<p>Theo Sở Y tế, tuần qua thành phố ghi nhận 1.632 ca mắc sốt xuất huyết, tăng 30% so với tuần trước.</p>"
        "<p>Ngành y tế đề nghị người dân đậy kín dụng cụ chứa nước và ngủ màn kể cả ban ngày.</p>"
        '<p class="author">Thùy An</p><div class="cms-disclaimer"><p>Thông tin trên trang chỉ mang tính tham khảo,'
        " không thay thế chẩn đoán của bác sĩ.</p></div></article></body></html>"
    ).encode()
    body = convert(page, "page.html", year=2024).body
    assert "tham khảo" not in body and "ngủ màn" in body
