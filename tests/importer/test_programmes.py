"""A page whose story is a programme (a radio bulletin, a podcast's episode, a television feature): its
crew's credits stay (`Biên tập: … - Phát thanh viên: …`, one person's two roles), however they are run
into the player's chrome after them; the player's settings go, inside the story too, without ending
it there; the list of the programme's other episodes, each a mark, a title and a length, goes. The
pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.credit_lines import credit_line
from bantin.importer.crew_credits import crew_credits_apart, crew_credits_end
from bantin.importer.episode_lists import episode, episodes_apart
from bantin.importer.furniture import Unit
from bantin.importer.live_controls import player_settings

from .scrapes import vnsum


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("Biên tập: Lan Anh - Phát thanh viên: Hoài Nam Bản tin trước Thời sự 12h", "Biên tập: Lan Anh - Phát thanh viên: Hoài Nam"),
        ("Giọng đọc: Thu Hà - Sản xuất: Mây FM Tập 3 Về quê 21:10", "Giọng đọc: Thu Hà - Sản xuất: Mây FM"),
        ("Biên tập và dẫn chương trình: Minh Châu Tắt tiếng Tải về MP3", "Biên tập và dẫn chương trình: Minh Châu"),
    ],
)  # fmt: skip
def test_a_programmes_crew_is_cut_off_the_players_chrome_after_it(line: str, credits: str) -> None:
    units = crew_credits_apart(episodes_apart([Unit(0, line)]))
    assert units[0].text == credits and credit_line(credits)
    assert crew_credits_end("Dẫn chương trình: Minh Châu Tin mới") is None  # one role alone
    assert not credit_line("Bài và ảnh: Thu Hằng")  # a writer's byline, read for the author
    crew = "PV: Văn Nam - KTV: Hải Long"
    assert crew_credits_end(f"{crew} THP THP+ Phát thanh") == len(crew)  # a call sign is no maker's name


def test_a_players_settings_are_chrome_a_sentence_about_speed_is_not() -> None:
    assert player_settings("Tốc độ phát 0.75x 1x 1.25x 1.5x") and player_settings("Chất lượng 720p")
    assert player_settings("Phụ đề Tắt Chất lượng Tự động")
    assert not player_settings("Tốc độ phát triển kinh tế đạt 6,5%")
    assert not player_settings("Chất lượng không khí được cải thiện.")


def test_an_episodes_entry_is_its_mark_its_title_and_its_length() -> None:
    assert episode("Tập 12: Nuôi cá lồng trên sông 14:05") and episode("#88: Học nghề ở tuổi 40 41:30")
    assert not episode("Tập 3 lên sóng lúc 20:30.")  # a sentence of the story
    assert not episode("Tập 3 lên sóng lúc 20:30 tối thứ Bảy")  # it goes on in lower case
    pieces = [
        u.text for u in episodes_apart([Unit(0, "Mây FM Tập 4 Chợ quê 20:15 Tập 5 Mùa gặt 18:40 Đăng ký")])
    ]
    assert pieces == ["Mây FM", "Tập 4 Chợ quê 20:15", "Tập 5 Mùa gặt 18:40", "Đăng ký"]


def test_a_podcasts_credits_and_its_sentence_after_the_speed_menu_stay() -> None:
    story = (
        "Kỳ này, nghệ nhân Lê Văn Tư kể về nghề đan lát ở làng Phú Vinh. "
        "Ông Tư: Mây phải phơi đủ ba nắng mới bền, làm vội thì giỏ mau mục. "
        "Tốc độ phát 1x 1.25x 1.5x "
        "Hiện làng còn hơn hai trăm hộ giữ nghề, phần lớn là người cao tuổi. "
    )
    credits = "Biên tập: Thảo Nguyên - Dẫn chương trình: Quốc Huy"
    page = vnsum(
        "Podcast Làng nghề: Giỏ mây Phú Vinh",
        "https://example-radio.vn/podcast/lang-nghe-gio-may-phu-vinh-123.html",
        f"Podcast Làng nghề Nghe ngay 00:00 / 12:30 {story}{credits} 1.024 lượt xem Phát tiếp "
        "Tập 11: Gốm Bát Tràng 13:05 Tập 10: Nón lá Chuông 11:48 Nghe podcast trên Spotify",
        source="example-radio.vn",
        date="02/12/2024 07:00",
    )
    body = convert(page, "page.txt", year=2024).body
    assert "Hiện làng còn hơn hai trăm hộ giữ nghề" in body and credits in body
    for chrome in ("Tốc độ", "lượt xem", "Phát tiếp", "Gốm Bát Tràng", "Nón lá", "Spotify"):
        assert chrome not in body, chrome
