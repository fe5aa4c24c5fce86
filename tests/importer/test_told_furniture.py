"""Words of site furniture the story tells (blind_digital): a login's and a password's words in a
how-to's or a warning's sentence, a licence withdrawn, a list announced `như sau:`, the app a sentence
says to download from its store, a quotation's last sentence, a notice's support line, a name holding
a footer's label (`Cục Bản quyền tác giả`, `Theo Văn phòng Chính phủ`), a lead the summary opens with
a furniture word in it; and the site's own furniture around them still going."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.field_starts import field_cuts
from bantin.importer.furniture import signals
from bantin.importer.quoted_units import closes_quote
from bantin.importer.reader_calls import announces_list, call_cuts
from bantin.importer.service_prompts import app_named
from bantin.importer.told_furniture import told_licence, told_login


def _vnsum(content: str, summary: str = "", title: str = "Hướng dẫn dịch vụ công trực tuyến") -> str:
    return (
        f"Title: {title}\nSource: Báo Mẫu\nLink: https://baomau.vn/a-123.html\n"
        f"Published Date: 2024-07-02T08:30:00+07:00\nAuthor: \nTags: None\nSummary: {summary}\n"
        f"Content: {content}\n"
    )


def _body(content: str, summary: str = "") -> str:
    return convert(_vnsum(content, summary).encode(), "page.txt", year=2024).body


def test_a_login_told_in_the_storys_sentence_is_the_storys() -> None:
    for text in (
        "Truy cập dichvucong.gov.vn, chọn Đăng nhập, rồi chọn Tài khoản định danh điện tử.",
        "Nhập số định danh cá nhân và mật khẩu, hoặc quét mã QR bằng ứng dụng VNeID.",
        "Đường link dẫn tới biểu mẫu giả, yêu cầu nhập mật khẩu và mã xác thực hai lớp.",
    ):
        assert told_login(text, signals(text)), text


def test_a_login_forms_or_walls_words_are_no_told_login() -> None:
    for text in (
        "Bạn cần đăng nhập để gửi bình luận và theo dõi các bài viết mới nhất.",
        "Vui lòng nhập tên đăng nhập, sau đó nhập mật khẩu mới để tiếp tục sử dụng.",
        "Đăng nhập bằng tài khoản Google, Facebook hoặc Apple để lưu các bài viết.",
        "Đăng nhập",
    ):
        assert not told_login(text, signals(text)), text


def test_a_licence_withdrawn_is_told_and_a_footers_licence_is_not() -> None:
    told = "Giấy phép số 183/GP-BTTTT cấp năm 2021 cho Công ty TNHH Truyền thông Minh Phát đã bị thu hồi từ ngày 5/8."
    footer = (
        "Giấy phép số 25/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 12/3/2020, cấp lại ngày 5/6/2023."
    )
    assert told_licence(told, signals(told))
    assert not told_licence(footer, signals(footer))
    body = _body(
        "Cục Phát thanh, truyền hình và thông tin điện tử vừa thu hồi giấy phép thiết lập mạng xã hội của 3 doanh "
        f"nghiệp. {told} Theo quy định, mạng xã hội không được đăng tin tự sản xuất, chỉ được cung cấp dịch vụ "
        "cho người dùng đăng tải và chia sẻ thông tin. Thông tin liên hệ Địa chỉ: 18 Nguyễn Du, Hà Nội "
        "Giấy phép số 25/GP-BC"
    )
    assert "183/GP-BTTTT" in body
    assert "25/GP-BC" not in body


def test_a_list_announced_as_follows_keeps_its_label_and_its_first_step() -> None:
    assert announces_list("Cách đăng nhập như sau:")
    assert not announces_list("Podcast")
    text = (
        "Tài khoản cũ không còn dùng được. Cách đăng nhập như sau: Tải ứng dụng VNeID trên App Store hoặc "
        "Google Play và kích hoạt tài khoản mức 2."
    )
    assert not call_cuts(text)
    podcast = "… trong tuần. Podcast: Thế giới tuần qua - Nghe các bản tin mới nhất Giá dầu tăng mạnh."
    assert call_cuts(podcast)  # a broadcaster's box still goes


def test_the_app_a_sentence_says_to_download_stays_with_its_words() -> None:
    assert app_named("Tải ứng dụng", "VNeID trên App Store hoặc Google Play và kích hoạt tài khoản mức 2.")
    assert not app_named("Tải ứng dụng", "Sáng 12/6, UBND tỉnh tổ chức hội nghị về chuyển đổi số.")
    assert not app_named("Copy link", "VNeID trên App Store hoặc Google Play.")
    body = _body(
        "Từ ngày 1/7/2024, người dân chỉ có thể đăng nhập Cổng dịch vụ công quốc gia bằng tài khoản định danh "
        "điện tử VNeID. Tài khoản cũ đăng ký bằng số điện thoại không còn dùng được. Cách đăng nhập như sau: "
        "Tải ứng dụng VNeID trên App Store hoặc Google Play và kích hoạt tài khoản mức 2. Truy cập "
        "dichvucong.gov.vn, chọn Đăng nhập, rồi chọn Tài khoản định danh điện tử. Nhập số định danh cá nhân và "
        "mật khẩu, hoặc quét mã QR bằng ứng dụng VNeID. Theo Văn phòng Chính phủ, đã có hơn 50 triệu tài khoản "
        "được kích hoạt. Ngọc Ánh Chia sẻ Bình luận Tổng biên tập: Nguyễn Văn Minh"
    )
    for line in (
        "Cách đăng nhập như sau:",
        "Tải ứng dụng VNeID trên App Store",
        "chọn Đăng nhập, rồi chọn",
        "Nhập số định danh cá nhân và mật khẩu",
        "Theo Văn phòng Chính phủ",
    ):
        assert line in body, line
    assert "Tổng biên tập" not in body and "Chia sẻ Bình luận" not in body


def test_a_name_holding_a_footers_label_is_not_cut() -> None:
    text = "Xem thêm: Hà Nội thí điểm cấp phiếu lý lịch tư pháp qua VNeID Theo Văn phòng Chính phủ, đến nay …"
    assert text.index("Văn phòng") not in field_cuts(text)
    named = "Trang chủ Cục Bản quyền tác giả phối hợp các đơn vị chặn hơn 1.000 trang web."
    assert named.index("Bản quyền") not in field_cuts(named)
    footer = "… Hà Nội Điện thoại: 024 3825 4231 Giấy phép số 12/GP-BTTTT"
    assert footer.index("Giấy phép") in field_cuts(footer)  # a footer's fields are still cut apart


def test_a_lead_with_a_furniture_word_ends_the_pages_header() -> None:
    lead = (
        "Cục Bản quyền tác giả phối hợp các đơn vị chặn hơn 1.000 trang web phát lậu các chương trình truyền "
        "hình và giải bóng đá Ngoại hạng Anh."
    )
    second = (
        "Bản quyền phát sóng Ngoại hạng Anh tại Việt Nam giai đoạn 2022-2025 thuộc về K+ và các đơn vị khác."
    )
    body = _body(
        f"Cục Bản quyền tác giả Giới thiệu Tin tức - Sự kiện Văn bản pháp luật Thủ tục hành chính {lead} {second} "
        "Các trang lậu thường đổi tên miền liên tục và kiếm tiền từ quảng cáo cá cược.",
        summary="Cục Bản quyền tác giả phối hợp các đơn vị chặn hơn 1.000 trang web phát lậu.",
    )
    assert second in body
    assert body.startswith("Cục Bản quyền tác giả phối hợp")


def test_a_quotations_last_sentence_is_the_storys() -> None:
    before = 'Nội dung tin nhắn thường có dạng: "Tài khoản của quý khách sẽ bị khóa sau 24 giờ.'
    last = 'Vui lòng đăng nhập tại đường link sau để xác thực."'
    assert closes_quote(before, last)
    assert not closes_quote("Ngân hàng khuyến cáo khách hàng.", last)  # no quotation left open
    assert not closes_quote(before, "Vui lòng đăng nhập để bình luận.")
    body = _body(
        "Cục An toàn thông tin khuyến cáo người dân cảnh giác với tin nhắn mạo danh ngân hàng yêu cầu bấm vào "
        f"đường link để nâng cấp tài khoản. {before} {last} Đường link dẫn tới trang web giả mạo giao diện ngân "
        "hàng, yêu cầu nhập tên đăng nhập, mật khẩu và mã OTP. Ngay khi nạn nhân nhập mã OTP, kẻ gian chuyển hết "
        "tiền trong tài khoản sang tài khoản khác."
    )
    assert "Vui lòng đăng nhập tại đường link sau để xác thực" in body


def test_a_notices_support_line_for_its_people_is_the_storys() -> None:
    line = "Mọi vướng mắc khi cài đặt, người dân gọi tổng đài hỗ trợ 0233 3.501.501 trong giờ hành chính."
    body = _body(
        "Ứng dụng Quảng Trị S cho phép người dân gửi phản ánh, tra cứu hồ sơ thủ tục hành chính và thanh toán "
        "học phí trên điện thoại. Sau 3 tháng thử nghiệm, ứng dụng có 42.000 lượt tải và tiếp nhận hơn 1.800 "
        f"phản ánh. {line} Tin đã đưa Hội nghị chuyển đổi số tỉnh năm 2024"
    )
    assert "người dân gọi tổng đài hỗ trợ" in body
    reader = _body(
        "Ứng dụng Quảng Trị S cho phép người dân gửi phản ánh, tra cứu hồ sơ thủ tục hành chính và thanh toán "
        "học phí trên điện thoại. Sau 3 tháng thử nghiệm, ứng dụng có 42.000 lượt tải và tiếp nhận hơn 1.800 "
        "phản ánh. Mọi vướng mắc xin quý khách vui lòng liên hệ hotline 1900 1234."
    )
    assert "1900 1234" not in reader  # the site's own line to its reader still goes


def test_a_how_tos_step_opening_with_the_login_between_its_sentences_stays() -> None:
    page = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cách tích hợp giấy phép lái xe vào '
        "VNeID</title></head><body><nav><a href='/'>Trang chủ</a> <a href='/dn'>Đăng nhập</a></nav><main>"
        "<article><h1>Cách tích hợp giấy phép lái xe vào VNeID</h1><p>Người dân có thể tích hợp giấy phép lái xe "
        "vào ứng dụng VNeID để xuất trình khi cảnh sát giao thông kiểm tra, thay cho bản giấy.</p><ol>"
        "<li>Đăng nhập ứng dụng VNeID bằng tài khoản định danh mức 2.</li><li>Chọn Thủ tục hành chính, rồi "
        "Tích hợp thông tin lên VNeID.</li><li>Chọn Giấy phép lái xe, nhập số giấy phép và mã OTP gửi về điện "
        "thoại.</li></ol><p>Thông tin giấy phép được cập nhật sau khoảng 7 ngày làm việc, khi hiện dấu tích xanh "
        "là có giá trị như bản giấy.</p></article></main></body></html>"
    )
    body = convert(page.encode(), "page.html", year=2024).body
    assert "Đăng nhập ứng dụng VNeID bằng tài khoản định danh mức 2." in body
