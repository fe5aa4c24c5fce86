"""The ends of a page on sites not seen before: readers' comments under the story, a lead with few
stop words that the summary opens, the site's own address above the menu, related headlines that
open with a number or with their place and a colon, and a last line of buttons before the list."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.furniture import opens_list
from bantin.importer.line_chrome import drop_chrome
from bantin.importer.parsed import Block
from bantin.importer.units import split_units

from .scrapes import vnsum

STORY = (
    "Sáng 4/3, huyện tổ chức lễ ra quân trồng 50.000 cây xanh trên các tuyến đường liên xã.",
    "Chủ tịch huyện cho biết mỗi xã sẽ nhận trồng và chăm sóc ít nhất 3.000 cây trong năm nay.",
    "Người dân tham gia đông đủ, nhiều hộ tự nguyện hiến đất để mở rộng lề đường.",
)


def scrape(
    content: str, summary: str = "", link: str = "https://baomau.vn/trong-cay-xanh-a123.html"
) -> bytes:
    return vnsum("Huyện ra quân trồng cây xanh", link, content, summary=summary)


def body(content: str, **header: str) -> str:
    return convert(scrape(content, **header), "trang.txt", year=2024, sources={}).body


def test_readers_comments_under_the_story_go_and_its_sentences_stay() -> None:
    comments = (
        "Bình luận (2) Lê Văn Tám 3 giờ trước Việc làm rất ý nghĩa, mong các xã khác học tập. Trả lời Thích "
        "Ngọc Mai 1 ngày trước Nên chọn cây bản địa cho dễ sống. Trả lời"
    )
    text = body(f"{' '.join(STORY)} Minh Quân {comments} Tin khác Huyện khánh thành cầu mới")
    assert text.rstrip().endswith(STORY[-1])
    assert "mong các xã khác học tập" not in text and "cây bản địa" not in text


def test_a_writer_and_a_time_inside_a_sentence_cut_nothing() -> None:
    sentence = "Ông Ba 2 ngày trước Tết đã về quê thăm mẹ."
    assert split_units(f"Vợ chồng ông về quê. {sentence}") == ["Vợ chồng ông về quê.", sentence]


def test_the_lead_that_the_summary_opens_stays_whatever_its_stop_words() -> None:
    lead = "Thời tiết hanh khô khiến da dễ bong tróc, nứt nẻ, vì vậy cần chăm sóc đúng cách."
    text = body(
        f"Làm đẹp Thời trang Sao Bà bầu Làm mẹ Nhà đẹp {lead} {' '.join(STORY)}", summary=lead[:60] + "..."
    )
    assert text.startswith(lead)


def test_the_sites_own_address_atop_its_page_is_no_writer() -> None:
    text = body(f"Baomau.vn Thời sự Xã hội Kinh tế Văn hóa {' '.join(STORY)}")
    assert text.startswith(STORY[0])


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Bài viết được quan tâm 5 loại mặt nạ tự nhiên cho da khô", True),
        ("Tin liên quan Giá lúa tăng mạnh", True),
        ("Bài viết trước đã phân tích giá phân bón.", False),
    ],
)
def test_a_list_header_before_a_headline_that_opens_with_a_number(text: str, listed: bool) -> None:
    assert opens_list(text) is listed


def test_headlines_with_their_place_and_a_colon_after_the_closing_byline_go() -> None:
    headlines = (
        "Mai Sơn: Trao học bổng cho học sinh nghèo vượt khó Yên Châu: Tổ chức lễ tuyên dương học sinh giỏi"
    )
    text = body(f"{' '.join(STORY)} Lò Hoa {headlines} Về đầu trang")
    assert text.rstrip().endswith(STORY[-1])


def test_a_line_of_buttons_before_the_list_of_other_stories_goes() -> None:
    tail = "Chia sẻ bài viết lên facebook Xem tin theo ngày Các tin khác Giá lúa tăng, thương lái tìm mua"
    text = body(f"{' '.join(STORY)} Người dân trồng cây trên đường liên xã. Ảnh: MINH QUÂN {tail}")
    assert "Chia sẻ bài viết" not in text and "Xem tin theo ngày" not in text
    assert "hiến đất để mở rộng lề đường" in text


def test_a_labelled_byline_run_into_the_sites_description_ends_with_the_name() -> None:
    text = f"{STORY[-1]} Bài: Thảo Vy MẪU là tạp chí phong cách sống hàng đầu."
    assert split_units(text)[1:] == ["Bài: Thảo Vy", "MẪU là tạp chí phong cách sống hàng đầu."]
    assert split_units("Ảnh: Minh Đức TTXVN") == ["Ảnh: Minh Đức TTXVN"]


def test_the_header_of_an_empty_table_of_contents_at_the_end_goes() -> None:
    assert split_units("Bộ phận tư vấn pháp luật Mục lục bài viết") == [
        "Bộ phận tư vấn pháp luật",
        "Mục lục bài viết",
    ]


def test_a_question_the_page_asks_its_reader_goes_before_a_line_that_reads_as_prose() -> None:
    poll = "Bài viết có hữu ích với bạn không?"
    text = body(
        f"{' '.join(STORY)} {poll} Có Không Câu hỏi thường gặp Trồng cây xanh vào mùa nào thì tốt nhất?"
    )
    assert poll not in text and STORY[-1] in text


def test_a_site_naming_itself_alone_describes_itself() -> None:
    description = "MẪU là tạp chí phong cách sống hàng đầu Việt Nam."
    text = body(
        f"{' '.join(STORY)} {description} © 2024 Tạp chí Mẫu.", link="https://tapchimau.vn/a-123.html"
    )
    assert "phong cách sống hàng đầu" not in text
    assert "là tạp chí" in body(f"Hà Nội là tạp chí sống của lịch sử nghìn năm. {' '.join(STORY)}")


def test_the_sites_name_without_its_kind_describing_itself_last_goes() -> None:
    description = "Mẫu Mới - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Mẫu Sơn"
    text = body(f"{' '.join(STORY)} {description}", link="https://maumoi.vn/a-123.html")
    assert "Cơ quan của Đảng bộ" not in text and STORY[-1] in text
    # another body described in the story's last sentence stays
    sentence = "Cục Mẫu - cơ quan của Bộ Y tế - khuyến cáo người dân không tự ý dùng thuốc."
    assert sentence in body(f"{' '.join(STORY)} {sentence}", link="https://maumoi.vn/a-123.html")


@pytest.mark.parametrize(
    "item",
    [
        "Giải A gồm: Loạt bài “Giữ rừng ở biên giới” của nhóm tác giả Báo Mẫu.",
        "Giải B: Phóng sự “Mùa điều” của Báo Mẫu.",
    ],
)
def test_a_story_sentence_ending_with_the_sites_name_stays(item: str) -> None:
    text = body(f"{STORY[0]} {item} {STORY[1]}")
    assert item in text


def test_an_embedded_posts_signature_goes_and_the_quote_and_the_next_sentence_stay() -> None:
    quote = "“Chúng tôi sẽ trở lại mặt trăng”, ông viết trên mạng xã hội X."
    after = "Giới chuyên gia cho rằng mốc thời gian này khá lạc quan, bởi tàu mới bay thử ba lần."
    signature = "Bill Nelson (@SenBillNelson) March 3, 2024 pic.twitter.com/Ab12Cd34"
    assert split_units(f"{quote} {signature} {after}") == [quote, signature, after]
    text = body(f"{STORY[0]} {quote} {signature} {after} {STORY[1]}")
    assert "pic.twitter.com" not in text and quote in text and after in text


def test_a_list_under_read_on_after_the_story_goes() -> None:
    text = body(
        f"{' '.join(STORY)} Minh Quân Đọc tiếp 10 loại cây bóng mát dễ trồng Sai lầm khi tưới cây mùa nắng"
    )
    assert text.rstrip().endswith(STORY[-1])


def test_a_radios_listen_on_after_the_byline_goes_with_its_bulletin() -> None:
    text = body(f"{' '.join(STORY)} Thu Hương Nghe thêm Bản tin thời sự 18 giờ")
    assert text.rstrip().endswith(STORY[-1])


def test_a_sentence_opening_with_listen_on_stays() -> None:
    line = "Nghe thêm các chuyên gia phân tích, người dân mới hiểu vì sao giá điện tăng."
    assert line in body(f"{STORY[0]} {line} {STORY[1]}")


def test_headlines_after_the_closing_byline_split_after_a_figure() -> None:
    text = body(f"{' '.join(STORY)} Tuấn Minh Bảng giá cây giống tháng 6/2024 So sánh keo lai và bạch đàn")
    assert text.rstrip().endswith(STORY[-1])


def test_a_line_saying_where_the_story_was_posted_goes() -> None:
    text = body(f"{' '.join(STORY)} Bài viết được đăng tải trên chuyên mục Xã hội Bình luận Đăng nhập")
    assert text.rstrip().endswith(STORY[-1])


@pytest.mark.parametrize(
    "tail",
    [
        "Mua sách tại: Tiki Fahasa Shopee",
        "Chia sẻ cảm nhận của bạn với chúng tôi!",
        "Gửi ý kiến của bạn cho chúng tôi",
    ],
)
def test_a_shops_prompt_and_an_appeal_to_share_after_the_story_go(tail: str) -> None:
    text = body(f"{' '.join(STORY)} Minh Quân {tail} © Báo Mẫu")
    assert text.rstrip().endswith(STORY[-1])
    sentence = "Người dân có thể mua tại các cửa hàng của hợp tác xã trong huyện."
    assert sentence in body(f"{STORY[0]} {sentence} {STORY[1]} {STORY[2]}")


def test_a_sentence_glued_after_a_related_links_headline_stays() -> None:
    sentence = "Sang hiệp hai, đội khách dâng cao tấn công và gỡ hòa ở phút 61 từ một tình huống cố định."
    text = body(f"{STORY[0]} Xem thêm:Lịch thi đấu giải bóng đá huyện mới nhất{sentence} {STORY[1]}")
    assert sentence in text and STORY[1] in text
    # a related link's line whose headline is in capitals holds no sentence of the story: it goes whole
    link = Block("paragraph", "Xem thêm >>> VÌ SAO NÔNG DÂN VẪN CHUỘNG GIỐNG LÚA CŨ TRONG VỤ NÀY?")
    story = [Block("paragraph", STORY[0]), link, Block("paragraph", STORY[1])]
    assert drop_chrome(story) == [story[0], story[2]]
