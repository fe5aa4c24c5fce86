"""A summary worded slightly otherwise than the lead (bantin/importer/worded_summaries.py; blind round
fixtures/blind_sample14.yml): its opening, with a word or two more or fewer in the lead (`phê duyệt` /
`vừa phê duyệt`), anchors the lead's start, so a box of headlines run into it goes and the lead stays.
A summary the lead words otherwise, or words exactly, is left as it is."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.parsed import Block
from bantin.importer.worded_summaries import worded_summary

from .scrapes import vnsum

SUMMARY = "UBND TP Hồ Chí Minh phê duyệt quy hoạch phân khu tỷ lệ 1/2000 cho 4 khu đô thị dọc tuyến metro."
LEAD = (
    "UBND TP Hồ Chí Minh vừa phê duyệt quy hoạch phân khu tỷ lệ 1/2000 cho 4 khu đô thị theo mô hình "
    "TOD dọc tuyến metro số 1 Bến Thành - Suối Tiên."
)
BOX = "Tin mới nhất Hà Nội duyệt nhiệm vụ quy hoạch Thành phố phía Bắc Đà Nẵng mở rộng khu thương mại tự do"


def test_the_summarys_opening_is_worded_as_the_lead_with_a_word_more() -> None:
    worded = worded_summary(SUMMARY, [Block("paragraph", f"{BOX} {LEAD}")])
    assert worded.startswith("UBND TP Hồ Chí Minh vừa phê duyệt quy hoạch phân")
    assert worded.endswith("cho 4 khu đô thị dọc tuyến metro.")  # the rest of it is the summary's


def test_a_word_fewer_in_the_lead_words_it_too() -> None:
    lead = "Sở Y tế Hà Nội yêu cầu các bệnh viện tăng cường phòng chống sốt xuất huyết trong mùa mưa."
    summary = "Sở Y tế Hà Nội vừa yêu cầu các bệnh viện tăng cường phòng chống sốt xuất huyết."
    assert worded_summary(summary, [Block("paragraph", f"Trang chủ Sức khỏe {lead}")]).startswith(
        "Sở Y tế Hà Nội yêu cầu các bệnh viện tăng"
    )


def test_an_exact_opening_or_a_lead_worded_otherwise_leaves_the_summary() -> None:
    assert worded_summary(SUMMARY, [Block("paragraph", f"{BOX} {SUMMARY}")]) == SUMMARY
    other = "Thành phố vừa duyệt quy hoạch 4 khu đô thị quanh các ga metro số 1 theo mô hình TOD."
    assert worded_summary(SUMMARY, [Block("paragraph", other)]) == SUMMARY
    # three words more than the summary's (`Công ty Chứng khoán`): no longer a word or two
    lead = "Khối phân tích của Công ty Chứng khoán SSI dự báo lợi nhuận ngân hàng tăng 15%."
    summary = "Khối phân tích của SSI dự báo lợi nhuận ngân hàng tăng 15%."
    assert worded_summary(summary, [Block("paragraph", lead)]) == summary


def test_the_box_of_headlines_run_into_the_lead_goes_and_the_lead_stays() -> None:
    content = f"Bất động sản Quy hoạch đô thị 30/11/2026 15:40 {BOX} {LEAD} Thành phố dự kiến đấu giá đất vào quý II/2027."
    page = vnsum(
        "TP Hồ Chí Minh phê duyệt quy hoạch 4 khu đô thị dọc tuyến metro số 1",
        "https://tapchimau.vn/bat-dong-san/tp-ho-chi-minh-phe-duyet-quy-hoach-a801.html",
        content,
        summary=SUMMARY,
        date="2026-11-30T15:40:00+07:00",
    )
    body = convert(page, "a.txt").body
    assert LEAD in body
    assert "Đà Nẵng mở rộng" not in body and "Thành phố phía" not in body


def test_the_summarys_words_inside_the_leads_sentence_are_no_opening() -> None:
    lead = (
        "Kết quả kiểm phiếu cho thấy Công đảng Anh do ông Keir Starmer dẫn đầu giành ít nhất 410 trên "
        "tổng số 650 ghế Hạ viện."
    )
    summary = "Công đảng do ông Keir Starmer dẫn đầu giành ít nhất 410 trên 650 ghế Hạ viện."
    assert worded_summary(summary, [Block("paragraph", lead)]) == summary  # a name the lead says more of
    lead = (
        "Kỳ thi tốt nghiệp THPT năm 2025 tại Hòa Bình có hơn 8.700 thí sinh đăng ký dự thi tại 34 điểm thi."
    )
    summary = "Hòa Bình có hơn 8.700 thí sinh dự thi tốt nghiệp THPT năm 2025 tại 34 điểm thi."
    assert worded_summary(summary, [Block("paragraph", lead)]) == summary  # a sentence the summary reorders


def test_the_summarys_name_governed_by_the_leads_opening_clause_is_no_opening() -> None:
    lead = "Theo số liệu của Tổng cục Thống kê, GDP quý III/2024 ước tăng 7,4% so với cùng kỳ năm trước."
    summary = "Tổng cục Thống kê công bố GDP quý III/2024 ước tăng 7,4% so với cùng kỳ năm trước."
    assert worded_summary(summary, [Block("paragraph", f"Kinh tế Số liệu Thống kê {lead}")]) == summary
