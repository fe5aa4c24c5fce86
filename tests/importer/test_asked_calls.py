"""A short question to the reader under the story over a call to phone (`Cần tư vấn mua nhà?` | `Gọi
ngay 0988 888 999`) is the site's banner of its service, whatever the number (`header_phones`); a
question inside the story, the story going on after it, stays."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.header_phones import header_calls

_STORY = (
    "<p>Giá chung cư sơ cấp tại Hà Nội quý III đạt trung bình 63 triệu đồng mỗi m2, tăng khoảng 30%.</p>"
    "<p>Người mua ở thực nên cân nhắc khả năng tài chính, không nên vay quá 50% giá trị căn hộ.</p>"
)


def _page(after: str) -> bytes:
    return (
        "<!DOCTYPE html><html><head><title>Giá chung cư Hà Nội tăng 30% - Nhà đất Mẫu</title></head><body>"
        f'<article><h1>Giá chung cư Hà Nội tăng 30%</h1>{_STORY}<p class="author">Ngọc Hà</p>{after}'
        "</article></body></html>"
    ).encode()


def test_a_question_over_a_call_under_the_story_goes() -> None:
    body = convert(_page('<div class="box-hotline"><p>Cần tư vấn mua nhà? Gọi ngay 0988 888 999</p></div>'),
                   "page.html", year=2024).body  # fmt: skip
    assert "tư vấn" not in body and "50% giá trị" in body


def test_a_question_the_story_goes_on_after_stays() -> None:
    first = "Giá chung cư sơ cấp tại Hà Nội quý III tăng khoảng 30% so với cùng kỳ năm trước."
    texts = [
        first,
        "Vì sao giá tăng?",
        "Gọi ngay 0988 888 999",
        "Nguồn cung mới trong quý chỉ khoảng 5.000 căn.",
    ]
    kinds = [("prose", ""), ("short", ""), ("chrome", ""), ("prose", "")]
    assert header_calls(kinds, texts)[1] == ("short", "")
    assert header_calls(kinds[:3], texts[:3])[1][0] == "chrome"
