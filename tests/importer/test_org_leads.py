"""A menu's last item left on a lead that opens with an organisation's name, after the header before
it was cut (`org_leads`): the item goes, the lead and its subject stay."""

from __future__ import annotations

import pytest

from bantin.importer.org_leads import peel_item_before_body

_LEAD = (
    "Viện Khoa học Nông nghiệp Việt Nam phối hợp với Sở Nông nghiệp tỉnh Chăm-pa-xắc khảo nghiệm 6 giống lúa."
)


@pytest.mark.parametrize(
    ("item", "lead"),
    [
        ("Tài liệu kỹ thuật", _LEAD),
        (
            "Đường dây nóng",
            "Cục Hàng không Việt Nam đã cấp phép cho hãng Lao Airlines khai thác đường bay mới từ tháng 4.",
        ),
        (
            "Tư vấn vé",
            "Hãng hàng không quốc gia Lào (Lao Airlines) vừa thông báo khai thác lại đường bay thẳng tới Hà Nội.",
        ),
    ],
)
def test_the_menus_last_item_goes_before_a_body_opening_the_lead(item: str, lead: str) -> None:
    assert peel_item_before_body(f"{item} {lead}") == (item, lead)


@pytest.mark.parametrize(
    "text",
    [
        f"Đại diện {_LEAD}",  # a title heading the body: the lead's subject
        f"Lãnh đạo {_LEAD}",
        f"Đoàn công tác {_LEAD}",  # a group of people from the body
        f"Cán bộ {_LEAD}",
        f"Đến nay {_LEAD}",  # the lead's time
        f"Hôm nay {_LEAD}",
        f"Trung tâm Giống cây trồng {_LEAD}",  # a body's name of its own
        "Tài liệu kỹ thuật Viện vừa ban hành.",  # no whole sentence after it
        "Liên hiệp Hội Việt Nam vô cùng thương tiếc báo tin GS.TSKH Phạm Đức Thịnh đã từ trần.",  # a name
        "Phố cổ Hội An nhanh chóng dọn dẹp sau lũ, đón hơn 25.000 lượt khách quốc tế trong tuần qua.",
        "Tài liệu kỹ thuật của Viện Khoa học Nông nghiệp Việt Nam được phát hành cho các tỉnh bạn Lào.",
    ],
)
def test_the_leads_own_words_stay(text: str) -> None:
    assert peel_item_before_body(text) is None
