"""A place's name under its colon after the page's stamp goes back to open the lead (`agency_datelines`)."""

from bantin.importer.agency_datelines import dateline_back
from bantin.importer.furniture import Unit


def _texts(*texts: str) -> list[str]:
    return [u.text for u in dateline_back([Unit(0, t) for t in texts])]


def test_place_after_stamp_opens_the_lead():
    got = _texts(
        "Trang chủ > Quân sự - Quốc phòng > Diễn tập 29-11-2024 Kiên Giang:",
        "Sáng 28/11, Bộ Tư lệnh Quân khu 9 chỉ đạo tổ chức diễn tập khu vực phòng thủ năm 2024.",
    )
    assert got == [
        "Trang chủ > Quân sự - Quốc phòng > Diễn tập 29-11-2024",
        "Kiên Giang: Sáng 28/11, Bộ Tư lệnh Quân khu 9 chỉ đạo tổ chức diễn tập khu vực phòng thủ năm 2024.",
    ]


def test_label_before_an_undated_lead_stays():
    texts = ("Thời sự 29-11-2024 Chia sẻ:", "Bộ Tư lệnh Quân khu 9 chỉ đạo tổ chức diễn tập năm 2024.")
    assert _texts(*texts) == list(texts)
