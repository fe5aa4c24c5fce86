"""A how-to's step that opens an app or signs in and quotes the button it chooses (`Mở ứng dụng, đăng
nhập rồi chọn "Xem thêm" …`) is the story's (`app_steps`); a site's prompt to open its app or sign in
stays chrome."""

from __future__ import annotations

from bantin.importer.app_steps import quoted_step
from bantin.importer.convert import convert
from bantin.importer.furniture import signals

_STEP = 'Mở ứng dụng, đăng nhập rồi chọn "Xem thêm" ở góc dưới màn hình.'


def _page(step: str) -> bytes:
    content = (
        "Ngân hàng Mẫu Cá nhân Doanh nghiệp Tin tức Đăng nhập "
        "Khách hàng có thể mở sổ tiết kiệm trực tuyến trên ứng dụng của ngân hàng với lãi suất cao hơn tại quầy. "
        f'{step} Bấm vào mục "Tiết kiệm trực tuyến", chọn "Mở tiết kiệm". '
        'Chọn kỳ hạn, nhập số tiền gửi tối thiểu 1 triệu đồng. Bấm "Xác nhận" và nhập mã OTP. '
        "Ngọc Lan Tin liên quan Ngân hàng Mẫu giảm lãi suất cho vay © 2025 Ngân hàng Mẫu"
    )
    return (
        "Title: Gửi tiết kiệm trực tuyến chỉ với vài thao tác\nSource: Ngân hàng Mẫu\n"
        "Link: https://nganhangmau.vn/tin-tuc/gui-tiet-kiem-truc-tuyen\nPublished Date: 2025-03-14T09:45:00+07:00\n"
        f"Author: \nTags: None\nSummary: \nContent: {content}\n"
    ).encode()


def test_a_step_quoting_the_apps_button_stays() -> None:
    body = convert(_page(_STEP), "page.txt", year=2025).body
    assert "góc dưới màn hình" in body and "Tiết kiệm trực tuyến" in body and "mã OTP" in body


def test_the_step_holds_no_furniture_word_the_prompt_does() -> None:
    assert quoted_step(_STEP) and signals(_STEP).strong is None
    assert not quoted_step("Mở ứng dụng để đọc tiếp") and signals("Mở ứng dụng để đọc tiếp").strong
    assert signals('Đăng nhập để bình luận, chọn "Gửi"').strong  # no stop: a form's, not a step
