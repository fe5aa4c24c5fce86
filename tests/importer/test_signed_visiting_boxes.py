"""A house's own story (a museum opening a gallery) printing its visiting box after its last sentence and
over its writer's byline (`… công chúng. Thông tin tham quan: Giờ mở cửa: 8:00 - 17:00 các ngày trong
tuần Giá vé: 40.000 đồng/người Dịp này, bảo tàng …. | Minh Hằng`): the box is inside the story, which the byline
closes, so it stays (`visiting_boxes.visits_in_story`); the site's box after the byline goes, as before."""

from __future__ import annotations

from bantin.importer.convert import convert

_BOX = (
    "Thông tin tham quan: Giờ mở cửa: 8:00 - 17:00 các ngày trong tuần Giá vé: 40.000 đồng/người Dịp này, "
    "bảo tàng tổ chức trình diễn dệt thổ cẩm vào sáng thứ Bảy hằng tuần."
)


def _page(closing: str) -> bytes:
    content = (
        "Trang chủ Giới thiệu Trưng bày Tin tức Ngày 2/12, Bảo tàng Văn hóa các dân tộc khai mạc trưng bày "
        "chuyên đề về nghề dệt thổ cẩm, giới thiệu 180 hiện vật. Phần lớn hiện vật do các gia đình ở vùng cao "
        "hiến tặng, trong đó có 35 hiện vật lần đầu ra mắt công chúng. "
        f"{closing} Liên hệ Bản quyền thuộc Bảo tàng Văn hóa các dân tộc"
    )
    return (
        "Title: Khai mạc trưng bày về nghề dệt thổ cẩm\nSource: Bảo tàng Văn hóa các dân tộc\n"
        "Link: https://baotangvanhoa.example.vn/tin-tuc/trung-bay-tho-cam.html\n"
        "Published Date: 2026-12-02T09:00:00+07:00\nAuthor: \nTags: None\n"
        "Summary: Trưng bày giới thiệu 180 hiện vật.\n"
        f"Content: {content}\n"
    ).encode()


def test_a_visiting_box_over_the_byline_is_the_storys() -> None:
    converted = convert(_page(f"{_BOX} Minh Hằng"), "page.txt", year=2026)
    assert "Giờ mở cửa: 8:00 - 17:00" in converted.body
    assert converted.front.author == "Minh Hằng"


def test_a_visiting_box_after_the_byline_is_the_sites() -> None:
    converted = convert(_page(f"Minh Hằng {_BOX}"), "page.txt", year=2026)
    assert "Giờ mở cửa" not in converted.body
