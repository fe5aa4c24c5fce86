"""A portal's menu whose last items stay after its header was cut off (fixtures/blind_laos10.yml,
blind_laos5.yml): two items or more in sentence case, each of two to five words (`Khu kinh tế cửa khẩu
Thủ tục hành chính Hỏi đáp trực tuyến`, `Nghiên cứu Đặt mua tạp chí`), go off a lead that opens with its
source's clause (`Theo Ban Quản lý …, 6 tháng …`), its purpose (`Nhằm tạo thuận lợi …, …`:
blind_laos6.yml) or a span of time in figures (`6 tháng đầu năm 2025, …`): `item_menus._tail_items`,
`lead_clauses.opens_clause`, `lead_clauses.opens_span`. A name (each word in capitals), a single
item or a lead with no such opening stays whole."""

from __future__ import annotations

from bantin.importer.item_menus import peel_item_menu
from bantin.importer.lead_clauses import opens_clause, opens_span

THEO = (
    "Theo Ban Quản lý Khu kinh tế tỉnh Kon Tum, 6 tháng đầu năm 2025, cửa khẩu quốc tế Bờ Y làm thủ tục "
    "cho 81.175 lượt người và 12.406 lượt phương tiện xuất nhập cảnh."
)
SPAN = (
    "6 tháng đầu năm 2025, Việt Nam có 14 dự án đầu tư mới và 6 lượt dự án điều chỉnh vốn tại Lào, tổng "
    "vốn đăng ký tăng thêm khoảng 320 triệu USD."
)


def test_a_menu_s_last_items_go_off_a_lead_opening_with_its_source() -> None:
    menu = "Khu kinh tế cửa khẩu Thủ tục hành chính Hỏi đáp trực tuyến"
    assert peel_item_menu(f"{menu} {THEO}", headed=True) == (menu, THEO)
    assert peel_item_menu(f"Việc làm Thủ tục hành chính {THEO}", headed=True) == (
        "Việc làm Thủ tục hành chính",
        THEO,
    )
    assert peel_item_menu(f"{menu} {THEO}") is None  # no header cut before: the run is judged whole


def test_a_menu_s_last_items_go_off_a_lead_opening_with_its_purpose() -> None:
    lead = (
        "Nhằm hỗ trợ bà con người Việt tại các tỉnh Nam Lào, Tổng Lãnh sự quán tổ chức đợt lãnh sự lưu động "
        "tại tỉnh Át-tạ-pư."
    )
    assert opens_clause(lead)
    assert not opens_clause("Nhằm Mục tiêu phát triển bền vững")  # no verb in small letters, no comma
    assert peel_item_menu(f"Thủ tục lãnh sự Bảo hộ công dân {lead}", headed=True) == (
        "Thủ tục lãnh sự Bảo hộ công dân",
        lead,
    )


def test_a_menu_s_last_items_go_off_a_lead_opening_with_a_span_of_time() -> None:
    assert opens_span(SPAN)
    assert not opens_span("6 dự án đầu tư mới được cấp phép.")  # no span of time
    assert peel_item_menu(f"Nghiên cứu Đặt mua tạp chí {SPAN}", headed=True) == (
        "Nghiên cứu Đặt mua tạp chí",
        SPAN,
    )


def test_names_and_single_items_stay_on_the_lead() -> None:
    assert peel_item_menu(f"Ngọc Hà {SPAN}", headed=True) is None  # a writer's name, each word a capital
    assert peel_item_menu(f"Kinh tế biển {THEO}", headed=True) is None  # one item: a kicker
    lead = "Ban Quản lý Khu kinh tế tỉnh Kon Tum cho biết 6 tháng đầu năm 2025 có 81.175 lượt người qua cửa khẩu."
    assert peel_item_menu(f"Việc làm Thủ tục hành chính {lead}", headed=True) is None  # no clause opens it
