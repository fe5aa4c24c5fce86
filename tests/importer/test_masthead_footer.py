"""The site's name over its footer of contacts after the story (`masthead_footer`): when the page printed
the same name over its menu, the name, the links glued to it and the contacts after it go; a story's
closing sentence naming the same body, and a story's contacts, stay."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.masthead_footer import masthead_footer

from .scrapes import vnsum

MASTHEAD = "Đài Khí tượng Thủy văn khu vực Mẫu Trang chủ Dự báo Cảnh báo"
STORY = [
    "Hồi 7 giờ sáng nay, áp thấp nhiệt đới ở vào khoảng 15 độ Vĩ Bắc, 112 độ Kinh Đông.",
    "Sức gió mạnh nhất vùng gần tâm áp thấp nhiệt đới mạnh cấp 7, giật cấp 9.",
]
CONTACTS = ["Địa chỉ: 12 Đường Mẫu, TP Mẫu.", "Điện thoại: 0236 3822 111."]


def _kinds(texts: list[str]) -> list[tuple[str, str]]:
    return [("chrome", "menu"), *[("prose", "") for _ in texts[1:]]]


def test_the_mastheads_name_glued_to_links_and_its_contacts_go() -> None:
    texts = [MASTHEAD, *STORY, "Ảnh vệ tinh Bản đồ bão Đài Khí tượng Thủy văn khu vực Mẫu.", *CONTACTS]
    kinds = masthead_footer(_kinds(texts), texts)
    assert [kind for kind, _ in kinds] == ["chrome", "prose", "prose", "chrome", "chrome", "chrome"]


def test_a_story_sentence_closing_on_the_same_name_and_its_contacts_stay() -> None:
    texts = [MASTHEAD, *STORY, "Bản tin do Đài Khí tượng Thủy văn khu vực Mẫu.", *CONTACTS]
    assert masthead_footer(_kinds(texts), texts) == _kinds(texts)  # a sentence's start before the name
    texts = [MASTHEAD, *STORY, "Ảnh vệ tinh Bản đồ bão Trung tâm Cứu hộ Mẫu.", *CONTACTS]
    assert masthead_footer(_kinds(texts), texts) == _kinds(texts)  # a name the masthead did not print
    texts = [
        MASTHEAD,
        *STORY,
        "Ảnh vệ tinh Bản đồ bão Đài Khí tượng Thủy văn khu vực Mẫu.",
        *CONTACTS,
        STORY[0],
    ]
    assert masthead_footer(_kinds(texts), texts) == _kinds(texts)  # the story goes on after the contacts


def test_the_bulletin_loses_its_footer_and_keeps_its_text() -> None:
    content = " ".join(
        [MASTHEAD, *STORY, "Ảnh vệ tinh Bản đồ bão Đài Khí tượng Thủy văn khu vực Mẫu.", *CONTACTS]
    )
    raw = vnsum("Tin áp thấp nhiệt đới trên Biển Đông", "https://kttvmau.gov.vn/tin-atnd-a1.html", content)
    body = convert(raw, "trang.txt", year=2024, sources={}).body
    assert all(line in body for line in STORY)
    assert "Bản đồ bão" not in body and "0236 3822 111" not in body


def test_the_paper_an_appeal_points_to_stays_with_its_address() -> None:
    texts = [MASTHEAD, *STORY, "Mọi sự giúp đỡ xin gửi về:", "Đài Khí tượng Thủy văn khu vực Mẫu", *CONTACTS]
    assert masthead_footer(_kinds(texts), texts) == _kinds(texts)
