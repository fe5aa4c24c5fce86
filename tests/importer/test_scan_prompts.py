"""A prompt to scan the site's chat account closing the header, run into the lead on a one-line scrape
(`… Zalo OA Hội Nông dân tỉnh Quét mã để theo dõi Hội Nông dân tỉnh vừa …`): after the header it is cut
off the lead (`scan_prompts.peel_scan_prompt`, from `page_header`) and goes; the lead stays whole. A
story's sentence about scanning a code is no prompt."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.scan_prompts import peel_scan_prompt

from .scrapes import vnsum

_LEAD = (
    "Hội Nông dân tỉnh Mẫu vừa tổ chức hội chợ nông sản an toàn lần thứ ba với 120 gian hàng của các hợp tác "
    "xã trong tỉnh."
)


def test_the_prompt_is_cut_off_the_lead() -> None:
    assert peel_scan_prompt(f"OA Hội Nông dân tỉnh Quét mã để theo dõi {_LEAD}") == (
        "OA Hội Nông dân tỉnh Quét mã để theo dõi",
        _LEAD,
    )


def test_a_story_s_sentence_about_a_code_is_no_prompt() -> None:
    said = "Người dân quét mã QR để thanh toán phí gửi xe tại các bãi đỗ của thành phố từ ngày 1/12."
    assert peel_scan_prompt(said) is None
    assert peel_scan_prompt("Quét mã để nhận quà") is None  # no lead after it


def test_the_prompt_goes_and_the_lead_stays() -> None:
    second = "Hội chợ kéo dài đến hết ngày 10/12 tại Quảng trường trung tâm, mở cửa từ 8 giờ đến 22 giờ."
    content = (
        "Hội Nông dân tỉnh Mẫu Trang chủ Tin tức - Sự kiện Khuyến nông Văn bản Đường dây nóng: 1900 6000 "
        f"Zalo OA Hội Nông dân tỉnh Quét mã để theo dõi {_LEAD} {second} Minh Thu"
    )
    scrape = vnsum(
        "Khai mạc hội chợ nông sản an toàn lần thứ ba",
        "https://hoinongdan-mau.example.vn/tin-tuc/a4.html",
        content,
        source="Hội Nông dân tỉnh Mẫu",
        date="2026-12-05T09:00:00+07:00",
    )
    body = convert(scrape, "page.txt", year=2026).body
    assert _LEAD in body and second in body and "Quét mã" not in body
