"""A player's triangle before what it plays (`▶ Nghe làn điệu: …`, `► Phát bài hát`, `▶ Xem video`), run
after the closing byline on a one-line page, opens the player's unit (`gallery_buttons`): the writer's
name before it is no box's toggle label (`Lời dẫn ▸`), so it stays the byline, and the player goes. A
toggle's triangle, with nothing played after it, still goes with its label."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert

_STORY = (
    "Tối 5/12, Trung tâm Văn hóa Mẫu tổ chức đêm hát chèo mừng năm mới với 12 tiết mục của các câu lạc "
    "bộ trong tỉnh. “Chúng tôi muốn đưa chèo về gần hơn với người trẻ”, giám đốc trung tâm nói."
)


def _page(tail: str) -> bytes:
    return (
        "Title: Đêm hát chèo mừng năm mới\nSource: Trung tâm Văn hóa Mẫu\n"
        "Link: https://vanhoamau.example.vn/dem-cheo.html\nPublished Date: 2026-12-06T10:00:00+07:00\n"
        "Author: \nTags: None\nSummary: 12 tiết mục chèo.\n"
        f"Content: Trang chủ Tin tức Lịch diễn {_STORY} {tail}\n"
    ).encode()


@pytest.mark.parametrize(
    "player",
    [
        "▶ Nghe làn điệu: Con gà rừng 00:00 / 03:41 Tải xuống",
        "► Phát bài hát: Tình chèo 00:00 / 04:05",
        "▶ Xem video: Trích đoạn Thị Mầu lên chùa",
    ],
)
def test_the_writer_before_a_player_stays_the_byline(player: str) -> None:
    converted = convert(_page(f"Mai Hoa {player} Tin liên quan Khai giảng lớp hát chèo"), "p.txt", year=2026)
    assert converted.front.author == "Mai Hoa"
    assert "▶" not in converted.body and "►" not in converted.body
    assert "giám đốc trung tâm nói." in converted.body


def test_a_toggle_goes_with_its_label() -> None:
    body = convert(
        _page("Mai Hoa Lời dẫn ▸ Hiện toàn bộ Tin liên quan Khai giảng lớp hát chèo"), "p.txt", year=2026
    )
    assert "▸" not in body.body and "Lời dẫn" not in body.body
