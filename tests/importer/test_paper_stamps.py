"""An aggregator's copy stamps the original paper's name and time over the story (`Đài PT-TH Hải Dương
15:40 22/05/2018`), alone on its line or run into the story's first photo caption on a page printed on
one line: the stamp goes, its date is the page's, and on a page that links back (`Xem nguồn`) its
name is the publisher even when the publishers' table does not know it (paper_stamps.py, body.py,
reposts.py)."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.paper_stamps import paper_stamp, stamped_paper
from bantin.importer.reposts import original_paper

STORY = (
    "Năm nay toàn huyện có khoảng 3.500 ha vải, sản lượng ước đạt 45.000 tấn.\n"
    "Giá vải tại vườn từ 40.000 đến 50.000 đồng/kg, cao gấp đôi năm trước.\n"
    "Huyện đã tổ chức hội nghị xúc tiến thương mại tại Hà Nội ngay từ đầu tháng 5."
)
LEAD = "Những ngày này, vải sớm ở huyện Đồi Mây bắt đầu cho thu hoạch, giá bán cao gấp đôi năm trước."


def _raw(stamp: str) -> bytes:
    page = f"Giá vải đầu vụ tăng cao\n\n{stamp}\nNgười dân thu hoạch vải sớm.\n{STORY}\nThu Hà\nXem nguồn\n\n\n\n{LEAD}"
    return page.encode()


def _flat(stamp: str) -> bytes:
    body = f"{stamp} Người dân thu hoạch vải sớm. Ảnh: Thu Hà {STORY.replace(chr(10), ' ')} Thu Hà Xem nguồn"
    return f"Giá vải đầu vụ tăng cao\n{LEAD}\n{body}".encode()


@pytest.mark.parametrize("page", [_raw, _flat])
def test_a_reposted_papers_stamp_goes_and_names_the_publisher_and_date(page) -> None:
    done = convert(page("Đài PT-TH Đồi Mây 15:40 22/05/2018"), "page.txt", year=2017, sources={})
    assert "15:40" not in done.body and "Người dân thu hoạch vải sớm." in done.body
    assert done.front.source == "Đài PT-TH Đồi Mây"
    assert str(done.front.date) == "2018-05-22"


@pytest.mark.parametrize(
    ("text", "name", "rest"),
    [
        ("Than - Khoáng sản Việt Nam 09:15 03/04/2018", "Than - Khoáng sản Việt Nam", ""),
        ("TRT 21:05 05/05/2018 TRT - Tối 5/5, tại Quảng trường", "TRT", "TRT - Tối 5/5, tại Quảng trường"),
        ("Điện & Đời sống 20/03/2019 15:30", "Điện & Đời sống", ""),
    ],
)
def test_a_papers_stamp_is_its_name_and_its_time(text: str, name: str, rest: str) -> None:
    found = paper_stamp(text)
    assert found is not None and found[0] == name and found[2] == rest


@pytest.mark.parametrize(
    "text",
    [
        "Cập nhật 15:40 22/05/2018",  # the page's own stamp
        "Thứ Hai 15:40 22/05/2018",
        "Sáng nay, ông Ba nói 15:40 22/05/2018",  # a sentence's words
        "Đài PT-TH Đồi Mây 15:40 22/05/2018 các gian hàng",  # no sentence starts after it
        "Tuần Việt Nam 28/06/2024 05:00 (GMT+07:00) Gần 20 năm sau",  # a section over the page's stamp
    ],
)
def test_a_stamp_after_no_papers_name_is_none(text: str) -> None:
    assert paper_stamp(text) is None


def test_an_unknown_stamped_name_is_the_original_only_on_a_page_that_links_back() -> None:
    top = ["Đài PT-TH Đồi Mây 15:40 22/05/2018", "Người dân thu hoạch vải."]
    assert stamped_paper(top) == "Đài PT-TH Đồi Mây"
    assert original_paper([*top, "Xem nguồn"], [], None) == "Đài PT-TH Đồi Mây"
    assert original_paper(top, [], None) is None  # a place's dateline is shaped alike


def test_a_ticker_of_other_stories_times_is_no_paper_s_stamp() -> None:
    ticker = "Tin mới 10:20 17/02/2024 Bão suy yếu 09:15 17/02/2024 Giá vàng tăng"
    assert paper_stamp(ticker) is None
