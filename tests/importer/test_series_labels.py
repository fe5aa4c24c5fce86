"""The series' own label over a part's story stays, cut off the menu it ran into (`headline_parts`)."""

from bantin.importer.furniture import Unit
from bantin.importer.headline_parts import names_headline_part, series_label_apart

HEADLINE = "Kỳ cuối: Giữ nghề dệt thổ cẩm của người Cơ Tu"


def test_series_label_over_a_part_stays():
    assert names_headline_part("Loạt bài: Người giữ hồn thổ cẩm", HEADLINE)
    assert names_headline_part("Chợ đầu mối về đêm - Kỳ 2", "Kỳ 2: Những chuyến xe đêm chở rau")
    assert not names_headline_part("Loạt bài: Người giữ hồn thổ cẩm", "Giữ nghề dệt thổ cẩm của người Cơ Tu")
    assert not names_headline_part("Xem thêm: Chợ đêm - Kỳ 3", "Kỳ 2: Những chuyến xe đêm chở rau")


def test_series_label_is_cut_off_the_menu():
    units = [
        Unit(0, "Nông thôn Việt Văn hóa Phóng sự Loạt bài: Người giữ hồn thổ cẩm"),
        Unit(0, "Những lớp …"),
    ]
    got = [u.text for u in series_label_apart(units, HEADLINE)]
    assert got == ["Nông thôn Việt Văn hóa Phóng sự", "Loạt bài: Người giữ hồn thổ cẩm", "Những lớp …"]
    assert series_label_apart(units, "Giữ nghề dệt thổ cẩm") == units
