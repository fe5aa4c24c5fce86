"""A story whose own lines are the fields sites print in their frame (blind_keep4): a tax office's
hotlines and e-mails listed under each office's name, numbered companies with their addresses, the
contacts under the story's `Mọi thắc mắc liên hệ:`, a step sending readers to the portal by its name, a
lawyer quoting `"Bản quyền thuộc về tác giả"`, a copyright line and a page's menus announced by the
story's colon; and the office signing a notice before the site's other stories, which end it there."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.numbered_items import glued_items


def _body(*lines: str, title: str = "Thông báo của cơ quan", tail: str = "") -> str:
    content = " ".join((*lines, tail)).strip()
    page = (
        f"Title: {title}\nSource: Cổng thông tin\nLink: https://example.gov.vn/tin/1\n"
        "Published Date: 2025-06-02T15:20:00+07:00\nAuthor: \nTags: None\nSummary: \n"
        f"Content: {content}\n"
    )
    return " ".join(convert(page.encode(), "page.txt", year=2025).body.split())


_FOOTER = (
    "Tin khác Hướng dẫn hoàn thuế qua ứng dụng Cổng thông tin điện tử Cục Thuế. "
    "Địa chỉ: 123 Lò Đúc, Hai Bà Trưng, Hà Nội. Điện thoại: 024 3768 9679. Email: webmaster@gdt.gov.vn"
)


def test_a_step_sending_readers_to_the_portal_by_its_name_stays_whole() -> None:
    step = "Bước 1: Tải phiếu đăng ký tại mục Thông báo trên Cổng thông tin điện tử Cục Thuế."
    body = _body(
        "Cục Thuế tuyển 150 công chức năm 2025, hạn nộp phiếu đăng ký đến hết ngày 2/7/2025.",
        step,
        "Bước 2: Điền đầy đủ thông tin và gửi phiếu qua bưu điện trước thời hạn.",
        "Thu Hà",
        tail=_FOOTER,
    )
    assert step in body


def test_hotlines_and_emails_listed_under_each_offices_name_stay() -> None:
    offices = [
        "Chi cục Thuế khu vực I (Hà Nội):", "Đường dây nóng: 024 3773 6888", "Email: hotro.kv1@gdt.gov.vn",
        "Chi cục Thuế khu vực II (TP.HCM):", "Đường dây nóng: 028 3829 7123", "Email: hotro.kv2@gdt.gov.vn",
        "Chi cục Thuế khu vực XVII (Đà Nẵng):", "Đường dây nóng: 0236 3822 456",
        "Email: hotro.kv17@gdt.gov.vn",
    ]  # fmt: skip
    body = _body(
        "Cục Thuế công bố số điện thoại và thư điện tử hỗ trợ người nộp thuế quyết toán thuế năm 2024.",
        "Thời hạn quyết toán đối với cá nhân trực tiếp quyết toán là ngày 5/5/2025.",
        *offices,
        "Người nộp thuế cũng có thể gửi câu hỏi qua ứng dụng eTax Mobile của ngành thuế.",
        "Thu Hà",
        tail=_FOOTER,
    )
    assert all(line in body for line in offices), body


def test_numbered_companies_with_their_addresses_stay() -> None:
    entries = [
        "1. Công ty TNHH Thương mại Quốc tế Hoàng Gia", "Địa chỉ: số 45 Nguyễn Trãi, Thanh Xuân, Hà Nội",
        "Giấy chứng nhận số: 012/QLCT-GCN", "2. Công ty cổ phần Sức Sống Xanh",
        "Địa chỉ: 212 Cộng Hòa, Tân Bình, TP.HCM", "Giấy chứng nhận số: 034/QLCT-GCN",
        "3. Công ty TNHH Đầu tư Phúc An Khang", "Địa chỉ: 18 Lê Lợi, Hải Châu, Đà Nẵng",
    ]  # fmt: skip
    body = _body(
        "Cục Cạnh tranh thu hồi giấy chứng nhận đăng ký hoạt động bán hàng đa cấp của ba doanh nghiệp.",
        *entries,
        "Giấy chứng nhận số: 041/QLCT-GCN",
        "Người tham gia cần liên hệ doanh nghiệp để yêu cầu mua lại hàng hóa theo quy định.",
        tail="Chia sẻ Tin liên quan Danh sách doanh nghiệp bán hàng đa cấp. Địa chỉ: 25 Ngô Quyền, Hà Nội.",
    )
    assert all(line in body for line in entries), body


def test_an_acronym_ending_a_code_is_no_item_of_a_list() -> None:
    text = "Số: 012/QLCT-GCN 2. Công ty Sức Sống Xanh Số: 034/QLCT-GCN 3. Công ty Phúc An"
    assert glued_items(text) == []


def test_the_contacts_under_the_storys_line_announcing_them_stay() -> None:
    body = _body(
        "Kiểm toán Nhà nước tuyển 150 chỉ tiêu công chức vào ngạch kiểm toán viên năm 2025.",
        "Bước 3: Gửi phiếu qua bưu điện hoặc nộp trực tiếp tại Vụ Tổ chức cán bộ, số 111 Trần Duy Hưng, Hà Nội.",
        "Mọi thắc mắc liên hệ:",
        "Điện thoại: 024 6282 2188 (giờ hành chính)",
        "Email: tuyendung@sav.gov.vn",
        tail="Từ khóa tuyển dụng Tin cùng chuyên mục Kiểm toán Nhà nước công bố kết quả kiểm toán năm 2024",
    )
    assert "Điện thoại: 024 6282 2188 (giờ hành chính) Email: tuyendung@sav.gov.vn" in body, body


def test_a_lawyers_sentence_quoting_a_copyright_line_stays_whole() -> None:
    advice = (
        'Luật sư Phạm Thu Trang khuyên các tác giả nên ghi rõ "Bản quyền thuộc về tác giả" và lưu giữ '
        "file gốc có dữ liệu EXIF để làm chứng cứ."
    )
    body = _body(
        "Một nhiếp ảnh gia ở Đà Lạt khởi kiện công ty du lịch đã dùng ảnh của anh làm quảng cáo.",
        "Theo Luật Sở hữu trí tuệ, hành vi xóa thông tin quản lý quyền tác giả là hành vi xâm phạm.",
        advice,
        "Khánh Linh",
        tail="Tags bản quyền nhiếp ảnh © Bản quyền thuộc về Tạp chí Nhiếp ảnh.",
    )
    assert advice in body, body


def test_lines_the_storys_colon_announces_stay_between_its_lines() -> None:
    body = _body(
        "Website và ứng dụng của đài bị tấn công từ chối dịch vụ sáng 2/10, khán giả không xem được.",
        "Bức ảnh khi đăng trên trang cá nhân của anh Lê Quốc Bảo có dòng chữ ở góc dưới:",
        "© Lê Quốc Bảo 2023.",
        "All rights reserved.",
        "Trên tờ rơi của công ty du lịch, dòng chữ này đã bị xóa đi.",
        "Từ 7h đến 13h, khi khán giả bấm vào các mục:",
        "Xem truyền hình",
        "Lịch phát sóng",
        "Phim truyện",
        'trang chỉ hiện thông báo "503 Service Unavailable".',
        "Đến 13h cùng ngày, kỹ thuật viên đã khôi phục toàn bộ dịch vụ cho khán giả.",
        "Hoàng Nam",
        tail="Tin liên quan Đài ra mắt ứng dụng xem truyền hình mới Copyright © 2025 THVL",
    )
    assert "© Lê Quốc Bảo 2023. All rights reserved." in body, body
    assert "Xem truyền hình Lịch phát sóng Phim truyện" in body, body


def test_an_office_signing_the_notice_before_other_stories_ends_it() -> None:
    body = _body(
        "Tuyến metro Nhổn - ga Hà Nội chạy từ 5h30 đến 22h mỗi ngày, giá vé lượt từ 8.000 đồng.",
        "Hành khách có thể mua vé tại quầy, máy bán vé tự động ở các nhà ga hoặc bằng thẻ ngân hàng.",
        "Ban Truyền thông",
        tail="Tin mới Metro Nhổn - ga Hà Nội đón 1 triệu lượt khách sau ba tháng Hướng dẫn đi tàu "
        "Công ty TNHH MTV Đường sắt Hà Nội. Địa chỉ: số 8 Lê Duẩn, Hoàn Kiếm, Hà Nội. Hotline: 1900 0308",
    )
    assert "đón 1 triệu lượt khách" not in body, body
