"""A teaser under its invitation (`Mời xem thêm: …`, `Mời bạn đọc thêm: …`) run with no stop into the list
item before it and the story's next sentence after it: the invitation is a widget's label, cut from the
item (`field_starts`), and its headline ends where the sentence starts (`units._RELATED`), so the teaser
goes and the list's item and the sentence stay. On lines written for these tests."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.units import split_units

_LIST = "Mức phí: Hồ sơ thông thường: 100.000 đồng/lần Người cao tuổi, hộ nghèo: miễn phí"
_TEASER = "Mời xem thêm: Long An hỗ trợ pháp lý miễn phí cho 900 lượt người trong năm 2026"
_NEXT = "Trong 11 tháng năm 2026, Sở Tư pháp tiếp nhận 9.120 hồ sơ, trong đó 58% được nộp trực tuyến."


def test_the_invitation_parts_the_item_the_teaser_and_the_sentence() -> None:
    assert split_units(f"{_LIST} {_TEASER} {_NEXT}") == [_LIST, _TEASER, _NEXT]
    teaser = _TEASER.replace("Mời xem", "Mời bạn đọc")  # `Mời bạn đọc thêm:`: the same
    assert split_units(f"{_LIST} {teaser} {_NEXT}") == [_LIST, teaser, _NEXT]


def test_a_sentences_own_words_are_no_invitation() -> None:
    text = "Người dân có thể xem thêm: hướng dẫn chi tiết trên Cổng Dịch vụ công của tỉnh."
    assert split_units(text) == [text]


def test_the_teaser_goes_and_the_story_stays() -> None:
    page = (
        "Title: Cấp phiếu lý lịch tư pháp trực tuyến\nSource: Sở Tư pháp tỉnh Long An\n"
        "Link: https://stp.longan.gov.vn/tin/cap-phieu-ly-lich.html\n"
        "Published Date: 2026-12-02T08:00:00+07:00\nAuthor: \nTags: None\nSummary: Cấp phiếu trực tuyến.\n"
        "Content: Trang chủ Tin tức Từ ngày 1/12/2026, Sở Tư pháp tỉnh Long An tiếp nhận hồ sơ đề nghị cấp "
        "Phiếu lý lịch tư pháp trên ứng dụng VNeID cho công dân trong tỉnh. Thời hạn giải quyết rút xuống "
        f"còn 5 ngày làm việc. {_LIST} {_TEASER} {_NEXT} Minh Tâm Góp ý về bài viết\n"
    )
    body = convert(page.encode(), "page.txt", year=2026).body
    assert "Mời xem thêm" not in body and "900 lượt" not in body
    assert "Người cao tuổi, hộ nghèo: miễn phí" in body and _NEXT in body
