"""The short lines a story's header announces with its colon stay even when a photo's caption, not a
sentence, comes right after them (`announced_items`): a paper's story listing its own titles under
`Hôm nay, Báo … có bốn ấn phẩm:`, the photo of its ceremony after the list, the story going on."""

from __future__ import annotations

from bantin.importer.announced_items import ANNOUNCED, announced_lines
from bantin.importer.convert import convert

_HEADER = "Hôm nay, Báo Mẫu có bốn ấn phẩm:"
_ITEMS = ["Báo Mẫu in", "Mẫu cuối tuần", "Báo Mẫu điện tử", "Mẫu tháng"]
_CAPTION = "Lãnh đạo tỉnh trao Huân chương Lao động hạng Nhất cho Báo Mẫu."


def test_items_over_a_caption_stay() -> None:
    texts = [_HEADER, *_ITEMS, _CAPTION]
    kinds = [("short", ""), ("chrome", "the site's own name"), ("short", ""), ("chrome", "x"), ("short", "")]
    kinds.append(("caption", ""))
    out = announced_lines(kinds, texts)
    assert out[1] == ("short", ANNOUNCED) and out[3] == ("short", ANNOUNCED)


def test_items_over_a_box_stay_chrome() -> None:
    texts = [_HEADER, *_ITEMS, "Đặt mua báo in Mẫu Xem thêm Tin liên quan Tin khác"]
    kinds = [("short", ""), ("chrome", "the site's own name"), ("short", ""), ("chrome", "x"), ("short", "")]
    kinds.append(("chrome", "a box"))
    assert announced_lines(kinds, texts)[1][0] == "chrome"


def test_a_papers_titles_over_its_photo_stay() -> None:
    items = "".join(f"<li>{item}</li>" for item in _ITEMS)
    page = (
        "<!DOCTYPE html><html><head><title>Báo Mẫu kỷ niệm 50 năm ra số đầu tiên - Báo Mẫu</title>"
        '<meta property="og:site_name" content="Báo Mẫu"></head><body>'
        "<article><h1>Báo Mẫu kỷ niệm 50 năm ra số đầu tiên</h1>"
        "<p>Sáng 18/6, Báo Mẫu tổ chức lễ kỷ niệm 50 năm ra số đầu tiên và đón nhận Huân chương Lao động.</p>"
        "<p>Tổng biên tập Báo Mẫu nhắc lại số báo đầu tiên in typo bốn trang, phát hành 2.000 bản.</p>"
        f"<p>{_HEADER}</p><ul>{items}</ul>"
        f'<figure><img src="/p.jpg" alt="ky niem"><figcaption>{_CAPTION} Ảnh: Thanh Hùng</figcaption></figure>'
        "<p>Báo điện tử Mẫu hiện có khoảng 1,2 triệu lượt truy cập mỗi tháng.</p>"
        '<p class="author">Thanh Hùng</p></article></body></html>'
    ).encode()
    body = convert(page, "page.html", year=2025).body
    assert all(item in body for item in _ITEMS) and "1,2 triệu" in body
