"""Reports of the National Assembly's and the people's councils' sessions (round `blind_assembly`): a
speaker's label alone over their words opens the story (`speakers.names_speaker`, `bounds`), a menu of
items between bars before the lead goes though its grammar words read as prose (`menus.barred_items`),
a closing byline run into a button of four words (`Trích dẫn bài viết`) keeps its whole name (`edges`),
and a download box between paragraphs goes with its file's size (`attachments`: `… .pdf (1,2 MB)`)."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.menus import barred_items
from bantin.importer.speakers import names_speaker


def _vnsum(
    content: str, title: str = "Quốc hội chất vấn về giải ngân vốn đầu tư công", summary: str = ""
) -> str:
    return (
        f"Title: {title}\nSource: Cổng thông tin Mẫu\nLink: https://hdnd.mau.gov.vn/tin-tuc/bai-viet.html\n"
        f"Published Date: 2024-11-08\nAuthor: \nTags: None\nSummary: {summary}\nContent: {content}\n"
    )


def test_a_speakers_label_names_an_office_and_a_vietnamese_name_before_its_colon() -> None:
    assert names_speaker("Đại biểu Tạ Văn Hạ (Đoàn ĐBQH tỉnh Quảng Nam):")
    assert names_speaker("Phó Thủ tướng Hồ Đức Phớc:")
    assert names_speaker("Bà Đỗ Thị Lan:")
    for text in (
        "Xem thêm:",
        "Tin Liên Quan:",
        "Đại biểu Tạ Văn Hạ",
        "Ý kiến cử tri Quảng Nam:",
        "Ngày 10/12:",
    ):
        assert not names_speaker(text), text


def test_a_speakers_label_over_the_first_sentence_under_the_lead_stays() -> None:
    lead = "Chiều 8/11, Phó Thủ tướng trả lời chất vấn về giải ngân vốn đầu tư công của các bộ, ngành."
    label = "Đại biểu Lê Văn Hưởng (Đoàn ĐBQH tỉnh Quảng Trị):"
    asked = "Vì sao nhiều dự án trọng điểm vẫn giải ngân chậm dù vốn đã được bố trí từ đầu năm?"
    text = "\n".join([
        "Quốc hội chất vấn về giải ngân vốn đầu tư công", "", f"{lead} - Báo Mẫu", "",
        "Kỳ họp thứ 8 › Chất vấn", label, asked,
        "Phó Thủ tướng cho biết đến hết tháng 10, cả nước giải ngân được khoảng 52% kế hoạch vốn năm 2024.",
        "Minh Phương", "Tin cùng chuyên mục", "Bình luận",
    ])  # fmt: skip
    body = convert(text.encode(), "p.txt", year=2017).body
    assert label in body and asked in body and "Chất vấn" not in body.replace("chất vấn", "")


def test_items_between_bars_are_a_menu_and_go_before_the_lead() -> None:
    menu = "Hoạt động của Đoàn ĐBQH | Hoạt động của HĐND | Kỳ họp | Giám sát | Ý kiến cử tri"
    assert barred_items(menu)
    assert not barred_items("Ảnh: Minh Hà | Bài: Lê Lan | Đồ họa: Thu Trang | Video: Hải Nam")  # credits
    assert not barred_items("Hà Nội | Huế | Đà Nẵng")  # three items: a breadcrumb's, read elsewhere
    lead = "Kỳ họp thường lệ cuối năm 2024 của HĐND tỉnh diễn ra trong 3 ngày, từ ngày 10 đến 12/12."
    raw = _vnsum(f"Văn phòng Đoàn ĐBQH và HĐND tỉnh Trang chủ | {menu} {lead} Minh Hà", summary=lead)
    body = convert(raw.encode(), "p.txt", year=2017).body
    assert lead in body and "Giám sát" not in body


def test_a_closing_byline_run_into_a_button_of_four_words_keeps_its_whole_name() -> None:
    story = (
        "Kỳ họp thứ 7 đã thông qua 11 luật, 21 nghị quyết và cho ý kiến lần đầu đối với 11 dự án luật khác. "
        "Đây là kỳ họp đầu tiên do Chủ tịch Quốc hội Trần Thanh Mẫn điều hành."
    )
    raw = _vnsum(
        f"{story} Nguyễn Thị Hà Trích dẫn bài viết Tải về (PDF) Bài viết mới Nâng cao chất lượng giám sát"
    )
    converted = convert(raw.encode(), "p.txt", year=2017)
    assert converted.front.author == "Nguyễn Thị Hà"
    assert "Trích dẫn" not in converted.body


def test_a_download_box_between_paragraphs_goes_with_its_files_size() -> None:
    first = "Nghị quyết về mức thu học phí được thông qua với 95/95 đại biểu có mặt tán thành, đạt 100%."
    last = "Phát biểu bế mạc, Chủ tịch HĐND thành phố đề nghị UBND thành phố sớm triển khai các nghị quyết."
    raw = _vnsum(f"{first} Tải về: Nghị quyết số 05/2024/NQ-HĐND.pdf (1,2 MB) {last} Bảo Ngọc", summary=first)
    body = convert(raw.encode(), "p.txt", year=2017).body
    assert first in body and last in body
    assert "MB" not in body and "Tải về" not in body
