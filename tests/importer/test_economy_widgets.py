"""The site's units a one-line scrape runs into the story of an economy page on Laos (fixtures/blind_laos7.yml):
a cookie notice over the page opening with the site (`Trang web này sử dụng cookie …`) glued to the menu
before it (`disclaimers.NOTICE` starts a unit there), a widget of rates or a share's price with a bare
label (`Tỷ giá: 1 USD = 26.285 VND | 1.000 LAK = 1.182 VND`, `Giá cổ phiếu HAG: 13.450 đ (+1,13%)`:
`price_cells`), a box's line ending in a download's or a notice's button (`… | Tải về bản PDF`, `… | Xem
thông báo`: `button_bars`), and a prompt to follow the site on Zalo between two sentences (`Theo dõi VLP
trên Zalo OA`), which goes and no longer ends the story (`bounds.article_end`), and an attached file
with its download button in brackets (`… .pdf (Tải về)`: `attachments`). The story's own lines
stay: a sentence of figures that says its rate in words, the last quote after the prompt. The pages are
written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.price_cells import price_cells

LEAD = (
    "Ngày 22/3, đoàn công tác Bộ Công chính và Vận tải Lào khảo sát vị trí ga cảng và đường nhánh vào "
    "bến số 3 của cảng Vũng Áng."
)
MIDDLE = "Năm 2024, cảng Vũng Áng đón 1,2 triệu tấn hàng quá cảnh của Lào, chủ yếu là kali, quặng và gỗ."
QUOTE = (
    "Tổng Giám đốc cảng Trần Văn Nam nói: “Khi có đường sắt, mỗi năm cảng có thể nhận 5 triệu tấn hàng Lào”."
)
TAIL = "Ngọc Mai Tin tức khác Cảng Vũng Áng đón tàu 70.000 tấn Công ty CP Cảng Mẫu. Khu kinh tế Vũng Áng"


def _body(content: str) -> str:
    page = (
        "Title: Khảo sát vị trí ga cảng cho tuyến đường sắt Viêng Chăn - Vũng Áng\nSource: Cảng Mẫu\n"
        "Link: https://cangmau.example.vn/tin-tuc/khao-sat-ga-cang-duong-sat-vieng-chan-vung-ang.html\n"
        f"Published Date: 24/03/2025 09:45\nAuthor: \nTags: None\nSummary: \nContent: {content}\n"
    )
    return convert(page.encode(), "page.txt", year=2017).body


def test_a_cookie_notice_opening_with_the_site_is_cut_off_the_menu_before_it() -> None:
    menu = "Trang chủ Về chúng tôi Lĩnh vực hoạt động Quan hệ nhà đầu tư Tin tức Tuyển dụng"
    notice = "Trang web này sử dụng cookie để cải thiện trải nghiệm. Đồng ý"
    body = _body(f"{menu} {notice} {LEAD} {MIDDLE} {QUOTE} {TAIL}")
    assert "cookie" not in body and "Tuyển dụng" not in body
    assert body.startswith(LEAD)


@pytest.mark.parametrize(
    "widget", ["Tỷ giá: 1 USD = 26.285 VND | 1.000 LAK = 1.182 VND", "Giá cổ phiếu HAG: 13.450 đ (+1,13%)"]
)
def test_a_widget_of_rates_with_a_bare_label_goes_between_two_sentences(widget: str) -> None:
    assert price_cells(widget)
    body = _body(f"{LEAD} {MIDDLE} {widget} {QUOTE} {TAIL}")
    assert widget.split(":")[0] not in body and widget.split()[-1] not in body
    assert MIDDLE in body and QUOTE in body


@pytest.mark.parametrize(
    "line", ["Tỷ giá: 1 USD bằng 26.285 đồng.", "Lãi suất: 7,5%/năm.", "Tỷ giá: 1 USD = 26.285 VND."]
)
def test_a_line_of_figures_the_story_writes_is_no_widget(line: str) -> None:
    assert not price_cells(line)  # in words, or closed by its stop, with no pipe or signed change


# A speaker's title opening the sentence after the box (`Phó Tỉnh trưởng …`), read as the button's words.
TITLED = "Phó Tỉnh trưởng Luổng Nặm Thà Vi Lay Phon nói: “Xe tải đi Trung Quốc nay đổ dầu ngay ở cửa khẩu”."


@pytest.mark.parametrize(
    "box", ["Nghe đọc bài viết | Tải về bản PDF", "Tuyển sinh đại học chính quy năm 2025 | Xem thông báo"]
)
def test_a_box_line_ending_in_a_download_or_a_notice_button_goes(box: str) -> None:
    body = _body(f"{LEAD} {MIDDLE} {box} {TITLED} {TAIL}")
    assert box.split(" | ")[1] not in body
    assert MIDDLE in body and TITLED in body


@pytest.mark.parametrize("prompt", ["Theo dõi VLP trên Zalo OA", "Theo dõi Cảng Mẫu trên Google News"])
def test_a_prompt_to_follow_the_site_between_two_sentences_goes_and_the_story_goes_on(prompt: str) -> None:
    body = _body(f"{LEAD} {MIDDLE} {prompt} {QUOTE} {TAIL}")
    assert "Theo dõi" not in body and " OA" not in body
    assert QUOTE in body and "Tin tức khác" not in body


def test_an_attached_file_with_its_download_button_in_brackets_goes_whole() -> None:
    attached = "Tệp đính kèm: QD-thi-diem-mot-lan-dung.pdf (Tải về)"
    unsigned = TAIL.removeprefix(
        "Ngọc Mai "
    )  # a portal's page, no writer signing (a signed box is the story's)
    body = _body(f"{LEAD} {MIDDLE} {attached} {QUOTE} {unsigned}")
    assert "Tải về" not in body and ".pdf" not in body
    assert MIDDLE in body and QUOTE in body
