"""The site's units a one-line scrape runs into the story with no stop before or after them, in the
shape of blind_sample11's pages: a related link under a double arrow after a photo's credit or a
source's line (`arrow_links`), a box's label in capitals or a button's word after a credit
(`credit_ends.before_label`), the site naming the page the reader reads (`Bạn đang đọc bài viết … tại
chuyên mục Xã hội`) and its app's plug (`inline`), a pager glued to the byline (`page_controls`), a
bookmark's button before the lead (`widgets`); and a measure's `km/h.` ending a sentence before the
byline's line (`core.sentences`). The story's lines around them stay whole."""

from __future__ import annotations

from bantin.core.sentences import units_abbreviated
from bantin.importer.captions import parse_credit
from bantin.importer.convert import convert
from bantin.importer.credit_ends import kind_credit
from bantin.importer.furniture import Unit
from bantin.importer.inline import inline_cuts, marked_links_apart
from bantin.importer.page_controls import page_control, page_control_cuts

LEAD = (
    "Ngày 13/3, Ủy ban Bầu cử thành phố cho biết công tác chuẩn bị cho cuộc bầu cử đại biểu Quốc hội "
    "khóa XVI và đại biểu HĐND các cấp đã cơ bản hoàn tất."
)
LAST = "Ban tổ chức cho biết các khu vực bỏ phiếu đã sẵn sàng đón cử tri từ 7h sáng Chủ nhật."


def body(content: str) -> str:
    raw = (
        "Title: Thành phố sẵn sàng cho ngày bầu cử đại biểu Quốc hội khóa XVI\nSource: vidu.vn\n"
        "Link: https://vidu.vn/thoi-su/bai-a1.html\nPublished Date: 2026-03-13T08:30:00+07:00\n"
        f"Author: \nTags: None\nSummary: \nContent: {content}\n"
    )
    return convert(raw.encode(), "trang.txt", year=2017).body


def test_a_related_link_under_an_arrow_after_a_credit_goes() -> None:
    text = body(
        f"{LEAD} Cử tri tìm hiểu danh sách người ứng cử. Ảnh: Viết Thành >> Thành phố in hơn 8 triệu phiếu "
        f'bầu phục vụ ngày bầu cử "Mỗi cử tri cần đi bầu đúng giờ, tự mình viết phiếu", ông nói. {LAST}'
    )
    assert "8 triệu phiếu" not in text
    assert "Ảnh: Viết Thành" in text and '"Mỗi cử tri cần đi bầu đúng giờ' in text and LAST in text


def test_a_related_link_under_an_arrow_after_a_sources_line_goes() -> None:
    text = body(
        f"{LEAD} Lãi suất kỳ hạn 12 tháng (%/năm): Vietcombank: 4,7 BIDV: 4,8 Nguồn: Website các ngân hàng, "
        f"ngày 8/1/2026 >> Giá vàng nhẫn lập đỉnh mới ngày đầu năm Theo các chuyên gia, lãi suất có thể "
        f"tăng thêm trong quý I. {LAST}"
    )
    assert "Giá vàng nhẫn" not in text
    assert "ngày 8/1/2026" in text and "Theo các chuyên gia, lãi suất có thể tăng thêm trong quý I." in text


def test_a_breadcrumbs_arrows_are_no_related_link() -> None:
    for crumbs in ("Trang chủ >> Thời sự >> Chính trị Sáng 13/3, …", "Trang chủ >> Kinh tế Sáng 13/3, …"):
        assert not {i for i, ch in enumerate(crumbs) if ch == ">"} & inline_cuts(crumbs)
    assert 27 in inline_cuts("Nguồn: Ngân hàng, ngày 8/1 >> Giá vàng lập đỉnh mới")


def test_a_quote_opens_the_sentence_after_a_related_link() -> None:
    units = marked_links_apart(
        [Unit(0, '>> Thành phố in hơn 8 triệu phiếu bầu "Mỗi cử tri cần đi bầu", ông nói.')]
    )
    assert [u.text for u in units] == [
        ">> Thành phố in hơn 8 triệu phiếu bầu",
        '"Mỗi cử tri cần đi bầu", ông nói.',
    ]


def test_a_boxs_label_in_capitals_or_a_buttons_word_ends_a_credit() -> None:
    assert kind_credit("Hữu Phước TIN LIÊN QUAN: Giá sầu riêng tăng", parse_credit)[0] == "Hữu Phước"
    assert kind_credit("Ngọc LanAdvertisementTừ ngày 1/1, lương tăng", parse_credit)[0] == "Ngọc Lan"
    assert kind_credit("Minh Đức TTXVN Các đại biểu dự họp", parse_credit)[0].startswith("Minh Đức TTXVN")
    assert parse_credit("Viết Thành >> Thành phố in phiếu bầu")[0] == "Viết Thành"


def test_the_sites_note_on_the_page_read_goes_and_the_next_sentence_stays() -> None:
    said = "Người dân cần hỗ trợ có thể liên hệ Phòng Cảnh sát giao thông Công an tỉnh qua số 0237 3852 123."
    text = body(
        f"{LEAD} Bạn đang đọc bài viết Thành phố sẵn sàng cho ngày bầu cử tại chuyên mục Xã hội {said} {LAST}"
    )
    assert "Bạn đang đọc" not in text and said in text and LAST in text


def test_a_plug_for_the_sites_app_goes() -> None:
    listed = "Lịch triều cường những ngày tới (theo Đài Khí tượng thủy văn Nam Bộ): 10/10: đỉnh triều 1,80 m"
    text = body(f"{LEAD} Mời bạn đọc tải ứng dụng Vidu để cập nhật tin tức nhanh nhất {listed} {LAST}")
    assert "tải ứng dụng" not in text and listed in text


def test_a_pager_glued_to_the_byline_goes_and_the_byline_is_read() -> None:
    assert page_control("Bài trước Bài sau")
    text = "(COC). (Theo AFP) Thanh Bình Bài trước Bài sau Đọc nhiều nhất"
    assert sorted(page_control_cuts(text)) == [text.index("Bài trước"), text.index(" Đọc")]
    raw = (
        "Title: Hội nghị Cấp cao ASEAN lần thứ 48 khai mạc tại Philippines\nSource: vidu.vn\nLink: \n"
        "Published Date: 2026-05-26T15:30:00+07:00\nAuthor: \nTags: None\nSummary: \nContent: "
        "Ngày 26/5, Hội nghị Cấp cao ASEAN lần thứ 48 khai mạc tại thủ đô Manila, Philippines, với chủ đề "
        "tăng cường kết nối. Các nhà lãnh đạo thảo luận tiến trình hoàn tất Bộ quy tắc ứng xử (COC). "
        "(Theo AFP, Philippine News Agency) Thanh Bình Bài trước Bài sau Đọc nhiều nhất Mỹ và Trung Quốc "
        "nối lại đối thoại thương mại\n"
    )
    converted = convert(raw.encode(), "trang.txt", year=2017)
    assert converted.front.author == "Thanh Bình"
    assert "(Theo AFP, Philippine News Agency)" in converted.body and "Bài trước" not in converted.body


def test_a_bookmarks_button_before_the_lead_goes() -> None:
    text = body(f"Trang chủ > Thời sự 13/03/2026 08:30 GMT+7 Sao chép liên kết Lưu bài viết {LEAD} {LAST}")
    assert "Lưu bài viết" not in text and LEAD in text


def test_a_measures_km_h_ends_a_sentence() -> None:
    assert not units_abbreviated("tuân thủ tốc độ tối đa 80 km/h.")
    assert units_abbreviated("diễn ra tại h.")
    raw = (
        "Cao tốc đón hơn 1 triệu lượt xe sau một tháng thông xe\n\nSau một tháng thông xe, cao tốc đã phục vụ "
        "hơn 1 triệu lượt phương tiện. - Mekong Daily\n\nGiao thông\nTheo Ban Quản lý dự án, mỗi ngày tuyến "
        "cao tốc dài 110 km đón khoảng 35.000 lượt xe.\nCục Đường bộ khuyến cáo tài xế tuân thủ tốc độ tối "
        "đa 80 km/h.\nHoàng Vũ\nCùng chuyên mục\nHậu Giang khởi công đường kết nối cao tốc\n"
    )
    assert convert(raw.encode(), "trang.txt", year=2017).front.author == "Hoàng Vũ"


def test_a_plug_for_the_sites_channel_goes() -> None:
    text = body(
        f"{LEAD} Cử tri tìm hiểu danh sách. Ảnh: Võ Trang Xem video đầy đủ tại kênh Youtube Vidu {LAST}"
    )
    assert "kênh Youtube" not in text and LAST in text


def test_a_related_links_headline_ends_before_a_person_put_by_full_name() -> None:
    said = (
        "Ông Đặng Phúc Nguyên, Tổng thư ký Hiệp hội, cho biết các doanh nghiệp cần kiểm soát chặt dư lượng "
        "cadimi để tránh bị trả hàng."
    )
    text = body(f"{LEAD} TIN LIÊN QUAN: Giá sầu riêng Ri6 tăng trở lại sau Tết {said} {LAST}")
    assert "Giá sầu riêng" not in text and said in text
