"""A helpfulness box under the story (`Bài viết hữu ích? | Có Không`), its question run on from the byline
with no stop on a one-line scrape (`Phòng Khám bệnh Bài viết hữu ích? Có Không`): the short question is
cut off the byline over the poll's answers (`poll_answers.question_apart`) and goes with them
(`inline.around_inline`), so the byline signs the story. A question of the story's, with its stop words
and no answers under it, stays."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.poll_answers import question_apart

from .scrapes import vnsum

_LEAD = (
    "Từ ngày 8/12, Bệnh viện Đa khoa tỉnh Mẫu triển khai khám sàng lọc bệnh tim bẩm sinh miễn phí cho 500 "
    "trẻ em dưới 6 tuổi ở các xã vùng cao."
)
_SECOND = (
    "Trẻ được siêu âm tim, đo điện tim và tư vấn điều trị; trường hợp cần phẫu thuật được hỗ trợ chi phí."
)


def _texts(*texts: str) -> list[str]:
    return [unit.text for unit in question_apart([Unit(0, text) for text in texts])]


def test_the_question_over_the_answers_is_cut_off_the_byline() -> None:
    assert _texts("Phòng Khám bệnh Bài viết hữu ích?", "Có Không") == [
        "Phòng Khám bệnh",
        "Bài viết hữu ích?",
        "Có Không",
    ]


def test_a_question_with_no_answers_under_it_or_after_a_stop_stays_whole() -> None:
    asked = "Phòng Khám bệnh Bài viết hữu ích?"
    assert _texts(asked, "Tin cùng chuyên mục") == [asked, "Tin cùng chuyên mục"]
    stopped = "Trẻ phát hiện bệnh muộn. Liệu có cách nào sớm hơn?"
    assert _texts(stopped, "Có Không") == [stopped, "Có Không"]


def test_the_box_goes_and_the_byline_signs_the_story() -> None:
    content = (
        f"Trang chủ Tin tức {_LEAD} {_SECOND} Phòng Khám bệnh Bài viết hữu ích? Có Không "
        "Tin cùng chuyên mục Khám mắt miễn phí cho người cao tuổi"
    )
    scrape = vnsum(
        "Khám tim miễn phí cho trẻ em vùng cao",
        "https://bvdkmau.example.vn/tin-tuc/a3.html",
        content,
        date="2026-12-06T09:00:00+07:00",
    )
    converted = convert(scrape, "page.txt", year=2026)
    assert _SECOND in converted.body and "hữu ích" not in converted.body
    assert converted.front.author == "Phòng Khám bệnh"
