"""An institution's menu of items in sentence case run into the lead of a one-line page (a hospital's
`Giới thiệu Tin tức Hướng dẫn người bệnh Lịch khám Bảng giá dịch vụ Bệnh viện …`, a school's `…
Sinh viên Chiều 15/10, …`, a bank's `… Mạng lưới giao dịch Tin tức Agribank vừa …`): the menu goes,
the lead stays. A lead that opens with a list of its own (places, bodies, a programme's items, titles)
in sentence case stays whole. The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.item_menus import peel_item_menu

REST = (
    "Kíp trực đã ép tim, sốc điện và đặt nội khí quản, sau 20 phút tim bệnh nhân đập trở lại. Bệnh nhân "
    "được can thiệp mạch vành cấp cứu và hiện đã tỉnh, tự thở."
)


def _body(content: str, summary: str = "") -> str:
    page = (
        "Title: Cấp cứu thành công bệnh nhân ngừng tim\nSource: Bệnh viện Đa khoa Hòa Bình\n"
        "Link: https://bvdkhoabinh.vn/tin-tuc/cap-cuu-thanh-cong-benh-nhan-ngung-tim-1234.html\n"
        f"Published Date: 02/04/2024 08:00\nAuthor: \nTags: None\nSummary: {summary}\nContent: {content}\n"
    )
    return convert(page.encode(), "page.txt", year=2017).body


@pytest.mark.parametrize(
    ("menu", "lead"),
    [
        (
            "Giới thiệu Tin tức Hướng dẫn người bệnh Lịch khám Bảng giá dịch vụ",
            "Bệnh viện Đa khoa Hòa Bình vừa cấp cứu thành công một nam bệnh nhân 45 tuổi ngừng tim ngay tại "
            "cổng bệnh viện.",
        ),
        (  # `Sinh viên` is no title heading what follows (`Ủy viên Ban …`) when a dated lead follows
            "Giới thiệu Tuyển sinh Đào tạo Nghiên cứu khoa học Hợp tác quốc tế Sinh viên",
            "Chiều 15/10, Bệnh viện Đa khoa Hòa Bình tổ chức lễ tri ân 120 sinh viên thực tập, bác sĩ nội "
            "trú khóa 2020-2024.",
        ),
        (  # cut after the whole menu, not inside it after `Tỷ giá`
            "Cá nhân Doanh nghiệp Lãi suất Tỷ giá Mạng lưới giao dịch Tin tức",
            "Agribank vừa quyết định giảm đến 2% lãi suất cho vay đối với bệnh viện bị thiệt hại do bão số 3 "
            "tại 26 tỉnh, thành phố phía Bắc.",
        ),
    ],
)
def test_an_institutions_menu_in_sentence_case_goes_from_the_lead(menu: str, lead: str) -> None:
    body = _body(f"{menu} {lead} {REST}")
    assert body.startswith(lead), body[:200]
    assert REST in body


def test_after_a_header_its_last_items_go_before_a_lead_opening_with_its_time() -> None:
    lead = "Từ ngày 18 đến 20/9, đoàn 25 y, bác sĩ đã khám bệnh, cấp thuốc miễn phí cho 1.200 người dân."
    assert peel_item_menu(f"Hướng dẫn khách hàng Bảng giá dịch vụ Đặt lịch khám {lead}", headed=True) == (
        "Hướng dẫn khách hàng Bảng giá dịch vụ Đặt lịch khám",
        lead,
    )
    assert peel_item_menu(f"Hướng dẫn khách hàng Bảng giá dịch vụ Đặt lịch khám {lead}") is None  # no header


@pytest.mark.parametrize(
    "lead",
    [
        "Hà Nội, Hải Phòng, Quảng Ninh và Thái Bình là bốn địa phương chịu thiệt hại nặng nhất sau bão số 3, "
        "theo báo cáo sơ bộ của Ban Chỉ đạo quốc gia về phòng chống thiên tai.",
        "Giới thiệu sách, tọa đàm văn học, giao lưu tác giả là ba hoạt động chính của Ngày hội đọc sách mùa "
        "thu diễn ra tại Phố sách Hà Nội từ ngày 5 đến 7/10.",
        "Tin tức, giải trí, thể thao là ba nhóm nội dung được khán giả trẻ xem nhiều nhất trên các nền tảng "
        "số, theo khảo sát của Học viện Báo chí và Tuyên truyền.",
        "Bộ Y tế, Bộ Giáo dục và Đào tạo, Bộ Lao động - Thương binh và Xã hội vừa ký quy chế phối hợp về "
        "chăm sóc sức khỏe học sinh giai đoạn 2024-2030.",
        "Giới thiệu Tin tức mới của bệnh viện trên ứng dụng, Phòng Công tác xã hội cho biết người bệnh có thể "
        "đặt lịch khám từ xa.",
    ],
)
def test_a_lead_opening_with_a_list_of_its_own_stays_whole(lead: str) -> None:
    assert peel_item_menu(f"{lead} {REST}") is None
    assert peel_item_menu(f"{lead} {REST}", headed=True) is None
    assert _body(f"{lead} {REST}").startswith(lead)


def test_an_embassys_menu_under_its_name_goes_before_a_dated_lead() -> None:
    """The site's name over its menu (`mastheads`); an item in two capitals (`Tin Đại sứ quán`) and one
    ending in a name's capital (`Cộng đồng người Việt`) before the lead's day."""
    lead = (
        "Sáng 14/11, Đại sứ Nguyễn Minh Tâm cùng cán bộ Đại sứ quán và đông đảo bà con người Việt đã dự lễ "
        "rước sáp tại Viêng Chăn."
    )
    menu = "Giới thiệu Tin Đại sứ quán Lãnh sự Bảo hộ công dân Cộng đồng người Việt"
    page = (
        "Title: Đại sứ dự Lễ hội That Luang\nSource: Đại sứ quán Việt Nam tại Lào\n"
        "Link: https://vnembassy-vientiane.mofa.gov.vn/vi-vn/News/dai-su-du-le-hoi.aspx\n"
        "Published Date: 15/11/2024\nAuthor: \nTags: None\nSummary: \n"
        f"Content: Đại sứ quán Việt Nam tại Lào {menu} {lead} {REST}\n"
    )
    body = convert(page.encode(), "page.txt", year=2017).body
    assert body.startswith(lead), body[:200]


def test_a_menu_is_never_cut_after_an_organisations_head_of_three_words() -> None:
    """`Tổng công ty | Cảng hàng không Việt Nam`: the head of three words stays with its name."""
    lead = (
        "Tổng công ty Cảng hàng không Việt Nam (ACV) vừa công bố báo cáo tài chính quý II với lợi nhuận "
        "trước thuế đạt hơn 5.400 tỷ đồng."
    )
    body = _body(f"Về ACV Tin tức Quan hệ cổ đông Đấu thầu Tuyển dụng Liên hệ {lead} {REST}")
    assert lead in body, body[:200]


@pytest.mark.parametrize(
    "text",
    [
        "Thương hiệu Tin tức Quan hệ cổ đông Tuyển dụng Công ty cổ phần Bia - Rượu - Nước giải khát Sài Gòn vừa "
        "khánh thành nhà máy bia tại Khu công nghiệp Sông Hậu.",
        "Giới thiệu Tin tức Kinh tế Xã hội Thủ tướng Chính phủ vừa chấp thuận chủ trương đầu tư ba khu công "
        "nghiệp mới của tỉnh với tổng diện tích hơn 1.500 ha.",
    ],
)
def test_no_cut_inside_the_leads_subject_an_organisation_or_a_title(text: str) -> None:
    """`Công ty cổ phần | Bia …`, `Thủ tướng | Chính phủ`: the subject's head is the lead's, not an item."""
    for headed in (False, True):
        peeled = peel_item_menu(text, headed=headed)
        assert peeled is None or peeled[1].startswith(("Công ty", "Thủ tướng")), peeled


def test_a_unit_opening_in_small_letters_or_bare_is_left_alone() -> None:
    """Nothing to read as a menu: no item in capitals before the cut (the page's units run on)."""
    assert peel_item_menu(f"và {REST}", headed=True) is None
    assert peel_item_menu("", headed=True) is None


def test_a_cut_before_an_item_every_site_prints_is_left_to_the_portals_reader() -> None:
    """`… Thủ tục hành chính | Hỏi đáp Sở Nông nghiệp …`: the menu goes on past the cut to a name no
    cut parts; `portal_menus` takes the whole of it."""
    lead = (
        "Sở Nông nghiệp và PTNT tỉnh Long An thông báo lịch thời vụ xuống giống lúa Hè Thu năm 2024 như sau."
    )
    text = f"Tin tức Thông báo Thủ tục hành chính Hỏi đáp {lead}"
    assert peel_item_menu(text, headed=True) is None
