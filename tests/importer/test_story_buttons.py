"""The site's buttons and boxes' heads run into a story between two of its sentences (blind_laos9:
culture, education, health and localities of Vietnam - Laos): a story's toolbar (`In bài viết | Lưu bài
viết`), the head of a box of photos or videos (`Tin ảnh`, `Video nổi bật`), a notice's teaser with its
button in brackets (`… (Xem chi tiết)`), the site's call to get its app with no pipe (`Tải ứng dụng …
trên Google Play`) go, and the sentence after them stays; a call to subscribe to the printed review
(`Đăng ký nhận tạp chí bản in`) is the site's too. The pages are written for these tests."""

from __future__ import annotations

import itertools

import pytest

from bantin.importer.button_bars import button_bar, button_bar_cuts
from bantin.importer.convert import convert
from bantin.importer.furniture import signals
from bantin.importer.inline import inline_chrome, inline_cuts
from bantin.importer.page_controls import page_control, page_control_cuts

from .scrapes import vnsum

FIRST = "Sáng 9/5, Bệnh viện Đa khoa tỉnh Điện Biên khai giảng lớp đào tạo cho 15 bác sĩ tỉnh Phông Sa Lỳ."
AFTER = "Từ năm 2016 đến nay, Bệnh viện đã đào tạo 126 lượt cán bộ y tế cho tỉnh Phông Sa Lỳ kết nghĩa."
LAST = "Bác sĩ Bun Thoong nói nhiều ca cấp cứu ở Phông Sa Lỳ đã được cứu sống nhờ kỹ thuật học ở Điện Biên."


def _body(content: str) -> str:
    page = vnsum(title="Khai giảng lớp đào tạo kỹ thuật cho bác sĩ tỉnh Phông Sa Lỳ", content=content,
                 link="https://benhvien-mau.vn/tin-tuc/dao-tao.html", summary=FIRST, date="12/05/2025 08:30")  # fmt: skip
    return convert(page, "page.txt", year=2025).body


@pytest.mark.parametrize(
    "control",
    [
        "In bài viết | Lưu bài viết",
        "Tin ảnh",
        "Video nổi bật",
        "Thông báo tuyển sinh lớp 1 năm học 2025 - 2026 (Xem chi tiết)",
        "Tải ứng dụng Điện Biên Online trên Google Play",
    ],
)
def test_a_button_between_two_sentences_goes_and_the_story_stays(control: str) -> None:
    body = _body(" ".join([FIRST, control, AFTER, LAST]))
    assert control not in body
    for sentence in (FIRST, AFTER, LAST):
        assert sentence in body


def test_a_toolbar_and_a_boxs_head_are_the_pages_controls() -> None:
    text = f"{FIRST} In bài viết | Lưu bài viết {AFTER}"
    cuts = sorted(page_control_cuts(text))
    assert [text[a:b].strip() for a, b in itertools.pairwise(cuts)] == ["In bài viết | Lưu bài viết"]
    assert page_control("Tin ảnh") and page_control("Video nổi bật") and page_control("In bài")
    # a sentence opening with a video's word is no box's head
    assert page_control_cuts(f"{FIRST} Video ghi lại cảnh hàng trăm người dân đổ ra đường đón đoàn.") == set()


def test_a_button_in_brackets_closes_its_box() -> None:
    text = f"{FIRST} Thông báo tuyển sinh lớp 1 (Xem chi tiết) {AFTER}"
    assert text.index("(Xem chi tiết)") + len("(Xem chi tiết)") in inline_cuts(text)
    assert inline_chrome("Thông báo tuyển sinh lớp 1 năm học 2025 - 2026 (Xem chi tiết)") is not None


def test_the_sites_call_to_get_its_app_is_a_box() -> None:
    text = f"{FIRST} Tải ứng dụng Điện Biên Online trên Google Play {AFTER}"
    assert text.index("Tải") in button_bar_cuts(text)
    assert button_bar("Tải ứng dụng Điện Biên Online trên Google Play", text)
    # a story's sentence telling where to get an app ends with its stop: no box
    told = f"{FIRST} Tải ứng dụng VNeID trên Google Play hoặc App Store, rồi đăng nhập bằng số định danh."
    assert button_bar_cuts(told) == set()


def test_a_call_to_subscribe_to_the_printed_review_is_the_sites() -> None:
    assert signals("Đăng ký nhận tạp chí bản in").strong
