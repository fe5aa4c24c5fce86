"""What stands after the story's closing byline (bantin/importer/signed_tail.py): one line alone that
is another story's headline goes, an editor's note about this story stays, and the writer's box
(`Tác giả: …` naming the writer again) goes with the site's lines after it."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.signed_tail import another_story, tags, writers_box

STORY = [
    "Ngày 14/8, công an tỉnh cho biết đã tạm giữ 11 người để điều tra về hành vi cho vay lãi nặng.",
    "Theo cơ quan điều tra, nhóm này cho hàng nghìn công nhân vay với lãi suất lên đến 300% mỗi năm.",
]


def _vfnd(*after: str, byline: str = "Minh Khoa") -> str:
    """A page in the news-please layout: title, description, the story, its byline, then `after`."""
    lines = ["Triệt phá đường dây tín dụng đen", "", "Công an tỉnh triệt phá đường dây tín dụng đen.", ""]
    return "\n".join([*lines, *STORY, byline, *after]) + "\n"


def _converted(*after: str, byline: str = "Minh Khoa"):
    return convert(_vfnd(*after, byline=byline).encode(), "tin-dung-den.txt", year=2017)


@pytest.mark.parametrize(
    "headline",
    [
        "Cần Thơ: Bắt nhóm đối tượng siết nợ bằng hung khí",
        "Tấm lòng người thầy nơi xóm chài",
        "Lũ quét cuốn trôi cầu treo, hai bản bị cô lập",
    ],
)
def test_one_headline_alone_after_the_byline_goes_and_the_byline_is_the_author(headline: str) -> None:
    converted = _converted(headline)
    assert headline not in converted.body and STORY[-1] in converted.body
    assert converted.front.author == "Minh Khoa"


@pytest.mark.parametrize(
    "note",
    [
        "Tên nhân vật đã được thay đổi",
        "Bài viết có sử dụng tư liệu của Bảo tàng Quân khu 9",
        "Kỳ sau: Những người giữ rừng",
        "(Thông tin do gia đình cung cấp)",
    ],
)
def test_an_editors_note_about_the_story_stays(note: str) -> None:
    assert note in _converted(note).body
    assert not another_story(note)


@pytest.mark.parametrize("line", ["Theo TTXVN", "Ảnh: Minh Khoa", "Hết", "12/08/2017 10:30"])
def test_a_credit_a_stamp_or_a_word_alone_is_no_other_storys_headline(line: str) -> None:
    assert not another_story(line)


def test_the_glued_byline_and_a_headline_after_it_part_and_the_headline_goes() -> None:
    converted = _converted(byline="Minh KhoaCần Thơ: Bắt nhóm đối tượng siết nợ bằng hung khí")
    assert "siết nợ" not in converted.body and converted.front.author == "Minh Khoa"


def test_the_writers_box_after_the_byline_goes_with_the_sites_lines() -> None:
    converted = _converted("Tác giả: Minh Khoa", "Phóng viên ban Pháp luật", "Bài viết cùng tác giả")
    assert "Phóng viên" not in converted.body and "Tác giả" not in converted.body
    assert converted.front.author == "Minh Khoa"
    assert writers_box("Tác giả: MINH KHOA", "Minh Khoa")
    assert not writers_box("Tác giả: Lê Hà", "Minh Khoa")


def test_a_second_writer_after_the_byline_is_no_box_and_stays() -> None:
    assert "Lê Hà" in _converted("Tác giả: Lê Hà", "Phóng viên ban Pháp luật", "Bài viết cùng tác giả").body


def test_a_prompt_to_comment_run_into_the_sites_invitation_after_the_byline_goes() -> None:
    prompt = "Bạn đọc nghĩ gì về mức lãi suất này? Mời bạn đọc gửi ý kiến về email toasoan@baomau.vn"
    converted = _converted(prompt)
    assert "Bạn đọc nghĩ gì" not in converted.body and converted.body.rstrip().endswith(STORY[-1])
    assert converted.front.author == "Minh Khoa"


def test_a_question_of_the_story_before_its_byline_stays() -> None:
    question = "Vì sao công nhân vẫn tìm đến tín dụng đen? Vì họ không vay được ở ngân hàng."
    converted = convert(
        "\n".join(
            ["Tín dụng đen", "", "Công an tỉnh triệt phá đường dây.", "", *STORY, question, "Minh Khoa"]
        ).encode(),
        "tin-dung-den.txt",
        year=2017,
    )
    assert "Vì sao công nhân vẫn tìm đến tín dụng đen?" in converted.body


def test_tags_after_the_byline_that_read_as_names_go_and_the_byline_is_the_author() -> None:
    converted = _converted("Trần Minh Tuấn", "tín dụng đen", "Bình Dương", "Theo Báo Mẫu")
    assert converted.body.rstrip().endswith(STORY[-1]) and converted.front.author == "Minh Khoa"
    assert tags(["Trần Minh Tuấn", "tín dụng đen", "Bình Dương"])
    assert not tags(["Trần Minh Tuấn", "Lê Văn Hà", "Bình Dương"])  # names only: writers, maybe
    assert not tags(["Trần Minh Tuấn", "tín dụng đen"])
