"""A story's own contact fields (an appeal's account and phone, the hotlines a story announces) stay
between its sentences, or between its last sentence and its byline; the site's contact footer, its
appeal to readers and its buttons still go."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.story_contacts import story_contacts

from .scrapes import vnsum

LEAD = "Em Lê Văn Tú, 10 tuổi, ở xã Phú Lộc mắc bệnh suy thận mạn, phải chạy thận ba lần mỗi tuần."
STORY = "Bố em mất sớm, mẹ em làm thuê nuôi ba chị em nên gia đình không còn tiền chữa bệnh cho em."
APPEAL = (
    "Mọi sự giúp đỡ xin gửi về chị Lê Thị Mai, thôn 3, xã Phú Lộc, huyện Krông Năng "
    "Số tài khoản: 5566 7788 99, Ngân hàng Agribank chi nhánh Krông Năng Điện thoại: 0905 123 456"
)
FOOTER = (
    "Hotline: 0262 3812 345 Email: toasoan@baomau.vn Tổng biên tập: Trần Văn Bình "
    "Giấy phép số 12/GP-BTTTT cấp ngày 02-01-2020"
)


def body(content: str) -> str:
    scrape = vnsum(
        "Cần lắm tấm lòng giúp em Tú vượt qua bệnh tật",
        "https://baomau.vn/can-lam-tam-long-giup-em-tu-a4455.html",
        content,
        summary=LEAD,
    )
    return convert(scrape, "trang.txt", year=2024, sources={}).body


def test_an_appeals_address_phone_and_account_before_the_byline_stay() -> None:
    text = body(f"Xã hội {LEAD} {STORY} {APPEAL} Minh Châu Chia sẻ Bình luận (0) {FOOTER}")
    for field in ("chị Lê Thị Mai, thôn 3", "0905 123 456", "Số tài khoản: 5566 7788 99", "Agribank"):
        assert field in text
    assert "Tổng biên tập" not in text and "toasoan@baomau.vn" not in text and "Chia sẻ" not in text


def test_hotlines_a_story_announces_stay_between_its_sentences() -> None:
    content = (
        f"{LEAD} Sở Y tế công bố các số điện thoại tiếp nhận phản ánh về khám chữa bệnh. "
        "Đường dây nóng: 0262 3999 115 Email: phananh@syt.daklak.gov.vn "
        "Các phản ánh được trả lời trong vòng ba ngày làm việc. Minh Châu"
    )
    text = body(content)
    assert "0262 3999 115" in text and "phananh@syt.daklak.gov.vn" in text


def test_the_sites_contact_footer_after_the_last_sentence_still_goes() -> None:
    text = body(f"{LEAD} {STORY} {FOOTER}")
    assert STORY in text
    assert "0262 3812 345" not in text and "Giấy phép" not in text


def test_the_sites_appeal_to_readers_before_the_byline_still_goes() -> None:
    kinds = [
        ("prose", "sentence"),
        ("chrome", "hotline"),
        ("byline", "a byline"),
    ]
    texts = [STORY, "Mời bạn đọc gửi thông tin về đường dây nóng: 0912 345 678", "Minh Châu"]
    assert story_contacts(kinds, texts) == kinds


def test_a_run_holding_a_pages_button_or_a_related_link_is_no_contact() -> None:
    kinds = [("prose", "s"), ("chrome", "hotline"), ("chrome", "buttons"), ("prose", "s")]
    texts = [LEAD, "Hotline: 0912 345 678", "Chia sẻ Facebook", STORY]
    assert story_contacts(kinds, texts) == kinds
    texts[2] = "Xem thêm: Hà Nội công bố đường dây nóng"
    assert story_contacts(kinds, texts) == kinds


def test_a_videos_title_naming_a_phone_is_no_contact() -> None:
    kinds = [("prose", "s"), ("chrome", "a video's title"), ("prose", "s")]
    texts = [LEAD, "Video: Người dân đổi điện thoại 4G miễn phí (02:40)", STORY]
    assert story_contacts(kinds, texts) == kinds


def test_an_appeal_closed_by_the_pages_share_bar_stays() -> None:
    appeal = f"{APPEAL} Hoặc chuyển qua quỹ Tấm lòng vàng của báo, ghi rõ ủng hộ mã số 24.015 Minh Châu"
    text = body(f"{LEAD} {STORY} {appeal} Chia sẻ Bình luận {FOOTER}")
    assert "Số tài khoản: 5566 7788 99" in text and "0905 123 456" in text
    assert "Tổng biên tập" not in text and "Chia sẻ" not in text


def test_a_firms_offer_of_help_before_its_rating_box_still_goes() -> None:
    kinds = [("prose", "s"), ("chrome", "phone number"), ("chrome", "buttons")]
    texts = [
        STORY,
        "Nếu còn vướng mắc, vui lòng liên hệ 1900 6192 để được hỗ trợ.",
        "Đánh giá bài viết: Chia sẻ",
    ]
    assert story_contacts(kinds, texts) == kinds


def test_an_appeals_fields_on_lines_of_their_own_stay_in_a_raw_page() -> None:
    lines = [
        "Cần lắm tấm lòng giúp em Tú vượt qua bệnh tật", "", LEAD, STORY,
        "Mọi sự giúp đỡ xin gửi về chị Lê Thị Mai, thôn 3, xã Phú Lộc", "Số tài khoản: 5566 7788 99",
        "Hotline: 0905 123 456", "Tải ứng dụng Ví Nhân Ái để chuyển khoản nhanh hơn.", "Minh Châu",
        "", "", "", LEAD,
    ]  # fmt: skip
    text = convert("\n".join(lines).encode(), "trang.txt", year=2017, sources={}).body
    assert "Hotline: 0905 123 456" in text and "Tải ứng dụng Ví Nhân Ái" in text


def test_a_hotline_before_the_byline_stays_when_the_site_describes_itself_below() -> None:
    # The site's sentence about itself (`Thời báo Mẫu - Cơ quan của …`) after the byline is its footer's,
    # not the story going on: the hotline still stands between the last sentence and the byline.
    hotline = "Hotline hỗ trợ người dân: 1022."
    described = (
        "Thời báo Mẫu - Cơ quan của Ngân hàng Nhà nước Việt Nam. Giấy phép số 52/GP-BTTTT ngày 12/2/2021. "
        "Điện thoại: 024.3936.6383."
    )
    text = body(f"Xã hội {LEAD} {STORY} {hotline} Minh Châu {described}")
    assert hotline in text and "Cơ quan của" not in text and "024.3936.6383" not in text
