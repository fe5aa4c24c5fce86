"""What a news-please text of 2017-2019 sets between the story's last paragraph and its byline: a box
of links with the writer's name under it (the name stays, as the byline), a reader poll (its
question goes with its header), an invitation to watch or to comment (goes; a question of the
story's, or an imperative sentence of its own, stays)."""

from __future__ import annotations

import pytest

from bantin.importer.boxed import polled
from bantin.importer.convert import Converted, convert
from bantin.importer.parsed import Block
from bantin.importer.reader_prompts import invites

STORY = [
    "Ủy ban nhân dân huyện Yên Thế vừa khánh thành cây cầu treo dân sinh bắc qua sông Sỏi.",
    "Cây cầu dài 120 m, rộng 2 m, do các nhà hảo tâm đóng góp xây dựng trong 5 tháng.",
    "Trước đây, hơn 300 hộ dân hai bên bờ phải đi đò hoặc đi vòng 12 km để sang sông.",
]


def _page(*lines: str) -> Converted:
    text = "\n".join(
        ["Khánh thành cầu treo qua sông Sỏi", "", "Người dân hết cảnh đi đò qua sông.", "", *lines]
    )
    return convert(text.encode(), "page.txt", year=2018)


@pytest.mark.parametrize(
    "box",
    [
        ["Tin liên quan:", "Bắc Giang khởi công 10 cây cầu dân sinh"],
        ["BÀI VIẾT ĐƯỢC TÀI TRỢ", "Vay mua nhà lãi suất 0% trong 24 tháng"],
    ],
)
def test_the_writers_name_under_a_box_of_links_is_the_byline(box: list[str]) -> None:
    page = _page(*STORY, *box, "Minh Thư")
    assert page.front.author == "Minh Thư"
    assert box[-1] not in page.body and all(line in page.body for line in STORY)


def test_the_writers_name_under_a_box_of_links_is_the_byline_above_the_sites_own_lines() -> None:
    # `Bình luận`, `Gửi`, `Theo dõi … trên Google News`: the site's furniture, no more of the text
    page = _page(*STORY, "Đọc thêm", "Bắc Giang khởi công 10 cây cầu dân sinh", "Minh Thư", "Bình luận", "Gửi",
                 "Theo dõi Báo Bắc Giang trên Google News")  # fmt: skip
    assert page.front.author == "Minh Thư"
    assert "khởi công 10 cây cầu" not in page.body and "Google News" not in page.body
    assert all(line in page.body for line in STORY)


def test_a_headline_under_the_box_is_no_byline() -> None:
    page = _page(*STORY, "Tin liên quan:", "Cầu treo mới cho dân vùng lũ")
    assert "Cầu treo mới" not in page.body


def test_a_polls_question_goes_with_its_header() -> None:
    page = _page(*STORY, "Mời bạn đọc tham gia bình chọn:", "Bạn có đi qua cầu treo này không?", "Minh Thư")
    assert "Bạn có đi qua" not in page.body and all(line in page.body for line in STORY)
    assert page.front.author == "Minh Thư"


def test_a_question_after_a_line_that_is_no_polls_header_stays() -> None:
    def asked(header: str, question: str) -> bool:
        return polled([Block("paragraph", header), Block("paragraph", question)], 1)

    assert not asked("Ông Hùng nói:", "Ai sẽ bảo trì cây cầu khi hết bảo hành?")
    assert not asked("Cuộc khảo sát của Bộ Giao thông đặt câu hỏi:", "Người dân có muốn thu phí qua cầu?")
    assert asked("Mời bạn đọc tham gia bình chọn:", "Bạn có hoãn xây nhà khi giá thép tăng?")
    assert not asked("Mời bạn đọc tham gia bình chọn", "Bạn có hoãn xây nhà khi giá thép tăng?")


@pytest.mark.parametrize(
    "prompt",
    [
        ["Cùng xem clip người dân đi qua cầu treo Sỏi"],
        ["Bạn đọc có ý kiến gì về vấn đề này? Hãy để lại bình luận bên dưới"],
        ["Mời quý độc giả xem video khánh thành cầu"],
    ],
)
def test_an_invitation_over_the_byline_goes(prompt: list[str]) -> None:
    page = _page(*STORY, *prompt, "Minh Thư")
    assert all(line in page.body for line in STORY)
    assert not any(word in page.body for word in ("Cùng xem", "bình luận", "độc giả", "Bạn đọc"))
    assert page.front.author == "Minh Thư"


@pytest.mark.parametrize(
    "told",
    [
        "Hãy xem cách người dân Yên Thế giữ gìn cây cầu của mình.",  # a sentence: it ends with a stop
        "Cùng nhau giữ gìn cây cầu là trách nhiệm của mỗi người dân",  # no reader's act on the page
        "Người dân mong chính quyền sớm xây thêm cầu ở xã bên?",  # a question, no invitation after it
        "Hãy lắng nghe ý kiến của người dân trước khi xây cầu",  # advice: no act on the page
        "Hãy xem xét kỹ tải trọng trước khi cho xe máy qua cầu",
    ],
)
def test_the_storys_own_last_line_stays(told: str) -> None:
    page = _page(*STORY, told, "Minh Thư")
    assert told.rstrip(".?") in page.body


def test_invites_reads_the_imperative_to_act_on_the_page() -> None:
    assert invites("Hãy để lại bình luận bên dưới")
    assert invites('Cùng xem MV "Lời chưa nói" của Văn Mai Hương')
    assert not invites("Hãy để lại bình luận bên dưới.")
    assert not invites("Cùng đi qua cây cầu mới")
    assert not invites("Hãy theo dõi sức khỏe của trẻ thường xuyên")
