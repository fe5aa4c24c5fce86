"""A site's confirmation in its footer (`Giấy xác nhận số 12/GXN-TTĐT`) is chrome; a paper a story lists
(`Giấy xác nhận hộ nghèo … của UBND cấp xã.`, an item of a loan's file) is the story's."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.furniture import signals


def test_a_footers_confirmation_is_strong_furniture() -> None:
    assert signals("Giấy xác nhận số 12/GXN-TTĐT do Cục Báo chí cấp ngày 5/3/2024").strong
    assert signals("Giấy xác nhận cung cấp thông tin trên mạng số 45/GXN-BTTTT").strong


def test_a_paper_a_story_lists_is_no_furniture() -> None:
    assert not signals("Giấy xác nhận hộ nghèo, cận nghèo hoặc hoàn cảnh khó khăn của UBND cấp xã.").strong


def test_the_last_items_of_a_files_list_stay_over_the_byline() -> None:
    text = "\n".join(
        [
            "Sinh viên được vay tối đa 4 triệu đồng/tháng để học đại học",
            "",
            "Theo quy định mới, sinh viên có hoàn cảnh khó khăn được vay vốn ưu đãi tối đa 4 triệu đồng/tháng."
            " - Thông tin tuyển sinh",
            "",
            "Tuyển sinh",
            "Hướng nghiệp",
            "Đối tượng được vay gồm sinh viên mồ côi, sinh viên thuộc hộ nghèo, hộ cận nghèo và hộ gặp khó khăn.",
            "Thời hạn cho vay tính từ ngày nhận món vay đầu tiên đến khi sinh viên tốt nghiệp.",
            "Hồ sơ vay vốn gồm:",
            "Giấy đề nghị vay vốn có xác nhận của nhà trường;",
            "Giấy xác nhận hộ nghèo, cận nghèo hoặc hoàn cảnh khó khăn của UBND cấp xã.",
            "Minh Thư",
            "Có thể bạn chưa biết",
            "Học bổng toàn phần cho tân sinh viên 2025",
        ]
    )
    body = convert(text.encode(), "page.txt", year=2025).body
    assert "Giấy đề nghị vay vốn có xác nhận của nhà trường;" in body
    assert "Giấy xác nhận hộ nghèo, cận nghèo hoặc hoàn cảnh khó khăn của UBND cấp xã." in body
