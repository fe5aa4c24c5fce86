"""Government portals' news pages (a province's, a district's, a ministry's, a Sở's): their menu of
services run into the lead goes; a notice's signature (`KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Văn Mẫu`) and
its numbered articles stay, the signer no writer; a list of attached files goes; a writer's office
after a dash is no part of the name; a district's page keeps its whole name. The pages are written
for these tests."""

from __future__ import annotations

import pytest

from bantin.importer import publishers
from bantin.importer.attachments import attachment_cuts
from bantin.importer.bylines import parse_byline
from bantin.importer.convert import convert
from bantin.importer.numbered_items import list_items
from bantin.importer.portal_menus import peel_portal_menu, portal_menu_alone

from .scrapes import vnsum

LEAD = "UBND tỉnh Mẫu vừa ban hành kế hoạch nạo vét kênh mương nội đồng trước mùa mưa, với tổng kinh phí 12 tỷ đồng."


@pytest.mark.parametrize(
    "menu",
    [
        "Giới thiệu Tin tức Thủ tục hành chính Dịch vụ công Quy hoạch Hỏi đáp",
        "Thủ tục hành chính Hỏi đáp Liên hệ",
        "Cổng thông tin điện tử tỉnh Mẫu Dịch vụ công Hỏi đáp Lịch công tác",
        "Trang chủ Tin tức - Sự kiện Văn bản pháp luật Dịch vụ công trực tuyến",
        # a police portal's: the citizens' reports and complaints received among its services
        "Sự kiện Thủ tục hành chính Tiếp nhận phản ánh",
        "Giới thiệu Tố giác tội phạm Phản ánh, kiến nghị",
        "Tin tức - Sự kiện Văn bản chỉ đạo Thủ tục hành chính Hỏi đáp",  # a Sở's documents of direction
        # a department's lookups and its column of answers, whatever they are on
        "Văn bản pháp quy Tra cứu thông tin mộ liệt sĩ Hỏi đáp chính sách",
        "Giới thiệu Tra cứu hồ sơ Hỏi đáp pháp luật",
    ],
)
def test_a_portals_menu_of_services_is_cut_off_the_lead(menu: str) -> None:
    assert peel_portal_menu(f"{menu} {LEAD}") == (menu, LEAD)


@pytest.mark.parametrize(
    "text",
    [
        # one service is a sentence's subject, no menu
        "Dịch vụ công trực tuyến toàn trình giúp người dân nộp hồ sơ tại nhà, tiết kiệm thời gian và chi phí đi lại.",
        "Thủ tục hành chính Hỏi đáp về đất đai được tỉnh Mẫu trả lời trong vòng 10 ngày làm việc kể từ khi nhận.",
        LEAD,
        "Tiếp nhận phản ánh Thủ tục hành chính chậm trễ, Công an tỉnh Mẫu đã kiểm tra và xử lý kỷ luật hai cán bộ.",
        # a question's words after `Hỏi đáp`, grammar words among them: no column of answers
        "Giới thiệu Dịch vụ công Hỏi đáp về đất đai được tỉnh Mẫu trả lời trong vòng 10 ngày kể từ khi nhận hồ sơ.",
    ],
)
def test_a_sentence_naming_services_is_no_menu(text: str) -> None:
    assert peel_portal_menu(text) is None
    assert not portal_menu_alone(text)


def test_a_lookup_in_the_menu_ends_before_the_name_the_lead_opens_with() -> None:
    lead = "Cục Quản lý Mẫu vừa có văn bản đề nghị các địa phương rà soát hồ sơ trước ngày 30/9 năm nay."
    menu = "Văn bản pháp quy Tra cứu thông tin Hỏi đáp chính sách"
    assert peel_portal_menu(f"{menu} {lead}") == (menu, lead)


def test_a_portals_menu_alone_with_its_sections_label_is_the_pages() -> None:
    assert portal_menu_alone("Giới thiệu Tin tức Dịch vụ công Hỏi đáp Lịch công tác Hỏi đáp chính sách")
    assert not portal_menu_alone("Dịch vụ công Hỏi đáp Lịch công tác của tỉnh đã được nâng cấp.")


def _page(content: str, source: str = "Sở Nông nghiệp và PTNT tỉnh Mẫu") -> str:
    return (
        f"Title: Thông báo lịch thời vụ vụ Hè Thu năm 2024\nSource: {source}\n"
        "Link: https://snnptnt.mau.gov.vn/tin-tuc/thong-bao-lich-thoi-vu.html\nPublished Date: 2024-04-09\n"
        f"Author: \nTags: None\nSummary: \nContent: {content}\n"
    )


NOTICE = (
    "Sở Nông nghiệp và PTNT tỉnh Mẫu thông báo lịch thời vụ xuống giống lúa Hè Thu năm 2024 như sau. "
    "Điều 1. Xuống giống từ ngày 15/4 đến 30/4/2024 ở các huyện phía bắc của tỉnh. "
    "Điều 2. Nông dân xuống giống tập trung, đồng loạt, né rầy theo khuyến cáo của ngành chuyên môn."
)


@pytest.mark.parametrize(
    "signature",
    ["KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Văn Mẫu", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Mẫu"],
)
def test_a_notices_signature_stays_and_its_signer_is_no_writer(signature: str) -> None:
    page = _page(f"{NOTICE} {signature} Tải về: Lich thoi vu 2024.pdf Thông báo khác Lượt truy cập: 98.765")
    converted = convert(page.encode(), "page.txt", year=2017)
    flat = " ".join(converted.body.split())
    assert flat.endswith(f"{NOTICE} {signature}")  # the signature whole, the files and the counter gone
    assert converted.front.author is None


def test_a_closing_writers_name_is_still_the_byline() -> None:
    converted = convert(_page(f"{NOTICE} Minh Hằng").encode(), "page.txt", year=2017)
    assert converted.front.author == "Minh Hằng"


def test_a_list_of_attached_files_is_cut_where_it_starts_and_its_file_ends() -> None:
    text = "Tin, ảnh: Hồng Nhung Tải về: Ke hoach 12-KH.pdf Bài viết khác"
    assert attachment_cuts(text) == [text.index("Tải về"), text.index(".pdf") + 4]
    assert attachment_cuts("Người dân có thể tải về ứng dụng để nộp hồ sơ trực tuyến.") == []


def test_a_sentence_ending_in_a_number_before_a_list_is_no_item() -> None:
    text = "Huyện thu hồi đất mở rộng đường tỉnh lộ 4. Điều 1. Thu hồi 12 ha. Điều 2. Kiểm đếm. Điều 3. Bồi thường."
    starts = list_items(text)
    assert text.index("lộ 4.") + 4 not in starts
    assert {text.index("Điều 1."), text.index("Điều 2."), text.index("Điều 3.")} <= set(starts)


@pytest.mark.parametrize(
    ("credit", "author"),
    [("Hoàng Thảo - Sở NN&PTNT", "Hoàng Thảo"), ("Thanh Tâm - Văn phòng UBND tỉnh", "Thanh Tâm")],
)
def test_a_writers_office_after_a_dash_is_no_part_of_the_name(credit: str, author: str) -> None:
    assert (parse_byline(credit) or pytest.fail(credit)).author == author
    assert parse_byline("Minh Anh - Báo Mẫu").source == "Báo Mẫu"  # an outlet after the dash is the source


def test_a_districts_page_keeps_its_whole_name() -> None:
    assert (
        publishers.short("Trang thông tin điện tử huyện Yên Mẫu") == "Trang thông tin điện tử huyện Yên Mẫu"
    )
    assert publishers.short("Trang thông tin điện tử Hội Nông dân Mẫu") == "Hội Nông dân Mẫu"


def test_a_portals_list_of_new_documents_after_the_story_goes() -> None:
    story = f"{LEAD} Các địa phương hoàn thành việc nạo vét trước ngày 30/4."
    content = f"{story} Văn bản mới Quyết định 512/QĐ-UBND ban hành kế hoạch phòng chống thiên tai năm 2024"
    page = vnsum("Nạo vét kênh mương trước mùa mưa", "https://mau.gov.vn/tin-tuc/nao-vet-1203", content)
    body = convert(page, "trang.txt", year=2024, sources={}).body
    assert "Các địa phương hoàn thành" in body and "512/QĐ-UBND" not in body
