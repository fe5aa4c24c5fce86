"""A footer's sitemap labels (`Sơ đồ website`, `Sơ đồ trang`, `Liên kết nhanh`) run on from an office's
closing signature with a dash in its name (`Phòng Đào tạo - Hợp tác …`) and its linked bodies closed by
the site's name with a stop: each label starts a field (`field_starts`), so the signature stands alone
and the run after it goes, no sentence of the story. A story's `Sơ đồ trang trại` is no label. On lines
written for these tests."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.units import split_units


def test_the_labels_part_the_signature_from_the_links() -> None:
    text = "Phòng Đào tạo - Hợp tác Sơ đồ website Liên kết nhanh Bộ Khoa học và Công nghệ Viện Vật lý."
    assert split_units(text)[:2] == ["Phòng Đào tạo - Hợp tác", "Sơ đồ website"]
    assert split_units(text)[2].startswith("Liên kết nhanh")


def test_a_farms_plan_is_no_label() -> None:
    text = "Hộ ông An được hướng dẫn vẽ Sơ đồ trang trại trước khi xin cấp phép xây chuồng nuôi."
    assert split_units(text) == [text]


def test_the_sitemap_goes_and_the_office_signs() -> None:
    page = (
        "Title: Viện Vật lý công bố kết quả nghiên cứu năm 2026\nSource: Viện Vật lý\n"
        "Link: https://iop.vast.vn/tin/ket-qua-2026.html\n"
        "Published Date: 2026-12-03T09:00:00+07:00\nAuthor: \nTags: None\nSummary: Kết quả nghiên cứu.\n"
        "Content: Trang chủ Tin tức Năm 2026, Viện Vật lý công bố 212 bài báo quốc tế, tăng 14% so với năm "
        "trước, trong đó 96 bài thuộc nhóm tạp chí hàng đầu. Viện cũng đăng ký 7 sáng chế về vật liệu "
        "nano và quang tử. Phòng Đào tạo - Hợp tác Sơ đồ website Liên kết nhanh Bộ Khoa học và Công nghệ "
        "Viện Hàn lâm Khoa học và Công nghệ Việt Nam Viện Vật lý. Điện thoại: 024 3791 7103\n"
    )
    converted = convert(page.encode(), "page.txt", year=2026)
    assert converted.body.rstrip().endswith("vật liệu nano và quang tử."), converted.body
    assert converted.front.author == "Phòng Đào tạo - Hợp tác"
