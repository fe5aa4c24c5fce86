"""A breadcrumb under its label (`Bạn đang xem: Trang chủ » Tin hoạt động » …`) is the page's place, told:
the label cuts no unit before it (`field_starts`), so the crumb stays with the header it closes and the
header goes whole with its time stamp (`furniture.SURE`), the lead stays; the label before anything but a
trail of arrows (`Bạn đang xem bản rút gọn …`) cuts and weighs as before."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.field_starts import field_cuts
from bantin.importer.furniture import signals

_CRUMB = "Bạn đang xem: Trang chủ » Tin tức » Hoạt động của Hội"
_LEAD = (
    "Ngày 5/12, tại Hà Nội, Hội Kế toán viên hành nghề tổ chức đại hội nhiệm kỳ 2026 - 2031 với sự tham dự "
    "của 230 đại biểu."
)


def test_the_label_of_a_breadcrumb_cuts_nothing() -> None:
    menu = "Trang chủ Giới thiệu Tin tức Văn bản Hội viên"
    assert not field_cuts(f"{menu} {_CRUMB} 06/12/2026")
    assert field_cuts(f"{menu} Bạn đang xem bản rút gọn của trang.")  # no trail after it: a label still


def test_a_labelled_breadcrumb_is_the_sites() -> None:
    assert signals(f"Trang chủ Giới thiệu {_CRUMB} Thứ Bảy, 06/12/2026 - 09:10").sure
    assert not signals("Bạn đang xem phim tài liệu về những người lính biên phòng.").sure


def test_the_header_goes_and_the_lead_stays() -> None:
    page = (
        "Title: Đại hội Hội Kế toán viên hành nghề nhiệm kỳ 2026 - 2031\nSource: Hội Kế toán viên hành nghề\n"
        "Link: https://hoiketoan.example.vn/tin-tuc/dai-hoi-nhiem-ky-2026-2031-a88.html\n"
        "Published Date: 2026-12-06T09:10:00+07:00\nAuthor: \nTags: None\nSummary: \n"
        "Content: Cổng thông tin Hội Kế toán viên hành nghề Trang chủ Giới thiệu Tin tức Văn bản Học tập và "
        f"bồi dưỡng Hội viên {_CRUMB} Thứ Bảy, 06/12/2026 - 09:10 {_LEAD} Đại hội đã bầu Ban Chấp hành gồm "
        "35 ủy viên. Thu Hà\n"
    )
    body = convert(page.encode(), "page.txt", year=2026).body
    assert body.startswith("Ngày 5/12")
    assert "Bạn đang xem" not in body and "Học tập và bồi dưỡng" not in body
