"""A page printed as one line may run a visiting box's last field into the story's next sentence with no
stop (`… Giá vé: 40.000 đồng/người; miễn phí cho người cao tuổi Nhân dịp này, thư viện …`): the sentence
is cut off the box (`visiting_boxes.sentence_after_box_apart`), so the box is read between two of the
story's sentences and stays, and the sentence is never dropped with a box that closes the story."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.visiting_boxes import sentence_after_box_apart

_BOX = (
    "Thông tin tham quan: Giờ mở cửa: 8:00 - 16:30 từ thứ Ba đến Chủ nhật Giá vé: 40.000 đồng/người; "
    "miễn phí cho người cao tuổi"
)
_SENTENCE = "Nhân dịp này, thư viện tỉnh tặng 500 cuốn sách cho các trường học ở vùng cao của tỉnh."


def _texts(text: str) -> list[str]:
    return [unit.text for unit in sentence_after_box_apart([Unit(0, text)])]


def test_a_sentence_run_into_the_box_s_last_field_is_cut_off() -> None:
    assert _texts(f"{_BOX} {_SENTENCE}") == [_BOX, _SENTENCE]


def test_a_box_alone_or_a_short_tail_is_left_whole() -> None:
    assert _texts(f"{_BOX}.") == [f"{_BOX}."]
    short = f"{_BOX} Xin cảm ơn quý khách."
    assert _texts(short) == [short]
    fields = f"{_BOX} Liên hệ đặt vé đoàn từ 20 người trở lên qua số điện thoại: 0236 3572 000."
    assert _texts(fields) == [fields]


def test_the_story_keeps_its_box_and_its_last_sentence() -> None:
    lead = (
        "Ngày 3/12, Thư viện tỉnh khai trương phòng đọc sách cổ với hơn 2.000 đầu sách quý hiếm được số hóa."
    )
    second = "Phòng đọc giới thiệu các bản sách Hán Nôm được sưu tầm ở các làng quê trong tỉnh từ năm 2015 đến nay."
    content = f"Trang chủ Giới thiệu Tin tức {lead} {second} {_BOX} {_SENTENCE} Lan Anh Chia sẻ Đăng ký nhận bản tin"
    page = (
        "Title: Thư viện tỉnh khai trương phòng đọc sách cổ\nSource: Thư viện tỉnh\n"
        "Link: https://thuvien.example.vn/tin-tuc/a1.html\nPublished Date: 2026-12-04T10:00:00+07:00\n"
        f"Author: \nTags: None\nSummary: Phòng đọc có hơn 2.000 đầu sách.\nContent: {content}\n"
    )
    body = convert(page.encode(), "page.txt", year=2026).body
    assert _SENTENCE in body and "Giờ mở cửa" in body
