"""An expert signing with a profession's title before a name no table of surnames opens (`answerers.expert`):
a pen name of two words (`Luật sư Minh Khang`, blind_sample8) or a name whose middle word is `Thị` or `Văn`
after a surname the table lacks (a Hmong lawyer's `Luật sư Vàng Thị Hoa`, blind_vnsum8) is the titled
writer's; a place after the title (`Luật sư Đà Nẵng`) and one word alone are no one's."""

from __future__ import annotations

import pytest

from bantin.importer.answerers import expert
from bantin.importer.convert import convert


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Luật sư Minh Khang", "Luật sư Minh Khang"),
        ("Bác sĩ Thu Trang", "Bác sĩ Thu Trang"),
        ("Luật sư Giàng Thị Mai, Đoàn Luật sư tỉnh Mẫu Sơn", "Luật sư Giàng Thị Mai"),
        ("Kỹ sư Sùng Văn Páo", "Kỹ sư Sùng Văn Páo"),
    ],
)
def test_a_titled_pen_name_or_a_name_with_its_middle_word_is_an_experts(text: str, name: str) -> None:
    assert expert(text) == name


@pytest.mark.parametrize(
    "text",
    ["Luật sư Đà Nẵng", "Kỹ sư Cần Thơ", "Luật sư Minh", "Bác sĩ Giàng Páo Mai", "Bác sĩ khuyên Minh Khang"],
)
def test_a_place_one_word_or_three_words_of_no_known_shape_are_no_experts(text: str) -> None:
    assert expert(text) is None


def test_the_titled_pen_name_closing_the_story_is_its_author() -> None:
    content = (
        "Từ ngày 1/7, người dân có thể đăng ký thường trú trực tuyến qua cổng dịch vụ công quốc gia. "
        "Hồ sơ gồm tờ khai thay đổi thông tin cư trú và giấy tờ chứng minh chỗ ở hợp pháp. "
        "Cơ quan đăng ký cư trú giải quyết trong 7 ngày làm việc kể từ ngày nhận đủ hồ sơ. "
        "Luật sư Minh Khang"
    )
    page = (
        "Title: Đăng ký thường trú trực tuyến cần giấy tờ gì\nSource: phaplymau.vn\n"
        "Link: https://phaplymau.vn/hoi-dap/dang-ky-thuong-tru-truc-tuyen-3301.html\n"
        "Published Date: 2024-07-02T08:00:00+07:00\nAuthor: \nTags: None\nSummary: \n"
        f"Content: {content}\n"
    ).encode()
    assert convert(page, "p.txt", year=2017).front.author == "Luật sư Minh Khang"
