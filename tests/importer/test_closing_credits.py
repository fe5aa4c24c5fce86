"""What closes a story on sites not seen before: an interview's thanks and its writer's role in
brackets, a credit naming writer and photographer, tags printed with their words apart, and a
site that names itself in its title while its footer prints the same name."""

from __future__ import annotations

import pytest

from bantin.core.sentences import glued_boundaries, sentence_starts
from bantin.importer.boilerplate import is_chrome
from bantin.importer.convert import convert
from bantin.importer.edges import closing_byline_apart
from bantin.importer.furniture import PHONE, Unit
from bantin.importer.units import split_units

LAST = "Hợp tác xã sẽ mở thêm hai điểm thu mua trong tháng tới."


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Xin cảm ơn ông! Hoài Nam (ghi)", ["Hoài"]),
        ("Xin trân trọng cảm ơn bà. Ngọc Diệp (thực hiện)", ["Ngọc"]),
        ("Vì sao vậy, thưa ông? Ông Phan Trí: Vì giá phân bón tăng.", ["Ông"]),
        ("Ông làm việc ở TP. Vinh và Q. Hải Châu.", []),  # an abbreviation takes a full stop
    ],
)
def test_a_question_or_thanks_to_someone_ends_the_sentence(text: str, starts: list[str]) -> None:
    assert [text[i:].split()[0] for i in sentence_starts(text)] == starts


@pytest.mark.parametrize(
    ("closing", "byline", "rest"),
    [
        ("Hoài Nam (ghi) Ý kiến của bạn Gửi", "Hoài Nam (ghi)", "Ý kiến của bạn Gửi"),
        ("Ngọc Diệp (thực hiện) Bình luận của bạn", "Ngọc Diệp (thực hiện)", "Bình luận của bạn"),
        ("Lê Thảo (TTXVN) Chia sẻ bài viết", "Lê Thảo (TTXVN)", "Chia sẻ bài viết"),
    ],
)
def test_a_writers_role_in_brackets_stays_with_the_closing_byline(
    closing: str, byline: str, rest: str
) -> None:
    units = [Unit(0, LAST), Unit(0, closing)]
    assert [u.text for u in closing_byline_apart(units)][1:] == [byline, rest]


def test_a_credit_of_writer_and_photographer_is_not_cut_inside_the_writers_name() -> None:
    text = (
        f"{LAST} Bài: Hồng Loan - Ảnh: NVCC #Ca sĩ Mỹ Tâm #Liveshow Có thể bạn quan tâm Mỹ Tâm ra album mới"
    )
    pieces = split_units(text)
    assert pieces[1:3] == ["Bài: Hồng Loan - Ảnh: NVCC", "#Ca sĩ Mỹ Tâm #Liveshow"]
    units = [Unit(0, piece) for piece in pieces]
    assert [u.text for u in closing_byline_apart(units)] == pieces


@pytest.mark.parametrize(
    "tags",
    ["#Ê Đê #Cư M'gar #Tây Nguyên", "#H'Mông #lễ hội", "#Giá vàng hôm nay #SJC #vàng nhẫn"],
)
def test_tags_printed_with_their_words_apart_are_chrome(tags: str) -> None:
    assert is_chrome(tags)
    assert split_units(f"{LAST} {tags}") == [LAST, tags]


def test_a_hashtag_inside_a_sentence_stays_in_it() -> None:
    sentence = "Phong trào #MeToo lan rộng khắp châu Á trong năm qua."
    assert split_units(sentence) == [sentence] and not is_chrome(sentence)


def test_a_title_naming_the_site_its_address_spells_names_the_publisher() -> None:
    content = (
        "Sáng 3/4, tỉnh khởi công tuyến đường ven biển dài 42 km với tổng vốn hơn 3.000 tỷ đồng. "
        "Tuyến đường dự kiến hoàn thành năm 2026, nối ba huyện ven biển của tỉnh. "
        "Theo dõi Báo Giao thương trên Google News"
    )
    raw = (
        "Title: Khởi công tuyến đường ven biển dài 42 km | Báo Giao thương\nSource: baogiaothuong.vn\n"
        "Link: https://baogiaothuong.vn/khoi-cong-tuyen-duong-ven-bien-dai-42-km-192240403.htm\n"
        "Published Date: N/A\nAuthor: \nTags: None\nSummary: \n"
        f"Content: {content}\n"
    ).encode()
    front = convert(raw, "trang.txt", year=2024, sources={}).front
    assert front.source == "Báo Giao thương"
    assert front.title == "Khởi công tuyến đường ven biển dài 42 km"


def test_a_notifications_button_glued_to_the_lead_goes() -> None:
    lead = (
        "Chiều 4/3, trả lời phóng viên, lãnh đạo Công an huyện cho biết đã khởi tố vụ án làm chết hai người "
        "trên quốc lộ 1 qua địa bàn."
    )
    assert split_units(f"Thông báo {lead}") == ["Thông báo", lead]
    sentence = "Thông báo của Sở Y tế cho biết bệnh viện sẽ tiếp nhận bệnh nhân từ ngày mai."
    assert split_units(sentence) == [sentence]


@pytest.mark.parametrize(
    "line", ["Bạn đang đọc: Hà Tĩnh mở rộng vùng trồng cam", "Bạn đang xem: Lễ hội Đền Hùng", "Nghe bản tin"]
)
def test_what_the_reader_is_reading_and_the_player_after_the_story_are_chrome(line: str) -> None:
    page = (
        "Tiêu đề\n\nHợp tác xã sẽ mở thêm hai điểm thu mua cam trong tháng tới để kịp vụ thu hoạch chính.\n"
        "Giá cam năm nay cao hơn năm ngoái khoảng 10%, nông dân phấn khởi vì được mùa được giá.\n"
        f"Minh Anh\n{line}\n"
    ).encode()
    assert line not in convert(page, "trang.txt", year=2024, sources={}).body


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Nhẫn tròn 9999 74.000 75.500", None),
        ("Giá lúa 7.000 8.200 đồng/kg", None),
        ("Tel.0243 825 4231", "0243 825 4231"),
        ("ĐT: 0203.3835.008", "0203.3835.008"),
    ],
)
def test_a_price_list_holds_no_phone_number(text: str, phone: str | None) -> None:
    found = PHONE.search(text)
    assert (found.group() if found else None) == phone


def _body(*lines: str) -> str:
    page = "Tiêu đề\n\n" + "\n".join(lines) + "\n"
    return convert(page.encode(), "trang.txt", year=2024, sources={}).body


STORY_LINES = (
    "Không khí lạnh tăng cường khiến các tỉnh miền núi phía Bắc rét đậm, có nơi dưới 5 độ C.",
    "Người dân cần che chắn chuồng trại, giữ ấm cho gia súc và không đốt than sưởi trong phòng kín.",
)


@pytest.mark.parametrize(
    ("byline", "headlines"),
    [
        ("Hoài Thu", "Thời tiết Hà Nội ba ngày tới Rét đậm kéo dài đến cuối tuần"),
        ("P.V", "Mẹo giữ ấm cho trẻ nhỏ Cách chọn máy sưởi an toàn"),
        ("Quốc Tuấn", "Lịch cúp điện ngày 12/1 Lịch cúp điện ngày 13/1"),
    ],
)
def test_headlines_run_into_the_closing_byline_with_no_header_go(byline: str, headlines: str) -> None:
    body = _body(*STORY_LINES, f"{byline} {headlines}")
    assert (
        body.rstrip().endswith(STORY_LINES[-1])
        and headlines.split()[0] not in body.split(STORY_LINES[-1])[-1]
    )


@pytest.mark.parametrize(
    "note",
    [
        "Bài viết sử dụng tư liệu của Bảo tàng Lịch sử Quốc gia",
        "Tên nhân vật đã được thay đổi",
        "Bài viết thực hiện theo Quyết định đặt hàng số 12 của Sở",
    ],
)
def test_an_editors_note_after_the_closing_byline_stays(note: str) -> None:
    assert note in _body(*STORY_LINES, f"Hoài Thu {note}")


@pytest.mark.parametrize(
    ("link", "footer", "named"),
    [
        ("https://nongthon.baomau.vn/a-1.html", "Nông thôn - Cơ quan của Hội Nông dân tỉnh", "Nông thôn"),
        ("https://thethao.baomau.vn/a-1.html", "Báo Mẫu - Cơ quan của Tỉnh ủy", "Báo Mẫu"),
    ],
)
def test_a_paper_of_its_own_on_anothers_sub_domain_is_named_as_it_describes_itself(
    link: str, footer: str, named: str
) -> None:
    content = (
        "Thể thao Nông thôn Kinh tế Sáng 3/4, tỉnh khởi công tuyến đường ven biển dài 42 km với tổng vốn "
        f"hơn 3.000 tỷ đồng. Tuyến đường dự kiến hoàn thành năm 2026. {footer}"
    )
    raw = (
        f"Title: Khởi công tuyến đường ven biển\nSource: Báo Mẫu\nLink: {link}\nPublished Date: N/A\n"
        f"Author: \nTags: None\nSummary: \nContent: {content}\n"
    ).encode()
    assert convert(raw, "trang.txt", year=2024, sources={"baomau.vn": "Báo Mẫu"}).front.source == named


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Mạng phủ sóng 4G. Theo Bộ Thông tin, mạng 5G sẽ phủ sóng toàn quốc.", ["Theo"]),
        ("Mạng phủ sóng 4G.Theo Bộ Thông tin, mạng 5G sẽ phủ sóng toàn quốc.", ["Theo"]),
        ("Ông sống ở TP. Hồ Chí Minh, bà ở TP.Huế và TX. Sơn Tây.", []),
    ],
)
def test_a_code_of_capitals_and_digits_ends_a_sentence_an_abbreviation_does_not(
    text: str, starts: list[str]
) -> None:
    found = sentence_starts(text) or glued_boundaries(text)
    assert [text[i:].split()[0] for i in found] == starts
