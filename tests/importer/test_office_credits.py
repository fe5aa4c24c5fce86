"""A photo's credit naming an office, a park or a cooperative (`Ảnh: Phòng Công tác xã hội`, `Ảnh: Vườn
quốc gia Bù Gia Mập`, `Ảnh: HTX Tân Phước`) is read whole, as a body's (`credit_bodies`): `Phòng`, `Chi
cục`, `Vườn quốc gia`, `Khu bảo tồn`, `Hợp tác xã` and `HTX` head it as `Sở` and `Trung tâm` do. `xã`
before a word in lower case is a compound's (`xã hội`), no commune's; a name joined by a dash to one as
long (`Lò Gò - Xa Mát`) is one name; a name of two words closing its caption is the body's own, no
byline being left after it. What follows in a sentence's capital still stays out."""

from __future__ import annotations

from bantin.importer.captions import parse_credit
from bantin.importer.convert import convert


def test_an_office_a_park_and_a_cooperative_are_whole_credits() -> None:
    assert parse_credit("Phòng Công tác xã hội")[0] == "Phòng Công tác xã hội"
    assert parse_credit("Phòng Công tác xã hội Sau ca mổ, bệnh nhân tỉnh táo.")[0] == "Phòng Công tác xã hội"
    assert parse_credit("Chi cục Kiểm lâm Năm nay, đơn vị đã tuần tra 120 lượt.")[0] == "Chi cục Kiểm lâm"
    assert parse_credit("Vườn quốc gia Bù Gia Mập")[0] == "Vườn quốc gia Bù Gia Mập"
    assert parse_credit("Khu bảo tồn Thạnh Phú - Bình Đại Mùa này, chim về nhiều.")[0] == (
        "Khu bảo tồn Thạnh Phú - Bình Đại"
    )
    assert parse_credit("HTX Tân Phước")[0] == "HTX Tân Phước"


def test_a_commune_after_an_office_and_a_byline_after_it_stay_as_before() -> None:
    assert parse_credit("Phòng Văn hóa xã Tân Lập Năm nay, xã có 12 đội văn nghệ.")[0] == (
        "Phòng Văn hóa xã Tân Lập"
    )
    assert parse_credit("Công an tỉnh cung cấp Đối tượng bị bắt giữ.")[0] == "Công an tỉnh cung cấp"
    assert parse_credit("HTX Tân Phước Minh Anh")[0] == "HTX Tân Phước"


def test_the_credit_of_a_parks_caption_is_not_cut_after_its_head() -> None:
    text = (
        "Title: Thả 15 cá thể khỉ về rừng\nSource: Vườn quốc gia Bù Gia Mập\nLink: https://vqgbgm.vn/tha-khi\n"
        "Published Date: 2026-12-02T09:00:00+07:00\nAuthor: \nTags: None\nSummary: Mười lăm cá thể khỉ được thả.\n"
        "Content: Sáng 1/12, Vườn quốc gia Bù Gia Mập thả 15 cá thể khỉ đuôi dài về phân khu bảo vệ nghiêm ngặt "
        "sau ba tháng chăm sóc. Kiểm lâm thả khỉ về rừng. Ảnh: Vườn quốc gia Bù Gia Mập Năm 2026, vườn đã "
        "thả về tự nhiên 84 cá thể động vật hoang dã thuộc 12 loài.\n"
    )
    body = convert(text.encode(), "page.txt", year=2026).body
    assert "*Ảnh: Vườn quốc gia Bù Gia Mập*" in body
    assert "Năm 2026, vườn đã thả về tự nhiên 84 cá thể" in body
