"""Story lines the importer lost on unseen pages (chrome305): a how-to's warning naming the passwords
it erases, a quoted subhead run into the sentence quoting it, the story's sentence run on after a
list's header, a results table's header after a row's last team, the story's last sentence after a
lone box of data; and the site's chrome around them still going."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.furniture import Unit, signals
from bantin.importer.glued_teasers import glued_teaser_apart
from bantin.importer.story_resumed import resumed_cuts
from bantin.importer.told_furniture import told_login


def _vnsum(content: str, title: str, summary: str = "") -> bytes:
    return (
        f"Title: {title}\nSource: Báo Mẫu\nLink: https://baomau.vn/a-123.html\n"
        f"Published Date: 2025-03-10T08:30:00+07:00\nAuthor: \nTags: None\nSummary: {summary}\n"
        f"Content: {content}\n"
    ).encode()


def _body(content: str, title: str, summary: str = "") -> str:
    return convert(_vnsum(content, title, summary), "page.txt", year=2025).body


def test_a_password_amid_a_clause_with_no_comma_is_told() -> None:
    told = "Lưu ý thao tác này sẽ xóa toàn bộ mật khẩu đã lưu và các cấu hình mạng riêng trên máy."
    assert told_login(told, signals(told))
    prompt = "Nhập địa chỉ email đã đăng ký tài khoản để nhận liên kết đặt lại mật khẩu."
    assert not told_login(prompt, signals(prompt))  # a form's prompt ends on the word


def test_a_quoted_subhead_run_into_the_sentence_quoting_it_stays() -> None:
    text = (
        "“Mùa lễ hội an toàn, văn minh” Ông Trần Văn Bình, Giám đốc Sở Du lịch Huế, cho biết: “Năm nay là "
        "mùa lễ hội an toàn, văn minh nhất, không có sự cố nào”."
    )
    units = glued_teaser_apart([Unit(0, text)])
    assert [u.text for u in units] == [text] and units[0].reason == "article text"


def test_the_storys_sentence_after_a_lists_header_stays_and_the_header_goes() -> None:
    text = "Bài viết cùng tác giả Trước đó, tháng 5/2024, hai đơn vị đã tổ chức diễn tập ứng phó cháy rừng."
    assert resumed_cuts(text) == {len("Bài viết cùng tác giả ")}
    assert not resumed_cuts("Bài viết cùng tác giả Giá xăng tăng lần thứ ba liên tiếp")
    body = _body(
        "Trang chủ Thời sự Quốc phòng Ngày 3/3, tại Hà Nội, hai đơn vị ký kết chương trình phối hợp huấn "
        "luyện phòng cháy chữa cháy rừng năm 2025. Theo kế hoạch, các lớp huấn luyện sẽ mở tại 5 tỉnh miền "
        f"núi phía Bắc. {text} Minh Đức Tin liên quan Hai đơn vị trao đổi kinh nghiệm phòng cháy",
        "Hai đơn vị ký kết phối hợp huấn luyện phòng cháy chữa cháy rừng",
    )
    assert "Trước đó, tháng 5/2024" in body
    assert "Bài viết cùng tác giả" not in body


def test_a_tables_header_after_a_rows_last_team_stays() -> None:
    body = _body(
        "Bóng đá Số Tin tức Lịch thi đấu Bảng xếp hạng Thắng Hải Phòng 2-0, Bình Định lên thứ ba sau vòng 12. "
        "Kết quả vòng 12: Bình Định 2-0 Hải Phòng Khánh Hòa 1-1 Hà Tĩnh Đà Nẵng 0-1 Quảng Nam "
        "Bảng xếp hạng sau vòng 12 (số trận, điểm): 1. Nam Định: 12 trận, 27 điểm 2. Hà Nội: 12 trận, 24 "
        "điểm 3. Bình Định: 12 trận, 22 điểm Vòng 13 diễn ra cuối tuần này với trận cầu tâm điểm trên sân "
        "Quy Nhơn. Quốc Việt Lịch thi đấu V.League Bảng xếp hạng V.League",
        "Kết quả vòng 12 V.League - Bình Định lên thứ ba",
    )
    assert "Bảng xếp hạng sau vòng 12 (số trận, điểm):" in body
    assert "Bảng xếp hạng V.League" not in body


def test_the_storys_last_sentence_after_a_lone_counter_stays() -> None:
    body = _body(
        "Trang chủ Giới thiệu Tin tức Ngày 15/10, Trung tâm Chính trị huyện tổ chức bế giảng lớp bồi dưỡng "
        "kết nạp đảng cho 48 học viên. Trong 10 ngày, học viên được học 6 chuyên đề về lý luận chính trị. "
        "Kết quả: 20 học viên đạt loại giỏi, 28 học viên đạt loại khá. Số lượt truy cập: 2.345.678 | Đang "
        "trực tuyến: 52 Thay mặt học viên, đồng chí Lò Văn Sơn phát biểu: “Chúng tôi sẽ mang những điều đã học "
        "về xây dựng cơ sở”. Phòng Đào tạo Tin đã đưa Trung tâm mở lớp bồi dưỡng đối "
        "tượng đảng Bản quyền thuộc Trung tâm Chính trị huyện. Địa chỉ: Số 8 đường 19/5, thị trấn Mường Chà, "
        "tỉnh Điện Biên Điện thoại: 0215 3845 123 Email: ttct@dienbien.gov.vn",
        "Bế giảng lớp bồi dưỡng kết nạp đảng",
    )
    assert "Thay mặt học viên, đồng chí Lò Văn Sơn phát biểu" in body
    assert "Số lượt truy cập" not in body
    assert "Bản quyền" not in body


def test_an_offices_own_address_under_its_name_then_its_signature_stays() -> None:
    body = _body(
        "Trang chủ Tuyển sinh Trường Đại học Mẫu công bố kết quả xét tuyển sớm đợt 1 năm 2025 với 1.200 thí "
        "sinh trúng tuyển. Thí sinh trúng tuyển phải xác nhận nhập học trên Hệ thống của Bộ GD&ĐT trước ngày "
        "28/7/2025. Phòng Đào tạo: 12 Lê Lợi, phường 2, quận Gò Vấp, TP.HCM. Điện thoại: 028 3894 1234. "
        "Phòng Đào tạo Tin tuyển sinh Đề án tuyển sinh năm 2025 Lượt xem 1.234 Cơ sở 2: 5 Trần Não, Thủ Đức",
        "Trường Đại học Mẫu công bố kết quả xét tuyển sớm",
    )
    assert "Phòng Đào tạo: 12 Lê Lợi" in body and "028 3894 1234" in body
    assert "Trần Não" not in body
