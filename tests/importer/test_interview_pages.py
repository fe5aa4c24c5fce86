"""Interviews and question-and-answer pages (issue 15's round `blind_interviews`): who speaks next
before a colon stays with the question run on after it; an expert's signature under an answer stays
apart from the page's `Gửi câu hỏi` button and from the site's disclaimer after it; the occasion an
interview's intro opens with is no part of the menu above it; the lists an interview's page prints
under it (`Phỏng vấn khác`, `Các cuộc giao lưu khác`) go; a related link's headline run into the
next sentence ends where that sentence begins, after a figure or a comma between the headline's
items too (`edges.linked_headline_apart`); a site known only by its address is named by the brand it
prints run together (`LuatVietnam`)."""

from __future__ import annotations

import pytest

from bantin.importer.answerers import expert
from bantin.importer.convert import convert
from bantin.importer.edges import linked_headline_apart
from bantin.importer.furniture import Unit
from bantin.importer.list_headers import names_its_list
from bantin.importer.speakers import about_to_speak
from bantin.importer.units import split_units

from .scrapes import vnsum


@pytest.mark.parametrize(
    "text",
    [
        "Phỏng vấn khác Hiệu trưởng trường làng: Tôi chưa bao giờ nghĩ đến chuyện bỏ nghề",
        "Các cuộc giao lưu khác Giao lưu trực tuyến: Chính sách tiền lương mới",
        "Đối thoại khác Chủ tịch hiệp hội: Ngành chè cần liên kết",
        "Hỏi đáp liên quan Có được rút bảo hiểm xã hội một lần không?",
    ],
)
def test_the_lists_an_interviews_page_prints_under_it_are_named(text: str) -> None:
    assert names_its_list(text)


def test_a_sentence_about_an_interview_is_no_list() -> None:
    assert not names_its_list("Phỏng vấn ông Lê Văn Tám, Chủ tịch xã, cho thấy nhiều điều khác.")


@pytest.mark.parametrize(
    "text",
    [
        "Đại biểu Lê Văn An (tổ Hưng Nguyên) chất vấn:",
        "Thứ trưởng Trần Văn Bình trả lời:",
        "Ông Hoàng Minh (xã Phù Linh) tranh luận:",
        "Trả lời bạn đọc Nguyễn Thu Hà:",
    ],
)
def test_who_speaks_next_is_told_by_the_verb_before_the_colon(text: str) -> None:
    assert about_to_speak(text)


@pytest.mark.parametrize("text", ["Trang chủ Thời sự Pháp luật", "Danh sách các xã đạt chuẩn:"])
def test_a_menu_or_a_list_is_no_speaker(text: str) -> None:
    assert not about_to_speak(text)


def test_a_speakers_question_stays_whole_however_many_names_it_holds() -> None:
    text = "Đại biểu Lê Văn An (tổ Hưng Nguyên) chất vấn: Vì sao trạm y tế xã vẫn thiếu bác sĩ dù đã tuyển đủ chỉ tiêu?"
    assert split_units(text) == [text]


def test_the_occasion_an_intro_opens_with_is_cut_from_the_menu_above_it() -> None:
    menu = "Trang chủ Chính trị Quốc phòng - An ninh"
    intro = (
        "Nhân dịp kỷ niệm Ngày thành lập Quân đội nhân dân, phóng viên đã trao đổi với Thượng tá Lê Hải"
        " về công tác huấn luyện của đơn vị."
    )
    assert split_units(f"{menu} {intro}") == [menu, intro]


def test_an_experts_signature_with_the_field_is_read() -> None:
    assert expert("Chuyên gia tâm lý Trần Thu Hà") == "Chuyên gia tâm lý Trần Thu Hà"
    assert expert("Chuyên gia dinh dưỡng cho rằng nên ăn ít đường") is None


def test_the_pages_button_after_a_signature_goes_apart() -> None:
    signature = "ThS.BS Lê Thu Vân, Khoa Nhi, Bệnh viện Đa khoa Đức Giang"
    units = split_units(f"Chúc cháu mau khỏe! {signature} Gửi câu hỏi cho bác sĩ")
    assert units == ["Chúc cháu mau khỏe!", signature, "Gửi câu hỏi cho bác sĩ"]


def test_a_sites_disclaimer_after_a_signature_starts_its_own_unit() -> None:
    units = split_units("Chuyên gia dinh dưỡng Phạm Minh Hà Sống Khỏe không đưa ra lời khuyên y khoa.")
    assert units == ["Chuyên gia dinh dưỡng Phạm Minh Hà", "Sống Khỏe không đưa ra lời khuyên y khoa."]


@pytest.mark.parametrize(
    ("headline", "sentence"),
    [
        (
            "Bộ Y tế siết quảng cáo thực phẩm chức năng từ tháng 3",  # a figure before the sentence
            "Người dân nên mua thuốc ở nhà thuốc có giấy phép và giữ lại hóa đơn.",
        ),
        (
            "Bộ Giáo dục siết dạy thêm, học thêm từ tháng 2",  # a comma between the headline's items
            "Nhà trường nên giảm bài tập về nhà, tăng hoạt động trải nghiệm cho học sinh.",
        ),
        (
            "Công ty báo lãi quý III gấp 4 lần cùng kỳ",  # the sentence opens with a person's honorific
            "Ông Hoàng Nam, Tổng giám đốc Sông Lam, cho biết công ty sẽ mở thêm hai nhà máy.",
        ),
        (
            "Hà Nội mở thêm tuyến buýt điện ra sân bay",
            "Hành khách có thể trả tiền vé bằng thẻ ngân hàng hoặc ứng dụng trên điện thoại.",
        ),
    ],
)
def test_a_related_headline_ends_where_the_next_sentence_begins(headline: str, sentence: str) -> None:
    units = [Unit(0, "Đọc thêm:"), Unit(0, f"{headline} {sentence}")]
    assert [u.text for u in linked_headline_apart(units)] == ["Đọc thêm:", headline, sentence]


@pytest.mark.parametrize(
    "text",
    [
        # a name after a grammar word runs on in the headline: no place reads as the sentence's start
        "Dự án đường sắt tốc độ cao được trình lên Quốc hội vào tháng 11 năm nay.",
        # a comma before a word in capitals: a clause of the story's sentence, no headline's
        "Theo kế hoạch của thành phố, Sở Xây dựng sẽ trình phương án vào tháng 2 Năm nay việc này.",
    ],
)
def test_no_end_is_given_where_none_reads_as_a_sentences_start(text: str) -> None:
    units = [Unit(0, "Xem thêm:"), Unit(0, text)]
    assert [u.text for u in linked_headline_apart(units)] == ["Xem thêm:", text]


def test_a_site_known_by_its_address_is_named_by_its_brand_run_together() -> None:
    scrape = vnsum(
        "Nghỉ việc không báo trước có bị phạt không?",
        "https://luatphapviet.vn/lao-dong/nghi-viec-khong-bao-truoc",
        "Người lao động phải báo trước ít nhất 30 ngày khi đơn phương chấm dứt hợp đồng xác định thời hạn."
        " Nghỉ không báo trước là chấm dứt trái luật. © 2025 LuatPhapViet. Mọi quyền được bảo lưu",
        source="luatphapviet.vn",
        summary="",
        date="10/11/2024 09:00",
    )
    assert convert(scrape, "trang.txt", year=2024, sources={}).front.source == "LuatPhapViet"
