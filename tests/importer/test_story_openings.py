"""What a story may lose at its edges (blind round blind_newsplease4): a news-please text that opens
with lines no full stop ends (a list of items in lower case under its header, numbered steps, a
roster of labelled lines, a slogan in capitals) keeps them, while related headlines above an
article still go; a story of short lines only, none of them prose, keeps them all; a whole sentence
opening with `Hotline` or `Xem thêm` is the story's, a contact line or a link is not; a reporter's
place after the name (`(từ Côn Đảo)`) leaves the name. The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.boilerplate import is_chrome, story_sentence
from bantin.importer.bylines import parse_byline
from bantin.importer.convert import convert
from bantin.importer.story_lists import opens_story_list

TITLE = "Hướng dẫn đổi giấy phép lái xe sang thẻ PET"
LEAD = "Người dân có thể đổi giấy phép lái xe bằng giấy bìa sang thẻ nhựa PET tại các điểm tiếp nhận của Sở."


def _vfnd(*lines: str) -> str:
    return convert("\n".join([TITLE, "", LEAD, "", *lines]).encode(), "page.txt", year=2018).body


@pytest.mark.parametrize(
    "lines",
    [
        ["Giấy tờ cần mang theo", "giấy phép lái xe cũ", "chứng minh nhân dân", "hai ảnh 3x4"],
        ["Bước 1. Nộp tờ khai tại bộ phận một cửa", "Bước 2. Chụp ảnh tại chỗ"],
        ["1) Nộp tờ khai", "2) Nhận giấy hẹn"],
        ["Thủ môn: Đặng Văn Lâm", "Hậu vệ: Quế Ngọc Hải, Đoàn Văn Hậu", "Tiền vệ: Nguyễn Quang Hải"],
        ["AN TOÀN LÀ BẠN, TAI NẠN LÀ THÙ"],
    ],
)
def test_a_list_of_the_storys_opens_it(lines: list[str]) -> None:
    assert opens_story_list([*lines, "Đó là điều mà nhiều người chưa biết."], 0)


@pytest.mark.parametrize(
    "lines",
    [
        ["Sở GTVT Hà Nội tăng giờ làm việc cuối tuần", "Phạt nặng xe quá tải trên cao tốc"],
        ["Hà Nội: Cấm xe tải vào nội đô", "Đà Nẵng: Mở thêm tuyến buýt", "Huế: Sửa cầu Tràng Tiền"],
        ['Bộ trưởng: "Không để dân chờ"', 'Thứ trưởng: "Làm ngay"', 'Cục trưởng: "Đã sẵn sàng"'],
        ["Bước 2. Chụp ảnh tại chỗ", "Bước 1. Nộp tờ khai"],
        ["TIN LIÊN QUAN"],
    ],
)
def test_related_headlines_do_not(lines: list[str]) -> None:
    assert not opens_story_list([*lines, "Đó là điều mà nhiều người chưa biết."], 0)


def test_the_storys_opening_list_stays_and_the_headlines_above_it_go() -> None:
    body = _vfnd(
        "Phạt nặng xe quá tải trên cao tốc",
        "Bước 1. Nộp tờ khai tại bộ phận một cửa",
        "Bước 2. Chụp ảnh tại chỗ",
        "Bước 3. Nhận giấy hẹn trả kết quả",
        "Thủ tục thường mất 5 ngày làm việc kể từ khi hồ sơ được nhận đủ.",
    )
    assert "Phạt nặng" not in body
    assert "Bước 1. Nộp tờ khai" in body and "Bước 3. Nhận giấy hẹn" in body


def test_a_story_of_short_lines_only_keeps_them() -> None:
    body = _vfnd(
        "Xe máy: 135.000 đồng",
        "Ô tô con: 135.000 đồng",
        "Xe tải: 135.000 đồng",
        "Lệ phí giữ nguyên từ năm ngoái.",
    )
    assert "Xe máy: 135.000 đồng" in body and "Xe tải: 135.000 đồng" in body and "Lệ phí giữ nguyên" in body


@pytest.mark.parametrize(
    "text",
    [
        "Hotline của Sở nhận phản ánh từ 7h đến 22h hằng ngày, kể cả chủ nhật.",
        "Xem thêm lịch tiếp nhận ở từng quận, người dân có thể vào cổng dịch vụ công của thành phố.",
        "Hotline hỗ trợ của cổng dịch vụ công hoạt động cả ngày lẫn đêm qua số 1800 2233.",
    ],
)
def test_a_sentence_opening_with_a_link_word_is_the_storys(text: str) -> None:
    assert story_sentence(text) and not is_chrome(text)
    assert text in _vfnd("Sở GTVT Hà Nội bố trí thêm 12 điểm tiếp nhận hồ sơ trong tháng này.", text)


@pytest.mark.parametrize(
    "text",
    [
        "Hotline: 0912 000 111",
        "Hotline tư vấn miễn phí: 1800 5555.",
        "Hotline 0912 000 111.",
        "Xem thêm: Phạt nặng xe quá tải.",
    ],
)
def test_a_contact_line_or_a_link_is_not(text: str) -> None:
    assert not story_sentence(text) and is_chrome(text)


def test_a_reporters_place_after_the_name_leaves_the_name() -> None:
    found = parse_byline("Trần Minh (từ Côn Đảo)")
    assert found is not None and found.author == "Trần Minh"
    assert parse_byline("Vào Côn Đảo (từ sáng sớm) đã thấy đông người.") is None


def _raw(*lines: str) -> str:
    """A baomoi raw page: the title, the body's lines, the lead at the end."""
    text = "\n".join(["Rợp cờ hoa mừng ngày thống nhất", "", *lines, "", "", "", LEAD])
    return convert(text.encode(), "page.txt", year=2017).body


def test_slogans_in_capitals_under_the_storys_first_line_stay() -> None:
    slogans = ("NHIỆT LIỆT CHÀO MỪNG NGÀY THỐNG NHẤT ĐẤT NƯỚC", "NON SÔNG VIỆT NAM MUÔN NĂM")
    body = _raw(
        "Khắp các tuyến phố chính của thị trấn treo kín cờ hoa và băng rôn",
        *slogans,
        "Người dân dậy từ sớm để kịp xem đoàn diễu hành đi qua quảng trường trung tâm.",
    )
    assert "Khắp các tuyến phố chính" in body and all(s in body for s in slogans)


def test_a_menu_in_capitals_over_the_story_still_goes() -> None:
    body = _raw(
        "TRANG CHỦ THỜI SỰ KINH TẾ XÃ HỘI THỂ THAO",
        "Người dân dậy từ sớm để kịp xem đoàn diễu hành đi qua quảng trường trung tâm.",
    )
    assert "TRANG CHỦ" not in body and "Người dân dậy từ sớm" in body
