"""A reposted paper's name stamped over the story may hold a dash between its words, as stations write
theirs (`Đài Phát thanh - Truyền hình Hải Phòng 17:30 10/12/2026`): the dash is no word of the name's
count, so the stamp still goes and the name is still the publisher (paper_stamps.py)."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.paper_stamps import paper_stamp

STORY = (
    "Chiều 10/12, HĐND thành phố Đồi Mây bế mạc kỳ họp thứ tư, thông qua 24 nghị quyết về kinh tế - xã hội.\n"
    "Các đại biểu tập trung chất vấn về tiến độ giải phóng mặt bằng khu kinh tế ven biển.\n"
    "Chủ tịch HĐND đề nghị UBND thành phố khẩn trương ban hành kế hoạch thực hiện các nghị quyết."
)
LEAD = "HĐND thành phố Đồi Mây bế mạc kỳ họp cuối năm sau ba ngày làm việc, thông qua 24 nghị quyết."
STATION = "Đài Phát thanh - Truyền hình Đồi Mây"


@pytest.mark.parametrize(
    "name", [STATION, "Đài Phát thanh và Truyền hình Đồi Mây", "Báo Bà Rịa - Vũng Tàu", "Đài PT-TH Đồi Mây"]
)
def test_a_name_with_a_dash_or_eight_words_is_a_papers(name: str) -> None:
    found = paper_stamp(f"{name} 17:30 10/12/2026")
    assert found is not None and found[0] == name


def test_a_stations_dashed_name_over_a_reposted_story_goes_and_is_the_publisher() -> None:
    page = f"Đồi Mây thông qua 24 nghị quyết\n\n{STATION} 17:30 10/12/2026\n{STORY}\nMinh Khang\nXem nguồn\n\n\n\n{LEAD}"
    done = convert(page.encode(), "page.txt", year=2017, sources={})
    assert "17:30" not in done.body and STORY.splitlines()[0] in done.body
    assert done.front.source == STATION
    assert str(done.front.date) == "2026-12-10"


def test_a_sentence_before_a_stamp_is_no_papers_name() -> None:
    assert paper_stamp("Lễ khai mạc sẽ diễn ra. 17:30 10/12/2026") is None
