"""A school's notice on its own site (fixtures/blind_schools.yml): the address of the site's own service
it sends candidates to (`Thí sinh đăng ký trực tuyến tại: xettuyen.tlu.edu.vn`, `unit_kinds`), the office
to call after a button (`ĐĂNG KÝ XÉT TUYỂN NGAY`) and its bare hotline said with a stop (`Hotline: 0243
563 1537.`, `closing_contacts`) stay; the site's calendar of its other events under its header, dated
entries after it (`Lịch sự kiện 15/03 Ngày hội …`, `furniture`), goes."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert

from .scrapes import vnsum

STORY = [
    "Trường Đại học Mẫu Sơn thông báo xét tuyển sớm theo kết quả học tập THPT năm 2025.",
    "Phương thức 1: Xét tuyển theo học bạ, điểm trung bình 3 môn tổ hợp đạt từ 20,0 trở lên.",
    "Thời gian đăng ký: từ 8h00 ngày 10/3/2025 đến 17h00 ngày 20/5/2025.",
]
SERVICE = "Thí sinh đăng ký trực tuyến tại: xettuyen.dhms.edu.vn Lệ phí xét tuyển: 50.000 đồng/nguyện vọng."
OFFICE = "Mọi thắc mắc xin liên hệ: Phòng Đào tạo, Trường Đại học Mẫu Sơn, 12 Trần Phú, TP Mẫu Sơn."
HOTLINE = "Hotline: 0205 3871 222."
FOOTER = "Cơ sở chính: 12 Trần Phú, TP Mẫu Sơn Phân hiệu phía Nam: 5 Lê Lợi, TP Lạng Sơn"


def _body(content: str) -> str:
    page = vnsum(
        "Thông báo xét tuyển sớm đại học chính quy năm 2025",
        "https://dhms.edu.vn/tuyen-sinh/thong-bao-xet-tuyen-som-2025-123",
        content,
        source="Trường Đại học Mẫu Sơn",
        summary=STORY[0],
    )
    return convert(page, "page.txt", year=2024).body


def test_the_service_of_the_sites_own_sub_domain_a_notice_names_stays() -> None:
    body = _body(f"{' '.join(STORY)} {SERVICE} {OFFICE} {FOOTER}")
    assert "xettuyen.dhms.edu.vn" in body and "50.000 đồng/nguyện vọng" in body


def test_the_sites_own_home_address_still_goes() -> None:
    body = _body(f"{' '.join(STORY)} Theo dõi tin tức của nhà trường tại website dhms.edu.vn. {FOOTER}")
    assert "dhms.edu.vn" not in body and all(sentence in body for sentence in STORY)


def test_the_sites_box_opening_with_a_button_before_its_service_still_goes() -> None:
    body = _body(
        f"{' '.join(STORY)} Đặt vé tham quan trực tuyến tại ticket.dhms.edu.vn. Phòng Đào tạo {FOOTER}"
    )
    assert "ticket.dhms.edu.vn" not in body and all(sentence in body for sentence in STORY)


def test_the_office_to_call_after_a_button_and_its_hotline_stay() -> None:
    body = _body(
        f"{' '.join(STORY)} {SERVICE} ĐĂNG KÝ XÉT TUYỂN NGAY {OFFICE} {HOTLINE} Phòng Đào tạo {FOOTER}"
    )
    assert OFFICE in body and "0205 3871 222" in body
    assert "ĐĂNG KÝ XÉT TUYỂN NGAY" not in body and "Phân hiệu" not in body


def test_a_shared_services_hotline_after_the_office_still_goes() -> None:
    body = _body(f"{' '.join(STORY)} {OFFICE} Hotline: 1900 6789. {FOOTER}")
    assert OFFICE in body and "1900 6789" not in body


@pytest.mark.parametrize(
    "calendar",
    [
        "Sự kiện sắp diễn ra Thứ bảy, 19/04/2025 Hội thảo quốc gia về nông nghiệp xanh",
        "Lịch sự kiện 15/03 Ngày hội tư vấn tuyển sinh tại Mẫu Sơn 22/03 Hội thảo quốc gia về nông nghiệp xanh",
    ],
)
def test_the_sites_calendar_of_its_events_after_the_byline_goes(calendar: str) -> None:
    last = "Sáng 12/4 nhà trường tổ chức ngày hội việc làm với 108 doanh nghiệp."
    body = _body(f"{' '.join(STORY[:2])} {last} Trung tâm Truyền thông {calendar} {FOOTER}")
    assert "Hội thảo quốc gia" not in body and "sự kiện" not in body.casefold()
    assert all(sentence in body for sentence in (*STORY[:2], last))


def test_a_masthead_naming_the_school_the_lead_opens_with_goes_with_the_menu_after_it() -> None:
    lead = "Trường Cao đẳng Kỹ thuật Mẫu Sơn tuyển 3.500 chỉ tiêu cao đẳng chính quy năm 2025 cho 24 ngành, nghề."
    page = vnsum(
        "Thông báo tuyển sinh cao đẳng chính quy năm 2025",
        "https://cdktms.edu.vn/tuyen-sinh/thong-bao-tuyen-sinh-2025-1532.html",
        "Trường Cao đẳng Kỹ thuật Mẫu Sơn Tuyển sinh 2025 Trang chủ Giới thiệu Các khoa Tuyển sinh Đào tạo "
        f"Học sinh - Sinh viên Liên hệ {lead} {' '.join(STORY[1:])} {FOOTER}",
        source="Trường Cao đẳng Kỹ thuật Mẫu Sơn",
        summary=lead,
    )
    body = convert(page, "page.txt", year=2024).body
    assert lead in body and "Các khoa" not in body and "Liên hệ" not in body
