"""A short menu under the site's name run into a lead that opens with its subject, no word a lead
starts with between them (`Tạp chí Phố Mới Nhà đất Hạ tầng UBND tỉnh … vừa …`): the name and the menu
go, the lead stays whole, its acronym, its organisation's or title's head and the first word of its
name with it. The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.subject_leads import peel_subject_lead

from .scrapes import vnsum

REST = (
    "Dự án có tổng vốn đầu tư khoảng 2.300 tỷ đồng, thời gian thực hiện 36 tháng. Nhà đầu tư phải hoàn "
    "thành giải phóng mặt bằng trong năm 2025 và bàn giao nhà ở cho người mua đúng tiến độ đã cam kết."
)


def _body(content: str) -> str:
    page = vnsum(
        "Duyệt khu dân cư mới rộng 52 ha ở ven sông",
        "https://phomoi.vn/duyet-khu-dan-cu-moi-rong-52-ha-o-ven-song-a1234.html",
        content,
        source="Tạp chí Phố Mới",
        date="02/04/2024 08:00",
    )
    return convert(page, "page.txt", year=2017).body


@pytest.mark.parametrize(
    ("menu", "lead"),
    [
        ("Nhà đất Hạ tầng", "UBND tỉnh Hòa Bình vừa phê duyệt khu dân cư mới rộng 52 ha ven sông Đà."),
        ("Thị trường Địa ốc", "Ban Quản lý các khu công nghiệp tỉnh vừa trao quyết định giao đất 52 ha."),
        ("Quy hoạch Nội thất", "Chủ tịch UBND tỉnh vừa ký quyết định duyệt khu dân cư rộng 52 ha ven sông."),
        (
            "Bất động sản Dự án",
            "Dự án khu dân cư ven sông tại xã Tân Lập vừa được duyệt với diện tích 52 ha.",
        ),
        (
            "Đất đai Chính sách",
            "Luật Đất đai 2024 cho phép tỉnh giao đất 52 ha cho dự án khu dân cư ven sông.",
        ),
    ],
)
def test_the_sites_name_and_its_short_menu_go_from_a_lead_opening_with_its_subject(
    menu: str, lead: str
) -> None:
    body = _body(f"Tạp chí Phố Mới {menu} {lead} {REST}")
    assert body.startswith(lead)
    assert menu not in body


def test_the_cut_is_where_the_menus_shape_breaks() -> None:
    lead = "Tổng công ty Phát triển đô thị Sông Lam (SLD) vừa nhận giấy chứng nhận đầu tư khu đô thị 52 ha."
    assert peel_subject_lead(f"Doanh nghiệp Bất động sản {lead}") == ("Doanh nghiệp Bất động sản", lead)
    lead = "Kinh Bắc (KBC) vừa nhận giấy chứng nhận đăng ký đầu tư khu công nghiệp rộng 314 ha."
    assert peel_subject_lead(f"Doanh nghiệp Bất động sản {lead}") == ("Doanh nghiệp Bất động sản", lead)


def test_no_menu_before_the_subject_cuts_nothing() -> None:
    lead = "UBND tỉnh Hòa Bình vừa phê duyệt khu dân cư mới rộng 52 ha ven sông Đà, gồm 900 căn nhà."
    assert peel_subject_lead(lead) is None
    assert (
        peel_subject_lead("Nhà đất Hạ tầng UBND tỉnh duyệt quy hoạch") is None
    )  # no whole sentence after it
    # A sentence whose subject runs in lower case from its first word: no menu before it.
    assert (
        peel_subject_lead("Giá đất nền tại các huyện ven đô tiếp tục tăng 10% trong quý đầu năm nay.") is None
    )


@pytest.mark.parametrize(
    "lead",
    [
        "Nông dân tỉnh Vĩnh Long đã thu hoạch khoảng 40% diện tích lúa thu đông, năng suất 5,8 tấn/ha.",
        "Người dân thành phố Thủ Đức có thể làm thủ tục hành chính tại bất kỳ trung tâm nào gần nhất.",
    ],
)
def test_a_run_ending_with_a_places_word_opens_the_lead(lead: str) -> None:
    # `tỉnh`, `thành phố` before the place's name: no menu's item ends so, the run is the lead's.
    assert peel_subject_lead(f"Tin tức Nông nghiệp {lead}") == ("Tin tức Nông nghiệp", lead)


def test_a_papers_tag_in_brackets_after_the_last_item_opens_the_lead() -> None:
    lead = "(PMO) Tổng công ty Sen Vàng vừa được cổ đông thông qua phương án chào bán 100 triệu cổ phiếu."
    assert peel_subject_lead(f"Kinh tế Doanh nghiệp - Doanh nhân {lead}") == (
        "Kinh tế Doanh nghiệp - Doanh nhân",
        lead,
    )


def test_a_names_code_in_brackets_before_its_verb_stays_with_the_name() -> None:
    lead = "Kinh Bắc (KBC) vừa được chấp thuận đầu tư khu công nghiệp rộng 300 ha tại tỉnh Bắc Ninh."
    peeled = peel_subject_lead(f"Bất động sản Doanh nghiệp {lead}")
    assert peeled is None or lead in peeled[1]
