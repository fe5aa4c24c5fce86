"""Advertorials, press releases and event notices (issue 15's blind_sponsored round): what such a page
says of its own event, office, programme and hotline is the story's and stays; the site's label of a
paid piece, its buttons, its partners' box and its footer go."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.lead_labels import peel_lead_label
from bantin.importer.menus import LEAD_STARTERS
from bantin.importer.office_contacts import office_contact
from bantin.importer.reader_calls import call_cuts
from bantin.importer.widgets import buttons

from .scrapes import vnsum

STORY = [
    "Công ty Cổ phần Gốm Hoa Lư khai trương phòng trưng bày sản phẩm mới tại thành phố Ninh Bình sáng 2/3.",
    "Phòng trưng bày rộng 600 m2, giới thiệu hơn 1.200 mẫu gốm men lam và gốm sứ gia dụng.",
    "Khách tham quan trong tuần đầu được giảm 20% khi mua sản phẩm và tặng kèm hộp quà.",
]
FOOTER = "Tin liên quan Gốm Bát Tràng xuất khẩu tăng mạnh Tòa soạn: 12 Lê Lợi, Ninh Bình. Đường dây nóng: 0229 3871 555"


def _body(content: str, summary: str = STORY[0]) -> str:
    page = vnsum(
        "Gốm Hoa Lư khai trương phòng trưng bày mới",
        "https://baomau.vn/gom-hoa-lu-khai-truong-123.html",
        content,
        summary=summary,
    )
    return convert(page, "page.txt", year=2024).body


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Thông tin liên hệ báo chí: Phòng Truyền thông Công ty Gốm Hoa Lư, email: pr@gomhoalu.vn.", True),
        ("Hồ sơ dự thi xin gửi về Ban Tổ chức Hội thi, số 8 Trần Phú, TP Ninh Bình trước ngày 30/3.", True),
        ("Bài viết xin gửi về Ban Biên tập, số 12 Lê Lợi, TP Ninh Bình, email: toasoan@baomau.vn.", False),
        ("Mời bạn đọc gửi ý kiến về Phòng Bạn đọc của báo, điện thoại 0229 3871 222.", False),
    ],
)
def test_a_press_contact_or_an_entry_sent_to_a_named_office_is_the_notices(text: str, office: bool) -> None:
    assert office_contact(text) is office


def test_the_signer_the_notice_names_stays_after_its_office_to_write_to() -> None:
    office = "Doanh nghiệp quan tâm xin gửi đăng ký về Ban Tổ chức Hội chợ, số 8 Trần Phú, TP Ninh Bình."
    body = _body(f"{' '.join(STORY)} {office} BAN TỔ CHỨC HỘI CHỢ {FOOTER}")
    assert office in body and "BAN TỔ CHỨC HỘI CHỢ" in body
    assert "Tòa soạn" not in body and "Tin liên quan" not in body


def test_the_notices_own_hotline_under_its_address_stays_the_sites_goes() -> None:
    address = "Phòng trưng bày: số 25 đường Lương Văn Thăng, phường Đông Thành, mở cửa từ 8h00 đến 18h00."
    hotline = "Hotline phòng kinh doanh: 0912 345 678."
    body = _body(f"{' '.join(STORY)} {address} {hotline} {FOOTER}")
    assert address in body and hotline in body and "0229 3871 555" not in body
    site = _body(f"{' '.join(STORY)} {address} Hotline 1900 545413")  # no stop, no office: the site's
    assert address in site and "545413" not in site


def test_a_programmes_registration_under_its_time_is_no_call_to_the_reader() -> None:
    programme = "Chương trình: 8h00 - 8h30: Đăng ký đại biểu 8h30 - 9h00: Khai mạc"
    assert not call_cuts(programme)
    assert call_cuts("Podcast: Thế giới tuần qua - Nghe các bản tin mới nhất Ngày 3/2, ông A …")


def test_an_events_name_opening_with_tuan_le_starts_no_lead() -> None:
    assert LEAD_STARTERS.match(" Tuần lễ Thương hiệu Việt năm 2024 diễn ra …") is None
    assert LEAD_STARTERS.match(" Tuần qua, giá vàng tăng …") is not None


def test_a_call_to_apply_now_is_a_button() -> None:
    assert buttons("Nộp hồ sơ ngay")
    assert not buttons("Ứng viên nộp hồ sơ ngay tại gian hàng của doanh nghiệp trong ngày hội.")


def test_the_label_of_a_paid_piece_run_into_its_lead_is_cut_off() -> None:
    lead = "Công ty Gốm Hoa Lư chính thức khai trương phòng trưng bày sản phẩm mới tại Ninh Bình."
    assert peel_lead_label(f"Bài PR {lead}") == ("Bài PR", lead)
    assert peel_lead_label(f"Nội dung tài trợ {lead}") == ("Nội dung tài trợ", lead)
    assert peel_lead_label("Tài trợ Việt Nam") is None  # no sentence after it
    body = _body(f"Báo Mẫu Kinh tế Bài PR {' '.join(STORY)} {FOOTER}")
    assert "Bài PR" not in body and STORY[0] in body


def test_a_partners_box_after_the_story_goes() -> None:
    body = _body(f"{' '.join(STORY)} Đơn vị tài trợ Ngân hàng An Bình · Gốm Chu Đậu {FOOTER}")
    assert "Đơn vị tài trợ" not in body and all(sentence in body for sentence in STORY)


def test_a_releases_closing_sentence_telling_how_to_sign_up_by_hotline_stays() -> None:
    call = "Khách đăng ký tham quan qua hotline 0912 345 678 hoặc trang fanpage của công ty."
    body = _body(f"{' '.join(STORY)} {call} {FOOTER}")
    assert call in body and "0229 3871 555" not in body
    appeal = "Mọi thắc mắc vui lòng gọi tổng đài 1900 6789 để được hỗ trợ."  # the site's, to its readers
    assert "1900 6789" not in _body(f"{' '.join(STORY)} {appeal} {FOOTER}")
