"""A world story's credit of the one foreign wire it was translated from (`(Theo Reuters)`, `(Theo
Kyodo)`) stays in the text when its translator signs right under it or run on after it, as an unknown
foreign source's does; a Vietnamese outlet's credit (a re-post's) and a wire's with no writer under it
go as before (translated_credits.translated, body.take_credits)."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.translated_credits import translated

_STORY = (
    "Quyết định được đưa ra sau kỳ đánh giá tháng 9, khi Việt Nam đáp ứng các tiêu chí còn lại về "
    "giao dịch của nhà đầu tư nước ngoài.\nCác công ty chứng khoán ước tính dòng vốn ngoại có thể đổ vào "
    "thị trường từ 5 đến 6 tỷ USD."
)


def _vfnd(closing: str) -> str:
    return (
        "Chứng khoán Việt Nam được nâng hạng lên thị trường mới nổi\n\nFTSE Russell công bố nâng hạng thị "
        "trường chứng khoán Việt Nam từ cận biên lên mới nổi thứ cấp. - Dòng chảy Kinh tế\n\n"
        f"{_STORY}\n{closing}\nTin cùng chủ đề\nVN-Index tăng mạnh phiên sáng\n"
    )


def _vnsum(closing: str) -> str:
    return (
        "Title: Ông Ishiba trở thành Thủ tướng Nhật Bản\nSource: Thời sự Quốc tế\n"
        "Link: https://thoisuquocte.vn/the-gioi/ong-ishiba-tro-thanh-thu-tuong-a1.html\n"
        "Published Date: 2024-10-01T15:30:00+07:00\nAuthor: \nTags: None\nSummary: \nContent: Quốc hội Nhật "
        "Bản bầu ông Ishiba Shigeru làm Thủ tướng thứ 102 của nước này. Ngay sau khi nhậm chức, ông tuyên bố "
        f"sẽ giải tán Hạ viện và tổ chức tổng tuyển cử sớm vào ngày 27/10. {closing} Tin cùng chuyên mục\n"
    )


def test_a_wire_s_credit_over_its_translator_s_name_stays() -> None:
    converted = convert(_vfnd("(Theo Reuters)\nQuỳnh Trang").encode(), "page.txt", year=2025)
    assert converted.body.rstrip().endswith("(Theo Reuters)")
    assert converted.front.author == "Quỳnh Trang"


def test_a_wire_s_credit_with_the_writer_run_on_after_it_stays() -> None:
    converted = convert(_vnsum("(Theo Kyodo) Thanh Hà").encode(), "page.txt", year=2024)
    assert converted.body.rstrip().endswith("(Theo Kyodo)")
    assert converted.front.author == "Thanh Hà"


@pytest.mark.parametrize(
    "closing",
    ["(Theo Tuổi Trẻ)\nQuỳnh Trang", "Quỳnh Trang\n(Theo Reuters)", "(Theo Reuters)"],
)
def test_a_re_post_s_credit_and_a_wire_s_with_no_translator_under_it_go_as_before(closing: str) -> None:
    body = convert(_vfnd(closing).encode(), "page.txt", year=2025).body
    assert "(Theo" not in body


def test_a_wire_is_a_translation_s_source_only_with_its_translator() -> None:
    assert translated("(Theo Reuters)", "Reuters", None, wires=True) == "(Theo Reuters)"
    assert translated("(Theo Reuters)", "Reuters", None) is None
    assert translated("(Theo Tuổi Trẻ)", "Tuổi Trẻ", None, wires=True) is None
