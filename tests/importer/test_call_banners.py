"""A banner's call to act in two parts about a dash, with the site's address or phone, glued between a
sentence's stop and a speaker's sentence (`button_bars`): it is cut off as a unit of its own and goes;
a sentence of the story that buys or books, with no address or phone, stays."""

from __future__ import annotations

from bantin.importer.button_bars import button_bar, button_bar_cuts

_BEFORE = "Đoạn tuyến phía Lào dài khoảng 452 km, đi qua ba tỉnh. "
_SPEAKER = (
    " Ông Daosadeth Singthong, Tổng Giám đốc Công ty Đường sắt Lào cho biết: “Khó khăn lớn nhất là địa hình”."
)


def _cut(banner: str) -> list[str]:
    text = f"{_BEFORE}{banner}{_SPEAKER}"
    cuts = sorted(button_bar_cuts(text))
    return [text[a:b] for a, b in zip(cuts[::2], cuts[1::2], strict=True)]


def test_a_banner_with_the_sites_address_or_phone_is_cut_off_and_goes() -> None:
    for banner in (
        "Mua vé tàu trực tuyến tại dsvn.vn - Đặt vé nhanh, thanh toán dễ dàng",
        "Đặt lịch khám nhanh - Gọi 1900 9095 hoặc đặt qua ứng dụng BVHN Nghệ An",
    ):
        assert _cut(banner) == [banner]
        assert button_bar(banner, f"{_BEFORE}{banner}{_SPEAKER}")


def test_a_call_with_no_address_or_phone_stays() -> None:
    assert _cut("Mua vé sớm - lời khuyên của ngành đường sắt với hành khách dịp Tết") == []
    assert not button_bar(
        "Đặt vé nhanh - thanh toán dễ dàng", f"{_BEFORE}Đặt vé nhanh - thanh toán dễ dàng{_SPEAKER}"
    )
