"""A scraped title as the provincial radio-TV stations' pages give it (fixtures/blind_sample4.yml): the
station's short name after it (`… - Đài PT-TH Thanh Hóa`) goes, a place's label the scraper glued to
the headline (`Hòa Bình:Hơn 60 …`) is spaced, and a title cut where a short slug ends is completed from
the headline the page prints above the story."""

from __future__ import annotations

import pytest

from bantin.importer import titles
from bantin.importer.convert import convert
from bantin.importer.suffixes import source_of_title

_STORY = (
    "Tối 25/5, Bệnh viện Đa khoa huyện Lạc Sơn tiếp nhận hơn 60 người có biểu hiện đau bụng, nôn sau khi ăn "
    "cỗ cưới tại xã Nhân Nghĩa. Các bệnh nhân đều ăn cỗ trưa cùng ngày, sau khoảng 4 đến 6 giờ thì xuất hiện "
    "triệu chứng. Đến sáng 26/5, sức khỏe các bệnh nhân đã ổn định, 45 người được xuất viện."
)


def _page(
    title: str, link: str = "https://tinmau.vn/y-te/benh-nhan-xuat-vien-a51234.html", head: str = ""
) -> str:
    return (
        f"Title: {title}\nSource: Đài PT-TH Mẫu\nLink: {link}\nPublished Date: 2025-05-26T20:10:00+07:00\n"
        f"Author: \nTags: None\nSummary: \nContent: {head}{_STORY} Hoàng Yến Tin cùng chuyên mục\n"
    )


def _title(text: str) -> str:
    return convert(text.encode(), "page.txt", year=2025).front.title


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Phòng chống đuối nước cho trẻ em - Đài PT-TH Thanh Hóa", "Phòng chống đuối nước cho trẻ em"),
        ("Phòng chống đuối nước cho trẻ em - Đài PTTH Nam Định", "Phòng chống đuối nước cho trẻ em"),
        (
            "Tàu cá gặp nạn ngoài khơi - Đài Loan hỗ trợ cứu hộ",
            "Tàu cá gặp nạn ngoài khơi - Đài Loan hỗ trợ cứu hộ",
        ),
    ],
)
def test_a_stations_short_name_after_the_title_is_its_site(raw: str, expected: str) -> None:
    assert source_of_title(raw)[0] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Hòa Bình:Hơn 60 người nhập viện sau khi ăn cỗ cưới",
            "Hòa Bình: Hơn 60 người nhập viện sau khi ăn cỗ cưới",
        ),
        ("Họp báo lúc 10:30 về vụ ngộ độc ở Hòa Bình", "Họp báo lúc 10:30 về vụ ngộ độc ở Hòa Bình"),
        (
            "Hòa Bình: Hơn 60 người nhập viện sau khi ăn cỗ cưới",
            "Hòa Bình: Hơn 60 người nhập viện sau khi ăn cỗ cưới",
        ),
    ],
)
def test_a_label_glued_to_the_headline_is_spaced(raw: str, expected: str) -> None:
    assert _title(_page(raw)) == expected


def test_a_title_cut_where_a_short_slug_ends_goes_on_as_the_page_prints_it() -> None:
    link = "https://tinmau.vn/tien-giang-tiem-vac-xin-soi-cho-hon-30-000-tre-a56789.html"
    head = (
        "Y tế Sức khỏe Tiền Giang tiêm vắc xin sởi cho hơn 30.000 trẻ em vùng nguy cơ cao 22/05/2025 16:10 "
    )
    whole = "Tiền Giang tiêm vắc xin sởi cho hơn 30.000 trẻ em vùng nguy cơ cao"
    assert _title(_page("Tiền Giang tiêm vắc xin sởi cho hơn 30.000 trẻ...", link, head)) == whole
    # without the headline printed, the slug ending where the title does says it was whole
    assert _title(_page("Tiền Giang tiêm vắc xin sởi cho hơn 30.000 trẻ...", link)) == whole.removesuffix(
        " em vùng nguy cơ cao"
    )
    stem = "Tiền Giang tiêm vắc xin sởi cho hơn 30.000 trẻ"
    assert titles.complete(f"{stem}…", link, [], (), [f"Y tế Sức khỏe {whole}"], []) == (whole, True)
