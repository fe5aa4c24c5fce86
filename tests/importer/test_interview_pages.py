"""Interviews and question-and-answer pages (issue 15's round `blind_interviews`): who speaks next
before a colon stays with the question run on after it; an expert's signature under an answer stays
apart from the page's `Gửi câu hỏi` button and from the site's disclaimer after it; the occasion an
interview's intro opens with is no part of the menu above it; the lists an interview's page prints
under it (`Phỏng vấn khác`, `Các cuộc giao lưu khác`) go; a site known only by its address is named by
the brand it prints run together (`LuatVietnam`). Where a related headline run into the next sentence
ends is `test_unseen_sites.py`'s."""

from __future__ import annotations

import pytest

from bantin.importer.answerers import expert
from bantin.importer.convert import convert
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
