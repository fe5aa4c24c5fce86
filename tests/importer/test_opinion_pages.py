"""Opinion and readers' pages (issue 15's round `blind_opinion`): a column signed with the writer's
title (`PGS.TS …`, `Nhà giáo …`) or by the newsroom's team (`Nhóm Phóng viên`), run into the column's
call to its readers; a forum's note under the label a footer also prints (`Tòa soạn: …`); a reader's
letter closing after a related link; the page's `Gửi bài viết` button; the list of a series' parts
under its header (`Loạt bài`); a vote box's answers (`Có Không Ý kiến khác`). The column's words stay,
the call to readers, the button, the vote box and the series' links after the signature go."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import parse_byline
from bantin.importer.convert import convert
from bantin.importer.furniture import Unit, signals
from bantin.importer.poll_answers import POLL_ANSWERS, answers_a_poll, poll_answers
from bantin.importer.series_lists import series_header_apart, series_lists
from bantin.importer.teams import team
from bantin.importer.titled_signatures import titled_signature_apart

from .scrapes import vnsum

STORY = (
    "Những tên làng cũ gắn với một nghề, một sự tích hay một nhân vật lịch sử của địa phương. "
    "Khi đặt tên đơn vị mới, chính quyền nên hỏi ý kiến các nhà sử học và người dân sở tại."
)
CALL = "Chuyên mục mong nhận được ý kiến trao đổi của bạn đọc."


def _texts(units: list[Unit]) -> list[str]:
    return [u.text for u in units]


@pytest.mark.parametrize("writer", ["TS. Trần Minh Đức", "Nhà giáo Phan Thị Nguyệt", "Nhóm Phóng viên"])
def test_a_signature_run_into_the_columns_call_to_readers_is_cut_off(writer: str) -> None:
    units = [Unit(0, STORY), Unit(0, f"{writer} {CALL}"), Unit(0, "Ý kiến của bạn")]
    assert _texts(titled_signature_apart(units)) == [STORY, writer, CALL, "Ý kiến của bạn"]


@pytest.mark.parametrize(
    "line",
    [
        "TS. Trần Minh Đức Viện trưởng Viện Sử học cho rằng cần giữ lại những tên làng cũ.",  # no reader
        "TS. Trần Minh Đức cho biết chuyên mục nhận được nhiều ý kiến của bạn đọc.",  # the name goes on
        "Ông Trần Minh Đức Chuyên mục mong nhận được ý kiến của bạn đọc.",  # no profession's title
    ],
)
def test_a_sentence_naming_a_titled_person_is_not_cut(line: str) -> None:
    units = [Unit(0, STORY), Unit(0, line)]
    assert _texts(titled_signature_apart(units)) == [STORY, line]


def test_a_signature_before_the_storys_own_sentence_is_not_cut() -> None:
    units = [Unit(0, f"TS. Trần Minh Đức {CALL}"), Unit(0, STORY)]  # the story goes on after it
    assert titled_signature_apart(units) == units


def test_a_newsrooms_team_signs_and_a_group_the_story_names_does_not() -> None:
    assert team("Nhóm Phóng viên") and team("Nhóm PV") and team("Nhóm tác giả")
    assert (parse_byline("Nhóm phóng viên") or pytest.fail()).author == "Nhóm phóng viên"
    assert not team("Nhóm Wagner") and not team("Nhóm phóng viên cho biết")


@pytest.mark.parametrize("button", ["Gửi bài viết", "Gửi bài"])
def test_an_opinion_pages_send_button_is_furniture(button: str) -> None:
    assert signals(button).strong
    assert not signals("Gửi bài viết này cho bạn bè, anh nói.").strong  # a sentence's words


def _body(content: str, summary: str) -> str:
    scrape = vnsum(
        "Diễn đàn: Giữ tên làng khi sáp nhập",
        "https://baomau.vn/dien-dan-giu-ten-lang-a7788.html",
        content,
        summary=summary,
    )
    return convert(scrape, "trang.txt", year=2024, sources={}).body


def test_a_forums_note_under_the_footers_label_stays_whole() -> None:
    note = "Sáp nhập xã đang nhận nhiều ý kiến của người dân về tên gọi mới của các đơn vị hành chính."
    body = _body(f"Diễn đàn Đăng nhập Tòa soạn: {note} {STORY} TS. Trần Minh Đức {CALL} Ý kiến của bạn", note)
    assert f"Tòa soạn: {note}" in body and STORY.split(". ")[1] in body
    assert "Đăng nhập" not in body and CALL not in body


def test_the_storys_sentence_after_a_related_link_and_its_headline_stays() -> None:
    last = "Diễn đàn tiếp tục nhận ý kiến của các thầy cô và phụ huynh."
    content = f"{STORY} Xem thêm: Các nước cấm điện thoại trong trường học thế nào? {last} Nhóm Giáo dục Gửi bài viết"
    body = _body(content, STORY.split(". ")[0])
    assert last in body and "Các nước cấm điện thoại" not in body


def test_a_series_header_run_into_the_byline_goes_apart_with_its_links() -> None:
    units = [Unit(0, STORY), Unit(0, "Ma Văn Đức Loạt bài"), Unit(0, "Bài 1: Hương chè Tân Cương")]
    assert _texts(series_header_apart(units)) == [
        STORY,
        "Ma Văn Đức",
        "Loạt bài",
        "Bài 1: Hương chè Tân Cương",
    ]
    glued = [Unit(0, "Ma Văn Đức Cùng loạt bài: Kỳ 1: Đường lên bản")]
    assert _texts(series_header_apart(glued)) == ["Ma Văn Đức", "Cùng loạt bài", "Kỳ 1: Đường lên bản"]
    story = [Unit(0, "Loạt bài này đoạt giải báo chí quốc gia năm 2023.")]  # a sentence of the story's
    assert series_header_apart(story) == story


def test_the_series_header_and_its_links_closing_the_text_are_chrome() -> None:
    texts = [STORY, "Ma Văn Đức", "Loạt bài", "Bài 1: Hương chè Tân Cương", "Bài 2: Đồi chè La Bằng"]
    kinds = [("prose", ""), ("byline", ""), ("short", ""), ("short", ""), ("prose", "")]
    assert [k for k, _ in series_lists(kinds, texts)] == ["prose", "byline", "chrome", "chrome", "chrome"]


def test_the_storys_own_parts_under_such_a_header_stay() -> None:
    texts = ["Loạt bài", "Bài 1: Hương chè Tân Cương", STORY]  # a sentence of the story after them
    kinds = [("short", ""), ("short", ""), ("prose", "")]
    assert series_lists(kinds, texts) == kinds


@pytest.mark.parametrize(
    "line",
    ["Có Không Ý kiến khác Đã có 128 lượt bình chọn", "Đồng ý Không đồng ý Phân vân", "Có Không Xem kết quả"],
)
def test_a_polls_answers_and_tally_are_chrome(line: str) -> None:
    kinds = poll_answers([("prose", ""), ("short", "")], [STORY, line])
    assert kinds == [("prose", ""), ("chrome", POLL_ANSWERS)]


@pytest.mark.parametrize("line", ["Không.", "Có, tôi đồng ý với tác giả.", "Không", "Đồng ý"])
def test_a_single_answer_or_a_sentence_is_no_polls_box(line: str) -> None:
    assert not answers_a_poll(line)
