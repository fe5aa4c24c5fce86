"""A ministry portal's one-line body closing with the credit it reprints (`(Theo VOV)`, `Nguồn: Báo điện
tử VOV`), its rating box run on after the credit (`Đánh giá bài viết Rất hữu ích Hữu ích Bình thường`),
its archive's date picker run into the footer's first line (`Các tin đã đưa ngày Cổng thông tin điện tử
Bộ …`): the box's label and the picker's start units of their own, the picker's ends where its input
was, so the rating box and the picker go after the byline and the portal's name goes as its own. The
pages are written for these tests."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.units import split_units

STORY = (
    "Chiều 29/11, nút giao Cà Ná trên cao tốc Cam Lâm - Vĩnh Hảo được thông xe, giúp các phương tiện vào "
    "cảng biển Cà Ná thuận lợi hơn. Nút giao có tổng vốn đầu tư khoảng 98 tỷ đồng, gồm cầu vượt và hai "
    "nhánh ra vào nối với quốc lộ 1. Bộ yêu cầu chủ đầu tư sớm hoàn thiện hệ thống biển báo và chiếu sáng "
    "trước dịp Tết Nguyên đán."
)
TAIL = (
    "(Theo VOV) Nguồn: Báo điện tử VOV Đánh giá bài viết Rất hữu ích Hữu ích Bình thường Các tin đã đưa ngày "
    "Cổng thông tin điện tử Bộ Giao thông vận tải. Địa chỉ: 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội."
)


def _page() -> bytes:
    return (
        "Title: Thông xe nút giao cao tốc Cam Lâm - Vĩnh Hảo\nSource: Bộ Giao thông vận tải\n"
        "Link: https://mt.example.gov.vn/tin-tuc/89765/thong-xe-nut-giao.aspx\nPublished Date: 29/11/2024 16:45\n"
        f"Author: \nTags: None\nSummary: \nContent: {STORY} {TAIL}\n"
    ).encode()


def test_the_rating_box_and_the_date_picker_are_units_of_their_own() -> None:
    assert split_units(TAIL)[:5] == [
        "(Theo VOV)",
        "Nguồn: Báo điện tử VOV",
        "Đánh giá bài viết Rất hữu ích Hữu ích Bình thường",
        "Các tin đã đưa ngày",
        "Cổng thông tin điện tử Bộ Giao thông vận tải.",
    ]


def test_the_story_stays_and_the_portals_tail_goes() -> None:
    body = convert(_page(), "page.txt").body
    assert body.startswith("Chiều 29/11") and "trước dịp Tết Nguyên đán." in body
    for gone in ("Đánh giá", "Hữu ích", "Các tin đã đưa", "Cổng thông tin", "Địa chỉ"):
        assert gone not in body
