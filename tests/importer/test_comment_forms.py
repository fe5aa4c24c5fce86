"""A comment form glued after the story (`Bình luận Tối đa: 1500 ký tự Hiện chưa có bình luận nào, bạn
hãy là người đầu tiên bình luận`) goes however long the unit it makes, and the byline before it stays."""

from __future__ import annotations

import pytest

from tests.importer.test_signed_tails import STORY, convert_page


@pytest.mark.parametrize(
    "form",
    [
        "Bình luận Tối đa: 1500 ký tự Hiện chưa có bình luận nào, bạn hãy là người đầu tiên bình luận",
        "Ý kiến bạn đọc Gửi ý kiến Bạn còn 500 ký tự",
        "Bình luận 0/1000 ký tự Chưa có ý kiến nào, hãy là người đầu tiên bình luận cho bài viết này",
    ],
)
def test_a_comment_form_after_the_byline_goes(form: str) -> None:
    page = convert_page(f"{' '.join(STORY)} Hà Phong {form}")
    assert page.body.rstrip().endswith(STORY[-1])
    assert "ký tự" not in page.body and "bình luận" not in page.body.casefold()
    assert page.front.author == "Hà Phong"


def test_a_story_saying_someone_has_not_commented_keeps_it() -> None:
    told = "Chiến dịch tranh cử của cựu tổng thống chưa có bình luận nào về thông tin này."
    page = convert_page(f"{' '.join(STORY)} {told} Hà Phong")
    assert told in page.body


def test_a_sentence_counting_characters_with_no_form_word_stays() -> None:
    told = "Theo quy định mới, tên miền quốc gia .vn có thể dài tối đa 63 ký tự, tính cả dấu gạch ngang giữa các từ."
    page = convert_page(f"{' '.join(STORY)} {told} Hà Phong")
    assert told in page.body


def test_a_login_walls_timer_goes_with_its_notice() -> None:
    """`Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây`,
    between space runs inside the story: the notice and its timer go, the story around them stays."""
    wall = "Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây"
    page = convert_page(f"{STORY[0]}{' ' * 20}{wall}{' ' * 20}{' '.join(STORY[1:])} Hà Phong")
    assert "Thời gian chờ" not in page.body and "đăng nhập" not in page.body
    assert all(line in page.body for line in STORY)


@pytest.mark.parametrize(
    "told",
    [
        "Thời hạn giấy phép tối đa 2 năm.",
        "Chủ đầu tư chưa có giấy phép xây dựng.",
        "Giấy phép số 45/GP-UBND được cấp khi chưa có đánh giá tác động môi trường.",  # not a press licence
        "Khách hàng chỉ nên tải ứng dụng từ App Store hoặc Google Play.",  # not the site's app
    ],
)
def test_a_story_sentence_about_a_permit_or_an_app_stays(told: str) -> None:
    page = convert_page(f"{' '.join(STORY)} {told} Hà Phong")
    assert told in page.body


def test_the_sites_licence_line_goes() -> None:
    page = convert_page(
        f"{' '.join(STORY)} Hà Phong Giấy phép số 24/GP-BTTTT do Bộ Thông tin và Truyền thông cấp."
    )
    assert "GP-BTTTT" not in page.body


@pytest.mark.parametrize(
    "form",
    ["Gửi câu hỏi Họ tên: Email: Nội dung câu hỏi: Gửi", "Ý kiến của bạn Họ và tên: Số điện thoại: Gửi"],
)
def test_a_question_forms_empty_name_field_goes(form: str) -> None:
    page = convert_page(f"{' '.join(STORY)} Hà Phong {form}")
    assert page.body.rstrip().endswith(STORY[-1]) and "tên:" not in page.body


def test_a_name_field_filled_in_is_a_records_and_stays() -> None:
    """A wanted notice's or a record's `Họ tên: Hồ Thị Thắm; giới tính: Nữ`: the field holds a name."""
    told = "Họ tên: Hồ Thị Thắm; giới tính: Nữ; sinh năm 1988."
    page = convert_page(f"{STORY[0]} QUYẾT ĐỊNH TRUY NÃ {told} {' '.join(STORY[1:])} Hà Phong")
    assert told in page.body
