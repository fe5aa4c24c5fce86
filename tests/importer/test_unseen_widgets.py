"""Widgets of Vietnamese news sites the development set does not hold, written for these tests in
the shape of a search-engine scrape (the whole body on one line): a page's `2 giờ trước` stamp
glued to the lead, share bars, audio players and tag lines run into the byline, newsletter and
cookie boxes, donation appeals. The article's sentences always stay; the widgets go."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.widgets import buttons, leading_buttons

from .scrapes import vnsum

HARVEST = [
    "Sáng 12/6, Sở Nông nghiệp tỉnh Yên Hòa cho biết đã hoàn thành thu hoạch hơn 8.000 ha lúa vụ xuân, "
    "năng suất bình quân đạt 6,5 tấn mỗi ha.",
    "Theo ông Trần Văn Lộc, Phó giám đốc Sở, giá lúa năm nay cao hơn năm trước khoảng 800 đồng mỗi kg nên "
    "nông dân có lãi.",
    "Nhiều hợp tác xã đã ký hợp đồng bao tiêu với doanh nghiệp, giúp người trồng yên tâm sản xuất.",
    "Tỉnh đặt mục tiêu đến năm 2025 có 30% diện tích lúa được sản xuất theo quy trình hữu cơ.",
]
LINK = "https://baoyenhoa.vn/kinh-te/yen-hoa-thu-hoach-lua-vu-xuan-a1234.html"


def scrape(content: str, *, summary: str = "") -> bytes:
    return vnsum(
        "Yên Hòa thu hoạch hơn 8.000 ha lúa vụ xuân", LINK, content, source="Báo Yên Hòa", summary=summary
    )


def imported(head: str = "", tail: str = "", **kwargs: str):  # type: ignore[no-untyped-def]
    content = " ".join(part for part in (head, *HARVEST, tail) if part)
    converted = convert(scrape(content, **kwargs), "lua.txt", year=2024)
    assert all(sentence in converted.body for sentence in HARVEST), converted.body
    return converted


def assert_the_article_ends_and_hoang_long_wrote_it(converted) -> None:  # type: ignore[no-untyped-def]
    """What follows the article went: the body ends with its last sentence, the byline is the author."""
    assert converted.body.rstrip().endswith(HARVEST[-1]), converted.body
    assert converted.front.author == "Hoàng Long"


def test_a_pages_time_ago_stamp_glued_to_the_lead_goes_and_the_lead_stays() -> None:
    converted = imported(head="2 giờ trước")
    assert converted.body.startswith(HARVEST[0])
    assert "giờ trước" not in converted.body
    assert any(not u.keep and u.text == "2 giờ trước" for u in converted.units)


def test_a_related_storys_time_stamp_in_the_tail_keeps_its_teaser_whole() -> None:
    teaser = (
        "3h trước Bóng đá Đội tuyển nữ bước vào đợt tập trung mới với nhiều gương mặt trẻ lần đầu được gọi."
    )
    footer = "Tổng biên tập: Trần Văn Một. Giấy phép số 12/GP-BTTTT."
    converted = imported(tail=f"{teaser} {teaser.replace('3h', '5h')} {footer}")
    assert "Đội tuyển nữ" not in converted.body


@pytest.mark.parametrize(
    "tail",
    [
        "Hoàng Long Chia sẻ Copy link thành công Gửi góp ý Báo lỗi Trở lại Kinh tế Trở lại Kinh tế",
        "Hoàng Long Like 0 Share Facebook Twitter Zalo In bài Lưu bài",
        "Hoàng Long Từ khóa: lúa vụ xuân, Yên Hòa, nông nghiệp",
        "Hoàng Long Tags: lúa vụ xuân nông nghiệp Yên Hòa",
        "Hoàng Long Đăng ký nhận bản tin Nhập email của bạn để nhận tin mới nhất mỗi ngày Đăng ký",
        "Hoàng Long Theo dõi Báo Yên Hòa trên Google News",
        "Hoàng Long Tải app Báo Yên Hòa để đọc tin nhanh hơn trên điện thoại",
        "Hoàng Long Gửi góp ý Báo lỗi",
        "Hoàng Long Đọc nhiều nhất Giá vàng hôm nay tăng mạnh Thời tiết ngày mai có mưa",
        "Hoàng Long Ủng hộ Báo Yên Hòa Mỗi đóng góp của bạn giúp chúng tôi duy trì báo chí độc lập. Ủng hộ ngay",
        "Hoàng Long Ý kiến (0) Gửi ý kiến Hủy",
        "Hoàng Long TIN KHÁC Giá vàng hôm nay tăng mạnh Thời tiết ngày mai có mưa",
        "Hoàng Long Bạn có thể quan tâm Giá vàng hôm nay tăng mạnh Thời tiết ngày mai có mưa",
        "Hoàng Long Tiêu điểm Giá vàng hôm nay tăng mạnh Thời tiết ngày mai có mưa",
        "Hoàng Long Bài cùng tác giả Giá vàng hôm nay tăng mạnh",
        "Hoàng Long #lúa #nôngnghiệp #YênHòa",
        "Hoàng Long Bạn thấy bài viết này thế nào? Hay Bình thường Không hay",
    ],
)
def test_widgets_run_into_the_byline_go_and_the_byline_is_the_author(tail: str) -> None:
    converted = imported(tail=tail)
    assert_the_article_ends_and_hoang_long_wrote_it(converted)


@pytest.mark.parametrize(
    "tail",
    [
        "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web. Đồng ý",
        "Nội dung dành cho thành viên. Vui lòng đăng ký gói để đọc tiếp.",
        "Ủng hộ Báo Yên Hòa Mỗi đóng góp của bạn giúp chúng tôi duy trì nền báo chí độc lập. Ủng hộ ngay",
        "Bình luận (0) Quan tâm nhất Mới nhất Xem thêm bình luận",
        "12 bình luận Sắp xếp theo Mới nhất Cũ nhất",
        "Về đầu trang Lên đầu trang",
        "Gửi góp ý Báo lỗi",
        "Viết bình luận... 0/500 ký tự Gửi Hủy",
        "Vui lòng nhập tiếng Việt có dấu Mã xác nhận Gửi",
        "Bạn đọc bình luận Tối đa 1.000 ký tự Bạn còn 1.000 ký tự",
        "Bình luận của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu",
        "Bài viết đã được xem 1.234 lần",  # a counter said as a sentence
        "Tin này đã có 56 lượt đọc",
    ],
)
def test_boxes_of_the_site_after_the_article_go(tail: str) -> None:
    converted = imported(tail=tail)
    assert converted.body.rstrip().endswith(HARVEST[-1]), converted.body


@pytest.mark.parametrize(
    "head",
    [
        "Kinh tế Thứ Năm, 07/03/2024 10:05 Chia sẻ Facebook Zalo Copy link",
        "Lượt xem: 2.345 | Bình luận: 0",
        "A A+ Nghe đọc bài viết Giọng nữ Giọng nam",
        "Nghe bài viết 0:00 / 3:12 Tốc độ đọc 1x",
        "Cỡ chữ Phóng to Thu nhỏ Mặc định",
        "Trang chủ > Kinh tế > Nông nghiệp",
        "Trang chủ » Kinh tế » Nông nghiệp",
        "Thứ tư, 12/06/2024 - 10:05 | 1.234 lượt xem",
        "5 phút đọc",
        "Nghe bài này",
    ],
)
def test_a_share_bar_player_counter_or_breadcrumb_glued_to_the_lead_goes(head: str) -> None:
    converted = imported(head=head)
    assert converted.body.startswith(HARVEST[0]), converted.body


def test_sentences_and_subheadings_with_the_words_of_widgets_stay() -> None:
    inside = [
        "Chia sẻ kinh nghiệm",
        "Đoạn video quay cảnh gặt lúa đạt hơn 2 triệu lượt xem trên Facebook và Zalo.",
        "Theo dõi sát diễn biến thời tiết",
        "Bà con chia sẻ, đăng ký nhận giống mới và theo dõi giá trên điện thoại mỗi ngày.",
        "Trả lời",
    ]
    content = " ".join([HARVEST[0], HARVEST[1], *inside, HARVEST[2], HARVEST[3], "Hoàng Long"])
    body = convert(scrape(content), "lua.txt", year=2024).body
    for text in inside:
        assert text in body, text


def test_a_breadcrumb_s_words_and_a_widget_s_in_the_lead_stay_without_arrows_or_buttons() -> None:
    lead = "Trang chủ của hợp tác xã đăng tải giá lúa mỗi ngày, giúp bà con theo dõi và chủ động bán hàng."
    converted = imported(head=lead)
    assert converted.body.startswith(lead)


def lines_page(*tail: str) -> bytes:
    """A story copied from a browser: the headline, one paragraph a line, the site's boxes after it."""
    return "\n".join(
        ["Yên Hòa thu hoạch hơn 8.000 ha lúa vụ xuân", "", *(p + "\n" for p in HARVEST), *tail]
    ).encode()


@pytest.mark.parametrize(
    "box",
    [
        [
            "Ủng hộ Báo Yên Hòa",
            "Mỗi đóng góp của bạn giúp chúng tôi duy trì nền báo chí độc lập.",
            "Ủng hộ ngay",
        ],
        ["Tin tài trợ", "Nhà đất giá rẻ tại Yên Hòa chỉ từ 500 triệu"],
        ["Chia sẻ", "Copy link thành công", "Gửi góp ý", "Báo lỗi"],
        ["Lượt xem: 2.345", "Cỡ chữ A- A+"],
        ["Đọc nhiều nhất", "Giá vàng hôm nay tăng mạnh", "Thời tiết ngày mai có mưa"],
    ],
)
def test_boxes_on_lines_of_their_own_after_the_byline_go(box: list[str]) -> None:
    converted = convert(lines_page("Hoàng Long", "", *box), "lua.txt", year=2024)
    assert all(paragraph in converted.body for paragraph in HARVEST)
    assert_the_article_ends_and_hoang_long_wrote_it(converted)


@pytest.mark.parametrize("footer", ["", "Hoàng Long Tổng biên tập: Trần Văn Một. Giấy phép số 12/GP-BTTTT."])
def test_sentences_with_the_words_of_comment_boxes_and_lists_stay(footer: str) -> None:
    sentences = [
        "Người dân gửi ý kiến đến UBND xã.",
        "Nhiều hộ đã hủy hợp đồng cũ.",
        "Tiêu điểm của hội nghị là giá lúa.",
        "Kẻ gian yêu cầu nạn nhân cung cấp mã xác nhận.",
        "Người dân ủng hộ ngay chủ trương này.",
        "Chương trình dành cho hội viên hợp tác xã.",
        "Bà con đăng ký nhận tin nhắn giá lúa.",
        "Tin khác cho thấy giá phân bón giảm.",
        "Họ đăng ký, theo dõi và bình luận mỗi ngày.",
    ]
    body = convert(scrape(" ".join([*HARVEST[:2], *sentences, footer])), "lua.txt", year=2024).body
    for sentence in sentences:
        assert sentence in body, sentence


def test_a_byline_and_a_source_label_run_into_the_last_sentence_leave_the_body_for_the_metadata() -> None:
    converted = imported(tail="Hoàng Long Nguồn: Báo Nông nghiệp")
    assert_the_article_ends_and_hoang_long_wrote_it(converted)
    assert "Nguồn" not in converted.body


@pytest.mark.parametrize(
    "footer",
    [
        "Đơn vị chủ quản: Hội Nông dân Việt Nam Tổng Giám đốc: Nguyễn Văn Hai Mã số doanh nghiệp: 0101234567 "
        "Giấy chứng nhận đăng ký kinh doanh do Sở KH&ĐT cấp",
        "Chủ nhiệm: Trần Văn Ba Phó Chủ nhiệm phụ trách: Lê Thị Bốn Hộp thư: toasoan@yenhoa.vn",
        "Người đứng đầu cơ quan báo chí: Phạm Năm",
        "Về chúng tôi Liên hệ Quảng cáo Điều khoản Bảo mật",
    ],
)
def test_footers_with_fields_the_development_set_lacks_go(footer: str) -> None:
    converted = imported(tail=f"Hoàng Long {footer}")
    assert_the_article_ends_and_hoang_long_wrote_it(converted)


def test_a_mastheads_description_of_the_site_just_before_the_footer_goes() -> None:
    masthead = "Báo điện tử của Đảng bộ tỉnh Yên Hòa"
    page = lines_page("Hoàng Long", "", masthead, "Tổng biên tập: Trần Văn Một", "Giấy phép số 12/GP-BTTTT")
    converted = convert(page, "lua.txt", year=2024)
    assert_the_article_ends_and_hoang_long_wrote_it(converted)


def test_the_words_of_footer_fields_inside_sentences_stay() -> None:
    sentences = [
        "Theo Báo điện tử của Bộ Nông nghiệp, giá lúa còn tăng.",
        "Ông Trần Văn Ba, Chủ nhiệm hợp tác xã, cho biết bà con rất phấn khởi.",
        "Tổng Giám đốc doanh nghiệp cam kết mua hết lúa của bà con.",
        "Ông viết cho Báo Cứu quốc - Cơ quan ngôn luận của Tổng bộ Việt Minh; Báo Nhân Dân - Cơ quan của Trung "
        "ương Đảng.",
    ]
    footer = "Tổng biên tập: Trần Văn Một. Giấy phép số 12/GP-BTTTT."
    body = convert(scrape(" ".join([*HARVEST, *sentences, footer])), "lua.txt", year=2024).body
    for sentence in sentences:
        assert sentence in body, sentence


@pytest.mark.parametrize(
    "tail",
    [
        "Để lại một bình luận Hủy trả lời Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc "
        "được đánh dấu * Bình luận Tên * Email * Trang web Lưu tên của tôi, email, và trang web trong trình "
        "duyệt này cho lần bình luận kế tiếp của tôi.",
        "Bài viết trước Giá vàng hôm nay tăng mạnh Bài viết tiếp theo Thời tiết ngày mai có mưa",
        "Previous Post Next Post Related Posts Leave a Reply",
        "Danh mục: Tin tức Thẻ: lúa, nông nghiệp",
        "Share this: Facebook Twitter Like this: Like Loading...",
        "Read more: Giá vàng hôm nay tăng mạnh",
    ],
)
def test_the_widgets_of_a_blog_engine_go(tail: str) -> None:
    converted = imported(tail=f"Hoàng Long {tail}")
    assert_the_article_ends_and_hoang_long_wrote_it(converted)


@pytest.mark.parametrize(
    "head", ["Đăng bởi admin | 12/06/2024 | 0 bình luận", "Posted by admin on 12/06/2024"]
)
def test_a_blog_engines_poster_line_before_the_lead_goes(head: str) -> None:
    assert imported(head=head).body.startswith(HARVEST[0])


def test_sentences_with_the_words_of_a_blog_engine_stay() -> None:
    sentences = [
        "Trong bài viết trước, chúng tôi đã phân tích giá lúa.",
        "Bài viết trước đã phân tích giá phân bón.",
        "Nhiều người để lại bình luận chúc mừng bà con.",
        "Danh mục giống lúa mới gồm 12 loại.",
    ]
    footer = "Tổng biên tập: Trần Văn Một. Giấy phép số 12/GP-BTTTT."
    body = convert(scrape(" ".join([*HARVEST, *sentences, footer])), "lua.txt", year=2024).body
    for sentence in sentences:
        assert sentence in body, sentence


def test_a_counter_of_views_is_a_widget_only_alone_and_with_its_figure() -> None:
    assert buttons("Bài viết đã được xem 1.234 lần") and buttons("Đã xem 12 lần")
    assert not buttons("Video đã được xem 2 triệu lần trên YouTube.")  # a sentence saying more
    assert not buttons("Bài viết đã được xem")  # no figure: no counter
    assert not buttons("Đọc 3 lần")  # an instruction of a list, no subject


def test_a_follow_prompt_run_into_the_storys_closing_list_is_cut_from_it() -> None:
    prices = ["Giá lúa tại các tỉnh như sau:", "Yên Hòa: 8.200 đồng/kg", "Yên Bình: 8.100 đồng/kg"]
    content = " ".join(
        [
            HARVEST[0],
            HARVEST[1],
            *prices,
            "Theo dõi Báo Yên Hòa trên Google News Báo Yên Hòa. Giấy phép số 12/GP-BTTTT.",
        ]
    )
    body = convert(scrape(content), "lua.txt", year=2024).body
    assert all(line in body for line in prices), body
    assert "Google News" not in body
    sentence = "Bà con nên theo dõi Báo Yên Hòa trên sóng phát thanh để biết lịch thời vụ."  # lower case: a sentence's
    body = convert(
        scrape(" ".join([HARVEST[0], HARVEST[1], sentence, HARVEST[2]])), "lua.txt", year=2024
    ).body
    assert sentence in body


def test_a_follow_prompt_for_a_name_in_small_letters_on_a_platform_is_cut_from_the_list() -> None:
    prices = ["Giá lúa tại các tỉnh như sau:", "Yên Hòa: 8.200 đồng/kg", "Yên Bình: 8.100 đồng/kg"]
    content = " ".join([HARVEST[0], HARVEST[1], *prices, "Theo dõi Nông nghiệp Yên Hòa trên Zalo Bình luận"])
    body = convert(scrape(content), "lua.txt", year=2024).body
    assert all(line in body for line in prices), body
    assert "Zalo" not in body
    sentence = "Theo dõi sát diễn biến trên Facebook, cơ quan chức năng đã kịp thời cảnh báo người dân."
    body = convert(
        scrape(" ".join([HARVEST[0], HARVEST[1], sentence, HARVEST[2]])), "lua.txt", year=2024
    ).body
    assert sentence in body


def test_a_share_bar_run_into_a_lead_opening_with_a_button_s_words_goes_and_the_lead_stays() -> None:
    # `Tốc độ phát` is a player's button and `Tốc độ phát triển` a lead's first words: after a run of
    # buttons, a button of several words going on in small letters to a stop opens the story.
    lead = "Tốc độ phát triển nông nghiệp của tỉnh Yên Hòa năm nay đạt 4,2%, cao nhất vùng."
    content = " ".join(["Chia sẻ Facebook Zalo", lead, HARVEST[1], HARVEST[2], "Hoàng Long"])
    body = convert(scrape(content), "lua.txt", year=2024).body
    assert body.startswith(lead), body
    assert "Chia sẻ" not in body
    assert leading_buttons("Chia sẻ Facebook Zalo Đăng nhập để bình luận") == len(
        "Chia sẻ Facebook Zalo Đăng nhập"
    )  # a call after the buttons, no sentence: the buttons go on
