"""The writer's full name run on from the story's last line with no stop after a word a country's or a
town's name follows (`… thả cả túi nilon xuống nước Nguyễn Hùng Vĩ`): three words opening with a surname
are no place's the gazetteer does not know, so the name is cut off as the byline
(`unstopped_bylines._full_name_after_place_word`); a place's shorter name (`về Lý Sơn`), a city's that
is a person's too (`về Hồ Chí Minh`) and a street's after `tại` (`tại Lê Văn Sỹ`) stay in the line."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.unstopped_bylines import unstopped_cut

from .scrapes import vnsum

_LINE = "Người dân nên bỏ cá vào xô rồi thả nhẹ, không thả cả túi nilon và vàng mã xuống nước"


def test_a_full_name_after_nuoc_is_the_writers() -> None:
    assert unstopped_cut(f"{_LINE} Trần Minh Khoa") == (_LINE, "Trần Minh Khoa")
    assert unstopped_cut("Đoàn cứu trợ mang 500 suất quà và 2 tấn gạo từ thủ đô về Phạm Thu Hằng") == (
        "Đoàn cứu trợ mang 500 suất quà và 2 tấn gạo từ thủ đô về",
        "Phạm Thu Hằng",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Nhiều gia đình đưa con em đi tham quan đảo rồi cùng nhau trở về Lý Sơn",  # two words: a town
        "Đoàn công tác đã làm việc với các sở ngành rồi trở về Hồ Chí Minh",  # a city the gazetteer knows
        "Đoàn công tác đã khảo sát mặt bằng của dự án nhà ở xã hội tại Lê Văn Sỹ",  # a street, after `tại`
        "Hội nghị xúc tiến đầu tư có sự tham gia của doanh nghiệp đến từ nước Cộng Hòa Séc",  # no surname
    ],
)
def test_a_places_name_stays(text: str) -> None:
    assert unstopped_cut(text) is None


def test_the_page_has_its_author() -> None:
    content = (
        "Sáng 22/1, nhiều người dân ra hồ Tây thả cá chép tiễn ông Công ông Táo về trời. Lực lượng chức năng "
        f"bố trí thùng thu gom túi nilon quanh hồ. {_LINE} Trần Minh Khoa Chia sẻ Facebook Zalo"
    )
    page = vnsum(title="Người dân thả cá chép tiễn ông Công ông Táo", source="Báo Mẫu",
                 link="https://baomau.vn/xa-hoi/tha-ca-chep-a1.html", content=content,
                 date="2026-01-22T09:00:00+07:00")  # fmt: skip
    converted = convert(page, "page.txt", year=2026)
    assert converted.front.author == "Trần Minh Khoa"
    assert _LINE in converted.body
