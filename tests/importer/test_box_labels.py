"""A box's label left alone after the story (`Tin chính`, `Diễn đàn`), the site's chrome after it to the
end: the label goes; a short line of the story the text goes on after, a name, a line a byline
follows and a label announcing what follows with its colon stay."""

from __future__ import annotations

from bantin.importer.box_labels import REASON, box_labels
from bantin.importer.convert import convert

from .scrapes import vnsum

STORY = (
    "Quốc hội Hàn Quốc thông qua dự luật hỗ trợ doanh nghiệp nhỏ với 180 phiếu thuận. "
    "Dự luật giảm thuế thu nhập cho các doanh nghiệp có dưới 50 lao động trong ba năm tới. "
    "Phe đối lập cho rằng ngân sách sẽ thâm hụt thêm khoảng 2.000 tỷ won."
)


def test_a_label_alone_after_the_story_with_only_chrome_after_it_goes() -> None:
    kinds = [("prose", ""), ("prose", ""), ("short", ""), ("chrome", "related")]
    texts = ["…", "…", "Tin chính", "Đọc nhiều nhất"]
    assert box_labels(kinds, texts)[2] == ("chrome", REASON)
    assert box_labels(kinds, ["…", "…", "Góc nhìn", "Đọc nhiều nhất"])[2] == ("chrome", REASON)


def test_a_short_line_the_story_goes_on_after_or_a_name_or_a_colon_stays() -> None:
    kinds = [("prose", ""), ("short", ""), ("prose", ""), ("chrome", "")]
    assert box_labels(kinds, ["…", "Tin chính", "…", "Đọc nhiều nhất"]) == kinds  # the story goes on
    kinds = [("prose", ""), ("short", ""), ("chrome", "")]
    for line in ("Minh Anh", "Hà Nội", "Tóm tắt:", "Còn 3 ngày", "Theo Yonhap", "Hết sức khó khăn rồi đây"):
        assert box_labels(kinds, ["…", line, "Đọc nhiều nhất"]) == kinds, line
    kinds = [("prose", ""), ("short", ""), ("byline", ""), ("chrome", "")]
    assert box_labels(kinds, ["…", "Trân trọng", "Nguyễn Văn An", "Đọc nhiều nhất"]) == kinds  # signed


def test_a_box_label_after_a_byline_less_story_goes_from_a_page() -> None:
    page = vnsum(
        "Hàn Quốc thông qua luật hỗ trợ doanh nghiệp nhỏ",
        "https://www.tinmau.example/vietnamese/articles/c3k9x7p2",
        f"{STORY} Tin chính Đọc nhiều nhất",
        summary="Quốc hội Hàn Quốc thông qua dự luật hỗ trợ doanh nghiệp nhỏ với 180 phiếu thuận.",
    )
    body = convert(page, "page.txt", year=2024).body
    assert "thâm hụt thêm khoảng 2.000 tỷ won." in body and "Tin chính" not in body
