"""A long header run into the lead through the page's stamp with its day of the week (`… Cảnh báo: Công
an không làm việc qua điện thoại, không yêu cầu chuyển tiền Chủ nhật, 06/12/2026 Ngày 5/12, …`): the
weekday's stamp is the site's today, so the header before it goes whatever its words (a warning bar's
sentence with no stop, menu items in lower case: `Điểm đến nổi bật`, `Lễ hội sắp diễn ra`), where a
bare date asks for the header's furniture and capitals (`header_stamps`). A sentence before it keeps
it: the stamp is the story's there."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.header_stamps import peel_header_stamp

_LEAD = "Theo Sở Du lịch, năm 2026 toàn tỉnh đón khoảng 9,1 triệu lượt khách, tăng 6% so với năm trước."


def test_a_header_before_a_weekday_stamp_is_peeled_off_the_lead() -> None:
    header = "Điểm đến nổi bật Bản đồ du lịch 3D Lễ hội sắp diễn ra Dịch vụ công Thứ Ba, 01/12/2026"
    assert peel_header_stamp(f"{header} {_LEAD}") == (header, _LEAD)


def test_a_warning_bar_before_a_weekday_stamp_goes_too() -> None:
    header = (
        "An ninh trật tự Cảnh báo tội phạm Cảnh báo: Công an không yêu cầu người dân chuyển tiền qua điện "
        "thoại Chủ nhật, 06/12/2026"
    )
    assert peel_header_stamp(f"{header} {_LEAD}") == (header, _LEAD)


def test_a_sentence_before_the_stamp_keeps_it() -> None:
    text = f"Du lịch tỉnh phục hồi mạnh. Thứ Ba, 01/12/2026 {_LEAD}"
    assert peel_header_stamp(text) is None


def test_the_page_keeps_its_lead_only() -> None:
    text = (
        "Title: Đón 9,1 triệu lượt khách năm 2026\nSource: Sở Du lịch tỉnh Ninh Hòa\n"
        "Link: https://sdl.example.gov.vn/tin-tuc/9-trieu-khach.html\nPublished Date: 2026-12-01T15:00:00+07:00\n"
        "Author: \nTags: None\nSummary: Tổng thu từ du lịch tăng 8%.\n"
        "Content: Sở Du lịch tỉnh Ninh Hòa Trang chủ Giới thiệu Du lịch Điểm đến nổi bật Bản đồ du lịch 3D Lễ hội "
        f"sắp diễn ra Dịch vụ công Thứ Ba, 01/12/2026 {_LEAD} Tổng thu từ du lịch ước đạt 21.000 tỷ đồng. Lê An\n"
    )
    body = convert(text.encode(), "page.txt", year=2026).body
    assert body.startswith("Theo Sở Du lịch")
    assert "Lễ hội sắp diễn ra" not in body and "01/12/2026" not in body
