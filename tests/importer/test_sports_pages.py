"""Sports pages (the blind_sports round): lines of the story with no stop and few stop words that list
names or fixtures under a label (a group of a draw, a line-up, a schedule the story quotes) stay; a
bookmaker's ad, a video box's label run into the byline, and a writer's name in capitals run between the
story's last line and the page's tags are the page's. The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.caps_bylines import name_cuts
from bantin.importer.convert import convert
from bantin.importer.inline_links import inline_headline
from bantin.importer.list_headers import names_its_list
from bantin.importer.rosters import lists_items, lists_names
from bantin.importer.selfnamed import scraped_part
from bantin.importer.units import split_units


def _vnsum(content: str, source: str = "Báo Thể thao", link: str = "https://baothethao.vn/a-123.html") -> str:
    return (
        f"Title: Đội tuyển futsal nữ Việt Nam vào bảng dễ\nSource: {source}\nLink: {link}\n"
        f"Published Date: 12/04/2024 10:00\nAuthor: \nTags: None\nSummary: \nContent: {content}\n"
    )


def _body(page: str) -> str:
    return convert(page.encode(), "page.txt", year=2017).body


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bảng C: Nhật Bản, Hàn Quốc, Úc, Jordan", True),
        ("Hàng tiền vệ: Minh Tâm, Hoàng Phúc, Quốc Huy và Tuấn Anh", True),
        ("Đội hình xuất phát: Đình Triệu, Văn Thanh, Quế Ngọc Hải, Bùi Tiến Dũng, Văn Hậu", True),
        ("Kết quả bốc thăm: Việt Nam gặp khó trước Thái Lan", False),  # a headline: one clause
        ("Hà Nội, Hải Phòng, Quảng Ninh cùng thắng", False),  # no label
        ("Ghi chú: đội nhất bảng, đội nhì bảng, hai đội thứ ba tốt nhất", False),  # not names
    ],
)
def test_a_line_listing_names_is_a_label_a_colon_and_three_names(text: str, names: bool) -> None:
    assert lists_names(text) is names


def test_a_group_of_a_draw_between_two_paragraphs_is_no_related_headline() -> None:
    before = "Lễ bốc thăm diễn ra tại Kuala Lumpur chiều 3/5."
    after = "Các trận đấu diễn ra từ ngày 20/6 đến 2/7."
    assert not inline_headline(before, "Bảng C: Nhật Bản, Hàn Quốc, Úc, Jordan, Kyrgyzstan", after)


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Lịch thi đấu tứ kết (8/6): Hoàng Thị Ngân - Kim Ga-eun, 9h; Vũ Thị Trang - Lee Min-ji, 11h", True),
        ("Lịch thi đấu vòng 14 V-League", False),  # the site's box: a header and cells
        ("BXH: Nam Định 33 Bình Dương 28 Thanh Hóa 27", False),
    ],
)
def test_a_schedule_the_story_writes_lists_its_items_with_commas(text: str, listed: bool) -> None:
    assert lists_items(text) is listed


def test_a_schedule_the_story_quotes_after_its_last_sentence_stays() -> None:
    schedule = "Lịch thi đấu tứ kết (8/6): Hoàng Thị Ngân - Kim Ga-eun, 9h; Vũ Thị Trang - Lee Min-ji, 11h"
    body = _body(
        _vnsum(
            "Hoàng Thị Ngân thắng hạt giống số 4 và vào tứ kết giải cầu lông quốc tế Đà Nẵng. "
            "Tay vợt 22 tuổi chỉ mất 35 phút để giành chiến thắng 2-0. "
            f"{schedule} Lịch thi đấu vòng 14 V-League Tin khác Văn Toàn trở lại tập luyện"
        )
    )
    assert schedule in body and "V-League" not in body


@pytest.mark.parametrize(
    "ad",
    ["Tỷ lệ kèo Thái Lan vs Malaysia: Châu Á 0:3/4", "Soi kèo, nhận định U23 châu Á", "Kèo nhà cái hôm nay"],
)
def test_a_bookmakers_ad_after_the_story_goes(ad: str) -> None:
    last = "Hai đội sẽ gặp lại nhau ở lượt về vào ngày 10/9."
    body = _body(_vnsum(f"Thái Lan thua Malaysia 1-2 ở trận lượt đi chung kết. {last} {ad}"))
    assert last in body and ad not in body


def test_a_sentence_about_betting_stays() -> None:
    sentence = (
        "Theo cơ quan điều tra, các đối tượng lập trang web để người chơi đặt cược theo tỷ lệ kèo "
        "của nhà cái nước ngoài, thu lợi bất chính hơn 20 tỷ đồng."
    )
    body = _body(_vnsum(f"Công an tỉnh triệt phá đường dây cá độ bóng đá qua mạng. {sentence}"))
    assert sentence in body


def test_a_video_box_after_the_byline_leaves_the_byline_the_author() -> None:
    page = _vnsum(
        "Đội tuyển bơi Việt Nam giành 3 HCV trong ngày thi đấu đầu tiên. "
        "Kình ngư Trần Hưng Nguyên thắng ở nội dung 200m hỗn hợp. "
        "Thanh Vy Video Khoảnh khắc Hưng Nguyên về đích Xem thêm video Bạn chọn ai là VĐV của ngày? "
        "Hưng Nguyên Ánh Viên Bình chọn Xem kết quả"
    )
    front = convert(page.encode(), "page.txt", year=2017).front
    assert front.author == "Thanh Vy"


def test_a_name_in_capitals_between_the_last_line_and_the_tags_is_a_unit_of_its_own() -> None:
    text = "Kết quả đơn nam: Lê Đức Phát thắng 2-0, 21-15 TRẦN MINH Lê Đức Phát cầu lông Tin khác Giải trẻ"
    assert "TRẦN MINH" in split_units(text)


@pytest.mark.parametrize(
    "text",
    [
        "Theo ông NGUYỄN VĂN AN cho biết đội sẽ tập trung",  # a name inside a sentence, in lower case after
        "Nguyên Vân Diệu Ái ĐỘC LẬP Trước giờ tôi hiếm khi tham gia các cuộc thi viết, thế nhưng năm nay",
        "Báo cáo của UBND TP HCM Hội đồng nhân dân",  # acronyms, no name
        "Hồng Nhung NÊN ĐỌC Giá xăng giảm lần thứ ba liên tiếp",  # a list's header in capitals
    ],
)
def test_a_name_in_capitals_is_cut_only_before_words_that_are_no_sentence(text: str) -> None:
    assert not name_cuts(text)


def test_an_acronym_the_scraper_names_the_site_with_stays_in_capitals() -> None:
    assert scraped_part("VFF", "vff", lambda words: None) == "VFF"
    assert scraped_part("THETHAO", "thethao", lambda words: None) == "Thethao"  # a word, not initials


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Tin mới nhất Sông Lam Nghệ An mở bán vé mùa giải mới Câu lạc bộ Bóng đá Sông Lam Nghệ An.", True),
        ("Các bài viết khác Hải Phòng chia tay trung vệ ngoại", True),
        ("Tin mới nhất từ Bộ Y tế cho biết số ca mắc đã giảm.", False),  # a sentence: lower case after it
        ("Xem thêm Hà Nội FC trên trang của câu lạc bộ.", False),  # a header a sentence may open with
    ],
)
def test_a_header_naming_its_stories_before_a_capital_is_the_lists(text: str, named: bool) -> None:
    assert names_its_list(text) is named


def test_a_headline_run_into_the_footers_sentence_goes_with_its_header() -> None:
    last = "Hợp đồng mới của tiền vệ này có thời hạn đến hết năm 2026."
    body = _body(
        _vnsum(
            "Câu lạc bộ Sông Lam Nghệ An gia hạn hợp đồng với tiền vệ Văn Lâm thêm hai năm. "
            f"{last} Tin mới nhất Sông Lam Nghệ An mở bán vé mùa giải mới "
            "Câu lạc bộ Bóng đá Sông Lam Nghệ An. Địa chỉ: Sân vận động Vinh, TP Vinh"
        )
    )
    assert last in body and "mở bán vé" not in body


def test_the_tags_after_the_byline_go_where_a_list_of_headlines_follows_them() -> None:
    last = "Tiền vệ này sẽ ra mắt trong trận gặp Everton cuối tuần này."
    page = _vnsum(
        "Tottenham hoàn tất việc chiêu mộ tiền vệ James Maddison từ Leicester City. "
        f"{last} Minh Phương Chuyển nhượng Tottenham James Maddison "
        "Đọc tiếp Son Heung-min làm đội trưởng Tottenham Kane ra mắt Bayern Munich"
    )
    converted = convert(page.encode(), "page.txt", year=2017)
    assert converted.body.rstrip().endswith(last) and converted.front.author == "Minh Phương"


def test_a_sponsors_box_run_into_a_photos_credit_goes() -> None:
    body = _body(
        _vnsum(
            "Câu lạc bộ Hải Phòng ra mắt bộ trang phục thi đấu mới cho mùa giải 2024/25. "
            "Các cầu thủ trong trang phục mới. Ảnh: Hải Phòng FC Nhà tài trợ chính Vinaconex Jogarbola "
            "Tin mới nhất Hải Phòng mở bán vé cả mùa"
        )
    )
    assert "Ảnh: Hải Phòng FC" in body and "Vinaconex" not in body


@pytest.mark.parametrize("name", ["Phạm Thanh Vy", "Nguyễn Thị Thanh Vy"])
def test_a_writers_name_of_three_words_or_more_before_the_page_s_buttons_is_whole(name: str) -> None:
    page = _vnsum(
        "Đội tuyển bơi Việt Nam giành 3 HCV trong ngày thi đấu đầu tiên. "
        f"Kình ngư Trần Hưng Nguyên thắng ở nội dung 200m hỗn hợp. {name} Bình luận Chia sẻ"
    )
    assert convert(page.encode(), "page.txt", year=2017).front.author == name
