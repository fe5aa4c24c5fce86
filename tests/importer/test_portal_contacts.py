"""A portal's notice closing with the contacts it gives (`Thông tin chi tiết, người dân liên hệ: Sở Xây
dựng: 0254.3852.261 …`), in a one-line body: the newsroom's `PV` run on after the last number, then the
page's counter, its print and e-mail buttons run into the footer's first line (`Gửi email Quay lại Cổng
thông tin điện tử tỉnh …`), then the footer with its `Trưởng Ban biên tập: …`. The `PV` is cut off the
number and read; a unit opening with the page's buttons is none of the story's, so the contacts stand
between the story and its byline and stay; the footer's `Trưởng Ban biên tập` is one field, no writer
called `Trưởng`. The pages are written for these tests."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.field_starts import field_cuts
from bantin.importer.units import split_units

STORY = (
    "UBND tỉnh yêu cầu các địa phương tiếp nhận hồ sơ hỗ trợ sửa chữa nhà ở bị hư hỏng do bão số 3 đến hết "
    "ngày 15/10. Mức hỗ trợ là 10 triệu đồng với nhà hư hỏng nặng và 5 triệu đồng với nhà tốc mái trên 30% "
    "diện tích. Hộ dân nộp đơn tại UBND xã, phường nơi có nhà bị hư hỏng, kèm ảnh chụp hiện trạng và xác "
    "nhận của trưởng khu phố."
)
CONTACTS = [
    "Thông tin chi tiết, người dân liên hệ:",
    "Sở Xây dựng: 0254.3852.261",
    "Sở Lao động - Thương binh và Xã hội: 0254.3852.374",
    "Đường dây nóng UBND tỉnh: 0254.3511.511",
]
TAIL = (
    "PV Lượt xem: 1.245 In bài viết Gửi email Quay lại Cổng thông tin điện tử tỉnh Mẫu. Trưởng Ban biên tập: "
    "Nguyễn Văn Hùng. Địa chỉ: Số 198 Bạch Đằng, TP Bà Rịa. Email: bbt@mau.gov.vn"
)


def _page() -> bytes:
    return (
        "Title: Tiếp nhận hồ sơ hỗ trợ sửa chữa nhà sau bão số 3\nSource: mau.gov.vn\n"
        "Link: https://mau.gov.vn/tin-tuc/tiep-nhan-ho-so-112233.html\nPublished Date: 30/09/2024 15:00\n"
        f"Author: \nTags: None\nSummary: \nContent: {STORY} {' '.join(CONTACTS)} {TAIL}\n"
    ).encode()


def test_the_newsroom_is_cut_off_the_last_number() -> None:
    assert split_units("Đường dây nóng UBND tỉnh: 0254.3511.511 PV Lượt xem: 1.245")[-3:] == [
        "Đường dây nóng UBND tỉnh: 0254.3511.511",
        "PV",
        "Lượt xem: 1.245",
    ]


def test_the_head_of_the_editors_board_is_one_field() -> None:
    assert not field_cuts("Trưởng Ban biên tập: Nguyễn Văn Hùng.")


def test_the_contacts_stay_and_the_footer_goes() -> None:
    converted = convert(_page(), "page.txt")
    for line in CONTACTS:
        assert line in converted.body
    assert "Lượt xem" not in converted.body and "Ban biên tập" not in converted.body
    assert converted.front.author == "PV"
