"""A share or a change in per cent glued to a Vietnamese word in title case (`VNR 32.450 ▲ 1,25%Tổng công
ty …`, a ticker's last cell and the lead a scraper joined with no space) parts there
(`glued_words._GLUED_PERCENT`): no name or code glues a word to `%`, so the ticker goes with the header
and the lead, its first words no more the ticker's, stays whole. A table's rows so parted (`Video ngắn:
38%Tìm kiếm: 27%Hiển thị: 21%`) stay the story's: a label with a share after it (`Tìm kiếm: 27%`) is a row,
no button with its counter (`widgets.buttons`: `Lượt xem: 2.345`)."""

from __future__ import annotations

from bantin.core.glued_words import glued_words
from bantin.importer.convert import convert
from bantin.importer.widgets import buttons


def test_a_word_glued_to_a_per_cent_parts_there() -> None:
    text = "Tuyển dụng VNR 32.450 ▲ 1,25%Tổng công ty Tái bảo hiểm cho biết"
    assert text.index("Tổng") in glued_words(text)
    assert glued_words("độ mặn 4‰Trạm Mỹ Thuận") == [len("độ mặn 4‰")]


def test_a_per_cent_before_a_space_or_a_code_is_not_cut() -> None:
    assert glued_words("tăng 7,8% so với cùng kỳ, Vinare cho biết") == []
    assert glued_words("lãi suất 5%/năm, kỳ hạn 12 tháng") == []
    assert glued_words("giảm 10%VAT") == []  # a code in capitals, no syllable


def test_the_ticker_goes_and_the_lead_stays_whole() -> None:
    text = (
        "Title: Doanh thu phí bảo hiểm 11 tháng tăng 8%\nSource: Tổng công ty Mẫu\n"
        "Link: https://baohiemmau.example.vn/tin-tuc/doanh-thu-a1.html\n"
        "Published Date: 2026-12-05T09:00:00+07:00\nAuthor: \nTags: None\nSummary: \n"
        "Content: TỔNG CÔNG TY MẪU Về chúng tôi Sản phẩm Nhà đầu tư Báo cáo tài chính Tin tức Tuyển dụng "
        "BHM 18.200 ▼ 0,55%Tổng công ty Bảo hiểm Mẫu cho biết, 11 tháng năm 2026 doanh thu phí bảo hiểm "
        "ước đạt 4.120 tỷ đồng, tăng 8% so với cùng kỳ.Bồi thường ước khoảng 1.900 tỷ đồng, phần lớn cho "
        "tổn thất do bão lũ ở miền Trung.\n"
    )
    body = convert(text.encode(), "page.txt", year=2026).body
    assert body.startswith("Tổng công ty Bảo hiểm Mẫu cho biết, 11 tháng")
    assert "BHM" not in body and "Tuyển dụng" not in body


def test_a_label_with_a_share_is_a_row_no_button() -> None:
    assert not buttons("Tìm kiếm: 27%")
    assert buttons("Lượt xem: 2.345")


def test_rows_glued_by_their_shares_stay() -> None:
    text = (
        "Title: Quảng cáo số tăng 14%\nSource: Tạp chí Mẫu\nLink: https://tapchimau.example.vn/a1.html\n"
        "Published Date: 2026-12-05T09:00:00+07:00\nAuthor: \nTags: None\nSummary: \n"
        "Content: Chi tiêu quảng cáo số năm 2026 ước đạt 1,4 tỷ USD, tăng 14% so với năm trước.Cơ cấu chi "
        "tiêu quảng cáo số:Video ngắn: 38%Tìm kiếm: 27%Hiển thị: 21%Khác: 14%Thị trường dự báo tăng thêm "
        "10% trong năm tới, với thương mại điện tử là động lực chính.\n"
    )
    body = convert(text.encode(), "page.txt", year=2026).body
    for row in ("Video ngắn: 38%", "Tìm kiếm: 27%", "Hiển thị: 21%", "Khác: 14%"):
        assert row in body
