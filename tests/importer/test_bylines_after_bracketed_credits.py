"""The writer's name after the story's credit in brackets (`(Theo Europol, Reuters) Hải Minh (tổng hợp)`),
on a line of its own or run into the last sentence with no space (`… 12 triệu euro.(Theo Europol,
Reuters)Hải Minh`): the writer is the author and the credit stays with the story
(`byline_spots._CREDIT_FIRST`); a sentence after the credit (`(Theo AFP) Cảnh sát cho biết …`) is no
byline."""

from __future__ import annotations

import pytest

from bantin.importer.byline_spots import split_trailing_byline
from bantin.importer.convert import convert

from .scrapes import vnsum

_LAST = "Nhà chức trách đã phong tỏa 25 tài khoản ngân hàng, thu giữ tài sản trị giá khoảng 12 triệu euro."


@pytest.mark.parametrize("glue", ["", " ", "\n"])
def test_the_writer_after_the_credit_signs(glue: str) -> None:
    rest, byline = split_trailing_byline(
        f"{_LAST}{glue}(Theo Europol, Reuters){glue}Hải Minh (tổng hợp)".strip()
    )
    assert byline is not None and byline.author == "Hải Minh" and byline.source is None
    assert rest.endswith("(Theo Europol, Reuters)")


@pytest.mark.parametrize(
    "after",
    ["Cảnh sát cho biết sẽ điều tra thêm nhiều vụ việc khác trong thời gian tới", "Cảnh sát Tây Ban Nha"],
)
def test_words_after_the_credit_that_are_no_writer_stay(after: str) -> None:
    assert split_trailing_byline(f"{_LAST} (Theo AFP) {after}")[1] is None


def test_the_page_has_its_author_and_keeps_the_credit() -> None:
    content = (
        "Europol cho biết cảnh sát 6 nước đã bắt 15 nghi phạm trong đường dây lừa đảo đầu tư tiền số. Các "
        f"trung tâm cuộc gọi đặt tại Síp và Bulgaria. {_LAST}(Theo Europol, Reuters)Hải Minh (tổng hợp) Tin khác "
        "Interpol cảnh báo lừa đảo qua mạng Bản quyền thuộc về Báo Mẫu"
    )
    page = vnsum(title="Europol triệt phá đường dây lừa đảo tiền số", source="Báo Mẫu",
                 link="https://baomau.vn/the-gioi/europol-a1.html", content=content,
                 date="2025-08-14T09:00:00+07:00")  # fmt: skip
    converted = convert(page, "page.txt", year=2025)
    assert converted.front.author == "Hải Minh"
    assert "(Theo Europol, Reuters)" in converted.body and "tổng hợp" not in converted.body
