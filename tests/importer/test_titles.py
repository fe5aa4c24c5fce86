"""Titles a scraper cut (`… chiến ...`, at a comma or a dash of their own), completed from the
link's slug with the words as the article, the other pages imported with it or `content/raw` print
them; what no page prints is not guessed."""

from __future__ import annotations

import pytest

from bantin.importer import chrome, titles
from bantin.importer.convert import convert, remember

from .test_chrome import ARTICLE, TODAY, page


@pytest.mark.parametrize(
    ("raw", "link", "expected"),
    [
        (
            "Khởi công tuyến đường ven biển nối Vĩnh Linh ...",
            "https://baomau.vn/khoi-cong-tuyen-duong-ven-bien-noi-vinh-linh-dong-ha-c4812345.epi",
            "Khởi công tuyến đường ven biển nối Vĩnh Linh - Đông Hà",
        ),
        (  # cut at a ` - ` of its own, no ellipsis
            "Khởi công tuyến đường ven biển nối Vĩnh Linh",
            "https://baomau.vn/thoi-su/khoi-cong-tuyen-duong-ven-bien-noi-vinh-linh-dong-ha/250525.htm",
            "Khởi công tuyến đường ven biển nối Vĩnh Linh - Đông Hà",
        ),
        (  # an unrelated slug leaves the title alone
            "Đường ven biển mới",
            "https://baomau.vn/quang-tri-khoi-cong-du-an-lon-998877.htm",
            "Đường ven biển mới",
        ),
    ],
)
def test_titles_are_completed_from_the_slug_with_the_texts_accents(
    raw: str, link: str, expected: str
) -> None:
    text = "Tuyến đường ven biển nối Vĩnh Linh - Đông Hà được khởi công sáng nay."
    assert titles.complete(raw, link, [text])[0] == expected


@pytest.mark.parametrize(
    ("raw", "link", "expected"),
    [
        ("Giá vàng tăng mạnh", "https://baomau.vn/gia-vang-tang-manh-123.html", "Giá vàng tăng mạnh"),
        ("Giá vàng tăng mạnh", "https://baomau.vn/gia-vang-tang-manh-2.html", "Giá vàng tăng mạnh"),
        (
            "Giá vàng tăng mạnh trong...",
            "https://baomau.vn/gia-vang-tang-manh-trong-tuan-toi-123.html",
            "Giá vàng tăng mạnh trong tuần tới",
        ),
        (
            "Giá vàng tăng mạnh trong năm...",
            "https://baomau.vn/gia-vang-tang-manh-trong-nam-2024.html",
            "Giá vàng tăng mạnh trong năm 2024",
        ),
    ],
)
def test_a_sites_short_id_after_the_slug_is_no_word_of_the_title(raw: str, link: str, expected: str) -> None:
    text = "Giá vàng miếng tăng 500.000 đồng, còn biến động mạnh trong tuần tới."
    assert titles.complete(raw, link, [text])[0] == expected


def test_a_title_completed_inside_a_bracket_closes_it() -> None:
    text = "Ngày 22/2, Quân khu 4 bàn giao trường học tại tỉnh Hủa Phăn (Lào) cho ngành giáo dục tỉnh bạn."
    link = "https://baomau.vn/ban-giao-truong-hoc-tai-tinh-hua-phan-lao-a12345.html"
    completed = titles.complete("Bàn giao trường học tại tỉnh Hủa Phăn ...", link, [text])[0]
    assert completed == "Bàn giao trường học tại tỉnh Hủa Phăn (Lào)"


def test_a_word_the_text_never_prints_is_not_guessed() -> None:
    raw = "Khởi công tuyến đường ven biển nối Vĩnh Linh ..."
    link = "https://baomau.vn/khoi-cong-tuyen-duong-ven-bien-noi-vinh-linh-cua-viet-123456.htm"
    assert titles.complete(raw, link, ["Tuyến đường nối Vĩnh Linh dài 55 km."]) == (raw, False)


def test_words_the_article_never_prints_come_from_the_other_pages_imported() -> None:
    raw = "Khởi công tuyến đường ven biển nối Vĩnh Linh ..."
    link = "https://baomau.vn/khoi-cong-tuyen-duong-ven-bien-noi-vinh-linh-cua-viet-123456.htm"
    text = "Tuyến đường nối Vĩnh Linh dài 55 km."
    others = ["Tàu cá cập cảng ở cửa sông sáng nay.", "Người Việt ở xa về quê."]
    assert titles.complete(raw, link, [text], others) == (
        "Khởi công tuyến đường ven biển nối Vĩnh Linh cửa Việt",
        True,
    )


def test_a_title_cut_at_a_comma_of_its_own_goes_on_after_a_comma() -> None:
    raw = "Trên bàn tiệc có ba biểu hiện khó làm nên nghiệp lớn"
    link = "https://baomau.vn/tren-ban-tiec-co-ba-bieu-hien-kho-lam-nen-nghiep-lon-cang-song-cang-ngheo-d376812.html"
    text = "Người càng sống buông thả thì càng nghèo."
    assert titles.complete(raw, link, [text])[0] == (
        "Trên bàn tiệc có ba biểu hiện khó làm nên nghiệp lớn, càng sống càng nghèo"
    )


def test_a_title_cut_at_a_dash_of_its_own_before_a_name_goes_on_after_the_dash() -> None:
    raw = "Thông xe cao tốc Cam Lộ"
    link = "https://baomau.vn/thong-xe-cao-toc-cam-lo-la-son-123456.htm"
    text = "Đoàn xe đi qua La Sơn lúc 9h."
    assert titles.complete(raw, link, [text])[0] == "Thông xe cao tốc Cam Lộ - La Sơn"


def test_of_the_other_pages_the_form_printed_most_is_taken() -> None:
    raw = "Khởi công tuyến đường ven biển ..."
    link = "https://baomau.vn/khoi-cong-tuyen-duong-ven-bien-moi-123456.htm"
    others = ["Cầu mới. Mỗi ngày.", "Một con đường mới mở.", "Nhà mới xây.", "Mơi là tên một bản."]
    assert titles.complete(raw, link, ["Tuyến đường ven biển dài 55 km."], others)[0] == (
        "Khởi công tuyến đường ven biển mới"
    )


def test_pages_imported_together_lend_their_words_to_a_cut_title_and_only_slug_words_are_indexed() -> None:
    memory = chrome.SiteMemory()
    cut = page(
        "Khởi công đường ven biển Quảng Trị ...",
        "https://baomau.vn/khoi-cong-duong-ven-bien-quang-tri-dai-55-km-123456.htm",
        "Sáng 14/2, tỉnh khởi công tuyến đường nối hai huyện ven biển. Công trình hoàn thành trong ba năm.",
    )
    other = page(
        "Cầu mới", "https://baomau.vn/cau-moi-654321.htm", "Cây cầu dài 55 km được thông xe. Tin về cầu mới."
    )
    remember(cut, "cut.txt", memory, to_import=True)
    remember(other, "other.txt", memory)  # a raw page kept in the project: read, not imported
    whole = page(
        "Khởi công đường ven biển", "https://baomau.vn/khoi-cong-duong-ven-bien-1234567.htm", ARTICLE
    )
    convert(whole, "whole.txt", today=TODAY, memory=memory)
    assert memory._words is None  # a title that needs no word from elsewhere indexes nothing
    converted = convert(cut, "cut.txt", today=TODAY, memory=memory)
    assert converted.front.title == "Khởi công đường ven biển Quảng Trị dài 55 km"
    assert "cau" not in memory.words().index and set(memory.words().index) <= memory.slugs


def test_a_cut_quote_is_closed() -> None:
    completed, changed = titles.complete(
        "'Phải làm xong đường trước mùa ...",
        "https://baomau.vn/phai-lam-xong-duong-truoc-mua-mua-bao-123456.htm",
        ["Ông nói phải làm xong đường trước mùa mưa bão năm nay."],
    )
    assert changed and completed == "'Phải làm xong đường trước mùa mưa bão'"


@pytest.mark.parametrize(
    ("raw", "link", "expected"),
    [
        (  # the slug spells an abbreviation of the title's words
            "Hội Liên hiệp Phụ nữ hai nước ký...",
            "https://baomau.vn/hoi-lhpn-hai-nuoc-ky-ket-thoa-thuan-hop-tac-20240815.htm",
            "Hội Liên hiệp Phụ nữ hai nước ký kết thỏa thuận hợp tác",
        ),
        (  # a prefix the slug leaves out
            "Tin Mẫu: Thành phố thí điểm xe buýt điện...",
            "https://baomau.vn/thanh-pho-thi-diem-xe-buyt-dien-tuyen-so-9-post756789.html",
            "Tin Mẫu: Thành phố thí điểm xe buýt điện tuyến số 9",
        ),
    ],
)
def test_a_cut_title_goes_on_after_its_last_words_where_the_slug_spells_it_otherwise(
    raw: str, link: str, expected: str
) -> None:
    text = "Hai bên ký kết thỏa thuận hợp tác về tuyến xe buýt điện số 9."
    assert titles.complete(raw, link, [text])[0] == expected
    assert titles.complete(raw.removesuffix("..."), link, [text])[0] == raw.removesuffix(
        "..."
    )  # a whole title


@pytest.mark.parametrize(
    ("raw", "link", "expected"),
    [
        (  # a figure the slug writes as digits alone
            "Xuất khẩu sang Lào tăng 1,5 lần, đạt...",
            "https://baomau.vn/xuat-khau-sang-lao-tang-15-lan-dat-12-ty-usd-298765.html",
            "Xuất khẩu sang Lào tăng 1,5 lần, đạt 1,2 tỷ USD",
        ),
        (  # no mark is guessed: a question's headline may print none (`… như thế nào`)
            "Vì sao giá vàng liên tục lập đỉnh mới trong...",
            "https://baomau.vn/vi-sao-gia-vang-lien-tuc-lap-dinh-moi-trong-thang-10-post1687654.html",
            "Vì sao giá vàng liên tục lập đỉnh mới trong tháng 10",
        ),
        (
            "Giá vàng liên tục lập đỉnh mới trong...",
            "https://baomau.vn/gia-vang-lien-tuc-lap-dinh-moi-trong-thang-10-post1687654.html",
            "Giá vàng liên tục lập đỉnh mới trong tháng 10",
        ),
    ],
)
def test_a_cut_title_gets_its_figures_back_and_no_mark_guessed(raw: str, link: str, expected: str) -> None:
    text = "Xuất khẩu đạt 1,2 tỷ USD, tăng 1,5 lần. Giá vàng lập đỉnh trong tháng 10 do căng thẳng."
    assert titles.complete(raw, link, [text])[0] == expected


@pytest.mark.parametrize(
    ("raw", "link", "expected"),
    [
        (  # a tagline the slug does not spell, after a headline it spells
            "Việt Nam và Lào ký kết hợp tác giáo dục - Nhịp sống kinh tế của Phố",
            "https://baomau.vn/viet-nam-va-lao-ky-ket-hop-tac-giao-duc.htm",
            "Việt Nam và Lào ký kết hợp tác giáo dục",
        ),
        (  # the slug spells the words after the dash: the headline's own
            "Giao lưu văn hóa Việt Nam - Thế giới",
            "https://baomau.vn/giao-luu-van-hoa-viet-nam-the-gioi.htm",
            "Giao lưu văn hóa Việt Nam - Thế giới",
        ),
        (  # a subtitle with a figure, which an editor's short slug leaves out, stays
            "Hà Nội khởi công cầu Trần Hưng Đạo - Cây cầu thứ 8 qua sông Hồng",
            "https://baomau.vn/ha-noi-khoi-cong-cau-tran-hung-dao.htm",
            "Hà Nội khởi công cầu Trần Hưng Đạo - Cây cầu thứ 8 qua sông Hồng",
        ),
        (  # a long slug may be cut at a word's end: what it leaves out stays
            "Thủ tướng chủ trì hội nghị toàn quốc triển khai nhiệm vụ năm 2024 của ngành giáo dục - Những việc cần làm ngay",
            "https://baomau.vn/thu-tuong-chu-tri-hoi-nghi-toan-quoc-trien-khai-nhiem-vu-nam-2024-cua-nganh-giao-duc.htm",
            "Thủ tướng chủ trì hội nghị toàn quốc triển khai nhiệm vụ năm 2024 của ngành giáo dục - Những việc cần làm ngay",
        ),
    ],
)
def test_a_tagline_the_slug_leaves_out_is_the_sites(raw: str, link: str, expected: str) -> None:
    converted = convert(page(raw, link, ARTICLE), "page.txt", today=TODAY)
    assert converted.front.title == expected


def test_a_cut_title_goes_on_from_the_head_where_the_menu_runs_before_the_headline() -> None:
    """The link's slug stops short of where the title was cut; the page's head prints the whole
    headline after the menu's words (`Pháp luật Triệt phá …`): the headline is the title."""
    raw = "Khởi tố nhóm đối tượng mua bán hóa đơn khống trị giá..."
    link = "https://baotinh.vn/phap-luat/khoi-to-nhom-doi-tuong-mua-ban-hoa-don-i12345/"
    head = "Pháp luật Khởi tố nhóm đối tượng mua bán hóa đơn khống trị giá hơn 200 tỷ đồng"
    assert titles.complete(raw, link, ["Công an tỉnh khởi tố 7 bị can."], headlines=[head]) == (
        "Khởi tố nhóm đối tượng mua bán hóa đơn khống trị giá hơn 200 tỷ đồng",
        True,
    )


def test_a_head_that_does_not_hold_the_cut_title_leaves_it_cut() -> None:
    raw = "Khởi tố nhóm đối tượng mua bán hóa đơn khống trị giá..."
    link = "https://baotinh.vn/phap-luat/khoi-to-nhom-doi-tuong-mua-ban-hoa-don-i12345/"
    head = "Pháp luật Khởi tố nhóm đối tượng trộm cắp xe máy"
    assert titles.complete(raw, link, ["Công an tỉnh khởi tố 7 bị can."], headlines=[head])[1] is False
