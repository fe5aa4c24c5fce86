"""`bantin.importer.selfdescribed.describes`: the site's own name with no `Báo` before it, then its
description after a dash (`Tin tức Việt Nam - Trang thông tin điện tử tổng hợp`), run into the other
stories' headlines after the byline of a page scraped on one line: the footer is cut there, so the
byline and the headlines go apart from it; on pages written for these tests."""

from __future__ import annotations

from bantin.importer.chrome import Site
from bantin.importer.convert import convert
from bantin.importer.selfdescribed import describes

from .scrapes import vnsum

STORY = (
    "Công an tỉnh vừa khởi tố giám đốc một công ty bất động sản về tội lừa đảo chiếm đoạt tài sản.",
    "Theo cơ quan điều tra, người này ký hợp đồng góp vốn với 120 khách hàng, chiếm đoạt hơn 40 tỷ đồng.",
)
TAIL = (
    "Hoàng Long Cảnh giác chiêu lừa bán đất nền qua mạng xã hội Bắt nhóm đối tượng làm giả sổ đỏ "
    "Tin tức Mẫu Sơn - Trang thông tin điện tử tổng hợp. Giấy phép số 45/GP-STTTT."
)


def test_the_sites_name_then_its_description_opens_the_footer() -> None:
    site = Site(host="tintucmauson.vn")
    found = describes("… làm giả sổ đỏ Tin tức Mẫu Sơn - Trang thông tin điện tử tổng hợp.", site)
    assert found is not None and found.start() == len("… làm giả sổ đỏ ")
    named = Site(name="Kinh tế Mẫu Sơn")
    assert describes("… rút vốn Kinh tế Mẫu Sơn - Cơ quan của Hiệp hội Mẫu Sơn.", named) is not None


def test_a_name_that_only_holds_the_sites_is_no_footer() -> None:
    site = Site(host="taichinh.vn")
    assert describes("Ông An, Bộ Tài chính - Cơ quan quản lý, cho biết thêm", site) is None
    assert describes("… Tin tức Mẫu Sơn - Trang thông tin điện tử.", Site()) is None


def test_the_byline_and_the_headlines_go_apart_from_the_footer() -> None:
    page = vnsum(
        "Khởi tố giám đốc công ty lừa đảo bán đất nền",
        "https://tintucmauson.vn/khoi-to-giam-doc-cong-ty-lua-dao-ban-dat-nen-1234.html",
        "".join(STORY) + " " + TAIL,
        source="tintucmauson.vn",
    )
    converted = convert(page, "trang.txt", year=2024, sources={})
    assert converted.front.author == "Hoàng Long"
    assert all(line in converted.body for line in STORY)
    assert "Cảnh giác" not in converted.body and "Trang thông tin" not in converted.body


def test_the_byline_run_into_a_box_right_before_the_sites_footer_goes_apart() -> None:
    page = vnsum(
        "Liên hoan phim khai mạc tại Mẫu Sơn",
        "https://sankhaumauson.vn/lien-hoan-phim-khai-mac-tai-mau-son-12.html",
        "".join(STORY) + " Thanh Hà Lịch chiếu CGV Vincom Mẫu Sơn 19:00 21:15 Mua vé "
        "Sân khấu Mẫu Sơn - Tạp chí của Hội Điện ảnh Mẫu Sơn",
        source="Sân khấu Mẫu Sơn",
    )
    converted = convert(page, "trang.txt", year=2024, sources={})
    assert converted.front.author == "Thanh Hà"
    assert "Lịch chiếu" not in converted.body and "Mua vé" not in converted.body
