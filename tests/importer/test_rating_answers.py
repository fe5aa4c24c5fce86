"""A rating's two buttons under a story, an answer and its negation (`rating_answers`), go with the
widget's label before them; a sentence saying the same with its stop stays. A team's byline under
its label (`Nhóm nghiên cứu: …`) is the page's author."""

from __future__ import annotations

from bantin.importer.bylines import parse_byline
from bantin.importer.convert import convert
from bantin.importer.rating_answers import rates_the_page

_LAST = (
    "Bác sĩ Lê Minh, Trưởng khoa Dinh dưỡng của bệnh viện, khuyên người dân nên ăn nhiều rau xanh và "
    "hạn chế đồ ăn chế biến sẵn trong những ngày cuối năm."
)


def _page(body: str) -> bytes:
    return (
        "Title: Ăn uống lành mạnh dịp cuối năm\nSource: Báo Sức khỏe Mẫu\n"
        "Link: https://example.vn/an-uong-lanh-manh-dip-cuoi-nam.html\nPublished Date: 2026-11-20T08:15:00+07:00\n"
        "Author: \nTags: None\nSummary: Người dân nên chú ý chế độ ăn uống trong dịp cuối năm.\n"
        f"Content: Người dân nên chú ý chế độ ăn uống trong dịp cuối năm. {_LAST} {body}\n"
    ).encode()


def test_an_answer_and_its_negation_are_a_rating_s_buttons() -> None:
    assert rates_the_page("Đánh giá bài viết Hữu ích Không hữu ích")
    assert rates_the_page("Hữu ích Không hữu ích")
    assert rates_the_page("Bài viết có giúp ích cho bạn? Có ích Không có ích")
    assert rates_the_page("Thích Không thích")


def test_a_sentence_or_other_words_after_the_negation_stay() -> None:
    assert not rates_the_page("Bài viết hữu ích, không hữu ích thì bỏ qua.")
    assert not rates_the_page("Hữu ích Không hữu ích.")
    assert not rates_the_page("Hữu ích Không cần thiết")
    assert not rates_the_page("hữu ích không hữu ích")


def test_a_rating_under_the_byline_goes_and_the_team_is_the_author() -> None:
    body = (
        "Nhóm nghiên cứu: Hồng Vân - Quang Huy Đánh giá bài viết Hữu ích Không hữu ích Bài cùng chuyên mục "
        "16/11 Ăn gì để khỏe mạnh mùa đông 14/11 Năm thói quen tốt cho tim mạch"
    )
    converted = convert(_page(body), "page.txt", year=2026)
    assert _LAST in converted.body
    assert "Hữu ích" not in converted.body
    assert converted.front.author == "Hồng Vân - Quang Huy"


def test_a_team_s_label_opens_a_byline_only_before_a_name() -> None:
    assert parse_byline("Nhóm tác giả: Trần Minh, Lê Hà").author == "Trần Minh, Lê Hà"
    assert parse_byline("Nhóm nghiên cứu: gồm 5 nhà khoa học của Viện.") is None
