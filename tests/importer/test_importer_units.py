"""The importer's passes one by one: decoding, layouts, text repair, captions, bylines, dates,
boilerplate and Markdown escaping."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from bantin.core.article import plain_text
from bantin.core.sentences import sentence_after, split_glued
from bantin.core.text import TONE_MARKS
from bantin.importer import dates, published
from bantin.importer.body import mark_subheadings, reflow_run_on
from bantin.importer.boilerplate import is_chrome, is_language_menu, remove_language_menus
from bantin.importer.bylines import Byline, parse_byline, source_of_title
from bantin.importer.captions import parse_credit, split_captions
from bantin.importer.convert import convert
from bantin.importer.decode import decode, looks_vietnamese
from bantin.importer.errors import BadInput
from bantin.importer.line_chrome import drop_chrome
from bantin.importer.markdown import caption, escape
from bantin.importer.parsed import Block
from bantin.importer.repair import clean, join_broken_lines, split_runon

VIETNAMESE = (
    "Hội nghị hòa bình được tổ chức tại Hà Nội với sự tham dự của nhiều đại biểu quốc tế và trong nước."
)
TODAY = dt.date(2024, 6, 1)


# --- decoding and bad input ------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\ufeff  \n".encode("utf-8")])
def test_empty_input_is_refused(data: bytes) -> None:
    with pytest.raises(BadInput, match="empty file"):
        decode(data)


def test_binary_input_is_refused() -> None:
    with pytest.raises(BadInput, match="binary"):
        decode(bytes(range(256)) * 4)


def test_utf16_with_bom_and_without_is_read() -> None:
    text = "Tiêu đề bài báo\n\n" + VIETNAMESE
    assert decode(text.encode("utf-16")) == text
    assert decode(text.encode("utf-16-le")) == text
    assert decode(text.encode("utf-16-be")) == text


def _cp1258_form(text: str) -> str:
    """Windows-1258 keeps ê, ơ, ư… precomposed but writes tone marks as combining characters."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in parts if m in TONE_MARKS)
        out.append(unicodedata.normalize("NFC", "".join(m for m in parts if m not in TONE_MARKS)) + tones)
    return "".join(out)


def test_cp1258_vietnamese_is_read_and_normalized() -> None:
    text = "Tiêu đề bài báo\n\n" + VIETNAMESE
    assert decode(_cp1258_form(text).encode("cp1258")) == text


def test_latin1_french_is_not_mistaken_for_vietnamese() -> None:
    french = (
        "Le président a rencontré les délégués à Paris pour évoquer la coopération économique et culturelle."
    )
    with pytest.raises(BadInput, match="not UTF-8"):
        decode(french.encode("latin-1"))
    assert not looks_vietnamese(french)


def test_utf16_that_is_not_vietnamese_is_refused() -> None:
    with pytest.raises(BadInput):
        decode(("\u4e00\u4e8c" * 200).encode("utf-16"))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"-----\n\nSome text", "no recognizable title"),
        (("x " * 400).encode(), "no recognizable title"),
        (b"Title:  \nContent: " + VIETNAMESE.encode(), "no recognizable title"),
    ],
)
def test_no_title_is_refused(data: bytes, reason: str) -> None:
    with pytest.raises(BadInput, match=reason):
        convert(data, "x.txt", today=TODAY)


# --- text repair -----------------------------------------------------------------------------


def test_clean_normalizes_entities_tones_spaces_and_end_marks() -> None:
    raw = "Ủy ban&nbsp;hoà  giải\u200b thuỷ lợi&#39;s  Thủ tướng./."
    assert clean(raw) == "Ủy ban hòa giải thủy lợi's Thủ tướng."
    assert clean("cafe\u0301") == "café"


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("vào bếp.Lực lượng cứu hỏa có mặt.", ["vào bếp.", "Lực lượng cứu hỏa có mặt."]),
        ("tại TP.HCM và Chinhphu.vn, đội U.23 thắng 1.500 người.", None),
        ("Tp.Hồ Chí Minh đón khách.", None),
        ('binh sĩ."Bộ trưởng nói', ["binh sĩ.", '"Bộ trưởng nói']),
        ('trả tiền." Tân Tổng thống', None),
        ("hết năm 2014.Ông Nam cho biết", ["hết năm 2014.", "Ông Nam cho biết"]),
        ("sống còn”.Ông nói", ["sống còn”.", "Ông nói"]),
        ("đạt khoảng 5 tỷ USD.Con số này", ["đạt khoảng 5 tỷ USD.", "Con số này"]),  # an acronym ends it
        ("logistics tại TP.HCM.Theo Sở", ["logistics tại TP.HCM.", "Theo Sở"]),
        ("đọc tại VNEXPRESS.NET và TP.Huế", None),  # a domain, a unit before its name
        (  # a numbered list glued item to item, and the text after its last item
            "Danh sách gồm1. Công ty Minh Long2. Công ty Hòa Phát3. Hợp tác xã Tân TiếnCác đơn vị nộp thuế.",
            [
                "Danh sách gồm",
                "1. Công ty Minh Long",
                "2. Công ty Hòa Phát",
                "3. Hợp tác xã Tân Tiến",
                "Các đơn vị nộp thuế.",
            ],
        ),
        ("Mẫu Galaxy S24. Máy bay Mig21. Năm ấy2. Ông", None),  # codes' digits, numbers not counting on
        ("tra cứu tại cổng của Bộ GD&ĐT.Thanh Hương", ["tra cứu tại cổng của Bộ GD&ĐT.", "Thanh Hương"]),
        ("Đoàn làm việc với Sở KH&CN và TP.HCM.", None),  # a body's initials inside the sentence
    ],
)
def test_glued_paragraphs_are_split_but_abbreviations_are_not(text: str, pieces: list[str] | None) -> None:
    assert split_glued(text) == (pieces or [text])


def test_lines_broken_at_links_are_joined() -> None:
    lines = [
        "Ba tàu đi vào vùng biển, ",
        "AFP",
        " dẫn thông báo cho biết.",
        "Đoạn mới.",
        "Nhóm 2",
        ": Việt Nam, Lào",
        "Theo",
        " Ngôi sao",
    ]
    assert join_broken_lines(lines) == [
        "Ba tàu đi vào vùng biển, AFP dẫn thông báo cho biết.",
        "Đoạn mới.",
        "Nhóm 2: Việt Nam, Lào",
        "Theo Ngôi sao",
    ]


def test_a_closing_straight_quote_does_not_glue_the_next_line() -> None:
    assert join_broken_lines(['Ông nói: "Chúng tôi đồng ý."', "Tiêu đề phụ"]) == [
        'Ông nói: "Chúng tôi đồng ý."',
        "Tiêu đề phụ",
    ]


def test_runon_body_splits_paragraphs_captions_and_subheadings() -> None:
    text = ("Đoạn một kết thúc.Đoạn hai cũng vậy. Thủ tướng phát biểu. Ảnh: VGP/Quang Hiếu Đối thoại cởi mở"
            "  Tại hội nghị, Thủ tướng trả lời nhiều câu hỏi của các đại biểu quốc tế về chính sách.")  # fmt: skip
    blocks = split_runon(text)
    assert [b.kind for b in blocks] == ["paragraph", "paragraph", "caption", "heading", "paragraph"]
    assert blocks[2] == Block("caption", "Thủ tướng phát biểu.", "Ảnh: VGP/Quang Hiếu")
    assert blocks[3].text == "Đối thoại cởi mở"


def test_a_space_run_before_a_word_in_lower_case_goes_on_with_the_sentence() -> None:
    text = ("Ông thi đấu cho nhiều câu lạc bộ ở châu Âu. Ngoài ra, người thủ môn sinh năm 1970"
            "  còn là một tiền đạo giỏi với 30 bàn thắng ghi cho hai câu lạc bộ của Mexico.")  # fmt: skip
    assert split_runon(text) == [Block("paragraph", " ".join(text.split()))]


@pytest.mark.parametrize(
    "before, name",
    [
        (
            "Ngoài cầu cảng mới ở phía bắc, cùng với",
            "Cảng Chân Mây và Cảng Đà Nẵng, khu vực này đón thêm tàu lớn.",
        ),
        ("Sau trận hòa, HLV", "Park Hang-seo cho biết đội cần thêm thời gian để hồi phục thể lực."),
        ("Buổi lễ có sự tham dự của", "Bộ trưởng Bộ Y tế cùng lãnh đạo nhiều bệnh viện tuyến trung ương."),
    ],
)
def test_a_space_run_after_a_word_that_needs_a_name_goes_on_with_the_sentence(before: str, name: str) -> None:
    """The name was a link (`Cùng với \xa0Palm …`, `HLV\xa0 Mai …`): no subheading ends with a preposition
    or a title, so the text before the space run is no heading and the sentence stays one paragraph."""
    text = f"Dự án hoàn thành đúng hạn vào cuối năm ngoái. {before}\u00a0 {name}  Đoạn sau mở đầu ở đây rồi."
    blocks = split_runon(text)
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]
    assert f"{before} {name}" in blocks[0].text


def test_a_credit_left_last_by_the_chrome_after_it_is_the_author_not_a_heading() -> None:
    data = (
        "Title: Đội tuyển nữ chuẩn bị cho vòng loại\nSource: Báo Ví Dụ\nLink: https://vidu.vn/bai-1.html\n"
        "Content: Đội tuyển nữ đã tập trung từ đầu tuần tại Trung tâm đào tạo bóng đá trẻ với 28 cầu thủ. "
        "Ban huấn luyện cho biết các cầu thủ đều có thể lực tốt sau kỳ nghỉ dài ngày vừa qua.  "
        "Trần Minh An (TTXVN)  Bình luận (0) Đăng nhập để bình luận Hotline: 0909 123 456 "
        "Email: toasoan@vidu.vn Giấy phép số 12/GP-BTTTT. © Bản quyền thuộc Báo Ví Dụ\n"
    ).encode()
    result = convert(data, "x.txt", today=TODAY)
    assert result.front.author == "Trần Minh An"
    assert "#" not in result.body and "Trần Minh An" not in result.body


def test_a_wall_of_text_is_cut_between_sentences_only() -> None:
    sentences = [
        f"Sáng {day}/5, đoàn đại biểu TP. Hồ Chí Minh do PGS.TS. Nguyễn Văn An dẫn đầu đã làm việc với "
        f"Bộ Kế hoạch và Đầu tư về dự án trị giá {day}.000 tỷ đồng, theo kế hoạch đã thống nhất từ trước."
        for day in range(1, 13)
    ]
    wall = " ".join(sentences)
    blocks = reflow_run_on([Block("paragraph", wall), Block("caption", "Ảnh minh họa.", "Ảnh: TTXVN")])
    paragraphs = [b.text for b in blocks if b.kind == "paragraph"]
    assert len(paragraphs) >= 3
    assert " ".join(paragraphs) == wall  # nothing lost, nothing reordered
    assert all(p in sentences or p.startswith(tuple(sentences)) for p in paragraphs)
    assert all(p.endswith("trước.") and len(p) < 900 for p in paragraphs)
    assert blocks[-1] == Block("caption", "Ảnh minh họa.", "Ảnh: TTXVN")
    short = [Block("paragraph", sentences[0])]
    assert reflow_run_on(short) == short


def test_subheadings_but_not_pull_quote_attributions() -> None:
    long_a = "Đoạn văn thứ nhất kể lại diễn biến của hội nghị với rất nhiều chi tiết về các đại biểu, khách mời quốc tế và nội dung thảo luận."
    long_b = (
        "Đoạn văn tiếp theo trình bày các giải pháp mà hai bên đã thống nhất trong phiên làm việc buổi chiều."
    )
    quote = "Chúng tôi sẽ không lùi bước."
    blocks = [
        Block("paragraph", t) for t in (long_a, "Thế giới hoang mang", long_b, quote, "Tổng thống Mỹ", long_b)
    ]
    kinds = [b.kind for b in mark_subheadings(blocks)]
    assert kinds == ["paragraph", "heading", "paragraph", "paragraph", "paragraph", "paragraph"]


def test_a_related_box_after_the_closing_byline_ends_the_article_not_one_after_a_subheading() -> None:
    story = "Đoàn đã làm việc với lãnh đạo tỉnh về kế hoạch hợp tác trong năm tới."
    teasers = ["Tin liên quan", "Cao tốc mới thông xe Bộ GTVT vừa khánh thành thêm một đoạn tuyến.",
               "Thêm trạm dừng nghỉ Các trạm sẽ hoạt động trước Tết."]  # fmt: skip
    signed = [Block("paragraph", t) for t in (story, "Tạ Hải", *teasers)]
    assert [b.text for b in drop_chrome(signed)] == [story, "Tạ Hải"]
    headed = [Block("paragraph", t) for t in (story, "Những điểm đến mới", "Hà Nội", *teasers)]
    assert [b.text for b in drop_chrome(headed)] == [story, "Những điểm đến mới", "Hà Nội", *teasers[1:]]


# --- captions --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "credit", "rest"),
    [
        ("AFPViệc Thượng viện duyệt", "AFP", "Việc Thượng viện duyệt"),
        ("Trần Minh Khoảng 9h30 ngày 2/3, xe", "Trần Minh", "Khoảng 9h30 ngày 2/3, xe"),
        (
            "Báo Quân đội nhân dân Theo Bộ Quốc phòng, đề án",
            "Báo Quân đội nhân dân",
            "Theo Bộ Quốc phòng, đề án",
        ),
        ("Đài Truyền hình Việt Nam Trong khi đó", "Đài Truyền hình Việt Nam", "Trong khi đó"),
        ("Tạp chí Cộng sản. Sau đó, đoàn", "Tạp chí Cộng sản", "Sau đó, đoàn"),
        ("Biên phòng Na Mèo Vị trí xảy ra", "Biên phòng Na Mèo", "Vị trí xảy ra"),
        ("Công an huyện Kỳ Sơn", "Công an huyện Kỳ Sơn", ""),
        ("Reuters cho biết thêm", "Reuters", "cho biết thêm"),
        ("Instagram nhân vật Đây là thành tích tốt nhất", "Instagram nhân vật", "Đây là thành tích tốt nhất"),
        ("Ngọc Dương Ảnh 2/6 Khu trưng bày", "Ngọc Dương", "Ảnh 2/6 Khu trưng bày"),
        ("BTC Ở phần ứng xử, Thảo Nhi nói", "BTC", "Ở phần ứng xử, Thảo Nhi nói"),
        ("NGUYỄN HÀ Chị Lò Thị Mai kể", "NGUYỄN HÀ", "Chị Lò Thị Mai kể"),
        ("Facebook của nhân vật Cô gái sinh năm 1998", "Facebook của nhân vật", "Cô gái sinh năm 1998"),
        ("Quang Hiếu Người dân Hà Nội đổ ra đường", "Quang Hiếu", "Người dân Hà Nội đổ ra đường"),
        ("Lưu QuýCác thành viên", "Lưu Quý", "Các thành viên"),
        ("X/onenews31Ông Thaksin", "X/onenews31", "Ông Thaksin"),
        ("AFP Theo thống kê", "AFP", "Theo thống kê"),
        ("TTXVN Theo Cổng TTĐT Chính phủ, nhận lời", "TTXVN", "Theo Cổng TTĐT Chính phủ, nhận lời"),
        ("Hoàng Anh Trong quy định", "Hoàng Anh", "Trong quy định"),
        ("Ngọc Thành Việt Nam hiện đang", "Ngọc Thành", "Việt Nam hiện đang"),
        ("Reuters 3 trong 5 con tin", "Reuters", "3 trong 5 con tin"),
        ("VGP/Quang Hiếu Sáng 5/6, tại Tokyo", "VGP/Quang Hiếu", "Sáng 5/6, tại Tokyo"),
        ("Trần Hà Tết Giáp Thìn 2024, phố trang trí", "Trần Hà", "Tết Giáp Thìn 2024, phố trang trí"),
        ("Minh Khôi Dịp Quốc khánh 2/9, phố đi bộ mở", "Minh Khôi", "Dịp Quốc khánh 2/9, phố đi bộ mở"),
        ("Nhan Sáng/TTXVN", "Nhan Sáng/TTXVN", ""),
        ("Stephane Mahe.", "Stephane Mahe", ""),
        ("VnExpress", "VnExpress", ""),
    ],
)
def test_credit_stops_where_the_next_sentence_starts(after: str, credit: str, rest: str) -> None:
    got, cut = parse_credit(after)
    assert got == credit
    assert after[cut:].strip() == rest


@pytest.mark.parametrize(
    ("line", "blocks"),
    [
        (
            "Toàn cảnh Hội đàm trực tuyến – Ảnh: TTXVN",
            [Block("caption", "Toàn cảnh Hội đàm trực tuyến", "Ảnh: TTXVN")],
        ),
        ("Một tàu hải cảnh. Ảnh:Japan Times.", [Block("caption", "Một tàu hải cảnh.", "Ảnh: Japan Times")]),
        (
            "Chủ tịch nước tiếp khách. (Ảnh: Phạm Kiên/TTXVN)",
            [Block("caption", "Chủ tịch nước tiếp khách.", "Ảnh: Phạm Kiên/TTXVN")],
        ),
        ("Bà Mogherini. (Nguồn: EPA/TTXVN)", [Block("caption", "Bà Mogherini.", "Nguồn: EPA/TTXVN")]),
        (
            "Ông gặp Nguyễn Ái Quốc. (Ảnh tư liệu)",
            [Block("caption", "Ông gặp Nguyễn Ái Quốc.", "Ảnh tư liệu")],
        ),
        (
            "Chủ tịch Hồ Chí Minh năm 1955. Ảnh: Báo Nhân dân",
            [Block("caption", "Chủ tịch Hồ Chí Minh năm 1955.", "Ảnh: Báo Nhân dân")],
        ),
        ("Đoàn xe lên đường. Video: Reuters", [Block("caption", "Đoàn xe lên đường.", "Video: Reuters")]),
        ("Từ trái sang: ông A, ông B.", [Block("caption", "Từ trái sang: ông A, ông B.")]),
        ("Bức ảnh được chụp năm 1990 tại Huế.", [Block("paragraph", "Bức ảnh được chụp năm 1990 tại Huế.")]),
    ],
)
def test_caption_lines(line: str, blocks: list[Block]) -> None:
    assert split_captions(line, whole_line=True) == blocks


def test_a_video_titled_after_its_label_is_no_caption() -> None:
    text = "Ngọn lửa bốc cao trong đêm. Video: Toàn cảnh vụ cháy tại kho hàng ở Bình Dương."
    assert split_captions(text) == [Block("paragraph", text)]


def test_caption_markdown_matches_the_seed_form() -> None:
    assert (
        caption("Toàn cảnh Hội đàm", "Ảnh: TTXVN")
        == "Toàn cảnh Hội đàm – *Ảnh: TTXVN*{: .credit}\n{: .caption }"
    )
    assert caption("Toàn cảnh.", "Ảnh: TTXVN") == "Toàn cảnh. *Ảnh: TTXVN*{: .credit}\n{: .caption }"
    assert caption("Không có tác giả.", None) == "Không có tác giả.\n{: .caption }"
    assert caption("", "Ảnh: AFP") == "*Ảnh: AFP*{: .credit}\n{: .caption }"


# --- bylines ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Nguồn Báo Nhân dân", Byline(source="Báo Nhân dân")),
        ("(Theo TTXVN)", Byline(source="TTXVN")),
        ("TTXVN", Byline(source="TTXVN")),
        ("TTXVN/Tin Tức", Byline(source="TTXVN/Tin Tức")),
        ("Vũ Dũng/VOV", Byline(source="VOV", author="Vũ Dũng")),
        ("Hạnh Chi (T/h) Theo Đời sống Plus", Byline(source="Đời sống Plus", author="Hạnh Chi")),
        ("Nguyễn Hồng Điệp (TTXVN)", Byline(source="TTXVN", author="Nguyễn Hồng Điệp")),
        ("Thanh Chương - Thể thao Việt Nam | 21:20 06/02/2017",
         Byline(source="Thể thao Việt Nam", author="Thanh Chương", when="21:20 06/02/2017")),
        ("Đức Tuân", Byline(author="Đức Tuân")),
        ("M.Đ -", Byline(author="M.Đ")),
        ("VĂN HÙNG", Byline(author="Văn Hùng")),
        ("VOV VOV", Byline(source="VOV")),
        ("Thượng tướng Nguyễn Văn A - Ủy viên Bộ Chính trị, Bộ trưởng", Byline(author="Thượng tướng Nguyễn Văn A")),
    ],
)  # fmt: skip
def test_bylines(line: str, byline: Byline) -> None:
    assert parse_byline(line) == byline


@pytest.mark.parametrize(
    "line",
    ["Theo CNN, những dòng tweet mới nhất nhằm vào thẩm phán.", "Tân Tổng thống Mỹ Donald Trump", "Nhóm 5: Bắc Mariana",
     "Cuộc khủng hoảng nhập cư", "Hai bên nhất trí tăng cường hợp tác."],
)  # fmt: skip
def test_ordinary_text_is_not_a_byline(line: str) -> None:
    assert parse_byline(line) is None


def test_site_suffix_is_taken_off_titles() -> None:
    assert source_of_title("Nga kiểm soát Avdeevka - VnExpress") == ("Nga kiểm soát Avdeevka", "VnExpress")
    assert source_of_title("Quan hệ Việt Nam - Lào") == ("Quan hệ Việt Nam - Lào", None)


def test_a_section_the_slug_leaves_out_goes_with_the_sites_name() -> None:
    title = "Giá vàng tăng mạnh - Thị trường - Tạp chí Tài chính"
    assert source_of_title(title, slug="giavangtangmanh") == ("Giá vàng tăng mạnh", "Tạp chí Tài chính")
    assert source_of_title(title) == ("Giá vàng tăng mạnh - Thị trường", "Tạp chí Tài chính")
    spelt = "Giá vàng tăng mạnh - Hà Nội - Báo Mẫu"  # the slug spells the place: the headline's
    assert source_of_title(spelt, slug="giavangtangmanhhanoi")[0] == "Giá vàng tăng mạnh - Hà Nội"


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chủ nhật, 18/2/2024, 17:25 (GMT+7)", dates.DayMonth(18, 2, 2024)),
        ("Thứ Tư, 08/12/2021 15:30", dates.DayMonth(8, 12, 2021)),
        ("21:20 06/02/2017", dates.DayMonth(6, 2, 2017)),
        ("2024-03-02T08:15:00+07:00", dates.DayMonth(2, 3, 2024)),
        ("ngày 8 tháng 12 năm 2021", dates.DayMonth(8, 12, 2021)),
        ("N/A", None),
        ("31/2/2024", None),
    ],
)
def test_parse_date(text: str, expected: dates.DayMonth | None) -> None:
    assert dates.parse_date(text) == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Ngày 15/10, tại Trụ sở Trung ương", dates.DayMonth(15, 10)),
        ("Hà Nội, ngày 8/12/2021 – Sáng nay", dates.DayMonth(8, 12, 2021)),
        ("Hôm nay, 7/2, tại trụ sở Chính phủ", dates.DayMonth(7, 2)),
        ("TTO - Sáng 11/5, nhóm sinh viên", dates.DayMonth(11, 5)),
        ("(NLĐO) - Chiều 5-3, Sở cho biết", dates.DayMonth(5, 3)),
        ("Theo đặc phái viên TTXVN, sáng 27/6, tại Minsk", dates.DayMonth(27, 6)),
        ("Hội nghị được tổ chức sáng nay (6/2), tại Cà Mau", dates.DayMonth(6, 2)),
        ("Trường Chinh tên thật là Đặng Xuân Khu, sinh ngày 09/02/1907", None),
        ("Ngày 11-12/5, hai bên hội đàm", None),
    ],
)
def test_dateline(opening: str, expected: dates.DayMonth | None) -> None:
    assert dates.find_dateline([opening]) == expected


def test_publication_date_is_preferred_to_event_dates() -> None:
    got = published.resolve(
        ["Thứ sáu, 16/2/2024, 07:59"], ["Ngày 14/2, Thủ tướng ký"], "ngày 1/1/2020", year=None, today=TODAY
    )
    assert got == published.Resolved(dt.date(2024, 2, 16))


def test_dateline_year_comes_from_option_then_text_then_today() -> None:
    opening = ["Ngày 15/10, tại Hà Nội"]
    assert published.resolve([], opening, "", year=2021, today=TODAY) == published.Resolved(
        dt.date(2021, 10, 15)
    )
    guessed = published.resolve([], opening, "trong tháng 1/2017 và ngày 20/1/2017", year=None, today=TODAY)
    assert guessed.date == dt.date(2017, 10, 15) and guessed.estimated and "2017" in (guessed.warning or "")
    latest = published.resolve([], opening, "", year=None, today=TODAY)
    assert latest.date == dt.date(2023, 10, 15) and latest.estimated


def test_a_dateline_near_a_named_event_takes_the_event_year() -> None:
    opening = ["Sáng 11/5, đoàn đại biểu lên đường"]
    forum = ("Diễn đàn Vành đai và Con đường 2017", dt.date(2017, 5, 14), dt.date(2017, 5, 15))
    # The text mentions 2014 (history); the forum the article reports says 2017.
    got = published.resolve([], opening, "ký năm 2014, ngày 3/4/2014", year=None, today=TODAY, events=[forum])
    assert got.date == dt.date(2017, 5, 11) and got.estimated and "Vành đai" in (got.warning or "")
    # --year still wins; an event far from the dateline, or two that disagree, say nothing.
    assert published.resolve([], opening, "", year=2018, today=TODAY, events=[forum]).date == dt.date(
        2018, 5, 11
    )
    autumn = ("Hội nghị Trung ương 4", dt.date(2021, 10, 11), dt.date(2021, 10, 15))
    assert published.resolve([], opening, "", year=None, today=TODAY, events=[autumn]).date == dt.date(
        2024, 5, 11
    )
    other = ("Năm APEC", dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    both = published.resolve([], opening, "", year=None, today=TODAY, events=[forum, other])
    assert both.date == dt.date(2024, 5, 11)


def test_no_date_at_all_uses_today_and_says_so() -> None:
    got = published.resolve([None], ["Không có ngày tháng ở đây."], "", year=None, today=TODAY)
    assert got.date == TODAY and got.estimated and "today" in (got.warning or "")


# --- boilerplate and Markdown ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Rate this post", "error: Content is protected !!", "Xem thêm >>> BÀI KHÁC", "Xem thêm Video: Tàu vào cảng",
     "- Ảnh 1.", "Thông tin người gửi phản hồi", "Bạn cần đăng nhập để bình luận", "Facebook Twitter Zalo",
     "Độc giả gọi vào số 024 7300 8899 (máy lẻ 4529)", "© 1997-2024. Toàn bộ bản quyền thuộc VnExpress",
     "Đăng nhập bằng Google", "Bạn chưa có tài khoản? Đăng ký", "Số điện thoại hoặc email", "Ý kiến (12)"],
)  # fmt: skip
def test_chrome_lines(line: str) -> None:
    assert is_chrome(line)


def test_article_text_is_not_chrome() -> None:
    assert not is_chrome("Xem xét đề xuất của Bộ Tài chính, Thủ tướng đồng ý.")
    assert not is_chrome("Người dân cần mở tài khoản ngân hàng.")
    assert not is_chrome("Với thủ tục đăng ký tạm trú tại công an cấp xã")
    assert not is_chrome("Mở tài khoản cho trẻ em")
    assert not is_chrome(VIETNAMESE)


def test_language_menus_are_recognized_and_cut() -> None:
    menu = "Tiếng Việt English Français Español 中文 Русский ລາວ"
    assert is_language_menu(menu)
    assert remove_language_menus(f"{menu} Chiều 3/3, tại Tây Ninh").strip() == "Chiều 3/3, tại Tây Ninh"
    prose = "Ông nói tiếng Việt, tiếng Anh, tiếng Pháp và English rất giỏi."
    assert not is_language_menu(prose) and remove_language_menus(prose) == prose


@pytest.mark.parametrize(
    "text",
    ["*ngôi sao* và _gạch_ `mã` [1] <b> AT&T &copy; \\ {: .x }", "# 1 lý do", "> trích", "- gạch đầu dòng",
     "+ cộng", "1. Mục một", "2024. Năm mới", "---", "Giá 5% và 3*4=12"],
)  # fmt: skip
def test_escaped_text_renders_literally(text: str) -> None:
    assert plain_text(escape(text)) == " ".join(text.split())


def test_a_whole_sentence_after_a_box_is_told_from_a_sentence_s_own_next_words() -> None:
    text = "Giá 25.000đ Thêm vào giỏ Món canh chua ngon nhất khi ăn nóng với cơm. Xem"
    at = text.index(" Món")
    assert sentence_after(text, at) == " Món canh chua ngon nhất khi ăn nóng với cơm."
    assert sentence_after(text, at, words=12) is None  # ten words: shorter than asked
    assert sentence_after(text, text.index(" Xem")) is None  # no stop: no whole sentence
