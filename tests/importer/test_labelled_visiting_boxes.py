"""A park's or a museum's visiting box whose label stands over its first field with no colon of its own
(`Giờ mở cửa Hằng ngày: 7h00 - 17h00 Đặt tour ngay`) is the site's box as `Giờ mở cửa: …` is
(`visiting_boxes._BOX`): the field's own label opens in a capital and closes with its colon a few words
on. A story's sentence about the hours (`Giờ mở cửa bảo tàng được kéo dài …`) is no box."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.visiting_boxes import visiting_box


def test_a_label_over_its_field_opens_the_box() -> None:
    assert visiting_box("Giờ mở cửa Hằng ngày: 6h30 - 17h30 Đặt vé ngay")
    assert visiting_box("Giờ mở cửa Thứ Ba - Chủ nhật: 8h00 - 17h00")
    assert visiting_box("Giờ mở cửa: 8h00 - 17h00 các ngày trong tuần")


def test_a_sentence_about_the_hours_is_no_box() -> None:
    assert not visiting_box("Giờ mở cửa hằng ngày: 7h00 - 17h00")  # no field's own label
    assert not visiting_box("Giờ mở cửa Bảo tàng được kéo dài đến 21h00 hằng ngày: từ nay đến Tết")


def test_the_parks_box_under_the_story_goes() -> None:
    text = (
        "Title: Rừng tràm mở tuyến tham quan mới\nSource: Khu du lịch Trà Sư\nLink: https://trasu.vn/tuyen-moi\n"
        "Published Date: 2026-12-03T08:00:00+07:00\nAuthor: \nTags: None\nSummary: Tuyến xuồng mới dài 4 km.\n"
        "Content: Từ ngày 5/12, khu du lịch rừng tràm mở thêm tuyến xuồng dài 4 km xuyên rừng, phục vụ khách dịp "
        "cuối năm. Năm 2026, khu du lịch đón hơn 410.000 lượt khách, tăng 12% so với năm trước. Giờ mở cửa "
        "Hằng ngày: 6h30 - 17h30 Đặt vé ngay Bài viết cùng chuyên mục Mùa nước nổi ở rừng tràm Chim về "
        "rừng tràm cuối năm\n"
    )
    body = convert(text.encode(), "page.txt", year=2026).body
    assert "tăng 12% so với năm trước." in body
    assert "Giờ mở cửa" not in body and "Đặt vé" not in body
