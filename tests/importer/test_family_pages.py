"""Women's, family and lifestyle pages (the blind round `blind_family`): an advice column's expert
signing with the title's field (`answerers`), a quiz's box set in the story (`quiz_boxes`), a call to
join the site's group (`group_calls`), a feature's `Thực hiện:` run on from a box above it
(`credit_lines.made_by_cuts`), a recipe's card in a box classed `meta` (`field_cards`), an expert's
signature run on after the column's e-mail (`titled_signatures.signature_after_contact`)."""

from __future__ import annotations

import pytest

from bantin.importer.answerers import expert
from bantin.importer.bylines import parse_byline
from bantin.importer.convert import convert
from bantin.importer.credit_lines import made_by_cuts
from bantin.importer.furniture import Unit
from bantin.importer.group_calls import group_call, group_call_cuts
from bantin.importer.quiz_boxes import quiz_cuts
from bantin.importer.titled_signatures import signature_after_contact
from bantin.importer.units import split_units

from .scrapes import vnsum


def _converted(content: str):
    scrape = vnsum(
        "Ngủ ngon mà không cần thuốc",
        "https://songkhoemau.vn/ngu-ngon-khong-can-thuoc-a123.html",
        content,
        summary="Vài thói quen đơn giản giúp bạn dễ ngủ hơn mỗi tối.",
        date="05/09/2024 16:30",
    )
    return convert(scrape, "trang.txt", year=2024, sources={})


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Chuyên gia tâm lý Nguyễn Thị Minh Hằng", "Chuyên gia tâm lý Nguyễn Thị Minh Hằng"),
        ("Bác sĩ dinh dưỡng Lê Thị Lan, Viện Dinh dưỡng", "Bác sĩ dinh dưỡng Lê Thị Lan"),
        ("Thạc sĩ tâm lý Phạm Thị Thúy", "Thạc sĩ tâm lý Phạm Thị Thúy"),
    ],
)
def test_an_expert_signing_with_the_field_of_the_title_is_the_answers_writer(line: str, name: str) -> None:
    assert expert(line) == name
    assert (parse_byline(line) or pytest.fail(line)).author == name


@pytest.mark.parametrize(
    "line",
    ["Bác sĩ khuyên Nguyễn Văn An", "Chuyên gia cho biết Trần Thị Hoa", "Luật sư và Nguyễn Văn Bình"],
)
def test_a_title_linked_to_someone_by_a_verb_signs_nothing(line: str) -> None:
    assert expert(line) is None


def test_a_quiz_run_into_the_next_paragraph_is_cut_after_its_button() -> None:
    text = (
        "Bạn có đang ngủ đủ giấc? Làm bài kiểm tra chất lượng giấc ngủ ngay Bắt đầu Nếu mất ngủ kéo dài, "
        "bạn nên đi khám."
    )
    assert split_units(text)[-1] == "Nếu mất ngủ kéo dài, bạn nên đi khám."
    boxed = "Trắc nghiệm: Bạn là kiểu mẹ nào? Làm trắc nghiệm Lan Anh"
    assert [boxed[cut:].strip() for cut in quiz_cuts(boxed)] == ["Lan Anh"]  # the call its own button


def test_a_call_to_a_test_with_no_question_before_it_is_not_cut() -> None:
    assert quiz_cuts("Học sinh làm bài kiểm tra Toán Bắt đầu từ tuần sau, nhà trường …") == set()
    assert quiz_cuts("Cô giáo nói: Làm bài kiểm tra Toán Bắt đầu từ tuần sau") == set()


def test_the_quiz_goes_and_the_story_around_it_and_its_writer_stay() -> None:
    converted = _converted(
        "Vài thói quen đơn giản giúp bạn dễ ngủ hơn mỗi tối. Hãy tắt điện thoại 30 phút trước khi ngủ. "
        "Trắc nghiệm: Bạn thuộc kiểu người ngủ nào? Làm trắc nghiệm Lan Anh Bài viết liên quan "
        "Mất ngủ kéo dài có nguy hiểm không?"
    )
    assert "Hãy tắt điện thoại 30 phút trước khi ngủ." in converted.body
    assert "trắc nghiệm" not in converted.body.casefold()
    assert converted.front.author == "Lan Anh"


def test_a_quiz_inside_the_story_does_not_end_it() -> None:
    body = _converted(
        "Vài thói quen đơn giản giúp bạn dễ ngủ hơn mỗi tối. Không uống cà phê sau 14 giờ "
        "Bạn có đang ngủ đủ giấc? Làm bài kiểm tra giấc ngủ ngay Bắt đầu Nếu đã đổi thói quen trong "
        "ba tuần mà vẫn mất ngủ, bạn nên đi khám chuyên khoa thần kinh để tìm nguyên nhân. Tin liên quan "
        "Mất ngủ kéo dài có nguy hiểm không?"
    ).body
    assert "Làm bài kiểm tra" not in body and "Bạn có đang ngủ đủ giấc?" not in body
    assert "bạn nên đi khám chuyên khoa thần kinh để tìm nguyên nhân." in body


def test_a_writers_credit_run_on_from_a_box_is_cut_off_it() -> None:
    text = "Theo dõi Tạp chí Mẫu trên Instagram @tapchimau Thực hiện: Phương Thảo"
    assert split_units(text) == ["Theo dõi Tạp chí Mẫu trên Instagram @tapchimau", "Thực hiện: Phương Thảo"]


def test_a_line_of_credits_stays_whole_and_a_sentences_words_are_no_credit() -> None:
    assert made_by_cuts("Nguồn: Tổng cục Thống kê Thực hiện: Minh Nhật") == []
    assert made_by_cuts("Các bước thực hiện: Bước 1, rửa sạch.") == []


def test_a_call_to_join_the_sites_group_is_cut_off_the_next_paragraph_and_goes() -> None:
    text = (
        "Tham gia nhóm Mẹ và bé trên Facebook để nhận tư vấn miễn phí Bé từ chối ăn vài bữa là bình thường."
    )
    assert split_units(text) == [
        "Tham gia nhóm Mẹ và bé trên Facebook để nhận tư vấn miễn phí",
        "Bé từ chối ăn vài bữa là bình thường.",
    ]
    assert group_call("Tham gia cộng đồng Bếp nhà trên Zalo")
    body = _converted(
        "Vài thói quen đơn giản giúp bạn dễ ngủ hơn mỗi tối. Tham gia nhóm Ngủ ngon trên Facebook để được "
        "tư vấn Phòng ngủ nên tối và yên tĩnh, nhiệt độ khoảng 26 độ C để cơ thể dễ vào giấc. Ăn tối nhẹ, "
        "trước giờ ngủ ít nhất hai tiếng để dạ dày được nghỉ ngơi. Tin liên quan Mất ngủ có nguy hiểm không?"
    ).body
    assert "Facebook" not in body and "Ăn tối nhẹ, trước giờ ngủ ít nhất hai tiếng" in body


def test_a_story_telling_of_someone_joining_a_group_is_no_call() -> None:
    assert group_call_cuts("Chị Lan tham gia nhóm Mẹ và bé trên Facebook từ năm 2020 Chị kể …") == set()
    assert not group_call("Tham gia nhóm từ năm 2020, chị Lan học được nhiều điều trên Facebook.")


_RECIPE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Canh chua cá lóc - Bếp Mẫu</title>
</head><body><nav><a href="/">Trang chủ</a> <a href="/mon-chinh">Món chính</a></nav><main><article>
<h1>Canh chua cá lóc</h1><ul class="post-meta"><li>Ngày đăng: 12/03/2024</li><li>Bình luận: 3</li></ul>
<p>Canh chua cá lóc chua ngọt, thơm mùi ngò gai là món quen của bữa cơm miền Tây ngày nắng nóng.</p>
<ul class="recipe-meta"><li>Khẩu phần: 4 người</li><li>Thời gian nấu: 40 phút</li><li>Độ khó: Dễ</li></ul>
<p>Cá làm sạch, cắt khúc, ướp với nước mắm và tiêu trong 15 phút trước khi nấu.</p>
<p>Nấu nước me chua, cho cá vào, thêm cà chua, thơm, đậu bắp và giá, nêm vừa ăn rồi tắt bếp.</p>
</article></main><footer><p>© 2024 Bếp Mẫu</p></footer></body></html>"""


def test_a_recipes_card_in_a_box_classed_meta_stays_and_a_posts_meta_line_goes() -> None:
    body = convert(_RECIPE.encode(), "bep.html", year=2024, sources={}).body
    assert "Khẩu phần: 4 người" in body and "Thời gian nấu: 40 phút" in body and "Độ khó: Dễ" in body
    assert "Bình luận: 3" not in body


def test_an_experts_signature_run_on_after_the_columns_email_is_cut_off_and_signs() -> None:
    units = [Unit(0, "Gửi câu hỏi qua email: tuvan@baomau.vn Chuyên gia tâm lý Nguyễn Thị Minh Hằng")]
    assert [u.text for u in signature_after_contact(units)] == [
        "Gửi câu hỏi qua email: tuvan@baomau.vn",
        "Chuyên gia tâm lý Nguyễn Thị Minh Hằng",
    ]
    front = _converted(
        "Vài thói quen đơn giản giúp bạn dễ ngủ hơn mỗi tối. Hãy tắt điện thoại 30 phút trước khi ngủ. "
        "Bạn đọc gửi câu hỏi qua email: hoi@songkhoemau.vn Bác sĩ Trần Văn Khoa Bài viết liên quan "
        "Mất ngủ kéo dài có nguy hiểm không?"
    ).front
    assert front.author == "Bác sĩ Trần Văn Khoa"


def test_a_name_after_a_sentences_word_is_no_signature_cut_off() -> None:
    units = [Unit(0, "Bệnh nhân được chuyển đến Bác sĩ Trần Văn Khoa")]
    assert signature_after_contact(units) == units
