"""A masthead in capitals names the publisher of a site no table knows. When its name goes on past
what the address spells (`BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM` for dangcongsan.vn: the address spells
the party's name, not the paper's), the paper is named whole, written as the page or the registry
writes the name (`Báo điện tử Đảng Cộng sản Việt Nam`); a menu in capitals after a masthead is no
part of its name. The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.entities import Entity, Kind, Registry
from bantin.importer import publishers
from bantin.importer.convert import convert

STORY = (
    "Sáng 14/3, Ban Chỉ huy quân sự huyện đã tổ chức diễn tập phòng chống lụt bão tại xã ven sông với "
    "sự tham gia của hơn 200 người. Các lực lượng đã phối hợp sơ tán người dân, di chuyển tài sản đến "
    "nơi an toàn trong thời gian ngắn nhất. Qua buổi diễn tập, chính quyền địa phương rút ra nhiều kinh "
    "nghiệm cho mùa mưa bão sắp tới."
)
PARTY = Entity(id="dang-cong-san-viet-nam", kind=Kind.ORGANIZATION, name="Đảng Cộng sản Việt Nam",
               description="Đảng cầm quyền.")  # fmt: skip


def _source(host: str, masthead: str, *, after: str = "", registry: Registry | None = None,
            table: dict[str, str] | None = None) -> str | None:  # fmt: skip
    page = (
        f"Title: Diễn tập phòng chống lụt bão ở xã ven sông\nSource: {host}\n"
        f"Link: https://{host}/dien-tap-phong-chong-lut-bao-o-xa-ven-song-a123456.html\n"
        f"Published Date: 14/03/2024\nAuthor: \nTags: \nSummary: \nContent: {masthead} 14/03/2024 08:00 "
        f"{STORY} {after}\n"
    )
    return convert(
        page.encode(), "dien-tap.txt", year=2017, registry=registry, sources=table or {}
    ).front.source


FOOTER = "Cơ quan của Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam. Giấy phép số 1/GP-BTTTT."


@pytest.mark.parametrize(
    ("after", "registry"),
    [("", Registry([PARTY])), (FOOTER, None)],
    ids=["as the registry writes it", "as the page writes it"],
)
def test_a_masthead_going_on_past_the_address_names_the_paper_whole(
    after: str, registry: Registry | None
) -> None:
    source = _source("dangcongsan.vn", "BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM", after=after, registry=registry)
    assert source == "Báo điện tử Đảng Cộng sản Việt Nam"


def test_the_table_of_publishers_names_it_first() -> None:
    table = {"dangcongsan.vn": "Báo Điện tử Đảng Cộng sản Việt Nam"}
    assert (
        _source("dangcongsan.vn", "BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM", table=table)
        == table["dangcongsan.vn"]
    )


@pytest.mark.parametrize(
    ("host", "masthead", "source"),
    [
        ("laodong.vn", "BÁO LAO ĐỘNG TRANG CHỦ THỜI SỰ KINH DOANH", "Lao Động"),  # a menu after it
        ("toquoc.vn", "BÁO ĐIỆN TỬ TỔ QUỐC", "Tổ Quốc"),
    ],
)
def test_a_masthead_the_address_spells_whole_is_named_short(host: str, masthead: str, source: str) -> None:
    assert _source(host, masthead) == source


def test_a_masthead_in_capitals_is_written_as_the_page_writes_its_words() -> None:
    after = "Bộ Tài chính đã hướng dẫn các địa phương chi hỗ trợ người dân sau mưa bão."
    assert _source("tapchitaichinh.vn", "TẠP CHÍ TÀI CHÍNH", after=after) == "Tạp chí Tài chính"
    assert _source("tapchitaichinh.vn", "TẠP CHÍ TÀI CHÍNH") == "Tạp chí Tài Chính"  # nothing to go by
    lower = "Các khoản chi về tài chính được công khai."  # a sentence's words, not a name
    assert _source("tapchitaichinh.vn", "TẠP CHÍ TÀI CHÍNH", after=lower) == "Tạp chí Tài Chính"


@pytest.mark.parametrize(
    ("scraped", "source"),
    [
        ("Báo Giáo dục và Thời đại", "Giáo dục và Thời đại"),  # the page's `và` for the table's `&`
        ("Báo Giáo dục & Thời đại", "Giáo dục & Thời đại"),
        ("giaoducthoidai.vn", "Giáo dục & Thời đại"),  # an address: the table's name
        ("Báo Giáo dục", "Giáo dục & Thời đại"),  # another name: the table's
        ("BÁO GIÁO DỤC & THỜI ĐẠI", "Giáo dục & Thời đại"),  # a difference of case: the table's
    ],
)
def test_the_tables_name_is_spelt_with_the_pages_conjunction(scraped: str, source: str) -> None:
    table = {"giaoducthoidai.vn": "Giáo dục & Thời đại"}
    assert publishers.name(scraped, "https://giaoducthoidai.vn/a-123.html", table, []) == source


def test_the_tables_name_is_joined_as_the_page_joins_it() -> None:
    table = {"doisongphapluat.com": "Đời sống Pháp luật"}
    link = "https://doisongphapluat.com/a-123.html"
    assert publishers.name("Đời sống & Pháp luật", link, table, []) == "Đời sống & Pháp luật"
    assert publishers.name("Đời sống Pháp luật", link, table, []) == "Đời sống Pháp luật"
