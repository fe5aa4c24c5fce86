"""A related story's headline and its lead run into the story with no label (`glued_teasers`): cut
off and dropped when the lead repeats the headline's words in lower case; a name said twice, a
list's rows, a heading and its text, a clause's comma before a title stay the story's."""

from __future__ import annotations

from bantin.importer.call_buttons import BUTTON
from bantin.importer.furniture import LINKED_HEADLINE, Unit
from bantin.importer.glued_teasers import TEASER_LEAD, glued_teaser_apart


def _cut(text: str) -> list[tuple[str, str]]:
    return [(unit.text, unit.reason) for unit in glued_teaser_apart([Unit(0, text)])]


def test_a_headline_run_into_the_lead_that_repeats_it_goes_with_its_lead() -> None:
    head = "Đà Nẵng: Mưa lớn kéo dài, nhiều tuyến phố ngập sâu"
    lead = "Mưa lớn từ đêm qua khiến nhiều tuyến phố ở quận Hải Châu ngập sâu, xe cộ chết máy."
    assert _cut(f"{head} {lead}") == [(head, LINKED_HEADLINE), (lead, TEASER_LEAD)]


def test_an_app_s_offer_run_into_the_story_goes_and_the_story_s_sentence_stays() -> None:
    offer = "Gửi góp online trên ứng dụng MoMo - Mở ngay ⭐ 4.7 trên Google Play | 1 triệu+ lượt tải"
    lead = "Nhiều người chọn gửi góp online trên ứng dụng mỗi tháng một khoản nhỏ để tích lũy dần."
    assert _cut(f"{offer} {lead}") == [(offer, BUTTON), (lead, "article text")]
    deal = "Ví điện tử giảm giá vé xem phim 🔥 Ưu đãi cuối tuần cho chủ thẻ"
    story = "Người trẻ dùng ví điện tử nhiều hơn khi được giảm giá vé xem phim vào cuối tuần."
    assert _cut(f"{deal} {story}") == [(deal, BUTTON), (story, "article text")]


def test_a_name_said_twice_is_a_sentence() -> None:
    text = (
        "Ngày 6/12, Sở Y tế tỉnh Nghệ An và Sở Y tế tỉnh Xiêng Khoảng (Lào) ký biên bản hợp tác "
        "đào tạo bác sĩ Lào tại Nghệ An."
    )
    assert _cut(text) == [(text, "article text")]


def test_a_sentence_saying_its_words_twice_around_a_name_stays() -> None:
    text = (
        "Ngày 6/12, đoàn công tác tỉnh Nghệ An thăm tỉnh Xiêng Khoảng, nước bạn Lào cùng đoàn công tác "
        "Bộ Y tế đi thăm bệnh viện tỉnh."
    )
    assert _cut(text) == [(text, "article text")]


def test_a_sentence_whose_words_do_not_come_back_stays_whole() -> None:
    text = "Người dân phản ánh tuyến đường ngập sâu Sau trận mưa chiều qua, nhiều xe máy chết máy giữa đường."
    assert _cut(text) == [(text, "article text")]


def test_rows_of_a_list_and_a_heading_over_its_text_stay() -> None:
    rows = "Giải nhất kỳ thi: 20 triệu đồng mỗi em Giải nhì kỳ thi: 10 triệu đồng mỗi em đạt giải."
    heading = "Mức hỗ trợ tối đa cho hộ nghèo vay vốn Mức hỗ trợ tối đa cho hộ nghèo là 100 triệu đồng."
    assert _cut(rows) == [(rows, "article text")]
    assert _cut(heading) == [(heading, "article text")]


def test_a_title_after_a_clause_s_comma_stays() -> None:
    text = "Nổi bật trong danh sách ca khúc tháng này, Mưa tháng sáu đứng đầu danh sách ca khúc tháng này."
    assert _cut(text) == [(text, "article text")]


def test_a_capital_after_a_grammar_word_opens_no_lead() -> None:
    text = (
        "Bộ trưởng cho biết sẽ giảm thuế nhập khẩu linh kiện điện tử, trong khi Bộ Tài chính đề xuất "
        "giảm thuế nhập khẩu linh kiện điện tử từ năm sau."
    )
    assert _cut(text) == [(text, "article text")]


def test_a_subheading_whose_section_goes_on_about_it_stays() -> None:
    first = (
        "Tân Phú: giếng khoan nhiễm mặn, nước sinh hoạt khan hiếm Nhiều hộ dân ở xã Tân Phú cho biết "
        "giếng khoan nhiễm mặn đã ba tuần nay."
    )
    then = "Công ty cấp nước hứa sẽ khoan giếng mới thay các giếng khoan nhiễm mặn trước Tết."
    units = [Unit(0, first), Unit(0, then)]
    assert glued_teaser_apart(units) == units
    assert _cut(first)[1][1] == TEASER_LEAD  # alone, the pair reads as a teaser
