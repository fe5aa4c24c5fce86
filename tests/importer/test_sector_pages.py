"""Sector and trade publishers' pages (fixtures/blind_vnsum8.yml), scraped on one `Content:` line: a
department's name ending its titles as its masthead prints it over the menu, a portal's section crumb
run into the lead, a story's call to phone the office's own number that goes on past a grammar word, a
writer's degree before a name and an office after a dash, and a company's kind before its acronym
opening the lead under a menu."""

from __future__ import annotations

from bantin.importer.byline_spots import split_trailing_byline
from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.header_phones import header_call_apart
from bantin.importer.parsed import Block
from bantin.importer.section_crumbs import peel_section_crumb
from bantin.importer.subject_leads import peel_subject_lead
from bantin.importer.suffixes import source_of_title

LEAD = (
    "Thời hạn quyết toán thuế thu nhập cá nhân năm 2023 đối với cá nhân trực tiếp quyết toán với cơ quan "
    "thuế là ngày 2/5/2024."
)


def _scrape(title: str, content: str) -> bytes:
    return (
        f"Title: {title}\nSource: https://thue.example.gov.vn\nLink: https://thue.example.gov.vn/tin-tuc/a-c1.html\n"
        f"Published Date: 15/04/2024 09:20\nAuthor: \nTags: None\nSummary: \nContent: {content}\n"
    ).encode()


def test_the_masthead_the_page_opens_with_ends_no_headline() -> None:
    title, site = source_of_title(
        "Cục Thuế khuyến cáo quyết toán thuế TNCN trước ngày 2/5 - Cục Thuế tỉnh Bình Dương",
        texts=("Cục Thuế tỉnh Bình Dương Trang chủ Giới thiệu Tin tức Hỏi đáp " + LEAD,),
    )
    assert (title, site) == (
        "Cục Thuế khuyến cáo quyết toán thuế TNCN trước ngày 2/5",
        "Cục Thuế tỉnh Bình Dương",
    )
    # the story's subject after a dash, the lead opening with it and going on in a sentence, stays
    kept = "Ra mắt mô hình dân vận khéo tại xã Tân Hiệp - Hội Nông dân tỉnh Bắc Giang"
    lead = "Hội Nông dân tỉnh Bắc Giang vừa ra mắt mô hình dân vận khéo tại xã Tân Hiệp."
    assert source_of_title(kept, texts=(lead,)) == (kept, None)


def test_a_portals_section_after_its_headline_goes() -> None:
    assert source_of_title("Hải quan bắt giữ 2 container hàng giả | Tin hoạt động", ("haiquan.gov.vn",))[
        0
    ] == ("Hải quan bắt giữ 2 container hàng giả")


def test_a_section_crumb_run_into_the_lead_is_cut_off_after_the_header() -> None:
    assert peel_section_crumb(f"Tin hoạt động {LEAD}") == ("Tin hoạt động", LEAD)
    assert (
        peel_section_crumb(
            "Du lịch Hội An đón hơn 3 triệu lượt khách trong năm 2024, tăng 20% so với năm trước."
        )
        is None
    )
    page = _scrape(
        "Quyết toán thuế",
        f"Cục Thuế tỉnh Mẫu Trang chủ Giới thiệu Tin tức Hỏi đáp Hỗ trợ người nộp thuế: 0274.3822.741 Tin hoạt động {LEAD}",
    )
    body = convert(page, "page.txt", year=2024).body
    assert body.startswith("Thời hạn quyết toán"), body


def test_a_call_to_the_offices_number_going_on_past_a_grammar_word_stays_whole() -> None:
    call = (
        "Người nộp thuế cần hỗ trợ có thể gọi số 0274.3822.741 hoặc đến bộ phận một cửa của các Chi cục Thuế "
        "trong giờ hành chính."
    )
    units = [
        Unit(Block("paragraph", ""), "Cục Thuế tỉnh Mẫu Hỗ trợ người nộp thuế: 0274.3822.741"),
        Unit(Block("paragraph", ""), call),
    ]
    assert [unit.text for unit in header_call_apart(units)][1] == call


def test_a_degree_before_the_writers_name_leaves_room_for_the_office_after_the_dash() -> None:
    text = (
        "Viện đề nghị các địa phương tiêm bù cho trẻ chưa tiêm đủ mũi. ThS.BS Nguyễn Thị Thu Hằng - Khoa Kiểm "
        "soát bệnh truyền nhiễm"
    )
    rest, byline = split_trailing_byline(text)
    assert rest.endswith("đủ mũi.") and byline is not None and byline.author == "ThS.BS Nguyễn Thị Thu Hằng"


def test_a_companys_kind_before_its_acronym_opens_the_lead_under_the_menu() -> None:
    lead = "Bảo hiểm PVI đã tiếp nhận hơn 4.800 hồ sơ yêu cầu bồi thường liên quan đến bão số 3, ước tính hơn 2.100 tỷ đồng."
    assert peel_subject_lead(lead) is None  # under the site's name: no menu item `Bảo hiểm` before `PVI đã …`
    page = _scrape(
        "Bảo hiểm PVI chi trả hơn 300 tỷ đồng",
        f"PVI Trang chủ Về PVI Sản phẩm Bồi thường Tin tức Nhà đầu tư Tổng đài chăm sóc khách hàng 24/7: 1900 54 54 58 Mua bảo hiểm online Tin PVI {lead}",
    )
    assert lead in convert(page, "page.txt", year=2024).body


def test_a_breadcrumb_between_arrows_is_no_section_crumb() -> None:
    lead = (
        "Nông nghiệp - Thủy sản 120 tàu cá của ngư dân huyện An Biên vừa được hỗ trợ lắp thiết bị miễn phí."
    )
    assert peel_section_crumb(f"Kinh tế » {lead}") is None
