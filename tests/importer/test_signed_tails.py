"""The end of a story and what follows it: a caption's credit said again as the byline, an agency's
initials before the writer's name, a gallery's counter, a player's and a reader's buttons, a
sentence with a furniture word that the byline signs, headlines opening with a name, and the site's
own name closing a run of headlines."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import parse_byline
from bantin.importer.captions import parse_credit, split_captions
from bantin.importer.convert import Converted, convert
from bantin.importer.edges import headlines
from bantin.importer.widgets import buttons

from .scrapes import vnsum

STORY = (
    "Sáng 20/9, huyện Mẫu Sơn tổ chức lễ hội đình làng với sự tham gia của hơn 5.000 người dân.",
    "Lễ hội gồm lễ rước nước, lễ tế thần và các trò chơi dân gian như kéo co, đánh đu, chọi gà.",
    "Ban tổ chức cho biết lễ hội được khôi phục từ năm 2015 sau hơn 50 năm gián đoạn.",
)


def scrape(content: str) -> bytes:
    return vnsum(
        "Huyện Mẫu Sơn mở hội đình làng",
        "https://baomau.vn/huyen-mau-son-mo-hoi-dinh-lang-a123.html",
        content,
    )


def convert_page(content: str) -> Converted:
    return convert(scrape(content), "trang.txt", year=2024, sources={})


def test_a_credit_said_again_is_the_credit_then_the_byline() -> None:
    blocks = split_captions("Lễ rước nước qua cầu. Ảnh: Quang Huy Quang Huy Mẫu Sơn mở hội đua thuyền")
    assert [(b.kind, b.text, b.credit) for b in blocks] == [
        ("caption", "Lễ rước nước qua cầu.", "Ảnh: Quang Huy"),
        ("paragraph", "Quang Huy", None),
        ("paragraph", "Mẫu Sơn mở hội đua thuyền", None),
    ]


def test_the_byline_after_a_repeated_credit_names_the_author() -> None:
    page = convert_page(f"{' '.join(STORY)} Lễ rước nước qua cầu. Ảnh: Quang Huy Quang Huy")
    assert page.front.author == "Quang Huy"
    assert "*Ảnh: Quang Huy*" in page.body


def test_an_agencys_initials_end_the_credit_before_the_writers_name() -> None:
    after = "TCT Hồng Nhung (TTXVN) Từ khóa: lừa đảo"
    credit, cut = parse_credit(after)
    assert credit == "TCT"
    assert after[cut:].startswith("Hồng Nhung")
    assert parse_credit("TTXVN Theo thống kê")[0] == "TTXVN"


def test_a_gallerys_counter_opening_a_caption_goes() -> None:
    blocks = split_captions("Lễ hội đông vui. 1 / 12 Lễ rước kiệu trên sân đình. Ảnh: Lê Hội")
    assert blocks[-1].text == "Lễ rước kiệu trên sân đình."


def test_a_players_time_and_a_readers_buttons_are_buttons() -> None:
    assert buttons("Video đang phát 00:00 / 02:15")
    assert buttons("Thu gọn Bấm để xem thêm Đăng ký gói thành viên")
    assert not buttons("Video đang phát trên mạng xã hội thu hút 2 triệu lượt xem.")


def test_a_sentence_with_a_furniture_word_signed_by_the_byline_stays() -> None:
    advice = "Ban tổ chức khuyến cáo người dân chỉ tải ứng dụng của huyện để xem lịch lễ hội chính thức."
    page = convert_page(f"{' '.join(STORY)} {advice} Lễ rước kiệu trên sân đình. Ảnh: BTC Lê Hội (TTXVN)")
    assert advice in page.body
    assert "*Ảnh: BTC*" in page.body


def test_headlines_may_open_with_a_name_of_two_words() -> None:
    assert headlines("Mẫu Sơn đẩy mạnh phát triển du lịch tâm linh Thọ Xuân công bố quy hoạch khu du lịch")
    assert not headlines("Người dân Mẫu Sơn đẩy mạnh phát triển du lịch tâm linh.")


def test_the_sites_own_name_closing_a_run_of_headlines_goes_with_them() -> None:
    tail = (
        "Quang Huy Mẫu Sơn đẩy mạnh phát triển du lịch tâm linh Thọ Xuân công bố quy hoạch khu du lịch "
        "sinh thái Báo Mẫu điện tử. Tổng biên tập: Nguyễn Văn A"
    )
    page = convert_page(f"{' '.join(STORY)} {tail}")
    assert page.body.rstrip().endswith(STORY[-1])
    assert "Báo Mẫu" not in page.body and "du lịch tâm linh" not in page.body


def test_a_sentence_naming_the_paper_keeps_its_words() -> None:
    ending = "Chương trình lễ hội được đăng trên Báo Mẫu."
    page = convert_page(f"{' '.join(STORY)} {ending}")
    assert ending in page.body


def test_an_address_a_sentence_places_the_story_at_stays_in_it() -> None:
    lead = "Sáng 15/5, tại phường 9, TP Tuy Hòa, UBND tỉnh tổ chức lễ khởi công dự án nhà ở xã hội 1.000 căn."
    page = convert_page(f"Trang chủ Thời sự Kinh tế Xã hội {lead} {' '.join(STORY)}")
    assert page.body.startswith(lead)


def test_a_greeting_goes_and_the_date_line_after_it_dates_the_page() -> None:
    page = convert_page(
        f"Chào mừng bạn đến với trang tin điện tử của tỉnh Mẫu Sơn! Thứ Tư, 15/05/2024 {' '.join(STORY)}"
    )
    assert page.body.startswith(STORY[0])
    assert str(page.front.date) == "2024-05-15"


def test_a_list_of_other_stories_and_the_pages_pagination_go() -> None:
    tail = (
        "Quang Huy Các tin, bài viết khác: Mẫu Sơn xuất khẩu nông sản tăng 12% (17/05/2024) "
        "Mẫu Sơn đón tàu du lịch (16/05/2024) Trang trước Trang sau"
    )
    page = convert_page(f"{' '.join(STORY)} {tail}")
    assert page.body.rstrip().endswith(STORY[-1])


def test_a_credit_naming_the_writer_and_the_outlet_gives_both() -> None:
    found = parse_byline("Theo Nhật Linh | Dân Việt")
    assert found is not None and (found.author, found.source) == ("Nhật Linh", "Dân Việt")
    assert parse_byline("Theo Đời sống Plus").source == "Đời sống Plus"


def test_an_appeal_to_readers_glued_to_the_byline_goes_and_the_byline_stays() -> None:
    page = convert_page(f"{' '.join(STORY)} Quang Huy Bạn đọc có ý kiến về vấn đề này xin gửi về Báo Mẫu.")
    assert page.body.rstrip().endswith(STORY[-1])
    assert page.front.author == "Quang Huy"


def test_a_videos_box_goes_and_the_credit_under_it_stays() -> None:
    raw = (
        "Lễ hội đình làng\n\n" + "\n".join(STORY) + "\nXem thêm Video:\nLễ hội đình làng rộn ràng\n"
        "Theo Đời sống Plus\n\n\n\nLễ hội đình làng thu hút hơn 5.000 người dân.\n"
    )
    page = convert(raw.encode(), "trang.txt", year=2024, sources={})
    assert "Video" not in page.body and "rộn ràng" not in page.body
    assert page.front.source == "Đời sống Plus"


@pytest.mark.parametrize(
    "closing", ["Quang Huy - 20/09/2024 08:30", "20/09/2024 08:30 Quang Huy", "20/09/2024 | Quang Huy"]
)
def test_a_dated_byline_closing_the_story_dates_it_either_way_round(closing: str) -> None:
    page = convert(
        scrape(f"{' '.join(STORY[1:])} {closing}"), "trang.txt", year=2017, sources={}
    )  # no day in the text: the stamp alone dates the page
    assert str(page.front.date) == "2024-09-20"
    assert page.front.author == "Quang Huy"
    assert "20/09/2024" not in page.body


@pytest.mark.parametrize("where", ["above", "below"])
def test_the_publication_date_wins_over_the_update_whichever_comes_first(where: str) -> None:
    stamp = "Cập nhật: 21/09/2024 09:00 Ngày đăng: 20/09/2024 08:30"
    content = f"{stamp} {' '.join(STORY[1:])}" if where == "above" else f"{' '.join(STORY[1:])} {stamp}"
    page = convert(scrape(content), "trang.txt", year=2017, sources={})
    assert str(page.front.date) == "2024-09-20"


def test_a_links_label_of_two_words_after_a_credit_is_no_part_of_it() -> None:
    after = "NVCC Xem thêm: Những thầy cô giáo cắm bản"
    credit, cut = parse_credit(after)
    assert credit == "NVCC"
    assert after[cut:].startswith("Xem thêm:")


def test_a_writers_initials_end_the_credit_before_the_byline_in_capitals() -> None:
    page = convert_page(
        f"{' '.join(STORY)} Lễ rước nước qua cầu. Ảnh: V.Q VĂN QUANG Bài viết cùng chuyên mục"
    )
    assert "*Ảnh: V.Q*" in page.body
    assert page.front.author == "Văn Quang"
    assert parse_credit("Q.H MINH ANH")[0] == "Q.H"
    assert parse_credit("V.Q Hà Nội")[0] != "V.Q"  # a name in title case may be the credit's own


def test_a_question_put_to_readers_after_the_byline_goes_and_the_byline_stays() -> None:
    page = convert_page(f"{' '.join(STORY)} Minh Thư Bạn nghĩ sao? Bình luận Đọc thêm")
    assert "Bạn nghĩ sao" not in page.body
    assert page.front.author == "Minh Thư"


def test_a_note_marked_with_an_asterisk_after_the_byline_stays_with_the_papers_name_in_it() -> None:
    note = "* Bài viết tham dự cuộc thi “Ký ức người lính” do Báo Mẫu tổ chức."
    page = convert_page(f"{' '.join(STORY)} LÊ HỘI {note} Cơ quan chủ quản: Tỉnh ủy Mẫu Sơn")
    assert "LÊ HỘI \\" + note in page.body  # the byline, then the note (its asterisk escaped)
    assert "Cơ quan chủ quản" not in page.body


def test_a_masthead_above_the_stamp_is_no_author() -> None:
    page = convert_page(f"Mẫu Sơn Online Đăng lúc: 10:22 - 12/04/2024 {' '.join(STORY)}")
    assert page.front.author is None
    assert "Mẫu Sơn Online" not in page.body
    assert str(page.front.date) == "2024-04-12"


def test_a_writer_with_a_role_in_brackets_is_no_part_of_the_credit_before_it() -> None:
    assert parse_credit("Nhà hát Tuổi trẻ Ngọc Anh (thực hiện) Gửi bình luận")[0] == "Nhà hát Tuổi trẻ"
    assert parse_credit("Nhà hát Tuổi trẻ Ngọc Anh (thực hiện)")[0] == "Nhà hát Tuổi trẻ"
    assert parse_credit("Lê Hội (TTXVN) Hà Nội")[0] == "Lê Hội"  # an agency in brackets: no role
    page = convert_page(
        f"{' '.join(STORY)} Lễ rước nước. Ảnh: Nhà hát Tuổi trẻ Ngọc Anh (thực hiện) Gửi bình luận"
    )
    assert page.front.author == "Ngọc Anh"
    assert "*Ảnh: Nhà hát Tuổi trẻ*" in page.body


def test_an_agencys_initials_before_a_place_are_its_office_there_not_a_byline() -> None:
    assert parse_credit("QLTT Hà Nam")[0] == "QLTT Hà Nam"
    assert parse_credit("TCT Hồng Nhung (TTXVN)")[0] == "TCT"  # a name that is no place: the byline
    page = convert_page(f"{' '.join(STORY)} Lễ rước nước qua cầu. Ảnh: QLTT Hà Nam")
    assert "*Ảnh: QLTT Hà Nam*" in page.body
    assert page.front.author is None


def test_a_video_label_before_a_score_titles_a_video_and_gives_no_credit() -> None:
    blocks = split_captions("Hoàng Anh Video: Highlights Việt Nam 3-0 Campuchia")
    assert all(b.kind == "paragraph" for b in blocks)
    blocks = split_captions("Ôtô đưa ông về nhà. Video: X/onenews31 Ông Thaksin, 74 tuổi, trở về.")
    assert blocks[0].kind == "caption" and (blocks[0].credit or "").startswith(
        "Video: X/onenews31"
    )  # a figure after a comma


def test_a_number_to_call_the_reader_is_asked_to_call_goes_with_what_follows() -> None:
    told = "Tổng đài 1900 9095 của Bộ Y tế đã nhận hơn 2.000 cuộc gọi của người dân trong tuần qua."
    appeal = "Quý khách vui lòng liên hệ Tổng đài 1900 1100 để biết thêm chi tiết."
    page = convert_page(f"{' '.join(STORY)} {told} {appeal} Rất mong nhận được sự hợp tác! Trân trọng.")
    assert told in page.body  # a number the story tells of
    assert "vui lòng liên hệ" not in page.body
    assert "Trân trọng" not in page.body and "sự hợp tác" not in page.body


def test_a_shops_buttons_and_its_related_products_go_after_the_story() -> None:
    page = convert_page(
        f"{' '.join(STORY)} Đặt tour ngay Tư vấn miễn phí Tour liên quan Tour Lào 5 ngày 4 đêm Giá từ 8.990.000đ"
    )
    assert page.body.rstrip().endswith(STORY[-1])
    assert parse_byline("Theo Báo Mới tổng hợp").source == "Báo Mới"  # how it was made is no part of the name
    page = convert_page(
        f"{' '.join(STORY)} Theo Tuyensinh247 tổng hợp Giảm 50% học phí khi đăng ký trước 30/6"
    )
    assert page.body.rstrip().endswith(STORY[-1])  # the credit taken as the source's, the promotion gone


@pytest.mark.parametrize(
    "told",
    [
        "Ai phát hiện đối tượng vui lòng liên hệ Công an huyện Mẫu Sơn qua số điện thoại 0239 3861 234.",
        "Báo nhận được nhiều phản ánh của bạn đọc qua đường dây nóng 0912 345 678 của báo.",
    ],
)
def test_a_notice_the_story_prints_with_a_number_stays_with_what_follows(told: str) -> None:
    after = "Vụ việc đang được cơ quan chức năng điều tra làm rõ."
    page = convert_page(f"{' '.join(STORY)} {told} {after} Minh Khôi Tin liên quan")
    assert told in page.body and after in page.body


@pytest.mark.parametrize("credit", ["Báo Hà Tĩnh", "UBND tỉnh Hà Giang"])
def test_a_credit_ending_with_a_place_or_a_bodys_name_names_no_writer(credit: str) -> None:
    page = convert_page(f"{' '.join(STORY)} Lễ rước nước qua cầu. Ảnh: {credit}Bình luận Gửi")
    assert f"*Ảnh: {credit}*" in page.body
    assert page.front.author is None


def test_the_site_speaking_of_the_page_or_its_links_goes() -> None:
    reading = "Bạn đang đọc bài viết Huyện Mẫu Sơn mở hội đình làng tại chuyên mục Văn hóa của Báo Mẫu."
    wall = "Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập."
    page = convert_page(f"Văn hóa {wall} {' '.join(STORY)} Minh Khôi {reading}")
    assert page.body.startswith(STORY[0]) and page.body.rstrip().endswith(STORY[-1])


def test_the_reader_told_where_to_read_more_is_the_sites_and_a_readers_report_is_the_storys() -> None:
    told = "Bạn đọc có thể xem thêm thông tin về lễ hội tại chuyên mục Văn hóa."
    report = "Bạn đọc Nguyễn Văn Hải phản ánh đường vào đình làng bị ngập sau mỗi trận mưa lớn."
    page = convert_page(f"{' '.join(STORY)} {report} Minh Khôi {told} Tin liên quan")
    assert report in page.body and "xem thêm thông tin" not in page.body


def test_the_sites_name_alone_after_the_story_goes_and_a_sentence_naming_it_stays() -> None:
    raw = vnsum(
        "Huyện Mẫu Sơn mở hội đình làng",
        "https://nguoimautin.vn/huyen-mau-son-mo-hoi-dinh-lang-a123.html",
        f"{' '.join(STORY)} Phóng viên Người Mẫu Tin đã có mặt tại lễ hội. Minh Khôi Người Mẫu Tin",
        source="Người Mẫu Tin",
    )
    page = convert(raw, "trang.txt", year=2024, sources={})
    assert "Phóng viên Người Mẫu Tin đã có mặt tại lễ hội." in page.body
    assert not page.body.rstrip().endswith("Người Mẫu Tin")
    assert "Chia sẻ trang này" not in convert_page(f"{' '.join(STORY)} Minh Khôi Chia sẻ trang này").body


def test_a_bodys_name_with_words_in_lower_case_is_the_whole_credit() -> None:
    """`Ảnh: Sở Văn hóa Hà Nam`: the words in lower case after a body's word and its name's first word
    are the name's, not a next sentence's opening (`Văn hóa …`); a writer whose family name is such a
    word (`Đoàn`) ends where the sentence after it begins."""
    assert parse_credit("Sở Văn hóa Hà Nam Năm nay, tỉnh dự kiến đón khách.") == ("Sở Văn hóa Hà Nam", 18)
    assert parse_credit("Bộ Ngoại giao Hai bên nhất trí.")[0] == "Bộ Ngoại giao"
    assert parse_credit("Đoàn Kiên Chiều nay, mưa lớn.")[0] == "Đoàn Kiên"
    page = convert_page(
        f"{' '.join(STORY)} Du khách dâng hương tại chùa. Ảnh: Sở Văn hóa Hà Nam Năm nay, tỉnh đón khách."
    )
    assert "*Ảnh: Sở Văn hóa Hà Nam*" in page.body
    assert "\n\nNăm nay, tỉnh đón khách." in page.body
    assert parse_credit("Bộ Quốc phòng Lễ phục K08 cơ bản giống quân phục thường dùng.")[0] == "Bộ Quốc phòng"
