"""A site's box of two links between a pipe, alone on its line inside a one-line-per-paragraph scrape
(`Giá cà phê hôm nay | Giá sầu riêng hôm nay` between a quote and the photo's caption), goes, and the
story goes on after it to its caption and byline; a table's row of short headers, two writers' names,
a credit with its colon stay."""

from __future__ import annotations

import pytest

from bantin.importer.link_pairs import link_pair


@pytest.mark.parametrize(
    "text",
    [
        "Giá cà phê hôm nay | Giá sầu riêng hôm nay",
        "Kết quả SEA Games 33 hôm nay | Bảng tổng sắp huy chương",
    ],
)
def test_two_links_alone_on_their_line_are_a_box(text: str) -> None:
    assert link_pair(text, text)


@pytest.mark.parametrize(
    ("text", "paragraph"),
    [
        ("Loại đất | Diện tích (triệu ha)", "Loại đất | Diện tích (triệu ha)"),  # a table's headers
        ("Chỉ tiêu | Kết quả", "Chỉ tiêu | Kết quả"),  # short cells
        ("Minh Anh Nguyễn | Ngọc Hà Trần", "Minh Anh Nguyễn | Ngọc Hà Trần"),  # writers' names
        ("Ảnh: Hữu Phúc | Thiết kế: Minh Anh", "Ảnh: Hữu Phúc | Thiết kế: Minh Anh"),  # credits
        (
            "Giá cà phê hôm nay | Giá sầu riêng hôm nay | Giá tiêu",
            "Giá cà phê hôm nay | Giá sầu riêng hôm nay | Giá tiêu",
        ),
        ("Giá cà phê hôm nay | Giá sầu riêng hôm nay", "Ông nói. Giá cà phê hôm nay | Giá sầu riêng hôm nay"),
    ],
)
def test_a_table_row_names_credits_and_bars_in_a_sentence_are_no_such_box(text: str, paragraph: str) -> None:
    assert not link_pair(text, paragraph)


def test_the_story_goes_on_after_the_box() -> None:
    from bantin.importer.convert import convert

    lines = [
        "Doanh nghiệp trồng chuối xuất khẩu ở Nam Lào",
        "",
        "Trên cao nguyên Bô-lô-ven, những nông trường chuối rộng hàng nghìn ha của doanh nghiệp Việt Nam đang vào vụ thu hoạch.",
        "Mỗi ngày, nông trường xuất đi 40 container, khoảng 800 tấn chuối; lao động được trả 1,8 triệu kíp/tháng, kèm bữa trưa.",
        "Giá cà phê hôm nay | Giá sầu riêng hôm nay",
        "Ông Xổm Xắc, công nhân ở bản Phu Vông, nói: “Trước đây bản chỉ trồng lúa nương, giờ có lương tháng nên con được đi học”.",
        "Hữu Phúc",
    ]
    body = convert("\n".join(lines).encode(), "page.txt", year=2025).body
    assert "Giá sầu riêng" not in body
    assert "Xổm Xắc" in body and "800 tấn chuối" in body
