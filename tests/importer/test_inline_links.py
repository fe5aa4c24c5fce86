"""A related story's headline alone between two of the story's lines in the news-please layout goes
(bantin/importer/inline_links.py); the story's subheading, its interview's questions, a table's
row and a list's item, shaped alike, stay."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.inline_links import inline_headline

BEFORE = "Ông Trần Văn Bình, Chủ tịch UBND huyện, cho biết năm nay toàn huyện thu hoạch hơn 2.000 ha lúa."
AFTER = "Theo ngành nông nghiệp, giá lúa tươi tại ruộng đang ở mức 7.000 đồng mỗi kg, cao hơn năm ngoái."


def _vfnd(middle: str) -> str:
    head = ["Nông dân trúng mùa lúa", "", "Nông dân trong huyện thu hoạch lúa hè thu với năng suất cao.", ""]
    lines = [BEFORE, middle, AFTER, "Giá phân bón giảm cũng giúp người trồng lúa lãi nhiều hơn vụ trước."]
    return "\n".join([*head, *lines, "Minh Khoa"]) + "\n"


@pytest.mark.parametrize(
    "headline",
    [
        "Đồng Tháp xuất khẩu lô xoài đầu tiên sang Australia",
        "Giá tiêu tăng lên mức cao nhất trong 5 năm",
        "Clip Nông dân miền Tây vui mừng vì được mùa",
        "Video:Nông dân Sóc Trăng thu hoạch tôm càng xanh",
    ],
)
def test_a_related_headline_between_two_paragraphs_goes(headline: str) -> None:
    body = convert(_vfnd(headline).encode(), "lua.txt", year=2017).body
    assert headline not in body and BEFORE in body and AFTER in body


@pytest.mark.parametrize(
    "line",
    [
        "Giá lúa tươi tại ruộng tăng mạnh ở Đồng Tháp",  # a subheading sharing `lúa tươi` with what follows
        "Nỗi lo của người trồng lúa vùng trũng",  # a theme, nothing named
        "Vì sao giá lúa ở An Giang tăng mạnh?",  # a question
        "Lúa IR50404 6.500 7.000 7.200",  # a table's row
        "- Hỗ trợ 500.000 đồng mỗi ha cho hộ nghèo ở Tháp Mười",  # a list's item
        "Điều 12. Hỗ trợ giống lúa cho hộ dân vùng Đồng Tháp Mười",  # a law's article quoted, its heading
        "Chương II. Chính sách khuyến khích nông dân Nam Bộ",  # a numbered part under its label
    ],
)
def test_the_storys_own_line_of_that_shape_stays(line: str) -> None:
    assert line in convert(_vfnd(line).encode(), "lua.txt", year=2017).body


def test_a_headline_needs_a_paragraph_on_each_side() -> None:
    headline = "Đồng Tháp xuất khẩu lô xoài đầu tiên sang Australia"
    assert inline_headline(BEFORE, headline, AFTER)
    assert not inline_headline("Bảng giá lúa hôm nay", headline, AFTER)
    assert not inline_headline(BEFORE, headline, "Đồng Tháp xuất khẩu xoài")


@pytest.mark.parametrize("dateline", ["(Dân trí) - ", "(Kiến Thức) - ", "VOV.VN - ", "QĐND Online - "])
def test_a_question_above_the_dateline_is_a_link_and_goes(dateline: str) -> None:
    question = "Nông dân miền Tây có nên trồng lúa vụ ba?"
    head = ["Nông dân trúng mùa lúa", "", "Nông dân trong huyện thu hoạch lúa hè thu với năng suất cao.", ""]
    page = "\n".join([*head, question, dateline + BEFORE, AFTER, "Minh Khoa"]) + "\n"
    body = convert(page.encode(), "lua.txt", year=2017).body
    assert question not in body and AFTER in body


def test_two_related_headlines_running_between_paragraphs_go_a_question_among_them() -> None:
    first, second = "Nông dân Long An có nên gieo sạ vụ ba?", "Giá thuốc trừ sâu tăng mạnh sau Tết"
    body = convert(_vfnd(f"{first}\n{second}").encode(), "lua.txt", year=2017).body
    assert first not in body and second not in body and AFTER in body


def test_two_questions_running_between_paragraphs_are_the_storys() -> None:
    first, second = "Liệu nông dân Long An có nên trồng lúa vụ ba?", "Ai sẽ bù lỗ khi giá phân bón tăng?"
    body = convert(_vfnd(f"{first}\n{second}").encode(), "lua.txt", year=2017).body
    assert first in body and second in body
