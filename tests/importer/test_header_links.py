"""The header's last items run into the lead on a one-line scrape: a link to the site in another
language closing a menu of sections in sentence case (`Tin tức Khoa học và công nghệ … Xuất bản phẩm
English Nhóm nghiên cứu …`: `boilerplate._link_after_menu`), and a login prompt over the lead
(`Đăng nhập để đọc tiếp và lưu bài viết Mùa Tết năm nay, …`: `paywalls`), are cut off it; a story's
own words stay (a name holding `English`, a sentence telling how to log in)."""

from __future__ import annotations

from bantin.importer.boilerplate import peel_language_link
from bantin.importer.paywalls import paywall, paywall_cuts

LEAD = "Nhóm nghiên cứu của một viện đã chế tạo vật liệu hấp phụ asen trong nước ngầm từ vỏ trấu."


def test_a_link_in_another_language_closing_the_menu_goes_with_it() -> None:
    menu = "Tin tức Khoa học và công nghệ Ứng dụng khoa học Cơ sở dữ liệu Xuất bản phẩm English"
    assert peel_language_link(f"{menu} {LEAD}") == (menu, LEAD)


def test_a_name_holding_english_is_the_storys() -> None:
    text = "Trung tâm Anh ngữ English Town khai giảng khóa học mới cho học sinh tiểu học từ tuần sau."
    assert peel_language_link(text) is None
    assert peel_language_link(f"Sáng nay, học sinh thi nói English {LEAD}") is None


def test_a_login_prompt_over_the_lead_is_cut_off() -> None:
    text = "Đăng nhập để đọc tiếp và lưu bài viết Mùa Tết năm nay, nhiều nhãn hàng chọn kể chuyện sum họp."
    assert paywall_cuts(text) == {0, len("Đăng nhập để đọc tiếp và lưu bài viết")}
    assert paywall("Đăng nhập để lưu bài viết")


def test_a_sentence_telling_how_to_log_in_stays() -> None:
    text = "Đăng nhập để lưu bài viết, người dùng cần tài khoản trên ứng dụng của báo."
    assert paywall_cuts(text) == set()
