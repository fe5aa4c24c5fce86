"""A vote widget's counter (`Lượt bình chọn: 25.601`) is the page's, like a view counter: it is cut
from the text it was run into and goes, with the widget's call to vote over it when they close the
page after the story (blind_youth: a union's page of honoured students); a story's sentence about
the votes stays."""

from __future__ import annotations

from bantin.importer.convert import convert

from .scrapes import vnsum

STORY = [
    "Hội Sinh viên tỉnh tuyên dương 120 sinh viên đạt danh hiệu Sinh viên 5 tốt năm học 2023-2024.",
    "Năm nay, số sinh viên được tuyên dương tăng 18 bạn so với năm trước.",
    "Lễ tuyên dương được tổ chức nhân kỷ niệm Ngày truyền thống học sinh, sinh viên 9/1.",
]


def _body(content: str) -> str:
    page = vnsum(title="Tuyên dương 120 Sinh viên 5 tốt", link="https://hsv.vn/a.html", content=content)
    return convert(page, "page.txt", year=2024).body


def test_a_vote_counter_and_its_call_after_the_story_go() -> None:
    widget = "Bình chọn gương mặt sinh viên của năm Lượt bình chọn: 8.412"
    body = _body(" ".join([*STORY, widget, "Bài viết liên quan Khởi động giải thưởng Sao tháng Giêng"]))
    for sentence in STORY:
        assert sentence in body
    assert "Lượt bình chọn" not in body
    assert "8.412" not in body


def test_a_sentence_about_the_votes_stays() -> None:
    sentence = "Lượt bình chọn trực tuyến năm nay đạt hơn 25.000, gấp đôi năm trước."
    body = _body(" ".join([*STORY[:2], sentence, STORY[2]]))
    assert sentence in body
