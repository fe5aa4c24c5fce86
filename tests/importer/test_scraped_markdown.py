"""Pages a scraper saved as Markdown (`scraped_markdown.py`): Jina Reader's header over `Markdown
Content:`, a web clipper's front-matter, a crawler's bare Markdown. The markup says what the text alone
would not: lines of links only are menus, tags and other stories' headlines (with the leads under
them), an image's description repeated under it is its caption, a heading is a heading; the header
gives the title, the address and the date."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.errors import BadInput
from bantin.importer.scraped_markdown import LINKS, TEASER, read_markdown

JINA = """Title: Tỉnh Hòa Bình mở tuyến xe buýt liên tỉnh sang Sầm Nưa | Tin Tây Bắc

URL Source: https://tintaybac.vn/giao-thong/mo-tuyen-xe-buyt-sang-sam-nua-8812.html

Published Time: 2024-10-03T07:45:00+07:00

Markdown Content:
[Bỏ qua nội dung](https://tintaybac.vn/giao-thong/mo-tuyen#content)

[![Image 1: Tin Tây Bắc](https://tintaybac.vn/logo.png)](https://tintaybac.vn/)

*   [Trang chủ](https://tintaybac.vn/)
*   [Giao thông](https://tintaybac.vn/giao-thong/)
*   [Đời sống](https://tintaybac.vn/doi-song/)

[Đăng nhập](https://tintaybac.vn/dang-nhap)

Tỉnh Hòa Bình mở tuyến xe buýt liên tỉnh sang Sầm Nưa
=====================================================

Thứ Năm, 03/10/2024 07:45

[Đỗ Quang Vinh](https://tintaybac.vn/tac-gia/do-quang-vinh/)

**Từ ngày 1/10, tuyến xe khách Hòa Bình - Sầm Nưa (tỉnh Hủa Phăn, Lào) chính thức chạy mỗi ngày một chuyến.**

[![Image 2: Chuyến xe đầu tiên xuất bến tại Hòa Bình](https://tintaybac.vn/anh/xe.jpg)](https://tintaybac.vn/anh/xe.jpg)

Chuyến xe đầu tiên xuất bến tại Hòa Bình

Tuyến dài khoảng 420 km, đi qua [cửa khẩu Na Mèo](https://tintaybac.vn/tag/na-meo/) của tỉnh Thanh Hóa.

Xem thêm: [Hủa Phăn và Thanh Hóa ký kết hợp tác giai đoạn mới](https://tintaybac.vn/a.html)

Giá vé một chiều là 450.000 đồng, hành khách cần mang theo hộ chiếu hoặc giấy thông hành.

## Thủ tục qua cửa khẩu được rút ngắn

Nhờ phần mềm khai báo trực tuyến, thời gian làm thủ tục tại cửa khẩu chỉ còn khoảng 15 phút.

### Tin cùng chuyên mục

[![Image 3: Đèo](https://tintaybac.vn/anh/deo.jpg)](https://tintaybac.vn/b.html)

### [Sạt lở trên đèo Pha Đin, giao thông bị ách tắc nhiều giờ](https://tintaybac.vn/b.html)

Mưa lớn kéo dài khiến nhiều điểm trên đèo bị sạt lở, đất đá tràn xuống mặt đường.

[![Image 4: Cầu](https://tintaybac.vn/anh/cau.jpg)](https://tintaybac.vn/c.html)

### [Khánh thành cầu treo dân sinh ở huyện Mường Lát](https://tintaybac.vn/c.html)

Cây cầu giúp hơn 300 hộ dân đi lại thuận tiện trong mùa mưa.

© 2024 Tin Tây Bắc. Điện thoại: 0218 3852 123
"""

CLIPPED = """---
created: 2024-11-02T21:10:05 (UTC +07:00)
tags: [biên giới, Lào]
source: https://baobiencuong.example.vn/cot-moc-bien-gioi-duoc-ton-tao-5521.html
author: Lò Văn Pấng
---

# Hoàn thành tôn tạo 20 cột mốc biên giới Việt Nam - Lào tại Điện Biên

> ## Excerpt
> Lực lượng biên phòng tỉnh Điện Biên vừa hoàn thành tôn tạo 20 cột mốc trên tuyến biên giới.

---
Lực lượng biên phòng tỉnh Điện Biên phối hợp với lực lượng bảo vệ biên giới tỉnh Phông Sa Lỳ (Lào) vừa hoàn thành tôn tạo 20 cột mốc.

![Cán bộ hai bên kiểm tra cột mốc số 17](https://baobiencuong.example.vn/anh/moc.jpg)

*Cán bộ hai bên kiểm tra cột mốc số 17. Ảnh: L.V.P*

Công việc kéo dài gần ba tháng, trong điều kiện địa hình hiểm trở và thời tiết phức tạp.
"""

CRAWLED = """[Skip to content](#main)

- [Trang chủ](https://nongthonmoi.example.vn/)
- [Kinh tế](https://nongthonmoi.example.vn/kinh-te/)

# Sơn La xuất khẩu lô xoài đầu tiên sang Lào

Sáng 8/11, tỉnh Sơn La tổ chức xuất khẩu 20 tấn xoài sang thị trường Lào qua cửa khẩu Chiềng Khương.

| Loại quả | Sản lượng |
|---|---|
| Xoài | 20 tấn |

Đây là lần đầu tiên xoài Sơn La được xuất khẩu chính ngạch sang Lào.

## Bài viết liên quan

- [Nông sản Sơn La vươn ra thị trường thế giới](https://nongthonmoi.example.vn/a/)
- [Mở rộng vùng trồng xoài đạt chuẩn](https://nongthonmoi.example.vn/b/)
"""


def _convert(text: str, name: str = "page.md"):
    return convert(text.encode("utf-8"), name)


def test_jina_s_header_gives_the_title_the_address_and_the_date() -> None:
    converted = _convert(JINA, "page.txt")
    front = converted.front
    assert converted.layout == "markdown"
    assert front.title == "Tỉnh Hòa Bình mở tuyến xe buýt liên tỉnh sang Sầm Nưa"  # the site's name goes
    assert front.source_url == "https://tintaybac.vn/giao-thong/mo-tuyen-xe-buyt-sang-sam-nua-8812.html"
    assert str(front.date) == "2024-10-03" and not front.date_estimated
    assert front.author == "Đỗ Quang Vinh"  # a writer's name linked to their page, under the headline


def test_the_story_stays_as_a_reader_reads_it_and_the_page_s_links_go() -> None:
    body = _convert(JINA).body
    assert body.startswith("Từ ngày 1/10, tuyến xe khách Hòa Bình - Sầm Nưa")  # the bold lead, plain
    assert "đi qua cửa khẩu Na Mèo của tỉnh Thanh Hóa." in body  # a link inside a sentence: its words
    assert "Giá vé một chiều là 450.000 đồng" in body  # the story goes on after a `Xem thêm` link
    assert "## Thủ tục qua cửa khẩu được rút ngắn" in body
    assert "Chuyến xe đầu tiên xuất bến tại Hòa Bình\n{: .caption }" in body  # the image's words under it
    for chrome in ("Bỏ qua nội dung", "Giao thông", "Đăng nhập", "Xem thêm", "Pha Đin", "Mường Lát",
                   "đất đá tràn", "300 hộ dân", "Tin cùng chuyên mục", "0218", "https://", "]("):  # fmt: skip
        assert chrome not in body, chrome


def test_explain_names_the_lines_of_links_and_the_leads_under_them() -> None:
    units = {unit.text: unit for unit in _convert(JINA).units}
    assert units["Trang chủ"].reason == LINKS and not units["Trang chủ"].keep
    teaser = units["Mưa lớn kéo dài khiến nhiều điểm trên đèo bị sạt lở, đất đá tràn xuống mặt đường."]
    assert teaser.reason == TEASER and not teaser.keep


def test_a_clipper_s_front_matter_and_excerpt_are_the_page_s_header() -> None:
    converted = _convert(CLIPPED)
    front, body = converted.front, converted.body
    assert front.title == "Hoàn thành tôn tạo 20 cột mốc biên giới Việt Nam - Lào tại Điện Biên"
    assert front.source_url == "https://baobiencuong.example.vn/cot-moc-bien-gioi-duoc-ton-tao-5521.html"
    assert front.author == "Lò Văn Pấng"
    assert front.date_estimated  # `created` is when the page was clipped, not published
    assert "Excerpt" not in body and body.startswith("Lực lượng biên phòng tỉnh Điện Biên phối hợp")
    assert "Cán bộ hai bên kiểm tra cột mốc số 17." in body and "{: .caption }" in body


def test_a_crawler_s_bare_markdown_is_read_by_its_markup() -> None:
    page = read_markdown(CRAWLED)
    assert page is not None and page.headline == "Sơn La xuất khẩu lô xoài đầu tiên sang Lào"
    body = _convert(CRAWLED).body
    assert "Xoài | 20 tấn" in body  # a table's rows, as a saved page's are read
    assert "Đây là lần đầu tiên xoài Sơn La được xuất khẩu chính ngạch sang Lào." in body
    assert "Skip to content" not in body and "Nông sản Sơn La vươn ra" not in body


@pytest.mark.parametrize(
    "text",
    [
        "Tiêu đề bài\n\nBài [1] nói về #1 trong bảng xếp hạng.\n\nĐoạn hai của bài viết.\n",
        "Title: Một bài\nSource: Báo A\nContent: Bài viết [1] có một dòng.\n",
        "Tiêu đề\n\n- Gạch đầu dòng một\n- Gạch đầu dòng hai\n\nXem tại https://a.vn/b\n",
    ],
)
def test_a_text_layout_is_not_read_as_markdown(text: str) -> None:
    assert read_markdown(text) is None


def test_a_broken_front_matter_is_named_with_its_line() -> None:
    with pytest.raises(BadInput, match=r"broken front-matter \(line \d+\)"):
        _convert(
            '---\ntitle: "Không đóng\nauthor: [x\n---\n\n# Tiêu đề\n\n[a](https://a.vn) [b](https://b.vn)\n'
        )


def test_an_article_of_this_site_is_not_imported_as_a_scraped_page() -> None:
    with pytest.raises(BadInput, match="already an article"):
        _convert("---\ntitle: Bài\nsource_sha256: abc\n---\n\nMột đoạn văn.\n")


def test_scripts_and_handlers_in_the_markdown_reach_no_text() -> None:
    hostile = CRAWLED.replace(
        "Đây là lần đầu tiên xoài Sơn La",
        '<script>alert("x")</script><img src=x onerror="alert(1)"> Đây là lần đầu tiên '
        "[xoài Sơn La](javascript:alert(2))",
    )
    body = _convert(hostile).body
    assert "alert" not in body and "onerror" not in body and "javascript" not in body
    assert "Đây là lần đầu tiên xoài Sơn La được xuất khẩu" in body


def test_the_line_under_an_image_is_its_caption_when_its_markup_says_so() -> None:
    page = read_markdown(
        "# Tiêu đề bài\n\nMột đoạn văn của bài viết, đủ dài để là một câu.\n\n"
        "![Image 2: Quang cảnh hội nghị](https://a.vn/1.jpg)\n*Quang cảnh hội nghị. Ảnh: TTXVN*\n\n"
        "![Image 3](https://a.vn/2.jpg)\n\n*Đại biểu dự lễ khai mạc.*\n\n"
        "![Image 4](https://a.vn/3.jpg)\n\nĐoạn sau có một chữ *nghiêng* thôi.\n\n[Trang chủ](https://a.vn/)\n"
    )
    assert page is not None
    assert ("caption", ["Quang cảnh hội nghị. Ảnh: TTXVN"]) in page.blocks  # one paragraph with the image
    assert ("caption", ["Đại biểu dự lễ khai mạc."]) in page.blocks  # in italics as a whole
    assert ("paragraph", ["Đoạn sau có một chữ nghiêng thôi."]) in page.blocks


def test_obsidian_s_clipper_names_its_authors_as_notes_and_states_the_date() -> None:
    front = _convert(
        '---\ntitle: "Đà Nẵng đón chuyến bay thẳng đầu tiên từ Viêng Chăn"\n'
        'source: "https://duonghang.vn/da-nang-don-chuyen-bay-vieng-chan-7731.html"\n'
        'author:\n  - "[[Hồ Xuân Mai]]"\npublished: 2024-09-14\ncreated: 2024-12-01\n'
        "description: Hãng Lao Airlines mở đường bay thẳng Viêng Chăn - Đà Nẵng.\ntags:\n  - clippings\n---\n"
        "Chiều 14/9, sân bay quốc tế Đà Nẵng đón chuyến bay thẳng đầu tiên của Lao Airlines từ Viêng Chăn.\n\n"
        "Đường bay khai thác hai chuyến mỗi tuần bằng tàu bay ATR 72.\n"
    ).front
    assert front.title == "Đà Nẵng đón chuyến bay thẳng đầu tiên từ Viêng Chăn"
    assert front.author == "Hồ Xuân Mai" and str(front.date) == "2024-09-14" and not front.date_estimated
    assert front.source_url == "https://duonghang.vn/da-nang-don-chuyen-bay-vieng-chan-7731.html"


def test_a_search_engine_s_scrape_holding_links_is_read_as_its_own_layout() -> None:
    text = (
        "Title: Một bài\nSource: Báo A\nLink: https://baoa.vn/a.html\nContent: "
        "[Trang chủ](https://baoa.vn/) [Thời sự](https://baoa.vn/ts)\n# Tiêu đề\n[Xem](https://baoa.vn/x)\n"
    )
    assert read_markdown(text) is None and _convert(text, "page.txt").layout == "vnsum"


def test_the_page_s_headline_goes_from_the_text_even_when_its_title_says_otherwise() -> None:
    page = (
        "Title: Giá cà phê hôm nay tăng mạnh | Nông Sản Việt\n\nURL Source: https://nongsanviet.vn/ca-phe-123.html\n\n"
        "Markdown Content:\n# Cà phê Tây Nguyên lên mức cao nhất trong năm\n\n"
        "Giá cà phê nhân xô tại các tỉnh Tây Nguyên hôm nay tăng thêm 1.500 đồng mỗi kg.\n\n"
        "![Image 1](https://nongsanviet.vn/1.jpg)\n\n### [Hồ tiêu giữ giá ổn định trong tuần đầu tháng](https://nongsanviet.vn/b.html)\n\n"
        "Tổng biên tập: Lê Văn Tám\n"
    )
    converted = _convert(page, "page.txt")
    assert "Cà phê Tây Nguyên lên mức cao nhất" not in converted.body
    assert converted.body.startswith("Giá cà phê nhân xô")
    assert all(u.reason != TEASER for u in converted.units)  # a footer's field after the last card, no lead
