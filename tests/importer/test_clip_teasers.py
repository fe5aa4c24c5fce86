"""A teaser under its reader's label and a clip's link in baomoi's 2017 copies (round `blind_baomoi6`):
`Bạn đọc quan tâm: <headline>` run into the story is a related link and goes, as `Xem thêm: …` does
(`vocabulary.RELATED_HEADERS`, a raw page's line `boilerplate`), and the story goes on after it
(`bounds.link_into_text`), while a sentence opening with the same words stays (`Bạn đọc quan tâm có
thể liên hệ …`, a notice after the label ending its sentence); the writer's name a one-line body runs
on from a clip's link under the story (`Xem thêm Video: Về Phú Yên ngắm hoa vàng trên cỏ xanh Phương
Thảo`) is cut off it and is the page's author, as from a related link (`linked_bylines.py`). The texts
are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.linked_bylines import linked_byline_apart

LEAD = "Nhiều dự án căn hộ tại quận 2, quận 9 và Thủ Đức điều chỉnh giá bán tăng từ 5 - 10% so với cuối năm."
STORY = [
    "Ngay sau kỳ nghỉ Tết, các chủ đầu tư đồng loạt tung ra thị trường những dự án mới tại khu Đông.",
    "Giá căn hộ trung cấp tại quận 9 hiện phổ biến 20 - 25 triệu đồng/m2, tại quận 2 dao động 35 - 45 triệu.",
    "Các chuyên gia khuyến cáo người mua cần tìm hiểu kỹ pháp lý dự án trước khi xuống tiền.",
]


def _raw(lines: list[str]) -> str:
    """A baomoi `raw` page: title, blank line, a paragraph a line, the lead again at the end."""
    return "\n".join(["Giá căn hộ khu Đông tăng mạnh sau Tết", "", *lines, "", "", "", LEAD])


def _flat(lines: list[str]) -> str:
    """A baomoi `flat` page: title / lead / the whole body on one line."""
    return "\n".join(["Giá căn hộ khu Đông tăng mạnh sau Tết", LEAD, " ".join(lines)])


@pytest.mark.parametrize("layout", [_raw, _flat])
def test_a_teaser_under_the_readers_label_goes_and_the_story_goes_on(layout) -> None:
    # the story's sentence after it stays: one link under its label ends no article
    teaser = "Bạn đọc quan tâm: Cơn sốt đất nền quận 9 có bền vững?"
    body = convert(layout([*STORY[:2], teaser, STORY[2]]).encode(), "page.txt", year=2017).body
    assert "Cơn sốt đất nền" not in body
    assert all(line in body for line in STORY)


@pytest.mark.parametrize("layout", [_raw, _flat])
@pytest.mark.parametrize(
    "told",
    [
        "Bạn đọc quan tâm có thể liên hệ ban quản lý dự án để được tư vấn miễn phí về thủ tục mua nhà.",
        "Bạn đọc quan tâm: Ban quản lý dự án tiếp nhận hồ sơ đến hết ngày 30/3, tại trụ sở ở quận 2.",
    ],
)
def test_a_sentence_opening_with_the_readers_words_stays(layout, told: str) -> None:
    body = convert(layout([*STORY[:2], told, STORY[2]]).encode(), "page.txt", year=2017).body
    assert told in body
    assert all(line in body for line in STORY)


def test_a_writer_run_on_from_a_clips_link_is_cut_off_it() -> None:
    last = "Các khách sạn ở TP Tuy Hòa gần như kín phòng, nhiều nhà hàng phải phục vụ đến khuya."
    link = "Xem thêm Video: Về Phú Yên ngắm hoa vàng trên cỏ xanh"
    units = [Unit(0, last), Unit(0, f"{link} Phương Thảo"), Unit(0, "Theo Đài PT-TH Phú Yên")]
    assert [u.text for u in linked_byline_apart(units)] == [
        last,
        link,
        "Phương Thảo",
        "Theo Đài PT-TH Phú Yên",
    ]


def test_the_writer_after_a_clips_link_on_a_flat_page_is_the_author() -> None:
    body = " ".join(
        [
            "Theo Sở Văn hóa, Thể thao và Du lịch tỉnh, lượng khách dịp lễ năm nay tăng khoảng 40% so với cùng kỳ.",
            "Các khách sạn ở TP Tuy Hòa gần như kín phòng, nhiều nhà hàng phải phục vụ đến khuya.",
            "Xem thêm Video: Về Phú Yên ngắm hoa vàng trên cỏ xanh Phương Thảo Theo Đài PT-TH Phú Yên",
        ]
    )
    lead = (
        "Trong 4 ngày nghỉ lễ, các điểm du lịch của tỉnh thu hút đông du khách, doanh thu ước đạt 12 tỷ đồng."
    )
    converted = convert(
        "\n".join(["Phú Yên đón hơn 5.000 lượt khách dịp lễ", lead, body]).encode(), "p.txt", year=2017
    )
    assert converted.front.author == "Phương Thảo"
    assert "hoa vàng trên cỏ xanh" not in converted.body
