"""A portal's source label whose link says it is the source's, its address left out (`Nguồn: [Link
nguồn]`), links back to the original as `Xem bài gốc` does, so the credit over it publishes the story
(`reposts._LINK_BACK`); and a `.vn` site's name the publishers' table knows is no foreign outlet's for
being in ASCII (`Theo Bongda24h`, `translated_credits.foreign`; `blind_aggregators`)."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.reposts import reposted
from bantin.importer.translated_credits import foreign

_TABLE = {"tinthethao.vn": "Tin Thể Thao", "bongdaviet.vn": "Bongdaviet", "kpl.gov.la": "KPL"}


def _page(closing: str) -> bytes:
    content = (
        "Tin Thể Thao Bóng đá Quần vợt Đua xe Thứ Hai, ngày 03/06/2024 08:15 "
        "CLB Sông Lam Nghệ An vừa chia tay ba cầu thủ trụ cột sau khi hợp đồng của họ hết hạn cuối mùa giải. "
        "Ban huấn luyện cho biết đội sẽ bổ sung hai tiền vệ trẻ từ lò đào tạo trước giai đoạn lượt về. "
        "Đội bóng xứ Nghệ đang đứng thứ 9 trên bảng xếp hạng với 18 điểm sau 15 vòng đấu. "
        f"{closing} Tin liên quan: Đội tuyển U23 hội quân chuẩn bị giải châu Á"
    )
    return (
        "Title: Sông Lam Nghệ An chia tay ba trụ cột\nSource: tinthethao.vn\n"
        "Link: https://www.tinthethao.vn/bong-da/song-lam-nghe-an-chia-tay-ba-tru-cot-c48a1234.html\n"
        "Published Date: 2024-06-03T08:15:00+07:00\nAuthor: \nTags: None\nSummary: \n"
        f"Content: {content}\n"
    ).encode()


def test_a_credit_over_a_placeholder_link_back_publishes_the_story() -> None:
    converted = convert(_page("Theo Bongdaviet Nguồn: [Link nguồn]"), "p.txt", year=2017, sources=_TABLE)
    assert converted.front.source == "Bongdaviet"


def test_with_no_link_back_the_credit_is_a_quote_and_the_site_publishes() -> None:
    converted = convert(_page("Theo Bongdaviet"), "p.txt", year=2017, sources=_TABLE)
    assert converted.front.source == "Tin Thể Thao"


@pytest.mark.parametrize(
    ("texts", "linked"),
    [
        (["… trước giai đoạn lượt về. Theo Bongdaviet Nguồn: [Link nguồn] Tin liên quan"], True),
        (["Nguồn: Link nguồn"], True),
        (["Theo nguồn tin của phóng viên, đội bóng đã chia tay ba trụ cột."], False),
        (["Nguồn: Báo Nghệ An"], False),  # a credit, with no link back of its own
    ],
)
def test_the_source_label_links_back_only_with_its_placeholder(texts: list[str], linked: bool) -> None:
    assert reposted(texts) is linked


def test_a_vn_sites_ascii_name_in_the_table_is_no_foreign_outlet() -> None:
    assert foreign("Bongdaviet")  # unknown, it reads as a foreign name (`Science Alert`)
    assert not foreign("Bongdaviet", _TABLE)
    assert foreign("KPL", _TABLE)  # a foreign agency the table knows stays foreign
    assert foreign("Science Alert", _TABLE)
