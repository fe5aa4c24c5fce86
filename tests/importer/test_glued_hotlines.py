"""A site's hotline run into its owner's name after the story (`glued_hotlines`): the run goes when only
the footer follows it; a story's sentence giving a number, and a glued number with the story after it,
stay."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.glued_hotlines import glued_hotline, glued_hotlines

from .scrapes import vnsum

STORY = [
    "Hội chợ làng nghề Mẫu mở cửa từ ngày 3 đến 7/9 tại công viên trung tâm thành phố.",
    "Ban tổ chức dự kiến đón khoảng 20.000 lượt khách trong năm ngày hội chợ.",
]
HOTLINE = "Đường dây nóng 1900 1234 (7:30 - 21:00) Công ty CP Lữ hành Mẫu Việt."
FOOTER = ["Địa chỉ: 12 Đường Mẫu, Quận 1, TP.HCM.", "Email: hotro@luhanhmau.vn"]


def _kinds(texts: list[str]) -> list[tuple[str, str]]:
    return [("prose", "") if i <= len(STORY) else ("chrome", "footer") for i in range(len(texts))]


def test_a_number_run_into_a_name_is_glued() -> None:
    assert glued_hotline(HOTLINE)
    assert glued_hotline("Bản đồ Tổng đài hỗ trợ 1800 555 123 Sở Du lịch tỉnh Mẫu.")
    assert not glued_hotline("Mọi chi tiết xin liên hệ ban tổ chức, đường dây nóng: 0225 3822 456.")
    assert not glued_hotline("Người dân có thể gọi 1900 1234 để được hướng dẫn Thủ tục mới.")


def test_the_hotline_over_the_footer_goes_and_the_story_stays() -> None:
    texts = [*STORY, HOTLINE, *FOOTER]
    kinds = [("prose", ""), ("prose", ""), ("prose", ""), ("chrome", "address"), ("chrome", "e-mail")]
    assert [kind for kind, _ in glued_hotlines(kinds, texts)] == [
        "prose",
        "prose",
        "chrome",
        "chrome",
        "chrome",
    ]


def test_a_glued_number_with_the_story_after_it_stays() -> None:
    texts = [STORY[0], HOTLINE, STORY[1], *FOOTER]
    kinds = [("prose", ""), ("prose", ""), ("prose", ""), ("chrome", "address"), ("chrome", "e-mail")]
    assert glued_hotlines(kinds, texts) == kinds
    texts = [STORY[0], HOTLINE]  # nothing of a footer after it: the story's last line, kept
    assert glued_hotlines([("prose", ""), ("prose", "")], texts) == [("prose", ""), ("prose", "")]


def test_the_page_loses_its_hotline_and_keeps_its_text() -> None:
    content = " ".join(["Trang chủ Du lịch Tin tức", *STORY, HOTLINE, *FOOTER])
    raw = vnsum("Hội chợ làng nghề Mẫu mở cửa tháng 9", "https://luhanhmau.vn/tin/hoi-cho-a1.html", content)
    body = convert(raw, "trang.txt", year=2024, sources={}).body
    assert all(line in body for line in STORY)
    assert "1900 1234" not in body and "Lữ hành Mẫu Việt" not in body
