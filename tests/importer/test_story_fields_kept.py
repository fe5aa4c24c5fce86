"""Story lines that look like a site's: a press story's own fields between its sentences (`press_fields`),
the office's labelled number closing a service notice, whatever number the header prints (`closing_calls`),
a results story opening with its scores (`match_results.score_line`, no menu for `bounds`), a how-to's
steps with an app's words under its header (`listed_steps`), a quoted post's counters (`quoted_counters`),
the story's closing appeal naming its headline's subject (`topic_appeals`).
The site's footer, banner, prompts, counters and menus around them still go."""

from __future__ import annotations

from bantin.importer.closing_calls import closing_calls
from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.listed_steps import listed_steps
from bantin.importer.match_results import score_line
from bantin.importer.press_fields import press_fields
from bantin.importer.quoted_counters import quoted_counters
from bantin.importer.topic_appeals import topic_appeal

from .scrapes import vnsum

PRESS = [
    "Bộ Văn hóa đình chỉ hoạt động của một tạp chí in vì đăng bài sai tôn chỉ, mục đích được cấp phép.",
    "Tạp chí Đời sống Nông thôn Mới",
    "Cơ quan chủ quản: Hội Nông dân tỉnh Mẫu",
    "Tổng biên tập: bà Trần Thị Hòa",
    "Theo kết luận thanh tra, tạp chí đăng nhiều bài điều tra về đất đai tại các địa phương trong tỉnh.",
    "Tạp chí phải nộp lại giấy phép và thu hồi thẻ của các phóng viên trong 30 ngày.",
    "Minh Hà",
]
FOOTER_THEN_TEASERS = [
    "Bộ Văn hóa đình chỉ hoạt động của một tạp chí in vì đăng bài sai tôn chỉ, mục đích được cấp phép.",
    "Cơ quan chủ quản: Hội Nông dân tỉnh Mẫu",
    "Tổng biên tập: Trần Thị Hòa",
    "Tạp chí ra số đặc biệt chào mừng ngày Báo chí cách mạng Việt Nam.",
    "Tỉnh Mẫu trao giải báo chí về xây dựng Đảng năm 2025.",
]


def _kinds(texts: list[str], kinds: str) -> list[tuple[str, str]]:
    names = {"p": "prose", "s": "short", "c": "chrome", "b": "byline"}
    return [(names[k], "") for k in kinds]


def test_a_press_storys_fields_between_its_sentences_stay() -> None:
    kinds = _kinds(PRESS, "psccppb")
    assert [kind for kind, _ in press_fields(kinds, PRESS)] == ["prose", "short"] + ["prose"] * 4 + ["byline"]


def test_the_page_keeps_the_press_storys_fields_and_drops_its_footer() -> None:
    footer = "Tạp chí Mẫu. Cơ quan chủ quản: Hội Mẫu. Giấy phép số 12/GP-BVHTTDL. Tổng biên tập: Lê Văn An."
    content = " ".join(["Tạp chí Mẫu Trang chủ Tin tức Văn bản", *PRESS, "Chia sẻ", "Tin khác", footer])
    raw = vnsum("Đình chỉ hoạt động tạp chí Đời sống Nông thôn Mới", "https://tapchimau.vn/a-1.html", content)
    body = convert(raw, "trang.txt", year=2025, sources={}).body
    assert all(line in body for line in PRESS[:6])
    assert "Lê Văn An" not in body and "12/GP" not in body


def test_a_footer_over_teasers_goes() -> None:
    kinds = _kinds(FOOTER_THEN_TEASERS, "pccpp")  # no byline closes what follows the fields
    assert press_fields(kinds, FOOTER_THEN_TEASERS) == kinds
    other = [FOOTER_THEN_TEASERS[0], "Bản quyền © 2025 Tạp chí Mẫu", *PRESS[4:]]  # a site's own line
    assert press_fields(_kinds(other, "pcppb"), other)[1][0] == "chrome"
    filed = [FOOTER_THEN_TEASERS[0], "Tài liệu đính kèm: Quyết định đình chỉ (Tải về)", *PRESS[4:]]  # a file
    assert press_fields(_kinds(filed, "pcppb"), filed)[1][0] == "chrome"


HEAD = "Công ty Cấp nước Mẫu Giới thiệu Tin tức Thông báo Khách hàng Hotline: 1900 1234 56"
NOTICE = [
    "Để thay van trên tuyến ống chính đường Trần Phú, công ty tạm ngừng cấp nước từ 22h đến 5h sáng mai.",
    "Các hộ dân trong khu vực nên dự trữ nước trước thời gian ngừng cấp.",
]
CLOSING = "Khách hàng cần hỗ trợ liên hệ phòng dịch vụ khách hàng: Tổng đài: 1900 1234 56 (24/7)"


def test_the_offices_number_closing_a_notice_stays_a_banner_goes() -> None:
    texts = [HEAD, *NOTICE, CLOSING, "Email: dichvu@capnuocmau.vn", "Thông báo khác"]
    kinds = [("chrome", ""), ("prose", ""), ("prose", ""), ("chrome", ""), ("chrome", ""), ("chrome", "")]
    assert [kind for kind, _ in closing_calls(kinds, texts)][3:] == ["prose", "prose", "chrome"]
    banner = [HEAD, *NOTICE, "Gọi ngay tổng đài chăm sóc: 1900 1234 56", NOTICE[1]]
    assert closing_calls(kinds[:5], banner) == kinds[:5]  # a call to act, the story going on after it


def test_the_page_keeps_the_notices_closing_number() -> None:
    content = " ".join([HEAD, *NOTICE, CLOSING, "Email: dichvu@capnuocmau.vn", "Thông báo khác",
                        "Lịch ghi chỉ số đồng hồ tháng 12", "Công ty Cấp nước Mẫu. Tổng đài: 1900 1234 56",
                        "Bản quyền © 2025"])  # fmt: skip
    raw = vnsum("Tạm ngừng cấp nước đường Trần Phú", "https://capnuocmau.vn/tb-1.html", content)
    body = convert(raw, "trang.txt", year=2025, sources={}).body
    assert "phòng dịch vụ khách hàng" in body and "dichvu@capnuocmau.vn" in body
    assert "Bản quyền" not in body and "Lịch ghi chỉ số" not in body


def test_scores_between_two_sides_read_as_no_menu() -> None:
    assert score_line("Hà Nội FC 2-1 Hải Phòng") and score_line("Arsenal 0-1 West Ham")
    assert not score_line("Thời sự Kinh tế Thể thao") and not score_line("Kết quả: A 1-0 B")
    raw = "\n".join([
        "Kết quả vòng 9 giải hạng Nhất", "", "Bình Phước 1-0 Long An", "Huế 2-2 Đồng Nai",
        "1. Bình Phước: 20 điểm", "2. Huế: 17 điểm",
        "Cuộc đua lên hạng vẫn còn rất sôi động khi giải còn tới chín vòng đấu nữa.", "Quốc Anh",
        "", "", "", "Bình Phước lên đầu bảng sau khi thắng Long An 1-0.",
    ]).encode()  # fmt: skip
    body = convert(raw, "trang.txt", year=2025, sources={}).body
    assert "Huế 2-2 Đồng Nai" in body and "Huế: 17 điểm" in body


STEPS = [
    "Khách hàng có thể nộp học phí cho con qua ứng dụng của nhà trường từ học kỳ này, không cần đến trường.",
    "Các bước nộp học phí:",
    'Tải ứng dụng "Trường Mẫu" trên App Store hoặc Google Play.',
    "Đăng ký tài khoản bằng số điện thoại của phụ huynh.",
    'Chọn "Học phí", bấm "Thanh toán".',
]


def test_a_how_tos_steps_under_its_header_stay() -> None:
    kinds = [("prose", ""), ("short", ""), ("chrome", ""), ("chrome", ""), ("short", "")]
    assert [kind for kind, _ in listed_steps(kinds, STEPS)] == ["prose", "short", "short", "short", "short"]
    prompt = [STEPS[0], "Tải ứng dụng Báo Mẫu để đọc tin nhanh hơn.", *STEPS[1:]]  # the site's, no header
    kinds = [("prose", ""), ("chrome", ""), ("short", ""), ("chrome", ""), ("chrome", ""), ("short", "")]
    assert listed_steps(kinds, prompt)[1][0] == "chrome"


def test_a_quoted_posts_counters_stay_a_pages_go() -> None:
    texts = [
        'Chiều 12/9, chị Lan cập nhật trên trang cá nhân: "Con tôi đã về nhà an toàn rồi, cảm ơn mọi người."',
        "12K lượt thích · 3,4K bình luận · 900 lượt chia sẻ",
        "Cháu bé được người dân tìm thấy ở xã bên sau một đêm đi lạc trong rừng.",
    ]
    kinds = [("prose", ""), ("chrome", ""), ("prose", "")]
    assert quoted_counters(kinds, texts)[1][0] == "prose"
    page = [texts[2], texts[1], texts[2]]  # no quote closes before them: the page's counters
    assert quoted_counters(kinds, page)[1][0] == "chrome"


def test_the_storys_closing_appeal_naming_its_subject_stays_a_footers_goes() -> None:
    headline = "Báo Mẫu ra mắt ứng dụng đọc báo mới"
    story = Unit(0, "Từ hôm nay, bạn đọc có thể tải ứng dụng đọc báo mới của Báo Mẫu trên điện thoại.", True)
    appeal = "Mọi góp ý về ứng dụng đọc báo mới xin gửi về hộp thư toasoan@baomau.vn."
    units = [story, Unit(1, appeal, False, "the site's own address")]
    assert topic_appeal(units, headline)[1].keep
    footer = "Mọi ý kiến đóng góp xin gửi về hộp thư toasoan@baomau.vn."  # names nothing of the story
    assert not topic_appeal([story, Unit(1, footer, False, "")], headline)[1].keep
    asks = "Mọi thắc mắc về ứng dụng đọc báo mới, bạn đọc vui lòng liên hệ tổng đài 1900 1234."  # the site's
    assert not topic_appeal([story, Unit(1, asks, False, "")], headline)[1].keep
