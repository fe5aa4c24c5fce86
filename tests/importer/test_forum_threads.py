"""A forum's thread under the post a newsroom quotes (blind_blogs: forum threads): from the first
member's card after the story (`Thành viên Bài viết: 412`, `Senior Member`), with the post's footer
just over it (`Sửa lần cuối: …`), the replies, signatures and the login wall to reply go; a post's
number run into the last sentence (`… đáng tiền. #1 user`) is cut off it; a post quoting another
(`Bác X viết: "…"`) has no card and stays whole. The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.forum_threads import member_card, post_number_cuts

from .scrapes import vnsum

STORY = [
    "Nhà em có 2 ha cà phê già cỗi, năm 2019 em trồng xen 160 cây bơ, nay đã cho trái vụ thứ hai.",
    'Bác Ba Mẫu viết: "Trồng xen vậy cà phê có bị thiếu nắng không bác?"',
    "Có bác ạ, nên em tỉa bớt cà phê, giữ khoảng cách bơ 8 x 8 m.",
]


def _body(content: str) -> str:
    page = vnsum(title="Kinh nghiệm trồng bơ xen cà phê", link="https://diendanmau.vn/threads/bo.1/",
                 content=content, summary=STORY[0])  # fmt: skip
    return convert(page, "page.txt", year=2024).body


@pytest.mark.parametrize(
    "thread",
    [
        "Sửa lần cuối: 08/07/2024 Thích 56 người thích bài này nongdan_mau Thành viên tích cực Bài viết: 2.341 "
        "Trồng cây nào cũng được, miễn là có tâm Bạn phải đăng nhập hoặc đăng ký để trả lời.",
        "Reactions 214 Like Haha Reply Report hoangtu99 Senior Member #2 Hay quá, mai em làm thử. Trả lời",
        "#1 mau_street Thành viên Bài viết: 412 Đã thích: 1.023 photobui 14/8/2024 #2 Bác chụp thử xem nào",
    ],
)
def test_the_thread_after_the_first_post_goes(thread: str) -> None:
    body = _body(" ".join([*STORY, thread]))
    for sentence in STORY:
        assert sentence in body
    for words in ("Bài viết", "Member", "làm thử", "có tâm", "Sửa lần cuối", "#1", "Reactions", "chụp thử"):
        assert words not in body


def test_a_post_quoting_another_with_no_card_stays_whole() -> None:
    body = _body(" ".join([*STORY, "Vụ này em thu được hơn 11 tấn, bán tại vườn giá 72.000 đồng một ký."]))
    assert all(sentence in body for sentence in STORY) and "11 tấn" in body


def test_a_card_is_a_count_under_its_label_or_a_rank() -> None:
    assert member_card("tuananh Thành viên Bài viết: 412 Đã thích: 1.023")
    assert member_card("hoangtu99 Senior Member #2")
    assert not member_card("Bài viết: Nguyễn Văn An")  # a credit's label
    assert not member_card("Ông tham gia từ năm 2019 với 412 bài viết.")


def test_a_posts_number_after_a_stop_starts_its_unit_a_hashtag_does_not() -> None:
    text = "Em thấy rất đáng tiền. #1 mau_street Thành viên"
    assert post_number_cuts(text) == {text.index("#1")}
    assert post_number_cuts("Các bạn trẻ chia sẻ. #MuaHe2024 #TinhNguyen") == set()
