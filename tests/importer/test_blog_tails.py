"""Under the story of a small portal's, a blog's or a forum's page in the news-please layout (round
`blind_newsplease5`): a re-posting portal's own name under the line of the address it copied from is
no writer (`body`); a note that the piece is its writer's view goes under the byline and stays over it
(`disclaimers.own_view`, `marked_ends`); a forum's box of permissions under the first post goes with
the post's buttons over it (`forum_threads`)."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.disclaimers import own_view

STORY = [
    "Theo nhà phân tích Ming-Chi Kuo, Apple sẽ tung ra ba mẫu iPhone mới vào mùa thu năm nay.",
    "Trong đó, mẫu rẻ nhất dùng màn hình LCD 6,1 inch, khung nhôm và chỉ có một camera sau.",
    "Giá bán dự kiến từ 700 đến 800 USD, thấp hơn khoảng 300 USD so với iPhone X.",
]


def _vfnd(*lines: str) -> bytes:
    head = ["Lộ diện mẫu iPhone giá rẻ ra mắt năm 2018", "", "Apple được cho là sẽ ra mắt iPhone LCD.", ""]
    return "\n".join([*head, *lines]).encode() + b"\n"


def test_a_portals_name_under_the_copied_address_is_no_writer() -> None:
    converted = convert(
        _vfnd(*STORY, "Theo Zing", "Nguồn: Zing.vn", "Tin Tức Hôm Nay"), "iphone.txt", year=2018
    )
    assert not converted.front.author and "Tin Tức Hôm Nay" not in converted.body
    assert STORY[-1] in converted.body


def test_a_writer_signing_with_no_address_above_is_still_the_author() -> None:
    converted = convert(_vfnd(*STORY, "Nguồn: Zing", "Minh Anh"), "iphone.txt", year=2018)
    assert converted.front.author == "Minh Anh"


OPINION = [
    "Ngày 1/6/2017, Tổng thống Donald Trump tuyên bố Mỹ rút khỏi Hiệp định Paris về biến đổi khí hậu.",
    "Ông cho rằng hiệp định gây bất lợi cho công nhân và doanh nghiệp Mỹ.",
    "Quyết định này vì vậy mang ý nghĩa chính trị nhiều hơn pháp lý.",
]
NOTE = "Bài viết thể hiện quan điểm riêng của tác giả."


@pytest.mark.parametrize(
    "note",
    [
        NOTE,
        "Nội dung bài viết thể hiện quan điểm riêng của tác giả, không nhất thiết phản ánh quan điểm của tòa soạn.",
    ],
)
def test_the_writers_view_note_under_the_byline_goes_and_the_byline_is_read(note: str) -> None:
    assert own_view(note)
    converted = convert(
        _vfnd(*OPINION, "Trần Vũ", note, "56 Comments", "Leave a Reply"), "paris.txt", year=2017
    )
    assert "quan điểm riêng" not in converted.body and converted.front.author == "Trần Vũ"
    assert OPINION[-1] in converted.body


def test_the_writers_view_note_over_the_byline_is_the_editors_and_stays() -> None:
    converted = convert(_vfnd(*OPINION, f"(*) {NOTE}", "Trần Vũ"), "paris.txt", year=2017)
    assert NOTE in converted.body


def test_a_story_saying_whose_view_a_book_gives_is_no_note() -> None:
    assert not own_view("Cuốn sách thể hiện quan điểm của ông về chiến tranh.")


POST = [
    "Mình vừa đi Hà Giang 4 ngày 3 đêm cùng 3 đứa bạn, đi xe máy từ Hà Nội.",
    "Tổng chi phí mỗi người hết khoảng 2,5 triệu đồng, chưa tính thuê xe.",
    "Cảm ơn các bác đã đọc, có gì thắc mắc cứ hỏi mình nhé.",
]


def test_a_forums_permissions_box_and_the_posts_button_over_it_go() -> None:
    page = "\n".join(
        [
            "Chia sẻ kinh nghiệm đi phượt Hà Giang",
            "",
            "Mình vừa đi Hà Giang về, chia sẻ lịch trình cho các bác.",
            "",
            "Diễn đàn › Du lịch",
            *POST,
            "Trả lời kèm trích dẫn",
            "Quyền viết bài",
            "Bạn không được phép gửi bài mới",
        ]
    )
    converted = convert(page.encode(), "ha-giang.txt", year=2017)
    assert all(line in converted.body for line in POST)
    assert "trích dẫn" not in converted.body and "Quyền viết bài" not in converted.body
    assert "được phép" not in converted.body
