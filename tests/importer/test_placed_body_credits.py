"""A photo's credit naming a house with its own name and its city, printed with no stop before what
follows (`Ảnh: Bảo tàng Điêu khắc Chăm Đà Nẵng Thông tin tham quan: …`): the city closes the house's name,
as the house prints it, and no writer's name ends in a city, so none is read off it
(`credit_bodies._name_then_place`). A family name before the place is a writer's (`Lê Hà Giang`), and a
place with words in lower case after it opens the next sentence, as before."""

from __future__ import annotations

from bantin.importer.captions import parse_credit


def test_a_house_name_then_its_city_is_one_credit() -> None:
    after = "Nhà hát Nghệ thuật Tuồng Đà Nẵng Thông tin tham quan: Giờ mở cửa: 7:00 - 17:00"
    assert parse_credit(after)[0] == "Nhà hát Nghệ thuật Tuồng Đà Nẵng"
    after = "Nhà hát Kịch Hải Phòng Chương trình diễn ra đến hết tháng 12."
    assert parse_credit(after)[0] == "Nhà hát Kịch Hải Phòng"


def test_a_place_opening_the_next_sentence_or_a_writers_name_stays_out() -> None:
    assert (
        parse_credit("Nhà hát Nghệ thuật Tuồng Đà Nẵng ghi nhận, sau hai tuần …")[0] == "Nhà hát Nghệ thuật"
    )
    assert parse_credit("Sở Y tế Lê Hà Giang Thông tin thêm")[0] == "Sở Y tế"
