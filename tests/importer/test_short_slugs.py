"""A cut title whose link's slug spells only its first words (`…-da-nang-2024-khai-mac` for `Lễ hội pháo
hoa quốc tế Đà Nẵng 2024 khai mạc với chủ đề Đà Nẵng…`): the title's last words match an earlier place of
the slug, after which come the title's own words, no rest of the headline; the title stays cut."""

from __future__ import annotations

from bantin.importer import titles

_LINK = "https://tintuc.example.vn/van-hoa/le-hoi-phao-hoa-quoc-te-da-nang-2024-khai-mac-a7731.html"
_TEXT = "Tối 8/6, Lễ hội pháo hoa quốc tế Đà Nẵng 2024 khai mạc bên bờ sông Hàn với hai đội tranh tài."


def test_a_slug_shorter_than_the_title_adds_nothing() -> None:
    title = "Lễ hội pháo hoa quốc tế Đà Nẵng 2024 khai mạc với chủ đề Đà Nẵng..."
    assert titles.complete(title, _LINK, [_TEXT]) == (title, False)


def test_a_slug_going_on_past_the_title_still_completes_it() -> None:
    link = "https://tintuc.example.vn/van-hoa/le-hoi-phao-hoa-quoc-te-da-nang-2024-khai-mac-ben-song-han-a7731.html"
    completed, changed = titles.complete("Lễ hội pháo hoa quốc tế Đà Nẵng 2024 khai mạc...", link, [_TEXT])
    assert changed and completed == "Lễ hội pháo hoa quốc tế Đà Nẵng 2024 khai mạc bên sông Hàn"
