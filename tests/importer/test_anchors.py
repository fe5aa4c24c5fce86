"""The summary as an anchor of the article's start (bantin/importer/anchors.py): what stands before its
opening words in the first units is cut off, unless it is the lead's own opening clause."""

from __future__ import annotations

import pytest

from bantin.importer.anchors import cut_after_menu, cut_at_anchors, rejoin_at_anchors
from bantin.importer.furniture import Unit

HEADLINE = "Lễ hội Bunpimay của cộng đồng người Lào tại Hà Nội"
SUMMARY = "Đại sứ quán Lào tại Việt Nam tổ chức Tết cổ truyền Bunpimay cho cộng đồng người Lào tại Hà Nội."


@pytest.mark.parametrize(
    "opening",
    [
        "(HNMO) - Ngày 13/4, ",
        "Ngày 13/4, ",
        "Sáng 13/4, ",
        "TTO - Chiều tối 13/4, ",
        "Theo TTXVN, ",
        "Nhân dịp Tết, ",
    ],
)
def test_the_leads_opening_clause_the_summary_skips_stays_with_it(opening: str) -> None:
    lead = opening + SUMMARY
    assert [u.text for u in cut_at_anchors([Unit(0, lead)], (HEADLINE, SUMMARY))] == [lead]


def test_a_menu_before_the_opening_clause_is_cut_off() -> None:
    units = cut_at_anchors(
        [Unit(0, f"Trang chủ Thời sự Đăng nhập Ngày 13/4, {SUMMARY}")], (HEADLINE, SUMMARY)
    )
    assert [u.text for u in units] == ["Trang chủ Thời sự Đăng nhập", f"Ngày 13/4, {SUMMARY}"]
    occasion = f"Nhân Đại lễ Phật đản Phật lịch 2568, {SUMMARY}"  # a menu's last items before an occasion
    units = cut_at_anchors([Unit(0, f"Trang chủ Giờ mở cửa Vé tham quan {occasion}")], (HEADLINE, SUMMARY))
    assert [u.text for u in units] == ["Trang chủ Giờ mở cửa Vé tham quan", occasion]


def test_a_menu_before_the_summarys_own_opening_is_cut_off() -> None:
    units = cut_at_anchors([Unit(0, f"Trang chủ Thời sự Đăng nhập {SUMMARY}")], (HEADLINE, SUMMARY))
    assert [u.text for u in units] == ["Trang chủ Thời sự Đăng nhập", SUMMARY]


@pytest.mark.parametrize("label", ["Tòa soạn: ", "LTS: ", "Lời tòa soạn: ", "Ghi chú của tòa soạn: "])
def test_a_newsroom_notes_label_the_summary_skips_stays_with_its_note(label: str) -> None:
    note = label + SUMMARY  # the page's summary quotes the note without its label
    assert [u.text for u in cut_at_anchors([Unit(0, note)], (HEADLINE, SUMMARY))] == [note]


def test_a_menu_before_a_newsroom_notes_label_is_still_cut_off() -> None:
    units = cut_at_anchors([Unit(0, f"Diễn đàn Đăng nhập Tòa soạn: {SUMMARY}")], (HEADLINE, SUMMARY))
    assert [u.text for u in units] == ["Diễn đàn Đăng nhập", f"Tòa soạn: {SUMMARY}"]


def test_a_sentences_own_words_before_the_summarys_cut_nothing() -> None:
    lead = f"Trong không khí vui tươi, {SUMMARY}"
    assert [u.text for u in cut_at_anchors([Unit(0, lead)], (HEADLINE, SUMMARY))] == [lead]


def test_the_summarys_words_in_the_leads_brackets_cut_nothing() -> None:
    summary = "Sở Y tế tỉnh vừa phát hiện một cơ sở kinh doanh thuốc không rõ nguồn gốc."
    lead = "Thanh tra khu vực II (Sở Y tế tỉnh) vừa phát hiện một cơ sở kinh doanh thuốc không rõ nguồn gốc."
    assert [u.text for u in cut_at_anchors([Unit(0, lead)], (HEADLINE, summary))] == [lead]


def test_a_datelines_bracket_after_a_menu_is_still_cut_off() -> None:
    units = cut_at_anchors(
        [Unit(0, f"Trang chủ Thời sự (HNMO) - {SUMMARY}")], (HEADLINE, f"(HNMO) - {SUMMARY}")
    )
    assert [u.text for u in units] == ["Trang chủ Thời sự", f"(HNMO) - {SUMMARY}"]


def test_the_summarys_words_inside_the_leads_clause_cut_nothing() -> None:
    """The summary's words stand inside the lead, after a clause of its own (`…, đưa | Nhật Bản trở
    thành …`): the sentence goes on in lower case after its comma, no menu ends so."""
    summary = "Nhật Bản trở thành quốc gia thứ năm đưa tàu thăm dò đổ bộ thành công lên Mặt trăng."
    lead = (
        "Tin nóng: Giá xăng giảm Cơ quan vũ trụ JAXA cho biết tàu SLIM đã hạ cánh lúc 0h20 ngày 20/1 "
        "(giờ Tokyo), đưa Nhật Bản trở thành quốc gia thứ năm làm được điều này."
    )
    assert [u.text for u in cut_at_anchors([Unit(0, lead)], ("Tàu SLIM lên Mặt trăng", summary))] == [lead]


def test_a_lead_cut_inside_the_summarys_opening_words_is_one_unit_again() -> None:
    lead = (
        "Nhân Ngày Sức khỏe thế giới 7/4, các bác sĩ Bệnh viện Tỉnh hướng dẫn người dân phòng bệnh tim mạch."
    )
    summary = "Nhân Ngày Sức khỏe thế giới 7/4, các bác sĩ hướng dẫn người dân phòng bệnh tim mạch."
    units = [Unit(0, "Trang chủ Tin tức Tổng đài: 1900 1234 Nhân"), Unit(0, lead.removeprefix("Nhân "))]
    rejoined = rejoin_at_anchors(units, (HEADLINE, summary))
    assert [u.text for u in rejoined] == [f"Trang chủ Tin tức Tổng đài: 1900 1234 {lead}"]
    assert [u.text for u in cut_at_anchors(rejoined, (HEADLINE, summary))] == [
        "Trang chủ Tin tức Tổng đài: 1900 1234",
        lead,
    ]


def test_two_sentences_the_summary_runs_across_stay_apart() -> None:
    units = [Unit(0, "Hà Nội nắng nóng."), Unit(0, "Người dân tránh ra đường buổi trưa để phòng say nắng.")]
    summary = "Hà Nội nắng nóng. Người dân tránh ra đường buổi trưa."
    assert rejoin_at_anchors(units, (HEADLINE, summary)) == units


def test_a_menu_before_the_summarys_first_words_is_cut_off_where_the_lead_words_it_otherwise() -> None:
    summary = "Bệnh nhân nữ 62 tuổi bị ong đốt hơn 30 nốt, được cấp cứu kịp thời."
    lead = "Bệnh nhân nữ 62 tuổi ở Tuyên Quang bị ong vò vẽ đốt hơn 30 nốt khi đi rừng."
    units = [Unit(0, f"Giới thiệu Tin tức Chỉ đạo tuyến Khám chữa bệnh Hỗ trợ khách hàng {lead}")]
    assert [u.text for u in cut_after_menu(units, (summary,))] == [
        "Giới thiệu Tin tức Chỉ đạo tuyến Khám chữa bệnh Hỗ trợ khách hàng",
        lead,
    ]


def test_a_sentences_own_words_before_the_summarys_first_words_cut_nothing() -> None:
    summary = "Bệnh nhân nữ 62 tuổi bị ong đốt hơn 30 nốt, được cấp cứu kịp thời."
    lead = "Theo các bác sĩ của bệnh viện, Bệnh nhân nữ 62 tuổi ở Tuyên Quang bị ong đốt khi đi rừng."
    assert cut_after_menu([Unit(0, lead)], (summary,)) == [Unit(0, lead)]


def test_a_datelines_words_before_the_summarys_first_words_cut_nothing() -> None:
    summary = "Ngân hàng Hưng Thịnh công bố lợi nhuận năm 2023 đạt 1.200 tỷ đồng, tăng 8%."
    lead = "Thông cáo báo chí Hà Nội, ngày 25/1/2024 - Ngân hàng Hưng Thịnh công bố lợi nhuận trước thuế tăng 8%."
    assert cut_after_menu([Unit(0, lead)], (summary,)) == [Unit(0, lead)]


@pytest.mark.parametrize("kind", ["Hãng hàng không ", "Tập đoàn ", "Công ty chứng khoán "])
def test_what_the_firm_is_stays_with_the_lead_when_the_summary_names_it_alone(kind: str) -> None:
    summary = "Sen Vàng khai trương đường bay thẳng từ Đà Nẵng đến Busan, bốn chuyến mỗi tuần."
    lead = f"{kind}Sen Vàng khai trương đường bay thẳng từ Đà Nẵng đến Busan (Hàn Quốc) từ ngày 2/5."
    units = cut_at_anchors([Unit(0, f"Trang chủ Doanh nghiệp Thương hiệu {lead}")], (HEADLINE, summary))
    assert [u.text for u in units] == ["Trang chủ Doanh nghiệp Thương hiệu", lead]


def test_a_bodys_head_alone_ending_the_menu_stays_the_menus() -> None:
    summary = "Sen Vàng báo lãi quý III đạt 1.200 tỷ đồng, tăng 15% so với cùng kỳ năm trước."
    units = cut_at_anchors([Unit(0, f"Trang chủ Tài chính - Ngân hàng {summary}")], (HEADLINE, summary))
    assert [u.text for u in units] == ["Trang chủ Tài chính - Ngân hàng", summary]


def test_a_menus_item_holding_a_bodys_head_and_a_grammar_word_stays_the_menus() -> None:
    summary = "Dự thảo Báo cáo chính trị trình Đại hội gồm ba phần lớn, được gửi lấy ý kiến rộng rãi."
    units = cut_at_anchors(
        [Unit(0, f"Trang chủ Văn bản Đại hội Đảng các cấp {summary}")], (HEADLINE, summary)
    )
    assert [u.text for u in units] == ["Trang chủ Văn bản Đại hội Đảng các cấp", summary]


@pytest.mark.parametrize("menu", ["Trang chủ Nghiên cứu Tạp chí in", "Trang chủ Tin tức Công ty"])
def test_nothing_before_a_summary_naming_the_body_with_its_head_is_its_kind(menu: str) -> None:
    summary = "Ban Thanh tra nhân dân là công cụ quan trọng để Mặt trận giám sát ở cơ sở, theo báo cáo."
    units = cut_at_anchors([Unit(0, f"{menu} {summary}")], (HEADLINE, summary))
    assert [u.text for u in units] == [menu, summary]


@pytest.mark.parametrize("person", ["HLV Park Minh Quân", "Ông Trần Văn Nam", "Thủ tướng Chính phủ"])
def test_a_section_like_a_body_before_a_summary_opening_with_a_person_stays_the_menus(person: str) -> None:
    summary = f"{person} đã công bố danh sách 27 người chuẩn bị cho hai trận đấu vòng loại sắp tới."
    units = cut_at_anchors([Unit(0, f"Trang chủ Bóng đá Đội tuyển quốc gia {summary}")], (HEADLINE, summary))
    assert [u.text for u in units] == ["Trang chủ Bóng đá Đội tuyển quốc gia", summary]


@pytest.mark.parametrize("force", ["Cảnh sát biển", "Bộ đội biên phòng", "Công an tỉnh"])
def test_a_forces_kind_ending_the_menu_stays_the_menus(force: str) -> None:
    summary = "Tàu CSB 6007 đã bắt giữ tàu vận tải chở khoảng 80.000 lít dầu không rõ nguồn gốc trên biển."
    menu = f"Tin tức - Sự kiện Tuyên truyền Luật {force}"
    units = cut_at_anchors([Unit(0, f"{menu} {summary}")], (HEADLINE, summary))
    assert [u.text for u in units] == [menu, summary]


def test_a_bodys_head_of_two_words_ending_the_menu_stays_the_menus() -> None:
    summary = "Bị cáo nhận 18 năm tù vì bán các lô đất không có thật cho hơn 300 khách hàng."
    units = cut_at_anchors([Unit(0, f"Trang chủ Pháp luật Tòa án {summary}")], (HEADLINE, summary))
    assert [u.text for u in units] == ["Trang chủ Pháp luật Tòa án", summary]


@pytest.mark.parametrize("union", ["Đoàn Thanh niên trường", "Đoàn TNCS Hồ Chí Minh tỉnh"])
def test_a_kind_ending_the_menu_stays_the_menus_before_the_youth_union_named_whole(union: str) -> None:
    summary = f"{union} phát động cuộc thi tài năng dành cho sinh viên chính quy năm học mới."
    units = cut_at_anchors(
        [Unit(0, f"Trang chủ Cuộc thi Câu lạc bộ Đội nhóm {summary}")], (HEADLINE, summary)
    )
    assert [u.text for u in units] == ["Trang chủ Cuộc thi Câu lạc bộ Đội nhóm", summary]
