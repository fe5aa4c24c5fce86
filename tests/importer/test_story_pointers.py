"""A story's own lines that send the reader somewhere stay (the twenty-third session's closers of lost
story lines): a writer's pointer to an older piece named in quotes, its clause going on after the
title (`Mời bạn đọc xem lại bài “…” mà chúng tôi đăng …`: `quoted_in_clause`, asked by `inline` and
`boilerplate`); a notice's last sentence sending readers to a hotline and an e-mail before the share
bar, other stories under their header after it (`story_contacts`); a sentence closing on the site's
own address as where the story's list is posted (`… được đăng tải tại <site>.`: `unit_kinds`); a
photo's credit glued to a paragraph opening with a model's name of one capital (`Ảnh: SamsungZ Fold6
…`: `glued_words`, `credit_ends.to_glue`). The pages are written for these tests."""

from __future__ import annotations

from bantin.core.glued_words import glued_words
from bantin.core.sentences import quoted_in_clause
from bantin.importer.boilerplate import is_chrome
from bantin.importer.convert import convert
from bantin.importer.units import split_units

from .scrapes import vnsum

POINTER = "Mời độc giả đọc lại bài “Vì sao giá vàng tăng?” mà báo đã đăng tháng 3 để so sánh hai thời điểm."


def test_a_title_in_quotes_the_clause_goes_on_after_is_the_writers() -> None:
    assert quoted_in_clause(POINTER, POINTER.index("“"))
    assert not quoted_in_clause("Xem thêm “Vì sao giá vàng tăng?” tại đây.", 9)  # two words after it
    assert not quoted_in_clause("Đọc thêm “Vì sao giá vàng tăng?” Giá vàng hôm nay tăng mạnh.", 9)


def test_a_writers_pointer_to_an_older_piece_is_one_unit_and_no_chrome() -> None:
    assert split_units(POINTER) == [POINTER]
    assert not is_chrome(POINTER)
    assert is_chrome("Mời độc giả xem video")  # the site's invitation, alone
    assert split_units("Mời bạn xem video Lũ về trong đêm ở Yên Bái")[0] == "Mời bạn xem video"


def test_a_notices_closing_hotline_before_the_share_bar_and_other_stories_stays() -> None:
    closing = "Mọi phản ánh về hàng giả xin gửi về Tổng đài 1800 1234 hoặc email: qltt@bo.gov.vn."
    content = " ".join([
        "Sở Công Thương Trang chủ Tin tức Đường dây nóng 1800 1234 Tìm kiếm",
        "Đoàn kiểm tra liên ngành thu giữ hơn 2.000 sản phẩm mỹ phẩm không rõ nguồn gốc tại ba cửa hàng ở quận Hai Bà Trưng.",
        "Chủ các cửa hàng không xuất trình được hóa đơn, chứng từ chứng minh nguồn gốc của hàng hóa.",
        closing, "In bài", "Chia sẻ", "Tin liên quan",
        "Tiêu hủy hơn một tấn hàng giả thu giữ trong quý III tại Hà Nội và các tỉnh lân cận.",
        "Địa chỉ: 12 Hàng Bài, Hoàn Kiếm, Hà Nội.",
    ])  # fmt: skip
    page = vnsum("Thu giữ hơn 2.000 sản phẩm mỹ phẩm không rõ nguồn gốc", "https://congthuong.example.vn/a.html",
                 content, source="Sở Công Thương")  # fmt: skip
    body = convert(page, "page.txt", year=2025).body
    assert closing in body
    assert "Tin liên quan" not in body and "In bài" not in body


def test_a_sentence_closing_on_the_sites_address_as_where_its_list_is_posted_stays() -> None:
    closing = "Toàn bộ danh sách trúng tuyển được công bố trên truonghoc.edu.vn."
    content = " ".join([
        "Trường Trang chủ Tin tức Tuyển sinh",
        "Nhà trường công bố danh sách 1.240 thí sinh trúng tuyển đợt 1 vào các ngành đào tạo hệ chính quy năm nay.",
        "Thí sinh xác nhận nhập học trực tuyến trước 17h ngày 30/8, quá hạn được xem như từ chối nhập học.",
        closing, "Phòng Đào tạo", "Bản quyền thuộc truonghoc.edu.vn",
    ])  # fmt: skip
    page = vnsum("Công bố danh sách trúng tuyển đợt 1", "https://truonghoc.edu.vn/tin/a.html", content,
                 source="Trường Đại học Mẫu")  # fmt: skip
    body = convert(page, "page.txt", year=2025).body
    assert closing in body
    assert "Bản quyền" not in body


def test_a_credit_glued_to_a_model_of_one_capital_ends_before_it() -> None:
    assert glued_words("Ảnh: XiaomiA Book5 dùng chip mới") == [len("Ảnh: Xiaomi")]
    assert glued_words("Galaxy Z Fold6 và Z Flip6 mới") == []
    content = " ".join([
        "Tin công nghệ Đánh giá",
        "Xiaomi vừa ra mắt máy tính bảng mới tại Bắc Kinh với màn hình lớn và giá dễ tiếp cận.Máy mặt trước và mặt sau. Ảnh: XiaomiA Book5 (mã X24) nặng 480 gam, màn hình 12 inch, pin 10.000 mAh.",
        "Giá bán dự kiến khoảng 9 triệu đồng.",
    ])  # fmt: skip
    page = vnsum(
        "Xiaomi ra mắt máy tính bảng", "https://cn.example.vn/a.html", content, source="Tin công nghệ"
    )
    body = convert(page, "page.txt", year=2025).body
    assert "A Book5 (mã X24) nặng 480 gam" in body
    assert "Ảnh: Xiaomi*" in body


def test_a_subheading_run_into_its_section_stays_where_the_story_runs_its_other_subheadings_so() -> None:
    from bantin.importer.furniture import LINKED_HEADLINE, Unit
    from bantin.importer.glued_teasers import glued_teaser_apart

    other = "Đăng ký trực tuyến Phụ huynh có thể đăng ký cho con qua cổng dịch vụ công của thành phố."
    pair = (
        "Ưu tiên trẻ khuyết tật, trẻ mồ côi Các trường dành chỉ tiêu riêng cho trẻ khuyết tật, trẻ mồ côi"
        " và con em gia đình chính sách, không phải xét theo tuyến."
    )
    after = "Bà Lê Thị Hoa, Hiệu trưởng một trường ở quận Đống Đa, cho biết năm nay trường nhận thêm 40 em."
    units = [Unit(0, text) for text in (other, pair, after)]
    assert [u.text for u in glued_teaser_apart(units)] == [other, pair, after]
    cut = glued_teaser_apart([Unit(0, pair), Unit(0, after)])  # alone, the pair reads as a teaser
    assert cut[0].reason == LINKED_HEADLINE
