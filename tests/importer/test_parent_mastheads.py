"""A department's site prints its parent body's name over its own, the two run into its menu and the
lead (`Bộ Văn hóa, Thể thao và Du lịch Cục Hợp tác quốc tế Tin tức … Văn bản Tối 22/5, …`,
`mastheads._under_parent`): the names and the menu go, the lead stays; a lead that opens with a body's
name and names the site after a stop, or with no menu after it, keeps its words."""

from __future__ import annotations

from bantin.importer.mastheads import peel_masthead

_LEAD = (
    "Tối 22/5, tại Quảng trường thành phố Pác Xế, tỉnh Chăm-pa-xắc, Bộ Văn hóa, Thể thao và Du lịch "
    "Việt Nam phối hợp với Bộ Thông tin, Văn hóa và Du lịch Lào khai mạc Tuần Văn hóa Việt Nam tại Lào."
)
_HEAD = "Bộ Văn hóa, Thể thao và Du lịch Cục Hợp tác quốc tế Tin tức Hợp tác song phương Văn hóa đối ngoại Văn bản"


def _called(text: str) -> bool:
    return text.strip() == "Cục Hợp tác quốc tế"


def test_the_parents_name_the_sites_and_its_menu_go() -> None:
    assert peel_masthead(f"{_HEAD} {_LEAD}", _called) == (_HEAD, _LEAD)


def test_a_lead_naming_the_site_keeps_its_words() -> None:
    text = "Bộ Văn hóa, Thể thao và Du lịch và Cục Hợp tác quốc tế vừa tổ chức hội nghị tổng kết năm 2025 tại Hà Nội."
    assert peel_masthead(text, _called) is None
    text = "Bộ trưởng đã ký. Cục Hợp tác quốc tế Tin tức Văn bản Tối 22/5, tại Hà Nội, hội nghị khai mạc."
    assert peel_masthead(text, _called) is None
