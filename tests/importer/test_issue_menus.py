"""A journal's issue menu over the paper (fixtures/blind_journals.yml): the journal's and the section's
names around the issue's number (`Lý luận chính trị Số 12/2024 Nghiên cứu lý luận`) go as the page's
head (`issue_menus`, read by `bounds.article_start`), and the abstract's label in capitals with no colon
(`TÓM TẮT Mục tiêu: …`) cuts such a menu off it (`field_starts`)."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.field_starts import field_cuts
from bantin.importer.issue_menus import issue_menu

ABSTRACT = (
    "Bài viết làm rõ cơ sở lý luận, đánh giá thực trạng và đề xuất giải pháp nâng cao hiệu quả giám sát, "
    "phản biện xã hội của Mặt trận Tổ quốc Việt Nam trong giai đoạn hiện nay."
)


def test_an_issue_s_number_among_names_is_a_menu() -> None:
    assert issue_menu("Lý luận chính trị Số 12/2024 Nghiên cứu lý luận")
    assert issue_menu("Viện Nghiên cứu Y học Cộng đồng Tập 65 Số 8 (2024) Nghiên cứu gốc")
    assert not issue_menu("Nghị định Số 12/2024/NĐ-CP của Chính phủ")  # a decree's number
    assert not issue_menu("Số 48: Vì sao giá cà phê tăng gấp đôi?")  # a podcast's episode
    assert not issue_menu("Lý luận chính trị Nghiên cứu lý luận")  # no issue


def test_the_abstract_s_label_in_capitals_cuts_the_menu_off() -> None:
    text = "Viện Nghiên cứu Y học Cộng đồng Tập 65 Số 8 (2024) Nghiên cứu gốc TÓM TẮT Mục tiêu: Mô tả …"
    assert text.index("TÓM TẮT") in field_cuts(text)
    assert not field_cuts("TÓM TẮT NỘI DUNG BÁO CÁO")


def test_the_issue_menu_over_the_abstract_goes() -> None:
    content = f"Lý luận chính trị Số 12/2024 Nghiên cứu lý luận Tóm tắt: {ABSTRACT} Giám sát và phản biện xã hội là hai chức năng được Hiến pháp năm 2013 giao cho Mặt trận Tổ quốc Việt Nam."
    raw = (
        "Title: Phát huy vai trò giám sát và phản biện xã hội\nSource: https://tapchi.example.vn\n"
        "Link: https://tapchi.example.vn/nghien-cuu/phat-huy-vai-tro-giam-sat-1234.html\n"
        f"Published Date: 2024-12-01\nAuthor: \nTags: None\nSummary: {ABSTRACT}\nContent: {content}\n"
    ).encode()
    body = convert(raw, "page.txt", year=2024).body
    assert "Số 12/2024" not in body and "Nghiên cứu lý luận" not in body
    assert ABSTRACT in body
