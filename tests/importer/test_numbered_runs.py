"""A numbered item holding a furniture word stays where its siblings numbered on stay."""

from __future__ import annotations

from bantin.importer.furniture import Unit
from bantin.importer.numbered_runs import keep_numbered_runs


def _units(*pairs: tuple[str, bool]) -> list[Unit]:
    return [Unit(i, text, keep, "test") for i, (text, keep) in enumerate(pairs)]


def test_a_step_with_a_logins_words_stays_between_its_siblings() -> None:
    units = _units(
        ("Sở hướng dẫn ba bước để nộp hồ sơ qua mạng.", True),
        ("Bước 1: Vào cổng dịch vụ công, đăng nhập bằng tài khoản của mình", False),
        ("Bước 2: Điền tờ khai và đính kèm giấy tờ", True),
        ("Bước 3: Nộp lệ phí và chờ kết quả", True),
    )
    assert [u.keep for u in keep_numbered_runs(units)] == [True, True, True, True]


def test_a_list_of_the_sites_stays_dropped() -> None:
    units = _units(
        ("Người dân đã nộp hơn 2.000 hồ sơ trong tháng đầu.", True),
        ("1. Đăng nhập tài khoản", False),
        ("2. Đăng ký nhận tin", False),
    )
    assert [u.keep for u in keep_numbered_runs(units)] == [True, False, False]


def test_another_label_or_a_gap_in_the_numbers_is_no_sibling() -> None:
    units = _units(
        ("Bước 1: Tải ứng dụng về điện thoại", False),
        ("Câu 2: Ai được đăng ký?", True),
        ("3. Đăng nhập để bình luận", False),
        ("5. Hồ sơ gồm tờ khai và ảnh", True),
    )
    assert [u.keep for u in keep_numbered_runs(units)] == [False, True, False, True]


def test_a_box_of_steps_dropped_for_its_place_stays_dropped() -> None:
    units = [
        Unit(0, "1. Nhấn biểu tượng ổ khóa trên thanh địa chỉ", True, "short or headline-like"),
        Unit(0, "2. Chọn cho phép thông báo", False, "before the article: furniture words"),
        Unit(1, "Giá xăng giảm lần thứ ba liên tiếp từ 15 giờ chiều nay.", True, "prose"),
    ]
    assert [u.keep for u in keep_numbered_runs(units)] == [True, False, True]
