"""An expert signing under the answer with a family name no table knows (a Hmong or a Thai one: `Luật sư
Vàng Thị Hoa, Trợ giúp viên pháp lý`): the middle name only a person's name has (`Thị`, `Văn`) tells the
name (`answerers.expert`), so the byline ends the story and the related list and the footer after it go.
A title before two words in capitals with no such middle name and no known family name stays no one's
(`Luật sư Đoàn Luật sư`)."""

from __future__ import annotations

from bantin.importer.answerers import expert
from bantin.importer.convert import convert

from .scrapes import vnsum


def test_a_middle_name_tells_a_name_the_tables_do_not_know() -> None:
    assert expert("Luật sư Vàng Thị Hoa, Trợ giúp viên pháp lý") == "Luật sư Vàng Thị Hoa"
    assert expert("Bác sĩ Lò Văn Páo - Khoa Nhi") == "Bác sĩ Lò Văn Páo"
    assert expert("Luật sư Tòng Văn") is None  # two words: no middle name
    assert expert("Chuyên viên Sở Tư pháp") is None


def test_the_signature_ends_the_story() -> None:
    answer = "Theo quy định, người dân tộc thiểu số cư trú ở vùng khó khăn được trợ giúp pháp lý miễn phí."
    content = (
        f"Trang chủ Hỏi đáp Tôi là người dân tộc Mông ở xã vùng cao, tôi có được trợ giúp pháp lý miễn phí "
        f"không? {answer} Luật sư Vàng Thị Hoa, Trợ giúp viên pháp lý Tin cùng chuyên mục Hỏi đáp pháp luật về "
        "thừa kế Gửi câu hỏi Trung tâm Trợ giúp pháp lý tỉnh Mẫu. 12 Lê Lợi, TP Mẫu"
    )
    scrape = vnsum(
        "Người dân tộc thiểu số có được trợ giúp pháp lý miễn phí?",
        "https://trogiupphaply.example.vn/hoi-dap/a8.html",
        content,
        date="2026-12-02T09:00:00+07:00",
    )
    converted = convert(scrape, "page.txt", year=2026)
    assert answer in converted.body and "Gửi câu hỏi" not in converted.body
    assert converted.front.author == "Luật sư Vàng Thị Hoa"
