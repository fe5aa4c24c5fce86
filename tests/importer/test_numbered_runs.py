"""A numbered item holding a furniture word stays where its siblings numbered on stay; the next step of
a box of steps over the story, run into the story's first words, goes with its box."""

from __future__ import annotations

from bantin.importer.furniture import Unit
from bantin.importer.numbered_runs import box_step_apart, keep_numbered_runs


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


_BOX = [
    Unit(0, "1. Bấm vào biểu tượng chuông ở góc màn hình", False, "before the article: furniture words"),
    Unit(0, "2. Chọn “Cho phép” trong hộp thoại", False, "before the article: furniture words"),
]


def test_the_next_step_of_a_box_over_the_story_goes_and_the_story_stays() -> None:
    step = Unit(
        0, "3. Làm mới trang Giá lúa tăng mạnh? Sau ba tháng giảm, giá lúa tăng trở lại.", True, "prose"
    )
    units = box_step_apart([*_BOX, step])
    assert [(u.text, u.keep) for u in units[2:]] == [
        ("3. Làm mới trang", False),
        ("Giá lúa tăng mạnh? Sau ba tháng giảm, giá lúa tăng trở lại.", True),
    ]


def test_a_step_of_the_story_or_one_with_no_end_before_a_capital_stays_whole() -> None:
    story_steps = [
        Unit(0, "Sở hướng dẫn người dân làm thủ tục qua mạng.", True, "prose"),
        Unit(0, "1. Vào cổng dịch vụ công", True, "prose"),
        Unit(0, "2. Chọn thủ tục Đăng ký khai sinh", True, "prose"),
    ]
    assert box_step_apart(story_steps) == story_steps  # the steps before it stay: the story's own list
    long_step = Unit(
        0, "3. làm mới trang rồi đợi vài giây cho đến khi thông báo hiện lên trên màn hình của bạn", True, "p"
    )
    assert box_step_apart([*_BOX, long_step]) == [*_BOX, long_step]  # no title-case word ends the step
    sentence = Unit(0, "3. Làm mới trang. Giá lúa tăng trở lại sau ba tháng giảm liên tiếp.", True, "prose")
    assert box_step_apart([*_BOX, sentence]) == [*_BOX, sentence]  # a stop inside: not a step's run-on
