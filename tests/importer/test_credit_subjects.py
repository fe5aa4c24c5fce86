"""A photo's credit naming a body (`Ảnh: Hội Nghề cá Bình Định`) and the next sentence opening with the same
name as its subject, no stop between (`… Hội Nghề cá Bình Định đề nghị hội viên …`): the name said again is
the sentence's subject, which goes on in lower case, not the closing byline a credit's name repeated
alone is (`Ảnh: Minh Anh Minh Anh Tin liên quan …`), so the sentence stays whole (`captions`)."""

from __future__ import annotations

from bantin.importer.captions import split_captions
from bantin.importer.convert import convert

CAPTION = "Ngư dân kiểm tra thiết bị trước chuyến biển. Ảnh: Hội Nghề cá Bình Định"
SENTENCE = "Hội Nghề cá Bình Định đề nghị hội viên không tắt thiết bị giám sát hành trình khi ra khơi."


def test_the_subject_said_again_stays_in_its_sentence() -> None:
    blocks = split_captions(f"{CAPTION} {SENTENCE}")
    assert [(b.kind, b.text) for b in blocks][-1] == ("paragraph", SENTENCE)


def test_the_name_said_again_alone_is_the_byline() -> None:
    blocks = split_captions("Ngư dân kiểm tra thiết bị trước chuyến biển. Ảnh: Minh Anh Minh Anh")
    assert blocks[-1].text == "Minh Anh"


def test_the_page_keeps_the_sentence_whole() -> None:
    text = (
        "Title: Giữ kết nối giám sát hành trình\nSource: Hội Nghề cá Bình Định\nLink: https://hoimau.example.vn/a1.html\n"
        "Published Date: 2026-12-01T14:00:00+07:00\nAuthor: \nTags: None\nSummary: \n"
        "Content: Cả nước có 28.960 tàu cá dài từ 15 m trở lên, 99,6% giữ kết nối thiết bị giám sát hành trình. "
        f"Các tàu mất kết nối đã được yêu cầu về bờ kiểm tra. {CAPTION} {SENTENCE} Hải Đăng\n"
    )
    body = convert(text.encode(), "page.txt", year=2026).body
    assert SENTENCE in body
