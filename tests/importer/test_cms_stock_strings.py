"""What a small site's CMS prints round a story in the news-please layouts (round `blind_newsplease6`):
a Joomla stamp under its label `Được đăng ngày …` dates the page (`dates`); a NukeViet attachment's
label `Tập tin đính kèm` with its file's name after the byline of a flat page is cut off and goes
(`attachments`); WordPress's like bar's label `Thích điều này:` goes, and the writer over it is read
(`boilerplate`); the footer's `Bản quyền thuộc Hội … Việt Nam. Địa chỉ: …` names its owner whole
(`owners`); a `Print` button under the byline is no publisher's credit (`boilerplate`); a menu's item
with a dash in it (`Tin tức - Sự kiện`) is no agency's dateline (`datelines`)."""

from __future__ import annotations

from datetime import date

import pytest

from bantin.importer.convert import convert

STORY = [
    "HTX Nông nghiệp Tân Bình, huyện Thanh Bình, hiện có 312 xã viên với tổng vốn điều lệ 2,4 tỷ đồng.",
    "Năm 2017, HTX ký hợp đồng bao tiêu lúa với Công ty Lương thực Đồng Tháp, giá cao hơn thương lái.",
    "Thu nhập bình quân của xã viên năm 2017 đạt 48 triệu đồng, tăng 15% so với năm trước.",
]
TITLE = "Mô hình hợp tác xã kiểu mới ở Đồng Tháp giúp xã viên tăng thu nhập"
LEAD = "Sau hai năm chuyển đổi, HTX Nông nghiệp Tân Bình đã liên kết tiêu thụ 1.200 ha lúa cho xã viên."


def _vfnd(*lines: str) -> bytes:
    return "\n".join([TITLE, "", LEAD, "", *lines]).encode() + b"\n"


@pytest.mark.parametrize(
    "stamp",
    [
        "Được đăng ngày Thứ ba, 22 Tháng 5 2018 09:14",
        "Được đăng ngày 22/05/2018",
        "Được đăng ngày Thứ ba, 22/05/2018 09:14",
    ],
)
def test_a_cms_stamp_under_its_label_dates_the_page(stamp: str) -> None:
    converted = convert(
        _vfnd("Trang chủ > Tin tức > Kinh tế tập thể", stamp, *STORY, "Minh Phương"), "htx.txt", year=2017
    )
    assert converted.front.date == date(2018, 5, 22) and not converted.front.date_estimated
    assert "Được đăng" not in converted.body and STORY[0] in converted.body


def test_an_attached_file_after_a_flat_pages_byline_goes() -> None:
    text = " ".join(
        [
            *STORY,
            "Phòng Công tác sinh viên",
            "Tập tin đính kèm danh-sach-tot-nghiep-2019.pdf",
            "Tải về In bài",
        ]
    )
    converted = convert("\n".join([TITLE, LEAD, text]).encode() + b"\n", "htx.txt", year=2019)
    assert "đính kèm" not in converted.body and ".pdf" not in converted.body
    assert all(line in converted.body for line in STORY)


def test_a_like_bars_label_goes_and_the_writer_over_it_is_read() -> None:
    tail = [
        "Nguyễn Đình Thắng",
        "Chia sẻ:",
        "Facebook",
        "Zalo",
        "Thích điều này:",
        "Thích",
        "Đang tải...",
        "Có liên quan",
    ]
    converted = convert(_vfnd(*STORY, *tail), "htx.txt", year=2019)
    assert "Thích" not in converted.body and converted.front.author == "Nguyễn Đình Thắng"
    assert STORY[-1] in converted.body


def test_the_copyright_lines_owner_keeps_its_last_word_before_the_address() -> None:
    footer = "Bản quyền thuộc Hội Người mù Việt Nam. Địa chỉ: 8 Nguyễn Thái Học, Ba Đình, Hà Nội"
    converted = convert(_vfnd(*STORY, "Thanh Thúy", "Về đầu trang", footer), "hoi.txt", year=2019)
    assert converted.front.source == "Hội Người mù Việt Nam"


def _raw(head: list[str], tail: list[str]) -> bytes:
    return "\n".join([TITLE, "", *head, *STORY, "Thùy Dung", *tail, "", "", "", LEAD]).encode() + b"\n"


def test_a_print_button_under_the_byline_names_no_publisher() -> None:
    converted = convert(
        _raw(["Trang chủ"], ["Print", "Email", "Lượt xem: 277", "Chia sẻ"]), "ubdt.txt", year=2019
    )
    assert converted.front.source is None and converted.front.author == "Thùy Dung"
    assert "Print" not in converted.body


def test_a_menus_item_with_a_dash_in_it_is_no_agencys_dateline() -> None:
    converted = convert(_raw(["Trang chủ", "Tin tức - Sự kiện"], ["In bài"]), "vndg.txt", year=2019)
    assert converted.front.source is None
    assert all(line in converted.body for line in STORY)
