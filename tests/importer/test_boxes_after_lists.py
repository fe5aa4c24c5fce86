"""A titled writer's name twice (the author's box) after a list's last item, which has no stop, ends the
story there as after a sentence (`author_boxes`); and a teaser's headline run into a line introducing
that list is cut from it though the unit ends with no stop (`linked_headlines.headline_end`)."""

from __future__ import annotations

from bantin.importer.author_boxes import box_apart
from bantin.importer.convert import convert
from bantin.importer.linked_headlines import headline_end

_ITEMS = (
    "Nâng tỷ lệ kháng nghị được chấp nhận lên trên 88% Số hóa toàn bộ hồ sơ kiểm sát án dân sự, hành chính"
)
_INTRO = "Viện trưởng VKSND tối cao yêu cầu năm 2027:"
_BOX = "ThS. Lê Văn Khang ThS. Lê Văn Khang Viện Kiểm sát nhân dân cấp cao tại Hà Nội. Tác giả có nhiều bài viết."


def _page(body: str) -> bytes:
    return (
        "Title: Kháng nghị phúc thẩm năm 2026\nSource: Tạp chí Kiểm sát Mẫu\n"
        "Link: https://example.vn/khang-nghi-phuc-tham-nam-2026.html\nPublished Date: 2026-12-04T07:40:00+07:00\n"
        "Author: \nTags: None\nSummary: Viện kiểm sát các cấp ban hành 1.830 kháng nghị phúc thẩm.\n"
        "Content: Trong năm 2026, Viện kiểm sát các cấp đã ban hành 1.830 kháng nghị phúc thẩm và 216 kháng "
        f"nghị giám đốc thẩm, tái thẩm. {body}\n"
    ).encode()


def test_a_titled_writer_s_box_after_a_list_s_last_item_is_cut_to_the_name() -> None:
    assert box_apart(f"{_INTRO} {_ITEMS} {_BOX}") == f"{_INTRO} {_ITEMS} ThS. Lê Văn Khang"
    untitled = f"{_INTRO} {_ITEMS} Lê Văn Khang Lê Văn Khang Viện Kiểm sát nhân dân cấp cao tại Hà Nội."
    assert box_apart(untitled) == untitled  # a name with no title after no stop: borderline, kept


def test_a_teaser_s_headline_before_a_list_s_introduction_is_cut() -> None:
    words = f"Nâng cao chất lượng kháng nghị phúc thẩm hình sự {_INTRO} {_ITEMS}".split()
    assert headline_end(words, [], 0) == 10
    assert headline_end(f"Nâng cao chất lượng kháng nghị phúc thẩm hình sự {_ITEMS}".split(), [], 0) is None


def test_the_list_stays_and_the_writer_is_the_author() -> None:
    body = f"Xem thêm: Nâng cao chất lượng kháng nghị phúc thẩm hình sự {_INTRO} {_ITEMS} {_BOX} Tin cùng chuyên mục"
    converted = convert(_page(body), "page.txt", year=2026)
    assert converted.front.author == "ThS. Lê Văn Khang"
    assert "Nâng cao chất lượng" not in converted.body
    assert "Tác giả có" not in converted.body
    assert "hành chính" in converted.body and _INTRO in converted.body


def test_a_credit_s_colon_in_brackets_introduces_no_list() -> None:
    words = "Dòng xe về quê ăn Tết kéo dài trên cao tốc qua Thanh Hóa (Nguồn: Người dân cung cấp)".split()
    assert headline_end(words, [], 0) is None
