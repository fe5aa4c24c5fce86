"""What the scraper and the page's template leave in the text: placeholders never filled, JavaScript's
empty values, image file names, counters nobody clicked and reaction bars go wherever they stand
(`leftovers.strip`); a notice about the reader's browser is site furniture; a body cut mid-word at
the scraper's limit loses the piece of a word, not the words before it (`cut_words`). A story's own
percent signs, numbers, braces-free text and last words stay."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.cut_words import drop_cut_word
from bantin.importer.leftovers import strip
from bantin.importer.parsed import Block
from bantin.importer.repair import clean

STORY = [
    "Sáng 4/3, huyện Mường Lát khởi công xây dựng cây cầu bê tông qua sông Mã cho ba bản vùng cao.",
    "Cây cầu dài 120 m, tổng vốn 18 tỷ đồng, dự kiến hoàn thành trước mùa mưa năm sau.",
    "Người dân ba bản hiện phải qua sông bằng thuyền máy, rất nguy hiểm khi nước lên.",
]


def _vnsum(content: str, title: str = "Mường Lát khởi công cầu qua sông Mã") -> bytes:
    return (
        f"Title: {title}\nSource: Báo Thanh Hóa\nLink: https://baothanhhoa.vn/a-123.htm\n"
        f"Published Date: N/A\nAuthor: \nTags: None\nSummary: {STORY[0]}\nContent: {content}\n"
    ).encode()


@pytest.mark.parametrize(
    "leftover",
    [
        "{name} - {time}",
        "{{ comment.author }}",
        "%title% - %site_name%",
        "%%related_posts%%",
        "IMG_2034.jpg",
        "anh-1-1700000000.JPEG",
        "undefined",
        "null",
        "NaN",
        "0 0 0",
        "👍 0 ❤️ 0 😮 0",
        "👍 Thích 12",
        "👁 1.234 💬 0",
    ],
)
def test_a_templates_or_scrapers_leftover_goes_where_it_stands(leftover: str) -> None:
    text = f"{STORY[0]} {leftover} {STORY[1]}"
    assert strip(text) == f"{STORY[0]} {STORY[1]}"
    body = convert(_vnsum(f"Xã hội {STORY[0]} {leftover} {' '.join(STORY[1:])}"), "p.txt").body
    assert all(line in body for line in STORY)
    for word in leftover.split():
        assert f" {word} " not in f" {body} ".replace("\n", " ")


@pytest.mark.parametrize(
    "text",
    [
        "Giá tăng 20% so với năm trước, lãi suất giảm 0,5%.",
        "Tỷ số chung cuộc 2 - 0, đội khách xếp thứ 3 với 0 0 1 trong ba trận gần nhất.",  # numbers beside
        "Bảng xếp hạng: Hạ Long 3 0 0 0 9 điểm.",  # a table's row
        "Ông Nan cho biết nhà máy xử lý được 100 tấn rác mỗi ngày.",
        "Tệp ảnh gốc có đuôi jpg được lưu trữ trên máy chủ của sở.",
        "Trời nắng ☀️ 35 độ C suốt cả tuần, người dân hạn chế ra đường buổi trưa.",
    ],
)
def test_a_storys_own_numbers_and_words_stay(text: str) -> None:
    assert strip(text) == text
    assert clean(text) == text


@pytest.mark.parametrize(
    "notice",
    [
        "Bạn cần bật JavaScript để xem bình luận.",
        "Bạn đang sử dụng trình duyệt không hỗ trợ JavaScript.",
        "Trình duyệt của bạn đã tắt JavaScript. Vui lòng bật JavaScript để xem đầy đủ nội dung.",
        "JavaScript is disabled in your browser.",
    ],
)
def test_a_notice_about_the_readers_browser_goes(notice: str) -> None:
    body = convert(_vnsum(f"{' '.join(STORY)} Lê Minh {notice} Tin liên quan"), "p.txt").body
    assert all(line in body for line in STORY) and "JavaScript" not in body


def test_a_story_about_javascript_is_no_notice() -> None:
    said = "Lập trình viên JavaScript được các công ty phần mềm ở Đà Nẵng tuyển nhiều nhất năm nay."
    body = convert(_vnsum(f"{' '.join(STORY)} {said} Lê Minh Tin liên quan"), "p.txt").body
    assert said in body


def test_a_body_cut_mid_word_loses_the_piece_not_the_words_before_it() -> None:
    cut = "Khi hoàn thành, cây cầu sẽ nối ba bản với trung tâm huyện Mường Lát và tỉnh Thanh Hó"
    body = convert(_vnsum(f"{' '.join(STORY)} {cut}", "Mường Lát, Thanh Hóa khởi công cầu"), "p.txt").body
    assert "Thanh Hó" not in body and body.rstrip().endswith("tỉnh Thanh…")
    assert all(line in body for line in STORY)


@pytest.mark.parametrize(
    "end",
    [
        "Khi hoàn thành, cây cầu sẽ nối ba bản với trung tâm huyện Mường Lát",  # a whole word of the page
        "Khi hoàn thành, cây cầu sẽ nối ba bản với trung tâm huyện và thị xã Bỉm Sơn",  # no word goes on
    ],
)
def test_a_last_word_the_page_knows_or_no_word_continues_stays(end: str) -> None:
    body = convert(_vnsum(f"{' '.join(STORY)} {end}"), "p.txt").body
    assert end.split()[-1] in body.split() and "…" not in body


@pytest.mark.parametrize(
    "text",
    [
        "Lỗi xảy ra khi ứng dụng trả về giá trị null thay vì số tài khoản của khách hàng.",
        "Biến mang giá trị undefined khiến trang thanh toán của ngân hàng bị treo vài giờ.",
    ],
)
def test_a_programmers_term_inside_a_sentence_stays(text: str) -> None:
    assert strip(text) == text


def test_an_empty_value_beside_a_label_or_a_stop_goes() -> None:
    assert strip("Tác giả: null Cập nhật lúc 10:30") == "Tác giả: Cập nhật lúc 10:30"
    assert strip("bị treo vài giờ. undefined") == "bị treo vài giờ."


@pytest.mark.parametrize(
    "credit",
    [
        "Nguồn: Sở Nông nghiệp và Phát triển nông thôn",
        "Nguồn: Trung tâm Khuyến nông, Sở Nông nghiệp và Phát triển nông thôn",
    ],
)
def test_a_credits_line_at_the_end_is_no_sentence_cut_short(credit: str) -> None:
    """Its last word is a name's (`nông thôn`), though it may begin a word the page has (`thông`)."""
    blocks = [
        Block("paragraph", line) for line in (*STORY, "Cổng thông tin của huyện đăng tải thông báo.", credit)
    ]
    assert drop_cut_word(blocks, "Mường Lát khởi công cầu")[-1].text == credit
