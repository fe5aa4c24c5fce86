"""A body named after a label's colon (`Nguồn: Văn phòng Hội đồng Phát triển kinh tế …`): a footer's field
label a sentence also names (`Văn phòng`, `Trụ sở`, `Ban biên tập`) right after another label's colon is
that label's value, not a field of its own (`field_starts._starts_a_field`), so the table's source line
is not cut into a lone label that goes. After a name or a number the field still starts (`… Hà Nội Văn
phòng đại diện: …`)."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.field_starts import field_cuts

from .scrapes import vnsum

_SOURCE = "Nguồn: Văn phòng Thống kê quốc gia Malaysia (DOSM)"


def test_a_body_after_a_label_s_colon_is_its_value() -> None:
    assert field_cuts(f"Quý III: 4,1% {_SOURCE}") == {len("Quý III: 4,1% ")}  # before `Nguồn:` only
    footer = "Tòa soạn: 12 Lê Lợi, Hà Nội Văn phòng đại diện: 45 Trần Phú, Đà Nẵng"
    assert footer.index("Văn phòng") in field_cuts(footer)


def test_the_table_s_source_stays_with_the_story() -> None:
    content = (
        "Ngân hàng Trung ương Malaysia ngày 2/12 giữ nguyên dự báo tăng trưởng kinh tế năm 2027 ở mức 4,5%. "
        f"Tăng trưởng GDP theo quý năm 2026: Quý I: 4,4% Quý II: 4,3% Quý III: 4,1% {_SOURCE} "
        "Xuất khẩu thiết bị điện tử tiếp tục là động lực chính, chiếm gần 40% tổng kim ngạch xuất khẩu. Lê Minh"
    )
    scrape = vnsum(
        "Malaysia giữ dự báo tăng trưởng 4,5%",
        "https://tapchi.example.vn/quoc-te/a9.html",
        content,
        date="2026-12-03T08:00:00+07:00",
    )
    assert _SOURCE in convert(scrape, "page.txt", year=2026).body
