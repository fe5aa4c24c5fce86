"""A port's or a coast's sea weather in the site's header (`Thời tiết cảng: Gió Đông Bắc cấp 4, sóng 1,5
m`): a box of the header like a province's weather (`weather_widgets`, `header_boxes`), its wind's force
and its waves' height after its label; on a one-line scrape its unit may be glued to the lead (`… sóng
1,5 mSáng 2/12, Cảng …`), so the run is cut where a capital follows it with no space too. The header and
its box go, the lead stays; a bulletin's sea forecast said in a sentence (`… gió cấp 5, sóng cao 2 m.`)
is no box and stays."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.header_boxes import header_box_alone, header_box_cuts

from .scrapes import vnsum

_BOX = "Thời tiết vịnh: Gió Bắc cấp 3-4, sóng cao 1-1,5 m"
_LEAD = (
    "Sáng 5/12, Cảng Hòn La đón tàu hàng Ocean Star trọng tải 45.000 tấn cập cầu số 2, bốc dỡ 30.000 "
    "tấn clinker xuất khẩu sang Philippines."
)
_SECOND = "Đây là tàu có trọng tải lớn nhất cập cảng trong năm 2026, nâng sản lượng hàng qua cảng lên 2,1 triệu tấn."


def test_the_sea_box_is_a_header_box() -> None:
    assert header_box_alone(_BOX)
    assert header_box_alone("Thời tiết biển: gió cấp 5, sóng 2 m")
    assert not header_box_alone("Thời tiết biển: gió mạnh, biển động")


def test_the_box_glued_to_the_lead_is_cut_off_it() -> None:
    text = f"Trang chủ Giới thiệu Lịch tàu Tin tức {_BOX}{_LEAD}"
    start = text.index(_BOX)
    assert {start, start + len(_BOX)} <= header_box_cuts(text)


def test_the_header_goes_and_the_lead_stays() -> None:
    content = f"Cảng Hòn La Giới thiệu Dịch vụ Lịch tàu Tàu đến Tàu rời Biểu cước Tin tức {_BOX}{_LEAD} {_SECOND} Minh Đức"
    scrape = vnsum(
        "Cảng Hòn La đón tàu hàng lớn nhất năm",
        "https://honlaport.example.vn/tin-tuc/a12.html",
        content,
        source="Cảng Hòn La",
        summary="Tàu Ocean Star bốc dỡ 30.000 tấn clinker.",
        date="2026-12-05T09:00:00+07:00",
    )
    body = convert(scrape, "page.txt", year=2026).body
    assert _LEAD in body and _SECOND in body
    assert "Gió Bắc" not in body and "Biểu cước" not in body


def test_a_forecast_said_in_a_sentence_stays() -> None:
    said = (
        "Dự báo trong ngày 6/12, vùng biển Quảng Bình có gió Đông Bắc cấp 5, sóng cao 2 m, biển động; tàu "
        "thuyền hoạt động trên biển cần chú ý an toàn."
    )
    scrape = vnsum(
        "Biển động, tàu thuyền cần chú ý an toàn",
        "https://kttv.example.vn/tin-tuc/a13.html",
        f"{said} {_SECOND}",
        date="2026-12-05T09:00:00+07:00",
    )
    assert said in convert(scrape, "page.txt", year=2026).body
