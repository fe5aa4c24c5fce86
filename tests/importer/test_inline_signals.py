"""The signals the second blind round (tests/importer/fixtures/blind_inline.yml) needed, each checked
on its own: the site's units inside the story that go, and the story's sentences beside them, and
lines shaped like them, that stay."""

from __future__ import annotations

import pytest

from bantin.core.glued_words import glued_words
from bantin.core.sentences import sentence_starts
from bantin.importer.byline_spots import is_stamp_line
from bantin.importer.captions import split_captions
from bantin.importer.chrome import detect
from bantin.importer.inline import inline_chrome
from bantin.importer.parsed import Block
from bantin.importer.units import split_units

STORY = "Hai bên đã ký biên bản hợp tác giai đoạn mới tại trụ sở của tỉnh vào chiều nay."
MORE = STORY.replace("chiều", "sáng")


def _kept(lines: list[str]) -> list[str]:
    return [u.text for u in detect([Block("paragraph", line) for line in lines]) if u.keep]


@pytest.mark.parametrize(
    "unit",
    [
        "Video: Diễn biến chính trận Hà Nội FC vs Thể Công Viettel 03:12",
        "Clip: Thanh Hương dẫn khán giả tham quan nhà mới (01:45)",
        "Mời xem thêm: Hành trình tìm lại sắc phong cổ (video 04:32)",
        "Samsung Galaxy Z Fold6 256GB 43.990.000₫ 46.990.000₫ Mua ngay",
        "Sony WH-1000XM5 Giá từ 6.490.000 đ Xem tại Shopee Xem tại Tiki",
        "Vietstock FinanceFinder - Tra cứu dữ liệu tài chính doanh nghiệp Đăng ký ngay",
        "Có Không Biểu quyết Xem kết quả",
        "VCB Ngân hàng TMCP Ngoại thương Việt Nam 92.500 +1.900 (+2,10%)",
        "Hình ảnh Đại lễ Phật đản tại chùa Vĩnh Nghiêm 1/15",
        "Bấm vào ảnh để xem kích thước đầy đủ",
        "Nội dung được tài trợ bởi Nhãn hàng Thảo Mộc Xanh",
        "(Còn nữa)",
        ">> Cách làm bánh flan mềm mịn không bị rỗ",
        "Giá vàng hôm nay Loại Mua Bán SJC 87.000 89.000 Nhẫn 83.200 84.300 Cập nhật lúc 09:30",
    ],
)
def test_a_unit_of_the_site_inside_the_story_is_named(unit: str) -> None:
    assert inline_chrome(unit)


@pytest.mark.parametrize(
    "unit",
    [
        "Video: Minh Anh",  # a video's credit, no title
        "Video Thể thao Bóng đá Việt Nam 10-11-2024 - 16:40",  # a stamp, no length
        "Khách hàng có thể mua ngay tại cửa hàng với giá 6.490.000 đồng.",
        "Lý Hoàng Nam (Việt Nam) 2-0 Kenta Sato (Nhật Bản)",
        "Doanh thu thuần: 34.400 (quý III/2023: 35.900)",
        "Ảnh 1/8",  # a gallery's bare counter: the furniture's, which may start the tail
        "Bài 2: Gỡ khó cho hợp tác xã.",
        "Kết quả các trận vòng hai:",
    ],
)
def test_a_line_of_the_story_shaped_alike_is_not(unit: str) -> None:
    assert not inline_chrome(unit)


def test_units_run_into_the_story_are_cut_from_it() -> None:
    text = f"{STORY} Video: Diễn biến chính trận đấu 03:12 {MORE}"
    assert split_units(text) == [STORY, "Video: Diễn biến chính trận đấu 03:12", MORE]
    text = f"VCB Ngân hàng Ngoại thương 92.500 +1.900 (+2,10%) {MORE}"
    assert split_units(text) == ["VCB Ngân hàng Ngoại thương 92.500 +1.900 (+2,10%)", MORE]


def test_a_link_under_an_arrow_goes_and_the_next_sentence_stays() -> None:
    steps = "Bước 3: Để hỗn hợp nguội bớt rồi cho sữa chua làm men vào, khuấy đều."
    kept = _kept([STORY, f"{MORE} >> Cách làm bánh flan mềm mịn không bị rỗ {steps}", STORY])
    assert kept == [STORY, MORE, steps, STORY]


def test_a_breadcrumbs_arrows_are_no_links() -> None:
    assert split_units("Trang chủ » Kinh tế » Nông nghiệp") == ["Trang chủ » Kinh tế » Nông nghiệp"]


def test_a_poll_goes_with_its_question() -> None:
    poll = ["Bạn có ủng hộ người nổi tiếng làm đại sứ từ thiện?", "Có Không Biểu quyết Xem kết quả"]
    assert _kept([STORY, *poll, MORE]) == [STORY, MORE]


def test_a_poll_printed_one_answer_a_line_goes_with_its_question() -> None:
    poll = ["Bạn có ủng hộ việc đưa nhạc rap vào lễ hội làng?", "Có", "Không", "Xem kết quả"]
    assert _kept([STORY, MORE, *poll]) == [STORY, MORE]
    dialogue = ["Có.", "Không.", "Có, tôi đồng ý."]  # answers of the story's, each a sentence
    assert _kept([STORY, *dialogue, MORE]) == [STORY, *dialogue, MORE]


def test_a_polls_own_options_run_into_the_story_go_with_its_question_and_button() -> None:
    poll = "Bạn thích tạo hình nào của nữ ca sĩ nhất? Váy đỏ ánh kim Áo dài trắng Bình chọn"
    assert _kept([f"{STORY} {poll} {MORE}"]) == [STORY, MORE]
    story = f"{STORY} Ban tổ chức mở cổng Bình chọn Người đẹp được yêu thích đến hết ngày 20/11."
    assert _kept([story]) == [STORY, story.removeprefix(STORY).strip()]  # no question: the story's


def test_a_question_of_the_story_stays() -> None:
    question = "Vì sao giá xăng giảm liên tiếp trong ba kỳ điều hành gần đây?"
    assert _kept([STORY, question, MORE]) == [STORY, question, MORE]


def test_a_series_note_takes_the_links_to_its_parts_after_the_story() -> None:
    kept = _kept([STORY, MORE, "(Còn nữa)", "Bảo Khánh", "Kỳ 1: Đình làng qua những thăng trầm"])
    assert kept == [STORY, MORE, "Bảo Khánh"]


def test_a_videos_title_is_no_photos_credit() -> None:
    blocks = split_captions(f"{STORY} Video: Nha Trang đón chuyến bay thẳng từ Almaty 01:20 {MORE}")
    assert all(b.kind == "paragraph" for b in blocks)


def test_a_caption_starts_after_a_box_glued_to_it() -> None:
    blocks = split_captions(
        f"{STORY} Bấm vào ảnh để xem kích thước đầy đủMâm cơm gia đình chị Trang. Ảnh: NVCC"
    )
    assert blocks[-1] == Block("caption", "Mâm cơm gia đình chị Trang.", "Ảnh: NVCC")


def test_a_sentence_glued_to_a_chart_s_credit_of_a_brand_opens_a_paragraph() -> None:
    blocks = split_captions(
        "Diễn biến chỉ số trong tuần. Ảnh: FiinTrade iPadTheo nhóm phân tích, chỉ số còn giảm."
    )
    assert blocks[0].credit == "Ảnh: FiinTrade iPad"
    assert blocks[1].text == "Theo nhóm phân tích, chỉ số còn giảm."


def test_a_station_named_by_its_place_is_a_credit_whole_before_the_byline() -> None:
    blocks = split_captions(f"{STORY} Ảnh: Đài Hải Phòng Minh Thu Xem thêm Hải Phòng mở tuyến buýt mới.")
    assert blocks[0].credit == "Ảnh: Đài Hải Phòng"
    assert blocks[1].text.startswith("Minh Thu Xem thêm")


def test_a_quote_glued_to_a_credit_opens_the_next_sentence() -> None:
    blocks = split_captions(
        "Mâm cơm gia đình chị Trang. Ảnh: NVCC“Tôi lên thực đơn từ tối thứ bảy”, chị nói."
    )
    assert blocks[0].credit == "Ảnh: NVCC"
    assert blocks[1].text.startswith("“Tôi lên")


@pytest.mark.parametrize(
    ("text", "cuts"),
    [
        ("Giá sầu riêng tăng mạnhXuất khẩu đạt 2 tỷ USD.", 1),
        ("VnExpress và TikTok, iPhone, McDonald", 0),
        ("VINH ANHTin cùng chuyên mục", 1),  # a byline in capitals, then the list's header
        ("Ngân hàng VPBank và HDBank, THANH HÀ VPBank", 0),  # a brand's capitals glue no syllable
        (
            "Biểu đồ giá. Nguồn: FiinTrade iPadTheo nhóm phân tích, giá còn giảm.",
            1,
        ),  # a sentence's preposition
        ("Ứng dụng ToDo và MacBook Trong", 0),  # a brand's words, no sentence after them
    ],
)
def test_words_glued_together_are_told_from_a_brands_name(text: str, cuts: int) -> None:
    assert len(glued_words(text)) == cuts


def test_a_sentence_may_open_with_a_brand_and_end_with_a_unit() -> None:
    text = "Máy sạc nhanh 25 W. Galaxy Z Fold6 có ba màu. iPhone 16 thì có năm."
    assert len(sentence_starts(text)) == 2
    assert sentence_starts("Đối tượng Nguyễn Văn H. đã bị bắt.") == []


def test_an_address_in_a_sentences_brackets_stays_in_it() -> None:
    text = "Trong quá trình tu sửa đình làng Phù Lưu (xã Tân Hồng, TP Từ Sơn, Bắc Ninh), người dân phát hiện hòm gỗ."
    assert split_units(text) == [text]


def test_a_stamp_beside_the_pages_counters_is_its_stamp_line() -> None:
    assert is_stamp_line("Ngày đăng: 30/05/2024 | Lượt xem: 356")
    assert not is_stamp_line("Ngày đăng: 30/05/2024 | Khai mạc Festival Tràng An")


def test_a_short_sentence_opening_the_leads_paragraph_stays() -> None:
    header = [Block("paragraph", "Bóng đá Anh"), Block("paragraph", "10/11/2024 23:30")]
    blocks = [*header, Block("paragraph", f"Hết trận: Chelsea 1-1 Arsenal. {STORY}")]
    assert [u.text for u in detect(blocks) if u.keep] == ["Hết trận: Chelsea 1-1 Arsenal.", STORY]


def test_an_editors_note_of_the_newsroom_stays() -> None:
    note = "Ghi chú của tòa soạn: Giá trên chưa gồm phí dịch vụ 15% người mua phải trả."
    assert _kept([STORY, note, "Thu Trang"]) == [STORY, note, "Thu Trang"]


@pytest.mark.parametrize("line", ["Ảnh hưởng của bão số 3 tới 50 xã 10/12", "Hình ảnh lễ khai mạc ngày 2/9"])
def test_a_line_ending_in_a_date_is_no_gallerys_counter(line: str) -> None:
    assert not inline_chrome(line)


def test_a_menus_short_line_glued_to_a_one_line_lead_is_no_opening_sentence() -> None:
    blocks = [Block("paragraph", f"Bình luận (0). Thời sự. {STORY} {MORE}")]
    assert [u.text for u in detect(blocks) if u.keep] == [STORY, MORE]


def test_a_share_button_in_small_letters_after_a_stop_is_cut_and_the_verb_in_a_sentence_is_not() -> None:
    last = "Từ thị xã, du khách đi xe máy khoảng 10 km là tới bản."
    assert split_units(f"{last} chia sẻ Tin cùng chuyên mục") == [last, "chia sẻ", "Tin cùng chuyên mục"]
    said = "Nhiều người tìm đến để được lắng nghe và chia sẻ về những khó khăn của mình."
    assert split_units(said) == [said]
