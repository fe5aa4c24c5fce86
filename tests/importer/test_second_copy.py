"""A story scraped twice (blind round fixtures/blind_paginated.yml): its text printed once more after
itself, on one line or paragraph by paragraph, goes, and so does a sentence printed twice in a row; a pull
quote or a refrain printed again stays. The rounds' harness takes each line of the story out of the body
once (as written, else as a reader sees it), so a second copy is left and seen there too."""

from __future__ import annotations

from bantin.importer.chrome import Unit
from bantin.importer.convert import Converted, convert
from bantin.importer.second_copy import drop_second_copy

from .scrapes import vnsum

_STORY = (
    "Từ 15h chiều nay, giá xăng RON 95 tăng 350 đồng mỗi lít, lên mức 20.470 đồng. "
    "Xăng E5 RON 92 tăng 290 đồng, lên 19.730 đồng mỗi lít. "
    "Liên Bộ tiếp tục không trích lập, không chi sử dụng Quỹ bình ổn giá xăng dầu."
)


def _converted(content: str) -> Converted:
    raw = vnsum("Giá xăng tăng lần thứ ba", "https://baomau.vn/gia-xang-123.html", content)
    return convert(raw, "p.txt", year=2024)


def _body(content: str) -> str:
    return _converted(content).body


def test_a_story_printed_again_after_itself_is_kept_once() -> None:
    body = _body(f"{_STORY} {_STORY} Tin cùng chuyên mục Giá vàng hôm nay lập đỉnh mới")
    assert body.count("Quỹ bình ổn") == 1 and body.count("RON 95") == 1


def test_the_writer_s_name_run_into_the_copy_is_the_byline() -> None:
    converted = _converted(f"{_STORY} Minh Khuê {_STORY} Tin cùng chuyên mục Giá vàng hôm nay lập đỉnh mới")
    assert converted.body.count("Quỹ bình ổn") == 1 and converted.body.count("RON 95") == 1
    assert converted.front.author == "Minh Khuê"


def test_a_line_printed_again_inside_the_story_stays() -> None:
    quote = '"Chúng tôi không thể bán lỗ mãi được", ông Hùng nói.'
    content = (
        f"{quote} Giá xăng dầu thế giới tăng mạnh trong tuần qua. Các doanh nghiệp đầu mối cho biết "
        f"chi phí nhập khẩu đã tăng gần 5%. {quote} Liên Bộ sẽ điều hành giá vào chiều thứ năm tới."
    )
    assert _body(content).count("bán lỗ mãi") == 2


def test_only_the_kept_units_of_a_whole_copy_go() -> None:
    units = [Unit(0, t) for t in ("A một.", "B hai.", "C ba.", "A một.", "B hai.")]
    assert [u.keep for u in drop_second_copy(units)] == [True] * 5  # a part of the story again: no copy
    units.append(Unit(0, "C ba."))
    assert [u.keep for u in drop_second_copy(units)] == [True, True, True, False, False, False]


def test_a_sentence_printed_twice_in_a_row_is_kept_once_and_a_short_refrain_twice() -> None:
    lead = "Một doanh nghiệp ở tỉnh xuất khẩu 500 tấn gạo thơm sang châu Âu trong lô hàng đầu năm."
    body = _body(f"{lead} {lead} Lô gạo được trồng theo quy trình hữu cơ trên cánh đồng 300 ha. Trúc Linh")
    assert body.count("500 tấn gạo") == 1 and "quy trình hữu cơ" in body
    units = [Unit(0, t) for t in ("Việt Nam vô địch!", "Việt Nam vô địch!", "Cả sân vận động hát vang.")]
    assert [u.keep for u in drop_second_copy(units)] == [True, True, True]  # a chant said twice stays
