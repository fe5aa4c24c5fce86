"""Widgets of Vietnamese news sites the development set does not hold, written for these tests in
the shape of a search-engine scrape (the whole body on one line): a page's `2 giờ trước` stamp
glued to the lead, share bars, audio players and tag lines run into the byline, newsletter and
cookie boxes, donation appeals. The article's sentences always stay; the widgets go."""

from __future__ import annotations

from bantin.importer.convert import convert

HARVEST = [
    "Sáng 12/6, Sở Nông nghiệp tỉnh Yên Hòa cho biết đã hoàn thành thu hoạch hơn 8.000 ha lúa vụ xuân, "
    "năng suất bình quân đạt 6,5 tấn mỗi ha.",
    "Theo ông Trần Văn Lộc, Phó giám đốc Sở, giá lúa năm nay cao hơn năm trước khoảng 800 đồng mỗi kg nên "
    "nông dân có lãi.",
    "Nhiều hợp tác xã đã ký hợp đồng bao tiêu với doanh nghiệp, giúp người trồng yên tâm sản xuất.",
    "Tỉnh đặt mục tiêu đến năm 2025 có 30% diện tích lúa được sản xuất theo quy trình hữu cơ.",
]
LINK = "https://baoyenhoa.vn/kinh-te/yen-hoa-thu-hoach-lua-vu-xuan-a1234.html"


def scrape(content: str, *, summary: str = "") -> bytes:
    return (
        f"Title: Yên Hòa thu hoạch hơn 8.000 ha lúa vụ xuân\nSource: Báo Yên Hòa\nLink: {LINK}\n"
        f"Published Date: N/A\nAuthor: \nTags: None\nSummary: {summary}\nContent: {content}\n"
    ).encode()


def imported(head: str = "", tail: str = "", **kwargs: str):  # type: ignore[no-untyped-def]
    content = " ".join(part for part in (head, *HARVEST, tail) if part)
    converted = convert(scrape(content, **kwargs), "lua.txt", year=2024)
    assert all(sentence in converted.body for sentence in HARVEST), converted.body
    return converted


def test_a_pages_time_ago_stamp_glued_to_the_lead_goes_and_the_lead_stays() -> None:
    converted = imported(head="2 giờ trước")
    assert converted.body.startswith(HARVEST[0])
    assert "giờ trước" not in converted.body
    assert any(not u.keep and u.text == "2 giờ trước" for u in converted.units)


def test_a_related_storys_time_stamp_in_the_tail_keeps_its_teaser_whole() -> None:
    teaser = (
        "3h trước Bóng đá Đội tuyển nữ bước vào đợt tập trung mới với nhiều gương mặt trẻ lần đầu được gọi."
    )
    footer = "Tổng biên tập: Trần Văn Một. Giấy phép số 12/GP-BTTTT."
    converted = imported(tail=f"{teaser} {teaser.replace('3h', '5h')} {footer}")
    assert "Đội tuyển nữ" not in converted.body
