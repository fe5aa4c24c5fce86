"""Pages heavy with pictures: a gallery's counters between its photos (`1/8` … `2/8`, on their own
lines or run in) go without taking the story after them for the page's tail, as do a photo's buttons
(`Phóng to`, `Xem thêm ảnh`) run into a sentence or a byline; a feature's line of credits (`Thực
hiện: … | Ảnh: … | Đồ họa: …`) stays whole in the text, over the lead or under the story, its writer
the author."""

from __future__ import annotations

import pytest

from bantin.importer.captions import split_captions
from bantin.importer.convert import convert
from bantin.importer.credit_lines import credit_line
from bantin.importer.inline import gallery_counters
from bantin.importer.units import split_units

from .scrapes import vnsum
from .test_unseen_sites import words

LEAD = "Bộ ảnh do một nhiếp ảnh gia chụp đầu thế kỷ trước cho thấy thành phố biển thuở ấy."


def raw(lines: list[str]) -> str:
    """A page in baomoi's raw layout: title, blank line, the paragraphs, the lead again at the end."""
    return "\n".join(["Những bức ảnh hiếm về Hải Phòng xưa", "", *lines, "", "", "", LEAD])


def test_a_gallerys_counters_go_and_the_story_after_them_stays() -> None:
    story = [
        "Bộ ảnh gồm gần 80 bức được chụp trong khoảng năm 1920 đến 1925.",
        "Bến cảng Hải Phòng tấp nập tàu thuyền.",
        "Nhà hát thành phố vừa xây xong.",
        "Những bức ảnh này hiện được lưu giữ tại một thư viện ở Lyon.",
    ]
    page = raw([story[0], story[1], "Ảnh: Internet", "1/6", story[2], "Ảnh: Internet", "2/6", story[3]])
    body = convert(page.encode(), "p.txt", year=2017).body
    assert all(words(line) in words(body) for line in story), body
    assert "1/6" not in body and "2/6" not in body


@pytest.mark.parametrize(
    ("texts", "inside"),
    [
        (["Câu một.", "1/12", "Chú thích ảnh.", "2/12", "Câu hai."], {1, 3}),
        (["Câu một.", "Ảnh 3/8", "Câu hai.", "Ảnh 4/8"], {1, 3}),
        (["Câu một.", "Ảnh 1/8", "Tour gợi ý"], set()),  # a lone counter may open the tail
        (["Ngày 2/9", "Ngày 3/9"], set()),  # dates
        (["Câu một.", "12/3", "Câu hai.", "14/3"], set()),  # days of a month, not photo 12 of 3
    ],
)
def test_a_gallerys_counters_are_two_of_one_gallery_at_least(texts: list[str], inside: set[int]) -> None:
    assert gallery_counters(texts) == inside


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        ("Thực hiện: Lê Hợi | Ảnh: Lê Hợi | Đồ họa: Trung Kiên", True),
        ("Nội dung: Hà Phương Ảnh: Quang Vinh Thiết kế: Ngọc Diệp", True),
        ("Bài: Minh Thu - Ảnh: Hoàng Nam, Thanh Tùng", True),
        ("Bài và ảnh: Minh Thu - Video: Trần Hải/TTXVN", True),
        ("THỰC HIỆN: THU HƯƠNG - ẢNH: HOÀNG NAM - ĐỒ HỌA: MINH THƯ", True),
        ("Thực hiện: Lê Hợi", False),  # one role: a byline
        ("Ảnh: Lê Hợi", False),
        ("Nội dung: Bộ ảnh gồm 80 bức - Ảnh: Internet", False),  # a sentence's words
        ("Ông Năm hoàn thiện trống. Ảnh: Lê Hợi", False),
    ],
)
def test_a_line_of_credits_names_two_roles_and_nothing_else(text: str, credits: bool) -> None:
    assert credit_line(text) is credits


STORY = (
    "Ông Lê Văn Năm đã có hơn 30 năm làm nghề đúc đồng ở làng Đông Sơn.",
    "Những chiếc trống đồng của ông được làm theo mẫu trống Ngọc Lũ.",
    "“Làm trống đồng phải có cái tâm”, ông Năm nói.",
)


def flat(lines: list[str]) -> str:
    """A page in baomoi's flat layout: title, lead, the whole body on one line."""
    lead = "Ở làng Đông Sơn, vẫn còn những người say mê đúc trống đồng theo cách của cha ông."
    return "\n".join(["Giữ hồn trống đồng Đông Sơn", lead, " ".join(lines)])


@pytest.mark.parametrize(
    "credits",
    [
        "Thực hiện: Lê Hợi | Ảnh: Lê Hợi | Đồ họa: Trung Kiên",
        "Bài: Lê Hợi - Ảnh: Hoàng Nam - Thiết kế: Minh Thư",
    ],
)
def test_a_line_of_credits_over_the_story_stays_and_names_the_writer(credits: str) -> None:
    page = convert(
        flat([credits, *STORY, "Tin liên quan", "Thanh Hóa phục dựng lễ hội Đông Sơn"]).encode(), "p.txt"
    )
    assert page.front.author == "Lê Hợi"
    marks = {"-", "–", "|"}
    said = " ".join(w for w in page.body.split() if w not in marks)
    assert " ".join(w for w in credits.split() if w not in marks) in said, page.body
    assert all(words(line) in words(page.body) for line in STORY)
    assert "Tin liên quan" not in page.body and "{: .caption" not in page.body


def test_a_line_of_credits_under_the_story_keeps_its_last_role() -> None:
    lines = [*STORY, "Nội dung: Hà Phương Ảnh: Quang Vinh Thiết kế: Ngọc Diệp", "Chia sẻ", "Tin liên quan"]
    page = convert(flat(lines).encode(), "p.txt")
    assert page.front.author == "Hà Phương"
    assert page.body.rstrip().endswith("Nội dung: Hà Phương – Ảnh: Quang Vinh Thiết kế: Ngọc Diệp"), page.body


@pytest.mark.parametrize("button", ["Phóng to", "Chia sẻ Facebook"])
def test_a_button_run_into_the_closing_byline_goes_and_the_byline_stays(button: str) -> None:
    page = convert(flat([*STORY, f"{button} Phạm Kiên (TTXVN)"]).encode(), "p.txt")
    assert page.front.author == "Phạm Kiên"
    assert all(words(line) in words(page.body) for line in STORY)
    assert words(button) not in words(page.body), page.body


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (  # a gallery's counters run in between its captions, on the one line of a scrape
            "Hát quan họ trên thuyền. Ảnh: Nguyễn Hưng 1/12 Ảnh 2: Nghi lễ rước kiệu. 2/12 Ảnh 3: Du khách.",
            [
                "Hát quan họ trên thuyền.",
                "Ảnh: Nguyễn Hưng",
                "1/12",
                "Ảnh 2: Nghi lễ rước kiệu.",
                "2/12",
                "Ảnh 3: Du khách.",
            ],
        ),
        # dates: after a word in lower case, a sentence's first word, a day of the week; one counter alone
        (
            "Sáng 1/12 Thủ tướng dự lễ. Sáng 2/12 Thủ tướng thăm nhà máy.",
            ["Sáng 1/12 Thủ tướng dự lễ.", "Sáng 2/12 Thủ tướng thăm nhà máy."],
        ),
        (
            "Thứ Hai 1/12 Bộ Y tế họp. Thứ Ba 2/12 Bộ Y tế công bố.",
            ["Thứ Hai 1/12 Bộ Y tế họp.", "Thứ Ba 2/12 Bộ Y tế công bố."],
        ),
        ("Lịch thi: ngày 1/12 Toán, ngày 2/12 Văn.", ["Lịch thi: ngày 1/12 Toán, ngày 2/12 Văn."]),
        # a photo's button after a sentence, run into the next one
        (
            "Bình men lam được trưng bày tại bảo tàng. Xem thêm ảnh Bà mong con cháu sẽ giữ nghề của cha ông.",
            [
                "Bình men lam được trưng bày tại bảo tàng.",
                "Xem thêm ảnh",
                "Bà mong con cháu sẽ giữ nghề của cha ông.",
            ],
        ),
        ("Phóng to Hà Nội mùa thu", ["Phóng to Hà Nội mùa thu"]),  # a link's title after it, no sentence
    ],
)
def test_a_gallerys_counters_and_a_photos_button_run_in_stand_apart(text: str, units: list[str]) -> None:
    assert split_units(text) == units


def test_a_button_run_into_the_line_of_credits_over_the_lead_goes_and_the_line_stays() -> None:
    lead = "Hơn 40 năm bên bàn xoay, nghệ nhân Lê Thị Hương vẫn miệt mài tìm lại những men gốm cổ."
    story = "Xưởng gốm nhỏ của bà nằm sâu trong một con ngõ ở làng Bát Tràng, Gia Lâm, Hà Nội."
    credits = "Thực hiện: Thu Hương - Ảnh: Hoàng Nam - Đồ họa: Minh Thư"
    content = f"Văn hóa Giải trí Đăng nhập {credits} {lead} {story} Chia sẻ Bình luận"
    page = convert(
        vnsum("Người giữ lửa nghề gốm", "https://baomau.vn/nguoi-giu-lua-123.html", content, summary=lead),
        "p.txt",
    )
    assert page.front.author == "Thu Hương"
    assert words(credits) in words(page.body) and words(story) in words(page.body), page.body
    assert "Đăng nhập" not in page.body and "Chia sẻ" not in page.body


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        # an infographic's title after its label, a figure in it: no one's credit, the text goes on
        (
            "Sản xuất tăng khá. Infographic: Kinh tế Vĩnh Phúc 2 tháng đầu năm 2024 Chỉ số công nghiệp tăng 8,5%.",
            None,
        ),
        ("Dân số thành thị chiếm 35%. Infographic: Hồng Nhung/TTXVN", "Infographic: Hồng Nhung/TTXVN"),
        ("Bản đồ các điểm ngập. Infographic: TTXVN Theo dự báo, mưa lớn còn kéo dài.", "Infographic: TTXVN"),
    ],
)
def test_an_infographics_title_is_no_credit(text: str, credit: str | None) -> None:
    assert [b.credit for b in split_captions(text) if b.credit] == ([credit] if credit else [])


@pytest.mark.parametrize(
    "credits",
    [
        "THỰC HIỆN: THU HƯƠNG - ẢNH: HOÀNG NAM - ĐỒ HỌA: MINH THƯ",  # in capitals, cut in its roles
        "Thực hiện: Thu Hương; Ảnh: Hoàng Nam; Đồ họa: Minh Thư",
    ],
)
def test_a_line_of_credits_in_capitals_or_parted_by_semicolons_stays(credits: str) -> None:
    lead = "Hơn 40 năm bên bàn xoay, nghệ nhân Lê Thị Hương vẫn miệt mài tìm lại những men gốm cổ."
    story = "Xưởng gốm nhỏ của bà nằm sâu trong một con ngõ ở làng Bát Tràng, huyện Gia Lâm."
    content = f"Văn hóa {lead} {story} {credits} Chia sẻ Tin liên quan"
    page = convert(
        vnsum("Người giữ lửa nghề gốm", "https://baomau.vn/nguoi-giu-lua-123.html", content, summary=lead),
        "p.txt",
    )
    assert words(story) in words(page.body) and words(credits) in words(page.body), page.body
    assert "Chia sẻ" not in page.body and "Tin liên quan" not in page.body


def test_a_gallerys_counter_after_a_photos_credit_goes_and_the_sentence_after_it_stays() -> None:
    lead = "Những ngày giáp Tết, làng hoa Sa Đéc (Đồng Tháp) tất bật chuẩn bị hàng triệu chậu hoa."
    story = [
        "Hoa được chở bằng ghe đi khắp các tỉnh miền Tây.",
        "Năm nay làng hoa cung ứng khoảng 3 triệu chậu hoa các loại.",
    ]
    content = (
        f"{lead} Nông dân chăm sóc những chậu cúc mâm xôi. Ảnh: Hữu Trí 1/8 {story[0]} 2/8 Sa Đéc: Du khách"
        f" check-in tại vườn hoa. Ảnh: Hữu Trí 3/8 {story[1]} Hữu Trí Chia sẻ Xem thêm ảnh"
    )
    page = convert(
        vnsum("Làng hoa Sa Đéc vào vụ Tết", "https://baomau.vn/lang-hoa-123.html", content, summary=lead),
        "p.txt",
    )
    assert all(words(line) in words(page.body) for line in story), page.body
    assert not any(counter in page.body for counter in ("1/8", "2/8", "3/8"))


def test_other_stories_dates_newest_first_are_no_gallerys_counters() -> None:
    assert gallery_counters(["Câu một.", "5/3", "Tin A", "4/3", "Tin B"]) == set()


def test_a_line_of_credits_over_a_news_please_text_stays() -> None:
    credits = "Thực hiện: Ngọc Mai | Ảnh: Văn Tú | Đồ họa: Hà My"
    story = "Từ trung tuần tháng 10, hoa tam giác mạch bắt đầu nở trên các sườn đồi đá."
    lead = "Tháng 11, những cánh đồng tam giác mạch ở Đồng Văn nở rộ, thu hút đông du khách."
    page = convert(
        f"Mùa hoa tam giác mạch\n\n{lead}\n\nDu lịch\nChia sẻ\n{credits}\n{story}\n".encode(), "p.txt"
    )
    assert page.front.author == "Ngọc Mai"
    assert words(credits) in words(page.body) and words(story) in words(page.body), page.body


def test_a_videos_caption_that_is_a_sentence_is_no_credit() -> None:
    text = "Video: Nghệ nhân Lê Thị Hương giới thiệu các công đoạn dệt vải thổ cẩm. Hiện cả bản có 60 hộ giữ nghề."
    assert all(block.credit is None for block in split_captions(text, whole_line=True))
    credited = split_captions("Cả bản có 60 hộ giữ nghề dệt. Video: Hoàng Hà - Minh Anh", whole_line=True)
    assert any(block.credit for block in credited)  # a video's makers are its credit
