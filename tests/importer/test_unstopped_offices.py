"""A notice's office named in the story's last kept line with no stop, its phone on the line under it
(`Mọi thắc mắc liên hệ Văn phòng Quỹ, tầng 4, …, Hà Nội` | `Điện thoại: …`, a saved page's `<br>`):
`closing_contacts` keeps the phone as the story's, as it does under the same line with its stop."""

from __future__ import annotations

from bantin.importer.closing_contacts import closing_contacts
from bantin.importer.furniture import Unit

_STORY = "Các chủ nhiệm đề tài hoàn thiện hồ sơ trước ngày 31/12/2024 và ký hợp đồng trong quý I/2025."
_OFFICE = "Mọi thắc mắc liên hệ Văn phòng Quỹ, tầng 4, 39 Trần Hưng Đạo, Hà Nội"


def _kept(office: str) -> list[str]:
    units = [
        Unit(0, _STORY),
        Unit(1, office, True, "furniture words"),
        Unit(1, "Điện thoại: 024 3936 7750", False),
    ]
    return [unit.text for unit in closing_contacts(units) if unit.keep]


def test_the_phone_under_an_office_named_with_no_stop_stays() -> None:
    assert _kept(_OFFICE) == [_STORY, _OFFICE, "Điện thoại: 024 3936 7750"]


def test_a_line_naming_no_office_keeps_no_phone_under_it() -> None:
    line = "Ngày hội khoa học mở cửa từ 8h đến 17h tại Cung Văn hóa Lao động, Hà Nội"
    assert _kept(line) == [_STORY, line]
