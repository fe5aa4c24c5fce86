"""Hospitals', pharmacies' and health papers' pages (issue 15's round `blind_health`): the credit of
the doctor who wrote or vouched for the advice stays with it, even run on after the menu; the site's
call to its customers to book or to ring it goes, even cut in two by a word in capitals."""

from __future__ import annotations

import pytest

from bantin.core.sentences import sentence_starts
from bantin.importer.booking_calls import booking_call, continues_call
from bantin.importer.convert import convert
from bantin.importer.lone_related import after_link_label
from bantin.importer.reviewed_by import credit_starts, reviewed_credit

from .scrapes import vnsum

CREDIT = (
    "Bài viết được tham vấn chuyên môn bởi BS.CKI Hoàng Minh Đức - Khoa Hô hấp, Bệnh viện Đa khoa Hòa Bình"
)
STORY = [
    "Viêm phế quản cấp thường gặp khi thời tiết chuyển lạnh, nhất là ở trẻ nhỏ và người cao tuổi.",
    "Người bệnh ho nhiều, có đờm, sốt nhẹ và mệt mỏi trong 1-2 tuần.",
    "Người bệnh nên uống đủ nước, nghỉ ngơi và chỉ dùng kháng sinh khi bác sĩ chỉ định.",
]


def _body(content: str) -> str:
    scrape = vnsum(
        "Viêm phế quản cấp: dấu hiệu và cách chăm sóc",
        "https://phongkhamhoabinh.vn/viem-phe-quan-cap",
        content,
        source="Phòng khám Hòa Bình",
        summary=STORY[0],
        date="10/11/2024 09:00",
    )
    return convert(scrape, "trang.txt", year=2024, sources={}).body


@pytest.mark.parametrize(
    "line",
    [
        CREDIT,
        "Bài viết được viết bởi Bác sĩ Trần Thu Hằng - Khoa Nhi",
        "Tham vấn y khoa: Dược sĩ Nguyễn Văn Tâm",
    ],
)
def test_a_credit_of_who_vouches_for_the_advice_is_recognized(line: str) -> None:
    assert reviewed_credit(line)


def test_a_sentence_about_a_review_is_no_credit() -> None:
    assert not reviewed_credit("Bài viết được nhiều bạn đọc chia sẻ trên mạng xã hội.")
    assert credit_starts(f"Trang chủ Sức khỏe {CREDIT}") == [len("Trang chủ Sức khỏe ")]


def test_the_credit_run_on_after_the_menu_stays_and_the_menu_goes() -> None:
    body = _body(f"Trang chủ Sức khỏe Hô hấp {CREDIT} {' '.join(STORY)}")
    assert CREDIT in body
    assert all(sentence in body for sentence in STORY)
    assert "Trang chủ" not in body


@pytest.mark.parametrize(
    "line",
    [
        "Để đặt lịch khám, Quý khách vui lòng gọi tới tổng đài 1900 1234.",
        "Quý khách có nhu cầu xét nghiệm tại nhà xin liên hệ hotline của phòng khám.",
    ],
)
def test_the_sites_call_to_its_customers_is_a_booking_call(line: str) -> None:
    assert booking_call(line)


@pytest.mark.parametrize(
    "line",
    [
        "Người dân có thể gọi đường dây nóng 1900 9095 để phản ánh.",  # a notice the story reports
        "Quý khách đi máy bay được khuyến cáo mang khẩu trang.",  # a customer, asked nothing of the site
    ],
)
def test_a_notice_of_the_story_is_no_booking_call(line: str) -> None:
    assert not booking_call(line)


def test_a_booking_call_cut_by_a_word_in_capitals_goes_whole() -> None:
    before = "Để đặt lịch khám, Quý khách vui lòng bấm số"
    assert continues_call(before, "HOTLINE hoặc đặt lịch TẠI ĐÂY.")
    body = _body(f"{' '.join(STORY)} {before} HOTLINE hoặc đặt lịch TẠI ĐÂY.")
    assert all(sentence in body for sentence in STORY)
    assert "Quý khách" not in body and "TẠI ĐÂY" not in body


def test_the_headline_a_link_label_points_to_goes_even_as_a_question() -> None:
    label = "Xem thêm:"
    assert after_link_label(label, "Viêm phế quản có lây không?")
    assert after_link_label(label, "Cách chăm sóc trẻ bị viêm phế quản tại nhà")
    assert not after_link_label(label, " ".join(STORY))  # sentences, not a headline
    assert not after_link_label("Bác sĩ cho biết:", "Viêm phế quản có lây không?")  # no link's label
    body = _body(
        f"{' '.join(STORY)} Xem thêm: Viêm phế quản có lây không? Thông tin chỉ mang tính tham khảo."
    )
    assert all(sentence in body for sentence in STORY)
    assert "có lây không" not in body


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Người bệnh đăng ký tại khu khám A. Phòng Công tác xã hội", True),  # a place's letter
        ("Buổi tư vấn diễn ra ở tầng B. Người dân được khám miễn phí.", True),
        ("Sau đó đối tượng Nguyễn Văn H. Bỏ trốn khỏi hiện trường.", False),  # a name's initial
        ("Lễ khai trương diễn ra tại Q. Bình Thạnh.", False),  # a district's abbreviation
        ("Khoảng 22h ngày 1/5, anh T. (SN 1990) để xe máy trước nhà.", False),  # a person's initial
        ("Sau hai tuần điều trị, bệnh nhân N. Đã được xuất viện.", False),
    ],
)
def test_a_letter_naming_a_place_after_a_word_in_small_letters_ends_the_sentence(
    text: str, ends: bool
) -> None:
    assert bool(sentence_starts(text)) == ends
