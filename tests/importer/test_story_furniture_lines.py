"""Story lines that look like a site's chrome and stay (blind_keep3): a scam warning's official
channels with their website (`Website: cskh.evnspc.vn`) between its sentences, a how-to's numbered step
naming a login (`1. Mở ứng dụng VNeID, đăng nhập tài khoản mức độ 2.`), a forecast's row split at its
value (`Biên Hòa:` | `36°C`), a lead opening with a brand's small letter (`iPhone báo sai …`) cut off
the menu glued before it; and the site's chrome around them still going."""

from __future__ import annotations

from bantin.importer.anchors import cut_at_anchors
from bantin.importer.boilerplate import is_chrome
from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.story_contacts import contact_field
from bantin.importer.weather_widgets import WEATHER_WIDGET, weather_widgets


def _vnsum(content: str, summary: str = "", title: str = "Cảnh giác tin nhắn giả mạo") -> str:
    return (
        f"Title: {title}\nSource: Báo Mẫu\nLink: https://baomau.vn/a-123.html\n"
        f"Published Date: 2024-10-08T08:30:00+07:00\nAuthor: \nTags: None\nSummary: {summary}\n"
        f"Content: {content}\n"
    )


def _body(content: str, summary: str = "", title: str = "Cảnh giác tin nhắn giả mạo") -> str:
    return convert(_vnsum(content, summary, title).encode(), "page.txt", year=2024).body


def test_a_website_field_is_a_contacts_field() -> None:
    assert contact_field("Website: cskh.evnspc.vn")
    assert not contact_field("Giấy phép số 59/GP-BTTTT. Website: baomau.vn")  # a footer's


def test_a_warnings_official_channels_stay_between_its_sentences() -> None:
    body = _body(
        "Nhiều người dân nhận tin nhắn giả danh nhân viên điện lực yêu cầu thanh toán tiền điện kèm đường "
        "link lạ. Công ty Điện lực khẳng định không gửi tin nhắn kèm đường link và không yêu cầu khách hàng "
        "cài ứng dụng ngoài kho chính thức. Các kênh chăm sóc khách hàng chính thức: Tổng đài: 1900 1006 - "
        "1900 9000 Website: cskh.evnspc.vn Người nhận tin nhắn nghi vấn có thể báo công an nơi gần nhất "
        "hoặc gọi số 113. Minh Hải Từ khóa lừa đảo Tin khác Báo Mẫu. Tổng Biên tập: Đỗ Văn Hùng. "
        "Giấy phép số 59/GP-BTTTT."
    )
    assert "Website: cskh.evnspc.vn" in body
    assert "Tổng đài: 1900 1006 - 1900 9000" in body
    assert "Tổng Biên tập" not in body


def test_a_numbered_step_naming_a_login_is_no_chrome_line() -> None:
    assert not is_chrome("1. Mở ứng dụng VNeID, đăng nhập tài khoản mức độ 2.")
    assert is_chrome("Đăng nhập tài khoản để bình luận")  # a wall's prompt
    assert is_chrome("1. Đăng nhập tài khoản")  # a form's numbered label, no sentence


def test_a_figure_its_label_introduces_is_no_weather_widget() -> None:
    texts = ["Nhiệt độ cao nhất dự báo ngày 18/3: TP.HCM: 35-36°C Biên Hòa:", "36°C", "Hà Nội 31°C Nắng"]
    kinds = [("short", "x"), ("short", "x"), ("short", "x")]
    out = weather_widgets(kinds, texts)
    assert out[1] == ("short", "x")
    assert out[2] == ("chrome", WEATHER_WIDGET)  # a widget after a unit with no colon still goes


def test_a_lead_opening_with_a_brands_small_letter_is_cut_off_the_menu() -> None:
    summary = "iPhone báo sai mật khẩu, không vào được mạng dù đã kết nối Wi-Fi là lỗi thường gặp."
    units = [Unit(0, "Điện máy XANH Kinh nghiệm hay Điện thoại Mẹo vặt Tổng đài: 1900 232 461 " + summary)]
    out = cut_at_anchors(units, ("7 cách khắc phục iPhone không kết nối được Wi-Fi", summary))
    assert [unit.text for unit in out] == [
        "Điện máy XANH Kinh nghiệm hay Điện thoại Mẹo vặt Tổng đài: 1900 232 461",
        summary,
    ]


def test_a_page_with_no_units_has_no_widget() -> None:
    assert weather_widgets([], []) == []
