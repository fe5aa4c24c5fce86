"""Company news on business papers' pages (the blind_enterprise round): a finance page's disclaimer
that its report or its advice on shares is only for reference or only to inform goes, after the last
paragraph or glued to the analyst's signature (`disclaimers.DISCLAIMER`), while the story's words about a
report stay. The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.disclaimers import DISCLAIMER

from .scrapes import vnsum

LEAD = "Công ty Cổ phần Sen Vàng báo lãi sau thuế quý III đạt 412 tỷ đồng, tăng 18% so với cùng kỳ năm trước."
MORE = "Doanh thu thuần trong quý đạt 5.230 tỷ đồng, biên lợi nhuận gộp cải thiện lên 14,2%."


def _body(content: str) -> str:
    scrape = vnsum(
        "Sen Vàng lãi 412 tỷ đồng quý III",
        "https://baomau.vn/sen-vang-lai-quy-iii-a321.html",
        content,
        summary=LEAD,
        date="2024-10-21",
    )
    return convert(scrape, "page.txt", year=2024, sources={}).body


@pytest.mark.parametrize(
    "notice",
    [
        "Khuyến nghị mua bán cổ phiếu của Báo Mẫu chỉ mang tính tham khảo.",
        "Báo cáo này chỉ nhằm mục đích cung cấp thông tin, nhà đầu tư tự chịu trách nhiệm về quyết định của mình.",
        "Khuyến nghị trên chỉ mang tính chất tham khảo, không phải lời mời mua bán chứng khoán.",
    ],
)
def test_a_finance_pages_disclaimer_goes_after_the_story_and_after_a_signature(notice: str) -> None:
    body = _body(f"{LEAD} {MORE} {notice} Tin mới nhất Sen Vàng chia cổ tức 10%")
    assert MORE in body and notice.split()[1] not in body.split(MORE)[1]
    signed = _body(f"{LEAD} {MORE} Lê Minh Anh - Trưởng phòng Phân tích, Chứng khoán Mẫu {notice}")
    assert MORE in signed and "tham khảo" not in signed and "nhằm mục đích" not in signed


def test_a_storys_words_about_a_report_are_no_disclaimer() -> None:
    assert (
        DISCLAIMER.search("Theo ông Hùng, báo cáo này chỉ nhằm mục đích cung cấp thông tin cho cổ đông.")
        is None
    )
    assert DISCLAIMER.search("Báo cáo của công ty chỉ ra ba rủi ro lớn trong năm tới.") is None
    assert (
        DISCLAIMER.search("Nhận định này chỉ mang tính tham khảo, bởi thị trường còn nhiều biến số.") is None
    )
    assert DISCLAIMER.search("Khuyến nghị của Bộ Y tế có tính tham khảo cao cho các bệnh viện.") is None


def test_a_related_headline_before_a_sentence_opening_with_an_honorific_and_a_name_goes() -> None:
    said = "Ông Peter Hải, Tổng giám đốc Sen Vàng, cho biết công ty sẽ mở thêm 20 cửa hàng trong năm tới."
    body = _body(f"{LEAD} {MORE} Xem thêm: Sen Vàng báo lãi quý II gấp đôi cùng kỳ {said} Lan Anh")
    assert said in body and "quý II gấp đôi" not in body


@pytest.mark.parametrize("box", ["SVG 42.150 ▲ 0,36%", "SVG 3,45 USD ▼ 2,1%"])
def test_a_quote_box_with_its_arrow_goes_inside_the_story_and_over_the_lead(box: str) -> None:
    inside = _body(f"{LEAD} {box} {MORE} Lan Anh")
    assert LEAD in inside and MORE in inside and "▲" not in inside and "▼" not in inside
    over = _body(f"Thị trường chứng khoán {box} {LEAD} {MORE} Lan Anh")
    assert LEAD in over and "Thị trường chứng khoán" not in over and "SVG" not in over


def test_a_name_signing_the_lead_and_printed_alone_under_the_story_is_the_sites() -> None:
    lead = "Sen Vàng bán 223.000 xe trong tháng 10, giảm 9% so với cùng kỳ năm trước."
    lines = [LEAD, MORE, "Nhịp phố kinh doanh"]
    page = "\n".join(["Sen Vàng giảm 9% doanh số", "", f"{lead} - Nhịp phố kinh doanh", "", *lines])
    converted = convert(page.encode(), "page.txt", year=2024, sources={})
    assert converted.front.source == "Nhịp phố kinh doanh" and "Nhịp phố" not in converted.body
    signed = "\n".join(["Sen Vàng giảm 9% doanh số", "", f"{lead} - Minh Anh", "", LEAD, MORE, "Minh Anh"])
    assert convert(signed.encode(), "page.txt", year=2024, sources={}).front.source != "Minh Anh"
