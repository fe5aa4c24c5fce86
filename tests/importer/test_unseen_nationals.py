"""The signals round nine of tests/importer/fixtures/unseen_sites.yml needed (pages in the layouts of
the big national papers, none of them in the development set), each checked on its own: what goes,
and the story's sentences next to it that stay."""

from __future__ import annotations

import pytest

from bantin.importer.boilerplate import is_chrome
from bantin.importer.captions import split_captions
from bantin.importer.chrome import detect
from bantin.importer.edges import closing_byline_apart
from bantin.importer.furniture import Unit, signals, title_case_items
from bantin.importer.menus import peel_menu
from bantin.importer.parsed import Block
from bantin.importer.repair import split_runon
from bantin.importer.suffixes import names_section
from bantin.importer.units import split_units

LEAD = (
    "Công an tỉnh Bình An cho biết, trong tháng 8 hệ thống camera giám sát đã ghi nhận hơn 2.000 xe vi phạm."
)


def test_the_subject_after_the_headers_last_button_stays_with_the_lead() -> None:
    header = "Chuyên đề Giao thông Google News"
    subject = "Phòng Cảnh sát giao thông"
    assert peel_menu(f"{header} {subject} {LEAD}") == (header, f"{subject} {LEAD}")


def test_a_menu_after_the_headers_last_button_still_goes() -> None:
    lead = "Mẫu sedan cỡ nhỏ này tiếp tục dẫn đầu doanh số phân khúc trong tháng 8 với hơn 1.500 xe bán ra."
    assert peel_menu("Tìm kiếm Tin xe Đánh giá Giá xe So sánh Xe điện " + lead) == (
        "Tìm kiếm Tin xe Đánh giá Giá xe So sánh Xe điện",
        lead,
    )


def test_a_credit_in_capitals_ends_before_a_word_in_title_case() -> None:
    blocks = split_captions(
        "Sinh viên làm đường ở xã Lũng Cú. Ảnh: NGUYỄN HÀ Chị Lò Thị Mai, trưởng thôn, cho biết bà con rất vui."
    )
    assert [(b.kind, b.text, b.credit) for b in blocks] == [
        ("caption", "Sinh viên làm đường ở xã Lũng Cú.", "Ảnh: NGUYỄN HÀ"),
        ("paragraph", "Chị Lò Thị Mai, trưởng thôn, cho biết bà con rất vui.", None),
    ]


def test_a_credit_glued_to_the_next_sentences_first_word() -> None:
    blocks = split_captions(
        "Du khách thưởng thức cốm làng Vòng. Ảnh: Thu HàBan tổ chức cho biết lễ hội kéo dài ba ngày."
    )
    assert [b.credit for b in blocks] == ["Ảnh: Thu Hà", None]
    assert blocks[1].text.startswith("Ban tổ chức")


def test_tags_of_several_words_after_the_last_sentence_are_a_unit_and_chrome() -> None:
    last = "Chị Mai cho biết năm nào bà con cũng mong các đội sinh viên lên."
    tags = "#Mùa hè xanh #sinh viên tình nguyện #Hà Giang Báo Mẫu trên Google News"
    assert split_units(f"{last} {tags}") == [last, tags]
    assert is_chrome(tags)
    assert not is_chrome("#MeToo là phong trào đã lan rộng ra nhiều nước trên thế giới.")


def test_a_line_asking_to_follow_the_paper_on_google_news_is_chrome() -> None:
    assert signals("Tiền Phong trên Google News").sure
    assert not signals("Tòa soạn đã có mặt trên Google News từ năm 2019 với hàng triệu lượt đọc.").sure


EXPO = (
    "Triển lãm quốc tế máy móc và công nghệ nông nghiệp lần thứ 12 khai mạc sáng nay tại Trung tâm Hội chợ "
    "triển lãm Sài Gòn với hơn 300 gian hàng."
)


def test_a_menu_between_bars_whose_last_item_runs_into_the_lead_is_peeled_off() -> None:
    assert peel_menu(f"Thời sự | Kinh tế | Giới thiệu {EXPO}") == ("Thời sự | Kinh tế | Giới thiệu", EXPO)


@pytest.mark.parametrize(
    "lead",
    [  # a subject, a title and a name after the bars: the lead's own words
        "Người dân Hà Nội đổ về các tuyến phố trung tâm để xem bắn pháo hoa mừng năm mới từ rất sớm.",
        "Ông Nguyễn Văn An cho biết dự án đã được phê duyệt và sẽ khởi công trong tháng tới tại xã.",
        "Bà con nông dân xã Tân An phấn khởi vì được mùa lúa, giá bán cao hơn năm ngoái nhiều.",
    ],
)
def test_the_leads_first_words_after_the_bars_stay(lead: str) -> None:
    peeled = peel_menu(f"Thời sự | Xã hội | {lead}")
    assert peeled is None or peeled[1] == lead


STORY = "Hai bên đã ký biên bản hợp tác giai đoạn mới tại trụ sở của tỉnh vào chiều nay."


def _kept(lines: list[str]) -> list[str]:
    blocks = [Block("paragraph", line) for line in lines]
    return [u.text for u in detect(blocks) if u.keep]


def test_a_featured_box_after_the_story_goes() -> None:
    kept = _kept([STORY, STORY.replace("chiều", "sáng"), "Nổi bật", "Giá lúa gạo hôm nay ổn định",
                  "Tổng biên tập: Lê Văn A"])  # fmt: skip
    assert "Nổi bật" not in kept and "Giá lúa gạo hôm nay ổn định" not in kept


def test_prompts_after_a_byline_in_capitals_go_with_the_tail() -> None:
    lines = [STORY, STORY.replace("chiều", "sáng"), "NGUYỆT NHI", "Nhận tin tức Mẫu trên Zalo", "Theo dõi Mẫu",
             "Xem thêm", "Bãi giữ xe ngầm sắp hoạt động", "Tổng biên tập: Lê Văn A"]  # fmt: skip
    kept = _kept(lines)
    assert STORY in kept
    assert not {"Nhận tin tức Mẫu trên Zalo", "Theo dõi Mẫu"} & set(kept)


def test_a_byline_before_a_button_is_cut_from_it_past_a_comment_boxs_notice() -> None:
    units = [
        Unit(0, STORY),
        Unit(0, "Minh Sơn Trở lại Kinh doanh"),
        Unit(0, "Chia sẻ"),
        Unit(0, "Ý kiến của bạn sẽ được biên tập trước khi đăng."),
    ]
    assert [u.text for u in closing_byline_apart(units)][1:3] == ["Minh Sơn", "Trở lại Kinh doanh"]


def test_a_stamp_with_its_zone_in_hours_and_minutes_goes_whole() -> None:
    lead = "ICTnews - Đến cuối năm 2024, các nhà mạng đã lắp đặt hơn 10.000 trạm phát sóng 5G trên cả nước."
    assert (
        split_units(f"Viễn thông Internet Chuyển đổi số Viễn thông 12/12/2024 07:00 (GMT+07:00) {lead}")[-1]
        == lead
    )


def test_the_writer_between_the_bars_of_the_stamp_goes_with_it() -> None:
    lead = (
        "Giữa phố phường ồn ào, nhiều bạn trẻ Hà Nội chọn những quán cà phê sách làm nơi đọc sách cuối tuần."
    )
    assert split_units(f"Star Cine Đời sống 20/11/2024 10:30 | Mai Anh | {lead}")[-1] == lead


@pytest.mark.parametrize(("line", "section"), [("Chuyên đề Giao thông", True), ("Xã hội Giao thông", True),
                                               ("Giao thông Hà Nội", False), ("Kinh doanh Hàng hóa", False)])  # fmt: skip
def test_sections_one_after_the_other_name_the_pages_section(line: str, section: bool) -> None:
    assert names_section(line) is section


def test_a_short_line_naming_the_page_section_before_the_lead_goes() -> None:
    kept = _kept(["Chuyên đề Giao thông", STORY, STORY.replace("chiều", "sáng")])
    assert kept == [STORY, STORY.replace("chiều", "sáng")]


def test_the_magazines_name_over_its_footer_goes_with_it() -> None:
    kept = _kept(
        [
            STORY,
            STORY.replace("chiều", "sáng"),
            "Tạp chí Kinh tế Việt Nam MauEconomy",
            "Cơ quan chủ quản: Hội Mẫu",
        ]
    )
    assert kept == [STORY, STORY.replace("chiều", "sáng")]


def test_a_caption_in_the_last_paragraph_before_the_footer_is_found() -> None:
    text = (
        "Tốc độ mạng 5G đạt khoảng 300 Mbps, gấp bảy lần mạng 4G.Kỹ thuật viên lắp đặt trạm phát sóng. "
        "Ảnh: Trọng ĐạtCục Viễn thông cho biết sẽ đấu giá thêm băng tần. Trọng Đạt Bình luận Gửi "
        "Đăng nhập để bình luận © Bản quyền thuộc về Báo Mẫu."
    )
    assert [b.credit for b in split_runon(text) if b.kind == "caption"] == ["Ảnh: Trọng Đạt"]


SERVICES = "Bản đồ tội phạm Tra cứu phạt nguội Tra cứu điểm thi"


@pytest.mark.parametrize(
    ("text", "menu"),
    [
        (SERVICES, True),
        ("Tra cứu văn bản Hỏi đáp pháp luật Tư vấn luật sư", True),
        ("Thủ tướng tiếp Đại sứ Hàn Quốc tại trụ sở Chính phủ", False),  # grammar: a headline
        ("Giải Nhất Trường Lam Sơn Giải Nhì Trường Nguyễn Du: 2 đội", False),  # figures, a colon
        ("Trao học bổng cho học sinh vùng biên", False),
    ],
)
def test_a_menu_of_services_in_title_case(text: str, menu: bool) -> None:
    assert title_case_items(text) is menu


def test_a_menu_of_services_between_the_byline_and_the_footer_goes() -> None:
    kept = _kept([STORY, STORY.replace("chiều", "sáng"), f"Thanh Hà Chuyên trang An ninh Văn nghệ Công an {SERVICES}",
                  "Cơ quan của Bộ Mẫu", "Tổng biên tập: Lê Văn A"])  # fmt: skip
    assert kept[:2] == [STORY, STORY.replace("chiều", "sáng")]
    assert not any("Tra cứu" in text for text in kept)


def test_a_menu_of_services_ending_the_body_goes() -> None:
    kept = _kept(
        [
            STORY,
            STORY.replace("chiều", "sáng"),
            "HOÀNG YẾN",
            "Tra cứu văn bản Hỏi đáp pháp luật Tư vấn luật sư",
        ]
    )
    assert "Tra cứu văn bản Hỏi đáp pháp luật Tư vấn luật sư" not in kept


def test_a_comment_forms_labels_before_the_footer_go() -> None:
    kept = _kept([STORY, STORY.replace("chiều", "sáng"), "Ý kiến bình luận Tên của bạn Email Gửi bình luận",
                  "Bản quyền thuộc về Đài Mẫu"])  # fmt: skip
    assert kept == [STORY, STORY.replace("chiều", "sáng")]


def test_a_breadcrumb_opening_with_a_button_before_the_lead_goes() -> None:
    kept = _kept(["Trang chủ Sách Sách hay", STORY, STORY.replace("chiều", "sáng")])
    assert "Trang chủ Sách Sách hay" not in kept


@pytest.mark.parametrize(
    ("header", "lead"),
    [
        ("Star Cine TV Show Musik Beauty & Fashion Đời sống Money Xem Mua Luôn", "Lễ hội ánh sáng lần đầu được tổ chức tại phố cổ Hội An với hàng nghìn chiếc đèn lồng."),
        ("Tin mới", "SGGPO - Sáng 25-1, chợ hoa Tết tại bến Bình Đông, quận 8 chính thức mở cửa đón khách."),
    ],
)  # fmt: skip
def test_a_menu_glued_to_the_lead_with_no_space_is_peeled_off(header: str, lead: str) -> None:
    assert peel_menu(header + lead) == (header, lead)


def test_a_word_glued_to_a_name_inside_a_lead_cuts_nothing() -> None:
    lead = (
        "Giữa phố phường ồn ào, nhiều bạn trẻ chọn quán cà phê ở phố Nguyễn Du làm nơi đọc sách và học bài."
    )
    assert peel_menu("Đời sống Xem Mua Luôn Tin tức" + lead.replace("phố Nguyễn", "phốNguyễn"))[1].startswith(
        "Giữa"
    )


def test_a_prompt_to_follow_the_site_glued_to_the_lead_goes() -> None:
    lead = "Trưa 10/1, một đám cháy lớn bùng phát tại nhà xưởng sản xuất đồ gỗ ở thị xã Tân Uyên, tỉnh Bình Dương."
    assert split_units(f"Theo dõi Đài Mẫu trên {lead}")[-1] == lead


@pytest.mark.xfail(
    reason="known gap: a menu item of four words (`An ninh trật tự`) and a number ends the header"
)
def test_a_menu_with_long_items_and_a_number_before_the_lead() -> None:
    lead = "Cơ quan Cảnh sát điều tra Công an tỉnh Bình An vừa khởi tố 8 bị can về hành vi mua bán hóa đơn."
    header = "Tin tức Sự kiện Chính trị Pháp luật Đời sống An ninh trật tự Bản tin 113"
    assert peel_menu(f"{header} {lead}") == (header, lead)


def test_the_cut_after_a_long_menu_keeps_a_subjects_first_item() -> None:
    lead = "Cơ quan Cảnh sát điều tra Công an tỉnh Bình An vừa khởi tố 8 bị can về hành vi mua bán hóa đơn."
    header = "Tin tức Sự kiện Chính trị Pháp luật Đời sống Thể thao"
    assert peel_menu(f"{header} {lead}") == (header, lead)


def test_a_long_lead_full_of_names_is_the_storys_first_sentence() -> None:
    lead = "Hà Nội FC thắng Công an Hà Nội 2-1 ở vòng 10 V-League tối 5/1 trên sân Hàng Đẫy, nhờ bàn thắng ở phút bù giờ."
    kept = _kept(["Thể thao Bóng đá Việt Nam V-League Đội tuyển Quốc gia", lead, STORY])
    assert kept == [lead, STORY]
    assert signals(lead).prose
    assert not signals("Hà Nội FC thắng Công an Hà Nội 2-1 ở vòng 10 V-League").prose  # a headline


@pytest.mark.parametrize(
    ("header", "lead"),
    [
        ("Kinh tế » Thị trường", "Giá lúa gạo hôm nay tại các tỉnh miền Tây tăng nhẹ từ 100 đến 200 đồng một kg."),
        ("Thời sự | Đô thị | Giao thông", "Sở Giao thông Vận tải Hà Nội vừa điều chỉnh tổ chức giao thông quanh hồ."),
    ],
)  # fmt: skip
def test_a_breadcrumbs_last_item_run_into_the_lead_is_peeled_off(header: str, lead: str) -> None:
    assert peel_menu(f"{header} {lead}") == (header, lead)


def test_a_place_after_an_arrow_is_the_leads() -> None:
    assert (
        peel_menu("Hà Nội » Giá vàng tăng mạnh trong phiên sáng nay, vàng miếng được bán ra ở mức cao nhất.")
        is None
    )


@pytest.mark.xfail(
    reason="known gap: a menu whose words in capitals pair up (`Xe Thị trường`) reads as a name"
)
def test_a_menu_with_single_word_items_run_into_the_lead() -> None:
    lead = "Hãng xe Mẫu Motor vừa công bố giá bán mẫu SUV điện cỡ nhỏ, từ 650 triệu đồng cho bản tiêu chuẩn."
    assert peel_menu(f"Xe Thị trường Đánh giá xe Tư vấn Xe điện {lead}") == (
        "Xe Thị trường Đánh giá xe Tư vấn Xe điện",
        lead,
    )


def test_a_button_back_to_the_section_after_the_byline_goes() -> None:
    kept = _kept([STORY, STORY.replace("chiều", "sáng"), "Đức Hùng", "Trở lại Thời sự"])
    assert "Trở lại Thời sự" not in kept and STORY in kept


def test_an_editors_note_after_the_byline_stays() -> None:
    note = "Tên nhân vật đã được thay đổi"
    assert note in _kept([STORY, STORY.replace("chiều", "sáng"), "Đức Hùng", note])


@pytest.mark.parametrize("last", ["Video: Người dân chia sẻ cảm xúc", "Bạn đọc viết về quê hương"])
def test_a_short_last_line_with_furniture_words_before_the_footer_stays(last: str) -> None:
    assert last in _kept([STORY, STORY.replace("chiều", "sáng"), last, "Cơ quan chủ quản: Hội Mẫu"])


def test_a_section_and_a_button_run_into_the_byline_are_cut_from_it() -> None:
    units = [Unit(0, STORY), Unit(0, "Hà Linh Sách hay Đọc tiếp"), Unit(0, "Tổng biên tập: Lê Văn A")]
    assert [u.text for u in closing_byline_apart(units)][1:3] == ["Hà Linh", "Sách hay Đọc tiếp"]


def test_a_brands_capitals_inside_a_word_cut_no_lead() -> None:
    lead = "VinFast vừa công bố kế hoạch mở rộng nhà máy tại Hải Phòng trong năm nay."
    assert peel_menu("Thời sự Kinh tế Xã hội Văn hóa Thể thao Giáo dục" + lead)[1] == lead
    text = "Thời sự Kinh tế Xã hội Công nghệ Số hóa Xe Video iPhone 16 Pro vừa được bán tại Việt Nam với giá cao."
    peeled = peel_menu(text)
    assert peeled is None or "iPhone 16 Pro vừa" in peeled[1]


def test_the_leads_time_after_the_bars_is_no_item() -> None:
    lead = "Sáng nay Thủ tướng đã chủ trì cuộc họp với các bộ ngành về dự án đường sắt tốc độ cao."
    peeled = peel_menu(f"Thời sự | Xã hội | {lead}")
    assert peeled is None or peeled[1] == lead


def test_a_storys_credits_are_no_menu_of_services() -> None:
    credits = "Phóng viên Trần Văn Hùng Biên tập Lê Thị Mai Đồ họa Ngô Minh Châu"
    assert not title_case_items(credits)
    assert credits in _kept([STORY, STORY.replace("chiều", "sáng"), credits])
