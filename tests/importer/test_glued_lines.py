"""A subheading or a list's items glued with no space to the line after them, as a one-line scrape joins
a page's pieces (`Hành trình ra đảoNăm 1982, …`, `Lịch thi cụ thểSáng 6/6: thi môn Ngữ vănChiều 6/6: …`):
each is a line of its own, so no word of the story is lost in a glued one; a sentence glued to a share
bar, a long run that lost its stop and a place before the lead (a dateline) are left as they were."""

from __future__ import annotations

import pytest

from bantin.importer.parsed import Block
from bantin.importer.repair import glued_lines, split_runon


@pytest.mark.parametrize(
    ("glued", "lines"),
    [
        (
            "Đường về bản cũNăm 1990, gia đình ông chuyển lên vùng cao lập nghiệp.",
            ["Đường về bản cũ", "Năm 1990, gia đình ông chuyển lên vùng cao lập nghiệp."],
        ),
        (
            "Thời gian đăng kýSáng 3/5: khối lớp 1Chiều 3/5: khối lớp 6Hồ sơ nộp tại văn phòng trường.",
            [
                "Thời gian đăng ký",
                "Sáng 3/5: khối lớp 1",
                "Chiều 3/5: khối lớp 6",
                "Hồ sơ nộp tại văn phòng trường.",
            ],
        ),
    ],
)
def test_short_lines_glued_to_the_next_are_lines_of_their_own(glued: str, lines: list[str]) -> None:
    assert glued_lines(glued) == lines


@pytest.mark.parametrize(
    "text",
    [
        "Buổi lễ kết thúc lúc 11 giờ. Minh TuấnChia sẻ Bình luận",  # after a sentence: the units' cuts
        "Quảng NgãiMưa lớn kéo dài khiến nhiều tuyến đường bị ngập.",  # a dateline, `datelines`' to set apart
        "trong khi đó các hộ dân ven sôngĐã di dời đến nơi an toàn.",  # no line opens in lower case
        "Người dân trong xã cùng nhau góp công góp của sửa lại con đường liên thôn dẫn ra cánh đồng lúaMùa",
    ],
)
def test_what_is_no_short_line_stays_whole(text: str) -> None:
    assert glued_lines(text) == [text]


def test_a_one_line_body_keeps_a_glued_subheading_apart() -> None:
    text = "Hội thi diễn ra trong hai ngày.Những gương mặt mớiNhiều đội lần đầu tham dự đã giành giải cao."
    assert split_runon(text) == [
        Block("paragraph", "Hội thi diễn ra trong hai ngày."),
        Block("paragraph", "Những gương mặt mới"),
        Block("paragraph", "Nhiều đội lần đầu tham dự đã giành giải cao."),
    ]
