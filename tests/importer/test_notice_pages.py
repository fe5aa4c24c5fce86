"""Notices as news sites print them (blind round `blind_notices`): a breadcrumb closing with the page's
title (`… Thời sự Đính chính`) is cut off the lead it runs into; a section's list of other notices
(`Tin doanh nghiệp khác`, `Thông báo đấu giá khác`) goes, as the site's ad for running notices does
(`Đăng cáo phó: 1.500.000 đồng/lần`); the contact fields closing a notice under the sentence that
says where to reach someone (`Mọi chi tiết xin liên hệ: … Điện thoại: …`) stay."""

from __future__ import annotations

from bantin.importer.boilerplate import is_section_header
from bantin.importer.convert import convert
from bantin.importer.furniture import Unit, opens_list
from bantin.importer.notice_services import notice_service
from bantin.importer.title_crumbs import cut_after_title_crumb, split_after_title

from .scrapes import vnsum

LEAD = "Hợp tác xã Nông nghiệp Tân Lập thông báo tuyển 5 nhân viên kỹ thuật trồng trọt năm 2025."
STORY = "Ứng viên tốt nghiệp trung cấp trở lên chuyên ngành trồng trọt, bảo vệ thực vật, nộp hồ sơ trước ngày 30/6."
INVITE = "Mọi chi tiết xin liên hệ: Văn phòng Hợp tác xã, thôn Tân Lập, xã Đồng Tâm."
FIELD = "Điện thoại: 0210 3855 247."
RELATED = "Thông báo tuyển sinh khác Trường nghề huyện tuyển 300 học viên Hội chợ việc làm tháng 7"
AD = "Đăng thông báo tuyển dụng: 0210 3846 999"
FOOTER = "Báo Mẫu Trung du - Cơ quan của Tỉnh ủy. Giấy phép số 45/GP-BTTTT"


def body(content: str) -> str:
    scrape = vnsum("Thông báo tuyển nhân viên kỹ thuật", "https://baomau.vn/thong-bao-tuyen-a12.html", content,
                   summary=LEAD)  # fmt: skip
    return convert(scrape, "trang.txt", year=2025, sources={}).body


def test_the_phone_completing_a_notices_last_sentence_stays_and_the_list_and_ad_after_it_go() -> None:
    text = body(f"Thông báo {LEAD} {STORY} {INVITE} {FIELD} {RELATED} {AD} {FOOTER}")
    assert INVITE in text and "0210 3855 247" in text
    assert "tuyển sinh khác" not in text and "Hội chợ" not in text and "3846 999" not in text


def test_a_phone_under_a_sentence_that_names_no_address_still_goes_as_the_footers() -> None:
    text = body(f"Thông báo {LEAD} {STORY} Điện thoại: 0210 3822 111 {FOOTER}")
    assert STORY in text and "3822 111" not in text


def test_a_sections_list_header_opens_a_list_alone_or_before_its_first_headline() -> None:
    assert opens_list("Tin doanh nghiệp khác Ngân hàng Phương Đông ra mắt gói vay mới")
    assert opens_list("Thông báo đấu giá khác Thông báo đấu giá xe ô tô thanh lý")
    assert is_section_header("Tin du lịch khác") and is_section_header("Cáo phó khác")
    assert not opens_list("Tin vui đến với bà con vùng lũ khi Nhà nước hỗ trợ 5 tỷ đồng.")
    assert not is_section_header("Tin nhắn rác")


def test_the_sites_ad_for_running_notices_is_told_from_a_sentence_about_posting() -> None:
    assert notice_service("Đăng cáo phó trên báo in và báo điện tử: 1.500.000 đồng/lần")
    assert notice_service("Nhận đăng thông báo đấu giá tài sản 24/7. Hotline: 0988 345 678")
    assert notice_service("Đăng thông báo")
    assert not notice_service(
        "Đăng thông báo tuyển dụng trên cổng thông tin của tỉnh, nhà trường nhận 120 hồ sơ."
    )
    assert not notice_service("Đăng tin sai sự thật về dịch bệnh, một người bị phạt 7,5 triệu đồng.")
    assert not notice_service("Phí gửi xe máy tại bến là 5.000 đồng/lần, ô tô 30.000 đồng/lần.")


def test_a_hotline_under_a_sentence_only_telling_to_get_in_touch_still_goes() -> None:
    text = body(f"Thông báo {LEAD} Khách hàng liên hệ các chi nhánh để được hướng dẫn. Hotline 1900 545413")
    assert "hướng dẫn" in text and "545413" not in text


def test_a_breadcrumb_closing_with_the_pages_title_is_cut_off_the_lead_it_runs_into() -> None:
    lead = "Trên Báo Mẫu số 812 ra ngày 4/3/2025, trang 3, bài “Xã Đồng Tâm làm đường mới” có sai sót về số liệu."
    units = cut_after_title_crumb([Unit(0, f"Báo Mẫu Xã hội Đính chính {lead}")], "Đính chính")
    assert [u.text for u in units] == ["Báo Mẫu Xã hội Đính chính", lead]


def test_the_titles_words_inside_a_sentence_cut_nothing() -> None:
    text = (
        "Sáng nay, Sở Tư pháp Đính chính Quyết định số 12 về việc cấp phép cho ba văn phòng công chứng mới."
    )
    assert split_after_title(text, "Đính chính") is None
    assert (
        split_after_title(
            "Đính chính Trên Báo Mẫu số 812 ra ngày 4/3/2025 có một sai sót về số liệu.", "Đính chính"
        )
        is None
    )
