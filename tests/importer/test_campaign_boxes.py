"""A fundraising site's campaign box (bantin/importer/campaign_boxes.py): its running total, its count of
gifts and days, its buttons and QR widget go, cut off the sentence a one-line scrape runs them into; a
story's sentence giving the same sums, and its own appeal with the account it names, stay. The box's
title over the site's account (`Thông tin tài khoản Quỹ …, STK …`, donation_boxes.py) goes, the
story's account field (`Thông tin tài khoản: …`) stays; a reader asked to help the story's subject
with a number to call (`Bạn đọc muốn giúp đỡ bà Lựu có thể liên hệ …`, unit_kinds.py) is the story's."""

from __future__ import annotations

import itertools

import pytest

from bantin.importer.campaign_boxes import campaign_box, campaign_cuts
from bantin.importer.convert import convert
from bantin.importer.donation_boxes import donation_box


def _pieces(text: str) -> list[str]:
    cuts = sorted({0, len(text), *campaign_cuts(text)})
    return [text[a:b].strip() for a, b in itertools.pairwise(cuts) if text[a:b].strip()]


@pytest.mark.parametrize(
    "text",
    [
        "Đã quyên góp 48.300.000đ / 150.000.000đ",
        "Đã nhận 92.750.000đ",
        "45% hoàn thành",
        "3.118 lượt ủng hộ",
        "Còn 9 ngày",
        "Ủng hộ ngay",
        "Quyên góp",
        "Sao kê chiến dịch",
        "Xem danh sách ủng hộ",
        "Quét mã QR để ủng hộ",
        "Đã quyên góp 48.300.000đ / 150.000.000đ 32% hoàn thành Ủng hộ ngay",
    ],
)
def test_a_campaign_box_is_the_sites(text: str) -> None:
    assert campaign_box(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chiến dịch khép lại sau 30 ngày với 450 triệu đồng từ 1.930 lượt ủng hộ.",
        "Còn 9 ngày nữa là đến hạn mổ, gia đình vẫn thiếu 100 triệu đồng.",
        "Tổng cộng: 12.500.000 đồng",
        "Ủng hộ bé Lan qua tài khoản của báo, ghi rõ mã số 2024.50.",
        "Đã nhận 92.750.000 đồng từ bạn đọc, báo đã chuyển cho gia đình.",
    ],
)
def test_the_storys_sums_and_appeal_are_no_box(text: str) -> None:
    assert not campaign_box(text)
    assert _pieces(text) == [text]


def test_a_box_run_into_the_next_sentence_is_cut_off_it() -> None:
    text = (
        "Bé cần ghép tủy gấp. Đã quyên góp 48.300.000đ / 150.000.000đ 32% hoàn thành Ủng hộ ngay "
        "Mẹ bé nghỉ việc để chăm con."
    )
    assert _pieces(text)[1:] == [
        "Đã quyên góp 48.300.000đ / 150.000.000đ",
        "32% hoàn thành",
        "Ủng hộ ngay",
        "Mẹ bé nghỉ việc để chăm con.",
    ]


def test_a_count_after_the_byline_is_cut_from_it() -> None:
    assert _pieces("Lan Chi 3.118 lượt ủng hộ Còn 9 ngày") == ["Lan Chi", "3.118 lượt ủng hộ", "Còn 9 ngày"]


def test_a_lone_button_between_two_sentences_is_cut_off_them() -> None:
    text = "Quà được trao tận tay các hộ. Ủng hộ ngay Người dân còn được khám bệnh miễn phí."
    assert _pieces(text) == [
        "Quà được trao tận tay các hộ.",
        "Ủng hộ ngay",
        "Người dân còn được khám bệnh miễn phí.",
    ]


def test_a_bare_verb_opening_a_sentence_stays_in_it() -> None:
    text = "Lễ phát động diễn ra sáng 17/10. Ủng hộ Quỹ Vì người nghèo, các doanh nghiệp góp 62 tỷ đồng."
    assert _pieces(text) == [text]


def test_the_box_title_over_the_sites_account_goes_and_the_storys_field_stays() -> None:
    assert donation_box("Thông tin tài khoản Quỹ Bảo trợ trẻ em tỉnh, STK 1020 3344 55, Vietinbank")
    assert not donation_box("Thông tin tài khoản: STK 1020 3344 55, Vietinbank, chủ tài khoản Trần Văn Bình")
    assert not donation_box("Tài khoản tiếp nhận: STK 1020 3344 55, Vietinbank")


def test_a_reader_asked_to_help_the_storys_subject_is_the_story() -> None:
    appeal = (
        "Bạn đọc muốn giúp đỡ ông Tư có thể liên hệ anh Lê Văn Hòa, trưởng thôn, số điện thoại 0912 447 318."
    )
    raw = "\n".join([
        "Ông lão 80 tuổi sống một mình trong căn chòi",
        "",
        "Căn chòi của ông Tư dựng bằng tre và lá dừa, mùa mưa nước dột khắp nơi.",
        appeal,
        "Hoặc chuyển khoản: STK 5100 2050 33441, Agribank chi nhánh Tân Hòa, chủ tài khoản Nguyễn Văn Tư.",
        "Minh Tâm",
        "",
        "",
        "",
        "Ông Nguyễn Văn Tư, 80 tuổi, ở xã Tân Hòa sống một mình sau khi vợ mất.",
    ])  # fmt: skip
    assert appeal in convert(raw.encode(), "page.txt", year=2024).body
