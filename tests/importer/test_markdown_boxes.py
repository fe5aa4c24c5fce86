"""A scraper's Markdown page's boxes and headline (the blind round `blind_markdown2`): a box of other
stories printed as a list of links inside the story goes with its label (`Tin liên quan`), and the
story's subheading after it stays; the byline over the tags' list is no box's label; a table's
`Nguồn: …` under its rows is the figures' credit, kept, and names no publisher; Jina's `Title:` that is
the page's headline and the site's slogan after a dash is the headline; a clipper's `author:` that
spells the site's address is the publisher's name."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.link_boxes import box_label

_HEADLINE = "Sản lượng điện mặt trời mái nhà tăng mạnh trong quý III"
_OPENING = (
    "Sản lượng điện mặt trời mái nhà phát lên lưới quý III ước đạt 2,1 tỷ kWh, tăng 18% so với cùng kỳ "
    "năm trước, theo số liệu của Tập đoàn Điện lực."
)
_CLOSING = "Đại diện tập đoàn cho biết sẽ mở rộng chương trình mua điện dư từ các hộ gia đình trong năm 2026."


def _jina(story: str, suffix: str = " - Năng lượng sạch và Đời sống") -> str:
    return (
        f"Title: {_HEADLINE}{suffix}\n\nURL Source: https://nangluongsach.vn/dien-mat-troi-mai-nha-123.html\n\n"
        "Published Time: 2025-10-20T08:00:00+07:00\n\nMarkdown Content:\n"
        "*   [Thời sự](https://nangluongsach.vn/thoi-su)\n*   [Điện](https://nangluongsach.vn/dien)\n"
        "*   [Xăng dầu](https://nangluongsach.vn/xang-dau)\n\n"
        f"{_HEADLINE}\n{'=' * len(_HEADLINE)}\n\n{_OPENING}\n\n{story}\n\n{_CLOSING}\n\n**Ngọc Lan**\n"
    )


def _import(text: str):
    return convert(text.encode(), "page.md", year=2017, sources={"nangluongsach.vn": "Năng lượng sạch"})


def test_a_box_of_links_goes_with_its_label_and_the_subheading_after_it_stays() -> None:
    box = (
        "**Tin liên quan**\n\n*   [Giá điện tăng 4,8% từ tháng 5](https://nangluongsach.vn/gia-dien.html)\n"
        "*   [Điện gió ngoài khơi chờ cơ chế](https://nangluongsach.vn/dien-gio.html)\n\n"
        "## Hộ gia đình bán điện dư"
    )
    page = _import(_jina(box))
    assert "Tin liên quan" not in page.body and "Giá điện tăng" not in page.body
    assert "Hộ gia đình bán điện dư" in page.body
    assert _CLOSING in page.body


def test_a_bylines_name_over_the_tags_is_no_boxs_label() -> None:
    assert not box_label(["Trần Hoàng"], "links")
    assert not box_label(["(TTXVN/Vietnam+)"], "links")
    assert box_label(["Xem thêm:"], "links")
    assert not box_label(["Xem thêm:"], "paragraph")
    assert not box_label(["Hai bên nhất trí hợp tác trong các lĩnh vực sau đây."], "links")


def test_a_tables_source_line_is_kept_and_names_no_publisher() -> None:
    table = (
        "| Quý | Sản lượng (triệu kWh) |\n| --- | --- |\n| Quý I | 1.450 |\n| Quý II | 1.820 |\n\n"
        "_Nguồn: Tập đoàn Điện lực Việt Nam_"
    )
    page = _import(_jina(table))
    assert "Nguồn: Tập đoàn Điện lực Việt Nam" in page.body
    assert page.front.source == "Năng lượng sạch"


def test_jinas_title_with_the_sites_slogan_after_the_headline_is_the_headline() -> None:
    page = _import(
        _jina("Giá mua điện dư được giữ ở mức 671 đồng/kWh cho đến hết năm 2025 theo quyết định mới.")
    )
    assert page.front.title == _HEADLINE
    assert not page.body.startswith(_HEADLINE)


def test_a_clippers_author_that_spells_the_site_names_the_publisher() -> None:
    clipping = (
        "---\ncreated: 2025-11-28T21:14:05 (UTC +07:00)\npublished: 2025-11-05T14:25:00+07:00\ntags: []\n"
        "source: https://baonangluong.vn/gia-dien-123.htm\nauthor: Báo Năng Lượng\n---\n\n# Giá điện bậc thang được "
        "rút còn năm bậc\n\n---\n- [Thời sự](https://baonangluong.vn/thoi-su)\n- [Điện](https://baonangluong.vn/dien)\n"
        f"- [Xăng dầu](https://baonangluong.vn/xang-dau)\n\n{_OPENING}\n\n{_CLOSING}\n\n**Ngọc Lan**\n"
    )
    page = convert(clipping.encode(), "page.md", year=2017, sources={})
    assert page.front.source == "Báo Năng Lượng"
    assert page.front.author == "Ngọc Lan"


def test_a_line_introducing_a_table_after_a_caption_stays_with_the_table() -> None:
    table = (
        "![Trạm biến áp 500 kV](https://nangluongsach.vn/images/tram.jpg)\n\nTrạm biến áp 500 kV Phố Nối. Ảnh: Ngọc Lan\n\n"
        "Bảng xếp hạng sau quý III:\n\n| Khu vực | Tỷ kWh |\n| --- | --- |\n| Miền Bắc | 0,6 |\n"
        "| Miền Nam | 1,2 |"
    )
    page = _import(_jina(table))
    assert "Bảng xếp hạng sau quý III:" in page.body
    assert "Khu vực | Tỷ kWh" in page.body
