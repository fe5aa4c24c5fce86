"""A game site's store and stream boxes (bantin/importer/game_stores.py): a download with its size, a
giftcode, an age rating and the notices the law makes a game's page print, a livestream's viewers go,
cut off the sentence a one-line scrape runs them into; a story's sentence that speaks of a size, a code
or a rating stays whole."""

from __future__ import annotations

import itertools

import pytest

from bantin.importer.game_stores import game_store, game_store_cuts


def _pieces(text: str) -> list[str]:
    cuts = sorted({0, len(text), *game_store_cuts(text)})
    return [text[a:b].strip() for a, b in itertools.pairwise(cuts) if text[a:b].strip()]


@pytest.mark.parametrize(
    "text",
    [
        "Tải Thiên Long Bát Bộ Mobile (1,1 GB)",
        "Tải Tốc Chiến: Android (2,3 GB) | iOS (2,6 GB)",
        "Nhập giftcode: TLBB2025 nhận 50 kim cương",
        "Giftcode Tốc Chiến tháng này: TC7DAY99 - Nhập ngay",
        "Độ tuổi: 16+",
        "Trò chơi dành cho người từ 12 tuổi trở lên",
        "Chơi quá 180 phút một ngày sẽ ảnh hưởng xấu đến sức khỏe",
        "1.208 đang xem",
        "Trực tiếp: Chung kết ĐTDV - 31.500 người xem",
    ],
)
def test_a_store_or_stream_box_is_the_sites(text: str) -> None:
    assert game_store(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bản vá nặng khoảng 900 MB, người chơi nên tải qua Wi-Fi.",
        "Người chơi nhập code: QUA2025 để nhận quà.",
        "Doanh nghiệp phải hiển thị độ tuổi 16+ trên quảng cáo.",
        "Trận chung kết có 31.500 người xem cùng lúc.",
        "Tải xuống nhanh hơn nhờ máy chủ mới",
    ],
)
def test_a_sentence_of_the_story_is_no_box(text: str) -> None:
    assert not game_store(text)
    assert _pieces(text) == [text]


def test_a_giftcode_run_into_the_next_sentence_is_cut_off_it() -> None:
    text = "Máy chủ mới mở lúc 10h. Nhập giftcode: TLBB2025 nhận 50 kim cương Sự kiện kéo dài 7 ngày."
    assert "Nhập giftcode: TLBB2025 nhận 50 kim cương" in _pieces(text)
    assert "Sự kiện kéo dài 7 ngày." in _pieces(text)


def test_a_giftcode_button_stays_with_its_box() -> None:
    text = "Giftcode Tốc Chiến tháng này: TC7DAY99 - Nhập ngay Giải đấu thu hút 50 đội."
    assert _pieces(text) == ["Giftcode Tốc Chiến tháng này: TC7DAY99 - Nhập ngay", "Giải đấu thu hút 50 đội."]


def test_a_store_tail_comes_apart_box_by_box() -> None:
    text = "Tải Tốc Chiến (2,3 GB) Phát hành bởi Riot Trò chơi dành cho người từ 12 tuổi trở lên"
    assert _pieces(text) == [
        "Tải Tốc Chiến (2,3 GB)",
        "Phát hành bởi Riot",
        "Trò chơi dành cho người từ 12 tuổi trở lên",
    ]
