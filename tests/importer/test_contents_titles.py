"""A table of contents' title (`Nội dung chính`) whose entries a saved page's extractor dropped is no
box of the story's facts over the sentences after it: it goes (`fact_boxes`); a box of facts stays."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.fact_boxes import story_boxes
from bantin.importer.tables import BOX_HEADER


def _page(title: str) -> bytes:
    return (
        "<!DOCTYPE html><html><head><title>Giá chung cư Hà Nội tăng 30% - Nhà đất Mẫu</title></head><body>"
        "<article><h1>Giá chung cư Hà Nội tăng 30%</h1>"
        "<p>Giá chung cư sơ cấp tại Hà Nội quý III đạt trung bình 63 triệu đồng mỗi m2, tăng khoảng 30%.</p>"
        f'<div class="toc-box"><p class="toc-title">{title}</p><ol><li><a href="#p1">Nguồn cung khan hiếm</a>'
        "</li></ol></div>"
        "<p>Theo một đơn vị nghiên cứu, nguồn cung mới trong quý chỉ khoảng 5.000 căn, giảm 20% so với quý trước.</p>"
        '<h3 id="p1">Nguồn cung khan hiếm</h3>'
        "<p>Các chuyên gia dự báo giá chung cư sẽ còn tăng khi các luật mới có hiệu lực từ ngày 1/8.</p>"
        "</article></body></html>"
    ).encode()


def test_a_contents_title_goes_and_the_story_stays() -> None:
    for title in ("Nội dung chính", "Mục lục bài viết"):
        body = convert(_page(title), "page.html", year=2024).body
        assert title not in body, title
        assert "5.000 căn" in body and "Nguồn cung khan hiếm" in body and "luật mới" in body


def test_a_box_of_facts_in_the_story_stays_the_story_s() -> None:
    texts = ["Câu đầu của bài.", "Thông tin cần biết", "Câu của bài trong hộp.", "Minh Anh"]
    kinds = [("prose", ""), ("chrome", BOX_HEADER), ("prose", ""), ("byline", "")]
    assert story_boxes(kinds, texts)[1][0] == "prose"
    texts[1] = "Nội dung chính"
    assert story_boxes(kinds, texts)[1] == ("chrome", BOX_HEADER)
