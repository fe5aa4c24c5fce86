"""The signals of the third blind round (fixtures/blind_frames.yml), each on its own."""

from __future__ import annotations

import pytest

from bantin.importer import dates, frames, publishers, stamps, titles
from bantin.importer.body import strip_site_repeats
from bantin.importer.byline_spots import split_trailing_byline
from bantin.importer.chrome import BYLINE, Unit
from bantin.importer.furniture import opens_list
from bantin.importer.parsed import Block


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Thứ Năm, 18/04/2024 (10/3 năm Giáp Thìn)", dates.DayMonth(18, 4, 2024)),
        ("Chủ Nhật, 17/09/2024 (15/8 âm lịch)", dates.DayMonth(17, 9, 2024)),
        ("Ngày đăng: 15/09/2024 (13/8 âm lịch)", dates.DayMonth(15, 9, 2024)),
        ("Thứ Bảy, 10/02/2024 (Mùng 1 Tết Giáp Thìn)", dates.DayMonth(10, 2, 2024)),
        ("Thứ Bảy, 10/02/2024 (ảnh: Minh Anh)", None),  # a bracket of another kind is no stamp's
    ],
)
def test_a_lunar_date_beside_the_solar_one_is_part_of_the_stamp(
    line: str, day: dates.DayMonth | None
) -> None:
    assert dates.stamp_line(line) == day


def test_a_glued_stamp_with_an_update_and_a_publication_is_the_publications() -> None:
    text = "Xã hội Cập nhật lúc 16:05 ngày 19/12/2023 Đăng lúc 08:30 ngày 18/12/2023 Công trình có tổng vốn …"
    assert stamps.glued_stamp(text) == "18/12/2023"
    assert (
        stamps.glued_stamp("Xã hội Cập nhật lúc 16:05 ngày 19/12/2023 Công trình có tổng vốn …")
        == "19/12/2023"
    )


def test_an_update_stamp_yields_to_any_other_stated_date() -> None:
    got = stamps.publication_first([None, "Cập nhật lúc: 03/07/2024 10:00", "02/07/2024"])
    assert got == [None, "02/07/2024", "Cập nhật lúc: 03/07/2024 10:00"]
    both = stamps.publication_first(["Cập nhật 10/08/2024 16:20 | Đăng: 09/08/2024 07:45"])
    assert dates.parse_date(both[0]) == dates.DayMonth(9, 8, 2024)
    assert stamps.publication_first(["Đăng ký nhận tin 10/08/2024"]) == ["Đăng ký nhận tin 10/08/2024"]


def test_a_closing_byline_with_its_time_and_date_is_cut_from_the_last_paragraph() -> None:
    rest, byline = split_trailing_byline("… ông Bé nói. Bài và ảnh: Hồng Nhung - 12:30 ngày 05/04/2024")
    assert rest == "… ông Bé nói."
    assert byline is not None and byline.author == "Hồng Nhung"


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("[Video] Xuất khẩu cà phê lập kỷ lục", "[Video] "),
        ("Infographic: 10 tỉnh có GRDP cao nhất", "Infographic: "),
        ("Phỏng vấn: Nhà văn Nguyễn Nhật Ánh và 40 năm viết", None),  # the headline's own words
        ("Hà Nội: Xử lý hơn 1.000 trường hợp vi phạm", None),
        ("[Video] Cháy lớn", None),  # too short a headline to stand alone
    ],
)
def test_a_label_of_the_storys_format_is_the_sites(title: str, label: str | None) -> None:
    assert titles.format_label(title) == label


@pytest.mark.parametrize(
    ("candidate", "link", "texts", "expected"),
    [
        ("Thời Đại - Tạp chí của Liên hiệp các tổ chức hữu nghị Việt Nam", "https://thoidai.com.vn/a-1.html", [],
         "Thời Đại"),
        ("NHỊP CẦU ĐẦU TƯ", "https://nhipcaudautu.vn/a-1/", ["Tạp chí Nhịp Cầu Đầu Tư - Giấy phép số 23"],
         "Nhịp Cầu Đầu Tư"),
        ("Doanh Nhân Sài Gòn Online...", "https://doanhnhansaigon.vn/a-1.html", [], "Doanh Nhân Sài Gòn"),
        ("doanhnhansaigon.vn", "https://doanhnhansaigon.vn/a-1.html",
         ["DOANH NHÂN SÀI GÒN", "Bản quyền © Doanh Nhân Sài Gòn Online"], "Doanh Nhân Sài Gòn"),
        ("doanhnhansaigon.vn", "https://doanhnhansaigon.vn/a-1.html", ["DOANH NHÂN SÀI GÒN"], "Doanh Nhân Sài Gòn"),
        # a story's words that spell the address are no self-naming: not on a line of their own, after ©
        # or before ` - `
        ("phosaigon.vn", "https://phosaigon.vn/a-1.html", ["Món phở Sài Gòn được nhiều người yêu thích."],
         "Phosaigon.vn"),
    ],
)  # fmt: skip
def test_a_site_the_table_does_not_know_is_named_as_it_names_itself(
    candidate: str, link: str, texts: list[str], expected: str
) -> None:
    assert publishers.name(candidate, link, {}, texts) == expected


def _units(*pairs: tuple[str, bool, str]) -> list[Unit]:
    return [Unit(0, text, keep, reason) for text, keep, reason in pairs]


def test_a_prompt_with_its_buttons_goes_and_a_writers_name_glued_to_it_stays() -> None:
    got = frames.frame(
        _units(
            (
                "Giới phân tích cho rằng giá vàng trong nước chịu tác động từ giá thế giới.",
                True,
                "sentence-like",
            ),
            ("Bảo Ngọc Nhận thông báo tin mới từ Kinh tế Mới?", True, "sentence-like"),
            ("Không Đồng ý Kinh tế Mới - Tin tức kinh tế", True, "furniture words"),
        )
    )
    assert [(u.text, u.keep) for u in got[1:]] == [
        ("Bảo Ngọc", True),
        ("Nhận thông báo tin mới từ Kinh tế Mới?", False),
        ("Không Đồng ý Kinh tế Mới - Tin tức kinh tế", False),
    ]
    cookies = "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tìm hiểu thêm Đồng ý"
    assert not frames.frame(_units(("Tin", True, "short"), (cookies, True, "sentence-like")))[1].keep


def test_a_question_of_the_story_answered_in_the_story_stays() -> None:
    story = _units(
        ("Ông có lo khi giá vàng tăng mạnh như vậy không?", True, "sentence-like"),
        ("Không, tôi vẫn giữ vàng như một cách tiết kiệm lâu dài.", True, "sentence-like"),
    )
    assert frames.frame(story) == story


def test_the_authors_box_after_the_byline_goes_and_the_byline_stays() -> None:
    got = frames.frame(
        _units(
            ("“Chỉ mong các em đi học đều”, thầy Tâm nói.", True, "sentence-like"),
            ("Hoàng Yến", True, BYLINE),
            ("Tác giả", True, "short"),
            ("Hoàng Yến", True, BYLINE),
            ("Phóng viên Ban Phóng sự, tốt nghiệp Học viện Báo chí và Tuyên truyền.", True, "sentence-like"),
        )
    )
    assert [u.keep for u in got] == [True, True, False, False, False]
    glued = frames.frame(
        _units(
            ("Các doanh nghiệp dự báo giá sẽ duy trì ở mức cao.", True, "sentence-like"),
            ("Khánh An Thông tin tác giả Khánh An Phóng viên mảng kinh tế, theo dõi nông sản.", True, "s"),
        )
    )
    assert [(u.text, u.keep) for u in glued[1:]] == [
        ("Khánh An", True),
        ("Thông tin tác giả Khánh An Phóng viên mảng kinh tế, theo dõi nông sản.", False),
    ]


def test_a_sites_name_printed_twice_goes() -> None:
    blocks = strip_site_repeats([Block("paragraph", "KINH TẾ MỚI Kinh tế Mới Thị trường | 28/10/2024")], [])
    assert blocks[0].text == "Thị trường | 28/10/2024"
    story = [Block("paragraph", "Ông nói rằng rằng giá vàng sẽ tăng.")]  # lower case: no logo
    assert strip_site_repeats(story, []) == story
    sources: list[str] = []
    logo = strip_site_repeats(
        [Block("paragraph", "VOV VOV Tiếng Việt English Chiều 3/3, tại Tây Ninh …")], sources
    )
    assert logo[0].text == "Tiếng Việt English Chiều 3/3, tại Tây Ninh …" and sources == ["VOV"]
    # a breadcrumb's last item and the lead's subject, the sentence going on in lower case: both stay
    lead = [Block("paragraph", "Tin tức Bitcoin Bitcoin lập đỉnh mới trên 97.000 USD khi dòng tiền đổ vào.")]
    assert strip_site_repeats(lead, sources) == lead and sources == ["VOV"]


def test_a_list_of_tags_after_the_byline_goes_and_a_credit_stays() -> None:
    page = _units(
        ("Học sinh được giảm 50% giá vé theo quy định của tỉnh.", True, "sentence-like"),
        ("Minh Khánh", True, BYLINE),
        ("xe buýt", True, "short"),
        ("Tuyên Quang", True, BYLINE),
    )
    assert [u.keep for u in frames.frame(page)] == [True, True, False, False]
    credited = _units(
        ("Học sinh được giảm 50% giá vé theo quy định của tỉnh.", True, "sentence-like"),
        ("Minh Khánh", True, BYLINE),
        ("theo TTXVN", True, BYLINE),
    )
    assert frames.frame(credited) == credited


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("VĂN HÓA Lễ hội Thứ Năm, 18/04/2024 (10/3 năm Giáp Thìn) Lễ hội Đền Hùng năm 2024 diễn ra từ ngày 9 đến 18/4.",
         "VĂN HÓA Lễ hội Thứ Năm, 18/04/2024 (10/3 năm Giáp Thìn)"),
        ("Kinh tế Ngày đăng: 15/09/2024 (13/8 âm lịch) Tám tháng đầu năm, kim ngạch xuất khẩu dừa đạt 270 triệu USD.",
         "Kinh tế Ngày đăng: 15/09/2024 (13/8 âm lịch)"),
        # a story's dateline and a sentence opening with a date are no page's stamp
        ("Hà Nội, ngày 15/07/2024 – Sáng nay, Bộ Y tế tổ chức hội nghị tổng kết công tác phòng dịch.", None),
        ("Từ thứ Hai, 15/07/2024, người dân phải khai báo trước khi vào khu vực cách ly tạm thời.", None),
    ],
)  # fmt: skip
def test_a_stamp_glued_between_a_menu_and_the_lead_is_peeled_off(text: str, head: str | None) -> None:
    peeled = stamps.peeled_stamp(text)
    assert (peeled[0] if peeled else None) == head
    assert peeled is None or text.endswith(peeled[1])


def test_a_player_glued_before_a_sentence_goes_and_the_sentence_stays() -> None:
    sentence = "Giới phân tích cho rằng giá vàng trong nước chịu tác động từ giá thế giới."
    got = frames.frame(
        _units(("Tin", True, "short"), (f"Nghe audio 00:00 / 02:15 {sentence}", True, "sentence-like"))
    )
    assert [(u.text, u.keep) for u in got[1:]] == [("Nghe audio 00:00 / 02:15", False), (sentence, True)]
    told = "Lúc 10:30 / 11:00 cơ quan chức năng đã phong tỏa hiện trường."  # no capital after the times
    assert frames.frame(_units(("Tin", True, "short"), (told, True, "s")))[1].keep


def test_a_cookie_banners_buttons_glued_to_the_lead_go_and_the_lead_stays() -> None:
    lead = "Từ đầu năm đến nay, cơ quan kiểm dịch đã trả về hơn 300 tấn trái cây nhập khẩu."
    got = frames.frame(
        _units(
            (
                "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web.",
                True,
                "sentence-like",
            ),
            (f"Tìm hiểu thêm Đồng ý {lead}", True, "sentence-like"),
        )
    )
    assert [(u.text, u.keep) for u in got] == [
        ("Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web.", False),
        ("Tìm hiểu thêm Đồng ý", False),
        (lead, True),
    ]


def test_a_photo_essays_list_of_other_photos_is_a_list_of_other_stories() -> None:
    assert opens_list("Ảnh khác Mùa lúa chín ở Mù Cang Chải")
    assert opens_list("Bộ ảnh liên quan Mùa lúa chín ở Mù Cang Chải")
    assert not opens_list("Ảnh chụp từ trên cao cho thấy mùa lúa chín ở Mù Cang Chải")


def test_a_label_closing_the_page_after_the_credits_goes() -> None:
    page = _units(
        ("Trước đây, người Mông trồng tam giác mạch để lấy hạt làm bánh.", True, "sentence-like"),
        ("Hoàng hôn trên đèo Mã Pì Lèng.", True, "caption"),
        ("Chia sẻ bài Photo", True, "furniture words"),
    )
    assert [u.keep for u in frames.frame(page)] == [True, True, False]
    story = _units(  # after a sentence of the story, not after its credits: kept, borderline
        ("Trước đây, người Mông trồng tam giác mạch để lấy hạt làm bánh.", True, "sentence-like"),
        ("Chia sẻ bài Photo", True, "furniture words"),
    )
    assert frames.frame(story) == story


def test_a_button_between_two_pieces_of_a_paywall_goes() -> None:
    page = _units(
        ("Mức lãi suất này thấp hơn khoảng 1 điểm phần trăm so với đầu năm.", True, "sentence-like"),
        ("Nội dung dành cho hội viên Đăng ký hội viên để đọc toàn bộ bài viết", False, "paywall"),
        ("Đăng ký ngay", True, "furniture words"),
        ("Đăng nhập", False, "buttons"),
        ("Tuy vậy, sau thời gian ưu đãi, lãi suất thả nổi được tính bằng lãi suất tham chiếu.", True, "s"),
    )
    assert [u.keep for u in frames.frame(page)] == [True, False, False, False, True]
