"""The closing byline run into a poll's box after it (`Anh Khoa Thăm dò ý kiến Bạn biết đến giải qua
kênh nào?`) is cut from it as from the site's other labelled boxes (`box_bylines`, `poll_answers.opens_poll`):
the writer is the author, the poll goes. A poll's word opening a sentence of the story is no box."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.poll_answers import opens_poll

_LAST = (
    "Giải chạy do UBND tỉnh phối hợp Liên đoàn Điền kinh tổ chức, là giải chạy cuối cùng trong hệ thống "
    "giải quốc gia năm nay."
)


def _page(tail: str) -> bytes:
    return (
        "Title: Hơn 5.000 người dự giải chạy ven biển\nSource: Sở Thể thao Mẫu\n"
        "Link: https://thethao.example.vn/giai-chay-ven-bien.html\nPublished Date: 2026-11-29T08:15:00+07:00\n"
        "Author: \nTags: None\nSummary: Hơn 5.000 người dự giải chạy ven biển cuối tuần qua.\n"
        f"Content: Hơn 5.000 người dự giải chạy ven biển cuối tuần qua. {_LAST} {tail}\n"
    ).encode()


def test_a_poll_s_label_opens_its_box() -> None:
    assert opens_poll("Thăm dò ý kiến")
    assert opens_poll("Thăm dò ý kiến Bạn biết đến giải chạy qua kênh nào?")
    assert opens_poll("Bình chọn: Bạn thích cự ly nào?")


def test_a_poll_s_word_in_a_sentence_opens_none() -> None:
    assert not opens_poll("Thăm dò dư luận cho thấy 60% người dân ủng hộ.")
    assert not opens_poll("Thăm dò ý kiến cử tri được tổ chức trong tháng 12.")
    assert not opens_poll("Khảo sát nhanh cho thấy nhiều người chạy lần đầu.")


def test_the_byline_before_a_poll_is_the_author() -> None:
    tail = (
        "Trần Vinh Thăm dò ý kiến Bạn biết đến giải chạy qua kênh nào? Mạng xã hội Báo chí Bạn bè "
        "Biểu quyết Tin khác Giải bơi vượt biển sẽ diễn ra vào tháng 5/2027 Sở Thể thao Mẫu."
    )
    converted = convert(_page(tail), "page.txt", year=2026)
    assert _LAST in converted.body
    assert converted.front.author == "Trần Vinh"
    assert "Thăm dò" not in converted.body
