"""A translated story's sources naming a foreign site by its address (`(Theo Kyodo, Space.com)`,
`Nguồn: Phys.org`) over the translator's name: the name is the writer's, not the name of a site that
copied the story from a Vietnamese address (`Nguồn: Zing.vn` | `Tin Tức Hôm Nay`, `body`'s
`_site_under_source`), and the sources line stays in the text (`translated_credits`)."""

from __future__ import annotations

from bantin.importer.convert import convert


def _page(credit: str, name: str) -> bytes:
    return "\n".join(
        [
            "Tàu thăm dò Trung Quốc gửi về ảnh mặt khuất Mặt Trăng",
            "",
            "Tạp chí Thiên văn Trẻ 09:40 05/12/2026",
            "Ngày 4/12, Cơ quan Vũ trụ Quốc gia Trung Quốc công bố loạt ảnh đầu tiên do tàu Thường Nga 7 chụp "
            "mặt khuất của Mặt Trăng.",
            "Tàu sẽ hoạt động ít nhất 8 năm, tìm băng nước ở vùng cực nam.",
            credit,
            name,
            "Xem nguồn",
            "",
            "",
            "",
            "Tàu Thường Nga 7 gửi về những bức ảnh đầu tiên về mặt khuất của Mặt Trăng.",
        ]
    ).encode()


def test_a_foreign_address_in_the_sources_is_signed_by_its_translator() -> None:
    for credit in ("(Theo Xinhua, Space.com)", "Nguồn: Phys.org"):
        converted = convert(_page(credit, "Minh Khôi"), "page.txt", year=2026)
        assert converted.front.author == "Minh Khôi"
        assert credit in converted.body
        assert converted.front.source == "Tạp chí Thiên văn Trẻ"


def test_a_vietnamese_address_under_a_credit_is_still_a_site_name() -> None:
    converted = convert(_page("Nguồn: Zing.vn", "Tin Tức Hôm Nay"), "page.txt", year=2026)
    assert converted.front.author != "Tin Tức Hôm Nay"
