"""A company's newsroom and investor-relations pages (blind round fixtures/blind_corporate.yml): a
release's dateline (`TP.HCM, ngày 28/10/2024 –`) and its closing `Về …` paragraph stay; the site's
download links (`… (PDF, 2,4 MB)`), its promotions set between paragraphs (`Đặt vé ngay - Giá chỉ từ
990.000 VNĐ`), a gallery's button over the closing byline (`Xem tất cả 12 ảnh`), its section's name under the menu (`Tin tức`), its lists of other releases (`Các công bố
khác`) and its media contact under the `Về …` paragraph go."""

from __future__ import annotations

from bantin.importer.agency_datelines import agency_dateline
from bantin.importer.attachments import attachment_cuts, download_link
from bantin.importer.convert import convert
from bantin.importer.gallery_buttons import gallery_button, gallery_button_cuts
from bantin.importer.offer_boxes import offer_box, offer_cuts
from bantin.importer.vocabulary import RELATED_HEADERS

from .scrapes import vnsum

_LEAD = "Lũy kế 9 tháng năm 2024, Sacombank đạt lợi nhuận trước thuế 7.418 tỷ đồng, tăng 32% so với cùng kỳ."


def _body(content: str, summary: str = _LEAD) -> str:
    raw = vnsum("Ngân hàng báo lãi 9 tháng", "https://nganhang.vn/tin-tuc/a.html", content, summary=summary)
    return convert(raw, "page.txt", year=2024).body


def test_a_release_s_dateline_opens_its_lead_after_the_menu() -> None:
    head = "Nhà đầu tư Tin tức STB 34.150 +0,89% TP.HCM, ngày 28/10/2024 – "
    assert head[agency_dateline(head) :] == "TP.HCM, ngày 28/10/2024 – "
    assert agency_dateline("Trang chủ Tin tức Ngày 28/10/2024 ") is None  # no place: a stamp
    body = _body(f"Cá nhân Doanh nghiệp Nhà đầu tư STB 34.150 +0,89% TP.HCM, ngày 28/10/2024 – {_LEAD} "
                 "Tổng tài sản đến cuối tháng 9 đạt 738.280 tỷ đồng, tăng 9% so với đầu năm.")  # fmt: skip
    assert body.startswith("TP.HCM, ngày 28/10/2024 – Lũy kế"), body


def test_a_section_s_name_under_the_menu_is_no_credit_over_the_lead() -> None:
    body = _body(f"Cá nhân Doanh nghiệp Về chúng tôi Tin tức Hà Nội, ngày 5/11/2024 – {_LEAD} "
                 "Tổng tài sản đến cuối tháng 9 đạt 738.280 tỷ đồng, tăng 9% so với đầu năm.")  # fmt: skip
    assert body.startswith("Hà Nội, ngày 5/11/2024 – Lũy kế"), body


def test_a_download_link_between_paragraphs_goes_and_the_story_after_it_stays() -> None:
    text = "Dòng bánh ít đường chiếm gần một phần ba. Tải về báo cáo BCTC quý III/2024 (PDF, 2,4 MB) Lũy kế 9 tháng"
    cuts = attachment_cuts(text)
    assert text.index("Tải về") in cuts and text.index(" Lũy kế") in cuts
    assert download_link("Báo cáo tài chính hợp nhất quý III/2024 Tải xuống (PDF, 1,8 MB)")
    assert not download_link("Báo cáo được đăng trên trang của công ty (PDF) vào ngày 8/10.")  # a sentence
    body = _body(f"{_LEAD} Lợi nhuận sau thuế đạt 5.900 tỷ đồng, tăng 30% so với cùng kỳ. "
                 "Tải về báo cáo BCTC quý III/2024 (PDF, 2,4 MB) "
                 "Ngân hàng đã hoàn thành 74% kế hoạch lợi nhuận năm.")  # fmt: skip
    assert "PDF" not in body and "Tải về" not in body, body
    assert "hoàn thành 74% kế hoạch lợi nhuận năm." in body, body


def test_a_promotion_s_call_then_its_offer_after_a_dash_is_the_site_s() -> None:
    assert offer_box("Đăng ký dịch vụ VNPT Cloud - Nhận tư vấn miễn phí")
    assert offer_box("Đặt vé ngay - Giá chỉ từ 990.000 VNĐ")
    assert not offer_box("Mở rộng sản xuất - Giảm chi phí là hai mục tiêu chính của công ty năm nay.")
    text = "Đăng ký dịch vụ VNPT Cloud - Nhận tư vấn miễn phí Trung tâm được xây dựng trong 18 tháng qua."
    assert offer_cuts(text) == {0, text.index("Trung tâm")}
    assert not offer_cuts("Mở rộng sản xuất - Giảm chi phí là hai mục tiêu chính của công ty năm nay.")
    body = _body(f"{_LEAD} Lịch bay: Hà Nội 10:15 - Bangkok 12:05 Đặt vé ngay - Giá chỉ từ 990.000 VNĐ "
                 '"Bangkok là điểm đến được khách Việt ưa chuộng nhất mùa lễ", ông Biên nói.')  # fmt: skip
    assert "Giá chỉ từ" not in body and "Đặt vé ngay" not in body, body
    assert '"Bangkok là điểm đến' in body, body


def test_a_newsroom_s_lists_of_other_releases_are_headers() -> None:
    assert {"các công bố khác", "thông cáo báo chí khác", "công bố thông tin khác"} <= set(RELATED_HEADERS)


def test_a_media_contact_under_a_cooperative_s_about_paragraph_goes() -> None:
    about = ("Về Saigon Co.op: Liên hiệp Hợp tác xã Thương mại TP.HCM (Saigon Co.op) thành lập năm 1989, "
             "hiện có hơn 800 điểm bán lẻ trên cả nước.")  # fmt: skip
    body = _body(f"{_LEAD} Lợi nhuận sau thuế đạt 5.900 tỷ đồng, tăng 30% so với cùng kỳ. {about} "
                 "Liên hệ báo chí: Phòng Truyền thông - ĐT: 028 3832 3251 Bài viết liên quan "
                 "Co.opmart khai trương siêu thị thứ 100 © 2024 Saigon Co.op")  # fmt: skip
    assert about in body, body  # the release's own `Về …` paragraph
    assert "Liên hệ báo chí" not in body, body


def test_a_gallery_s_button_over_the_closing_byline_goes_and_the_writer_is_read() -> None:
    text = "Thư viện ảnh Xem tất cả 12 ảnh Hoàng Dương"
    assert gallery_button_cuts(text) == {text.index(" Hoàng")}
    assert gallery_button("Thư viện ảnh Xem tất cả 12 ảnh") and not gallery_button(
        "Xem 12 ảnh này, ai cũng nhớ."
    )
    assert not gallery_button_cuts("Xem 12 ảnh này, ai cũng nhớ Hà Nội xưa.")  # lower case after it
    raw = vnsum(
        "Ngân hàng báo lãi 9 tháng",
        "https://nganhang.vn/tin-tuc/a.html",
        f"{_LEAD} Tổng tài sản đến cuối tháng 9 đạt 738.280 tỷ đồng, tăng 9% so với đầu năm. "
        "Thư viện ảnh Xem tất cả 12 ảnh Hoàng Dương Tin cùng chuyên mục Ngân hàng đón khách thứ 1 triệu",
        summary=_LEAD,
    )
    converted = convert(raw, "page.txt", year=2024)
    assert converted.front.author == "Hoàng Dương", converted.front.author
    assert "12 ảnh" not in converted.body, converted.body
