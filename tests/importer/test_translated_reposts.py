"""On an aggregator's page that stamps the paper it reposts with its time and links back to it, a credit
of the foreign wires that paper translated from (`(Theo Kyodo, NHK)` over the translator's name) names
no original: the stamped paper publishes (`header._source`, `translated_credits.wire_credit`). A credit
of a Vietnamese paper (`Theo Báo Tin tức`) still names the original, as before."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.translated_credits import wire_credit

_LEAD = "Nhật Bản sẽ xây thêm 12 trạm sạc hydro dọc các tuyến cao tốc trong năm 2027."


def _page(credit: str) -> bytes:
    return "\n".join(
        [
            "Nhật Bản mở rộng mạng lưới trạm sạc hydro",
            "",
            "Tạp chí Năng lượng Xanh 10:05 03/12/2026",
            "Ngày 2/12, Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản công bố kế hoạch xây thêm 12 trạm sạc "
            "hydro dọc các tuyến cao tốc.",
            "Hiện Nhật Bản có khoảng 160 trạm sạc hydro, phần lớn ở các đô thị lớn.",
            credit,
            "Khánh Linh",
            "Xem nguồn",
            "",
            "",
            "",
            _LEAD,
        ]
    ).encode()


def test_the_wires_a_paper_translated_are_no_original() -> None:
    assert wire_credit("Kyodo, NHK") and wire_credit("Reuters")
    assert not wire_credit("Báo Tin tức")
    front = convert(_page("(Theo Kyodo, NHK)"), "page.txt", year=2026).front
    assert front.source == "Tạp chí Năng lượng Xanh"
    assert front.author == "Khánh Linh"


def test_a_vietnamese_papers_credit_still_names_the_original() -> None:
    front = convert(_page("Theo Báo Tin tức"), "page.txt", year=2026).front
    assert front.source == "Báo Tin tức"
