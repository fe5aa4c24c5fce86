"""An office signing the story under its last sentence (`Phòng Công tác xã hội`) run into the site's
box after it (`Ủng hộ ngay Quét mã QR …`, `Đóng góp quỹ: STK …`) is cut from it: its shortest name,
closed by a word in lower case, that a capital and the box's furniture follow
(`edges._office_apart`); the office then signs the story and the box goes. A sentence the office opens
goes on in lower case (`Ban Tổ chức cho biết …`), and a name that goes on in capitals (`Phòng Công
tác xã hội Bệnh viện …`) is no box, so neither is cut."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.edges import _office_apart

STORY = [
    "Sáng 12/10, Bệnh viện Đa khoa tỉnh Mây trao 300 suất quà cho bệnh nhân nghèo điều trị nội trú.",
    "Mỗi suất quà gồm 500.000 đồng tiền mặt, sữa và vật dụng cá nhân do các nhà hảo tâm đóng góp.",
    "Từ đầu năm, quỹ Bữa cơm yêu thương của bệnh viện đã phát hơn 20.000 suất ăn miễn phí.",
]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Phòng Công tác xã hội Ủng hộ ngay Quét mã QR để góp quỹ cùng bệnh viện", "Phòng Công tác xã hội"),
        ("Ban Truyền thông Đóng góp quỹ: STK 0123 4567 8910, Ngân hàng Mây", "Ban Truyền thông"),
    ],
)
def test_an_office_run_into_a_box_is_cut_from_it(text: str, office: str) -> None:
    assert _office_apart(text) == (office, text.removeprefix(office).strip())


@pytest.mark.parametrize(
    "text",
    [
        "Ban Tổ chức cho biết quỹ sẽ tiếp tục nhận ủng hộ đến hết tháng 12",
        "Phòng Công tác xã hội Bệnh viện Đa khoa tỉnh Mây",
    ],
)
def test_a_sentence_or_a_longer_name_is_not_cut(text: str) -> None:
    assert _office_apart(text) is None


def test_the_office_signs_and_the_box_goes() -> None:
    page = ["Trao quà cho bệnh nhân nghèo", "", "Bệnh viện trao 300 suất quà.", "", *STORY,
            "Phòng Công tác xã hội Ủng hộ ngay Quét mã QR để góp quỹ cùng bệnh viện",
            "Số tài khoản: 0123 4567 8910 Ngân hàng Mây"]  # fmt: skip
    done = convert("\n".join(page).encode(), "page.txt", year=2017, sources={})
    assert all(line in done.body for line in STORY)
    assert "Quét mã QR" not in done.body and "Công tác xã hội" not in done.body
    assert done.front.author == "Phòng Công tác xã hội"
