"""A story closing on a slogan in quotation marks with no stop, the writer's name run on after it (`…
lời hiệu triệu "Giữ rừng hôm nay - giữ nước cho mai sau" Quang Thanh`), then the page's buttons and
other stories' headlines under their header: the name is cut off and read as the byline
(`unstopped_bylines`), the slogan stays."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.unstopped_bylines import unstopped_cut

_LINE = (
    'Lễ ra quân khép lại với lời hiệu triệu của lực lượng kiểm lâm "Giữ rừng hôm nay - giữ nước cho mai sau"'
)


def _page(body: str) -> bytes:
    lead = "Hơn 1.000 cán bộ, chiến sĩ và người dân tham gia lễ ra quân phòng cháy, chữa cháy rừng mùa khô."
    return (
        "Title: Kon Tum ra quân bảo vệ rừng mùa khô\nSource: Báo Kon Tum\n"
        "Link: https://example.vn/ra-quan-bao-ve-rung.html\nPublished Date: 2025-01-20T16:20:00+07:00\n"
        f"Author: \nTags: None\nSummary: {lead}\nContent: Báo Kon Tum Xã hội {lead} {body}\n"
    ).encode()


def test_a_name_after_a_closing_slogan_is_the_writer() -> None:
    assert unstopped_cut(f"{_LINE} Quang Thanh") == (_LINE, "Quang Thanh")
    tail = "Chia sẻ bài viết Tin cùng chuyên mục Tỉnh Kon Tum đón nhận bằng di tích quốc gia đặc biệt"
    converted = convert(_page(f"{_LINE} Quang Thanh {tail}"), "page.txt", year=2017)
    assert converted.front.author == "Quang Thanh"
    assert _LINE in converted.body


def test_a_name_inside_the_quotation_stays() -> None:
    assert (
        unstopped_cut('Lễ ra quân khép lại với lời hiệu triệu của lực lượng kiểm lâm "Vì rừng Kon Tum"')
        is None
    )
