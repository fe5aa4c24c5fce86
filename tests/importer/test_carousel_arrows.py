"""A related list's header with a carousel's arrows between it and its first headline (`Bài viết liên
quan ‹ › Ký hợp đồng cung cấp … 28/11/2026 …`) names its list as the header alone does
(`list_headers.names_its_list`), so the run of dated headlines to the footer goes, though its commas read
as a sentence; a sentence opening with the header's words and going on in lower case stays."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.list_headers import names_its_list

_LIST = (
    "Bài viết liên quan ‹ › Nhà máy gạch ốp lát Quế Võ ký hợp đồng xuất khẩu sang Úc 27/11/2026 "
    "Khánh thành kho vận Đình Vũ 18/11/2026 Công ty thành viên Gạch men Quế Võ Tầng 9, số 12 phố Láng Hạ, Hà Nội"
)


def test_a_carousels_arrows_after_the_header_name_its_list() -> None:
    assert names_its_list(_LIST)
    assert names_its_list("Tin liên quan « » Khánh thành kho vận Đình Vũ")
    assert names_its_list("Bài viết liên quan Nhà máy gạch ốp lát Quế Võ ký hợp đồng")  # as before


def test_a_sentence_with_the_headers_words_stays() -> None:
    assert not names_its_list("Bài viết liên quan đến vụ việc đã được gỡ bỏ.")
    assert not names_its_list("Bài viết liên quan ‹ › đến vụ việc")  # lower case after the arrows


def test_the_carousel_goes_and_the_byline_is_read() -> None:
    story = (
        "Ngày 3/12, Công ty cổ phần Gạch men Quế Võ xuất lô gạch ốp lát khổ lớn đầu tiên sang Úc với giá trị "
        "khoảng 2 triệu USD. Theo công ty, đơn hàng năm 2027 đã kín đến hết quý II. Minh Hằng"
    )
    page = (
        "Title: Gạch men Quế Võ xuất lô hàng đầu tiên sang Úc\nSource: quevo.example.vn\n"
        "Link: https://quevo.example.vn/tin-tuc/xuat-lo-hang-dau-tien-sang-uc-a12.html\n"
        "Published Date: 2026-12-04T09:00:00+07:00\nAuthor: \nTags: None\nSummary: \n"
        f"Content: Trang chủ Tin tức 04/12/2026 {story} Chia sẻ bài viết {_LIST}\n"
    )
    converted = convert(page.encode(), "page.txt", year=2026)
    assert "Khánh thành kho vận" not in converted.body
    assert "đơn hàng năm 2027 đã kín" in converted.body
    assert converted.front.author == "Minh Hằng"
