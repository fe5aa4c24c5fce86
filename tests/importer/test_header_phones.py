"""A call to phone the number the page's header printed, set between two of the story's sentences
(`header_phones`): it is cut from the sentence it runs into and goes, with the question over it; a
sentence giving the same number to its stop, and a call to another number, stay."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.header_phones import header_call_apart, header_calls, header_phones

from .scrapes import vnsum

HEAD = ["CÔNG TY LUẬT MẪU AN", "Trang chủ Dịch vụ Liên hệ", "Hotline: 1900 1122"]
STORY = [
    "Người lao động nghỉ việc đúng luật được nhận trợ cấp thôi việc theo số năm làm việc thực tế.",
    "Mỗi năm làm việc được trợ cấp một nửa tháng tiền lương theo hợp đồng lao động.",
    "Hồ sơ hưởng trợ cấp nộp tại bộ phận nhân sự của doanh nghiệp trong vòng 14 ngày.",
]
CALL = "Gọi ngay 1900 1122 để được luật sư giải đáp"


def test_the_header_prints_its_numbers_before_the_story() -> None:
    assert header_phones([*HEAD, *STORY, "Liên hệ 0912 345 678"]) == {"19001122"}


def test_a_call_run_into_the_next_sentence_is_cut_from_it() -> None:
    units = [Unit(0, text) for text in [*HEAD, STORY[0], f"{CALL} {STORY[1]}"]]
    assert [unit.text for unit in header_call_apart(units)][-2:] == [CALL, STORY[1]]
    other = [Unit(0, text) for text in [*HEAD, STORY[0], f"Gọi ngay 1900 9999 để được hỗ trợ {STORY[1]}"]]
    assert header_call_apart(other) == other  # another number than the header's: no cut


def test_the_call_and_its_question_go_a_sentence_with_the_number_stays() -> None:
    texts = [*HEAD, STORY[0], "Bạn cần hỗ trợ?", CALL, STORY[1]]
    kinds = [("chrome", "menu")] * 3 + [("prose", "")] + [("short", ""), ("prose", ""), ("prose", "")]
    assert [kind for kind, _ in header_calls(kinds, texts)][4:] == ["chrome", "chrome", "prose"]
    said = "Người cần hỏi thêm có thể gọi 1900 1122 để được luật sư giải đáp miễn phí."
    texts = [*HEAD, STORY[0], said, STORY[1]]
    kinds = [("chrome", "menu")] * 3 + [("prose", "")] * 3
    assert header_calls(kinds, texts) == kinds


def test_the_page_loses_the_call_and_keeps_its_story() -> None:
    content = " ".join([*HEAD, STORY[0], STORY[1], "Bạn cần hỗ trợ?", CALL, STORY[2], "Địa chỉ: 5 Phố Mẫu."])
    raw = vnsum("Trợ cấp thôi việc tính thế nào", "https://luatmauan.vn/tro-cap-a1.html", content)
    body = convert(raw, "trang.txt", year=2024, sources={}).body
    assert all(line in body for line in STORY)
    assert "1900 1122" not in body and "Bạn cần hỗ trợ" not in body
