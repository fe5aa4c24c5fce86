"""A related headline under its label run into the story's next sentence, which opens with an office
right after a one-word name closing the headline (`… dịp Tết | Hội dự kiến …`, `… ở Sendai | Đại sứ quán
Việt Nam … khuyến cáo …`): cut there (`linked_headlines`); an office's own name inside the headline
(`Phòng Cảnh sát hình sự`, `Trường Đại học Nha Trang`) cuts nothing there."""

from __future__ import annotations

from bantin.importer.furniture import LINKED_HEADLINE, Unit
from bantin.importer.linked_headlines import linked_headline_apart


def _split(text: str) -> list[tuple[str, str]]:
    units = [Unit(0, "Xem thêm:", True, "a label"), Unit(0, text)]
    return [(unit.text, unit.reason) for unit in linked_headline_apart(units)][1:]


def test_a_bare_office_after_a_name_opens_the_sentence() -> None:
    head = "Nữ công nhân được hỗ trợ tiền thuê nhà dịp Tết"
    sentence = "Hội dự kiến nhân rộng mô hình tại các phường có đông công nhân như Dĩ An và Tân Uyên."
    assert _split(f"{head} {sentence}") == [(head, LINKED_HEADLINE), (sentence, "article text")]


def test_an_embassy_after_a_place_opens_the_sentence() -> None:
    head = "Khoảnh khắc động đất làm rung lắc tòa nhà ở Sendai"
    sentence = "Đại sứ quán Việt Nam tại Nhật Bản khuyến cáo công dân theo dõi thông tin chính thức."
    assert _split(f"{head} {sentence}") == [(head, LINKED_HEADLINE), (sentence, "article text")]


def test_an_office_s_name_in_the_headline_is_no_cut() -> None:
    head = "Khen thưởng Phòng Cảnh sát hình sự vì phá nhanh vụ cướp"
    sentence = "Chiều 5/12, lãnh đạo công an tỉnh đã trao thưởng cho các cán bộ, chiến sĩ của đơn vị."
    assert _split(f"{head} {sentence}")[0][0].startswith(head)
    head = "Sinh viên ở Trường Đại học Nha Trang nhận học bổng"
    sentence = "Sáng 5/12, nhà trường đã trao 120 suất học bổng cho sinh viên vượt khó học giỏi."
    assert _split(f"{head} {sentence}")[0][0].startswith(head)
