"""Business and market pages (the blind_markets round): an index strip of signed changes run into a
lead that holds a code in capitals is never cut inside the lead the summary repeats
(`anchors.cuts_into_summary`); a disclaimer that the page is for reference only goes even without
`chỉ` when it opens a sentence (`Bài viết mang tính chất tham khảo, …`), and with its label
(`Khuyến nghị: …`), while a story's own words about figures for reference stay; a `Thời báo …`
paper's name after ` - ` is a masthead's; a ticker's box inside the story goes whole, with the fields
after its change up to its update time (`… (-1,61%) Khối lượng 8.200 Cập nhật 14:45`). The pages
are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.anchors import cuts_into_summary
from bantin.importer.convert import convert
from bantin.importer.disclaimers import DISCLAIMER
from bantin.importer.suffixes import source_of_title

from .scrapes import vnsum

STRIP = "VN-Index 1.250,40 +3,10 HNX 236,2 -0,5 UPCoM 90,1 +0,2 Tài chính Chứng khoán"
LEAD = (
    "Hưng Thịnh vừa thông báo gia hạn lô trái phiếu HTGH2130012 thêm 18 tháng sau khi được trái chủ đồng ý."
)
MORE = "Lô trái phiếu có tổng mệnh giá 800 tỷ đồng, phát hành tháng 4/2021, lãi suất 11%/năm."


def _body(content: str, summary: str = LEAD) -> str:
    scrape = vnsum(
        "Hưng Thịnh gia hạn lô trái phiếu 800 tỷ đồng",
        "https://baomau.vn/hung-thinh-gia-han-trai-phieu-a123.html",
        content,
        summary=summary,
        date="2024-04-02",
    )
    return convert(scrape, "page.txt", year=2024, sources={}).body


def test_an_index_strip_before_a_lead_holding_a_code_leaves_the_lead_whole() -> None:
    body = _body(f"{STRIP} {LEAD} {MORE} Lan Anh")
    assert LEAD in body and MORE in body and "1.250,40" not in body


def test_a_cut_inside_the_summarys_words_is_no_headers_end() -> None:
    text = f"{STRIP} {LEAD}"
    head = f"{STRIP} Hưng Thịnh vừa thông báo gia hạn lô trái phiếu"
    assert cuts_into_summary(text, head, (LEAD,))
    assert not cuts_into_summary(text, STRIP, (LEAD,))  # the cut before the lead is one
    assert not cuts_into_summary(text, head, ())  # no summary, no say


@pytest.mark.parametrize(
    "closing",
    [
        "Bài viết mang tính chất tham khảo, nhà đầu tư cân nhắc trước khi đưa ra quyết định.",
        "Thông tin mang tính tham khảo, chúng tôi không chịu trách nhiệm về quyết định đầu tư của bạn.",
    ],
)
def test_a_disclaimer_after_the_byline_goes(closing: str) -> None:
    body = _body(f"{LEAD} {MORE} Lan Anh {closing}")
    assert MORE in body and closing not in body and "tham khảo" not in body


def test_a_storys_words_about_figures_for_reference_are_no_disclaimer() -> None:
    said = "Ông Hùng cho rằng số liệu mang tính tham khảo vì doanh nghiệp chưa kiểm toán."
    assert DISCLAIMER.search(said) is None
    assert DISCLAIMER.search("Bài viết có tính tham khảo cao cho các doanh nghiệp mới niêm yết.") is None
    assert DISCLAIMER.search("Số liệu mang tính chất tham khảo.") is not None


def test_a_thoi_bao_papers_name_ends_a_title_as_a_masthead() -> None:
    assert source_of_title("Giá vàng nhẫn lập đỉnh mới - Thời báo Kinh tế Việt Nam") == (
        "Giá vàng nhẫn lập đỉnh mới",
        "Thời báo Kinh tế Việt Nam",
    )


def test_a_tickers_box_inside_the_story_goes_with_its_fields_and_update_time() -> None:
    box = "HTG 21.450 -350 (-1,61%) Khối lượng 8.200 Cập nhật 14:45"
    after = "Công ty cho biết sẽ dùng tiền thu được để trả nợ ngân hàng đến hạn trong năm nay."
    body = _body(f"{LEAD} {MORE} {box} {after} Lan Anh")
    assert MORE in body and after in body and "Khối lượng" not in body and "21.450" not in body


def test_a_labelled_disclaimer_between_two_paragraphs_goes_with_its_label() -> None:
    notice = (
        "Khuyến nghị: Thông tin trong bài chỉ mang tính tham khảo, không phải lời mời mua bán chứng khoán."
    )
    after = "Công ty cho biết sẽ dùng tiền thu được để trả nợ ngân hàng đến hạn trong năm nay."
    body = _body(f"{LEAD} {MORE} {notice} {after} Lan Anh")
    assert MORE in body and after in body and "Khuyến nghị" not in body
