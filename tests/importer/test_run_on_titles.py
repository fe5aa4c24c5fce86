"""A related link's headline and a video's title, each run into the story's next sentence by the
search-engine scrape, go and the sentence stays: after a headline ending with a name, a sentence that
puts a person by role, name and place (`appositives`, `linked_headlines.headline_end`); a clip's title
under its `Video:` label (`media_titles`). Pages written for the tests, shaped like a friendship
magazine's and a TV station's news pages."""

from __future__ import annotations

from bantin.importer.appositives import introduces_person
from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.linked_headlines import linked_headline_apart
from bantin.importer.media_titles import video_title_apart

from .scrapes import vnsum


def _body(content: str) -> str:
    page = vnsum("Gặp mặt sinh viên nhân ngày hội", "https://mau.vn/gap-mat-12.html", content)
    return " ".join(convert(page, "page.txt", year=2024).body.split())


def test_a_person_put_by_role_name_and_place_opens_the_sentence_after_a_headline_ending_with_a_name() -> None:
    sentence = (
        "Sinh viên Souksavanh Phommachanh, Trường Đại học Bách khoa Hà Nội, chia sẻ em đã học tiếng Việt "
        "được hai năm."
    )
    headline = "Lưu học sinh Lào đón Tết Bunpimay tại Hà Nội"
    units = [Unit(0, "Xem thêm:"), Unit(0, f"{headline} {sentence}")]
    assert [u.text for u in linked_headline_apart(units)] == ["Xem thêm:", headline, sentence]


def test_a_name_going_on_or_a_list_of_places_is_no_person_put_by_role() -> None:
    assert introduces_person("Giám đốc Lê Văn Hòa, Công ty Chè Tân Uyên, cho biết".split())
    assert not introduces_person("Chính thăm Lào, nói".split())  # one word: no person's name
    assert not introduces_person("Sinh viên Lê Văn An đã học hai năm tại đây, nay về nước".split())
    assert not introduces_person("Sinh viên Lê Văn An, Trường Đại học Y, Trường Đại học Dược".split())


def test_the_headline_of_a_related_link_and_a_student_s_words_after_it() -> None:
    body = _body(
        "Hội Hữu nghị tổ chức gặp mặt hơn 150 lưu học sinh đang học tập tại các trường đại học. "
        "Tại buổi gặp, các lưu học sinh hát những bài hát về tình hữu nghị hai nước. "
        "Xem thêm: Lưu học sinh Lào đón Tết Bunpimay tại Hà Nội Sinh viên Souksavanh Phommachanh, "
        "Trường Đại học Bách khoa Hà Nội, chia sẻ em đã học tiếng Việt được hai năm. "
        "Dịp này, Hội trao 30 suất học bổng cho các lưu học sinh có thành tích học tập tốt. Thu Hà"
    )
    assert "Bunpimay" not in body
    assert body.count("Sinh viên Souksavanh Phommachanh, Trường Đại học Bách khoa Hà Nội, chia sẻ") == 1


def test_a_video_s_title_run_into_the_next_sentence_is_cut_off_it() -> None:
    sentence = "Kỳ này, liên Bộ không trích lập và không chi sử dụng Quỹ bình ổn giá xăng dầu."
    units = [
        Unit(0, "Giá dầu diesel giảm 140 đồng/lít."),
        Unit(0, f"Video: Người dân đổ xăng tại một cây xăng ở Hà Nội {sentence}"),
    ]
    out = video_title_apart(units)
    assert [u.text for u in out][1:] == ["Video: Người dân đổ xăng tại một cây xăng ở Hà Nội", sentence]


def test_a_video_s_title_goes_from_the_body_and_the_sentence_after_it_stays() -> None:
    body = _body(
        "Từ 15h chiều nay, giá xăng E5 RON92 giảm 210 đồng/lít, xăng RON95 giảm 250 đồng/lít. "
        "Giá dầu diesel giảm 140 đồng/lít, còn 18.920 đồng/lít. Video: Người dân đổ xăng tại một cây xăng "
        "ở Hà Nội Kỳ này, liên Bộ không trích lập và không chi sử dụng Quỹ bình ổn giá xăng dầu. "
        "Theo Bộ Công Thương, giá xăng dầu thế giới giảm do lo ngại nhu cầu tại Trung Quốc suy yếu. Hà Linh"
    )
    assert "đổ xăng" not in body
    assert "Kỳ này, liên Bộ không trích lập và không chi sử dụng Quỹ bình ổn giá xăng dầu." in body


def test_a_video_label_over_a_whole_sentence_with_no_sure_start_is_left_whole() -> None:
    text = (
        "Video: Nghệ nhân Lê Thị Hương giới thiệu các công đoạn làm gốm truyền thống của làng nghề Bát Tràng."
    )
    units = [Unit(0, text)]
    assert [u.text for u in video_title_apart(units)] == [text]


def test_a_video_page_s_clips_one_after_another_stay() -> None:
    text = (
        "Video: Những bàn thắng của futsal Việt Nam trước Myanmar Clip: Các cầu thủ ăn mừng cùng cổ động "
        "viên sau tiếng còi mãn cuộc."
    )
    assert [u.text for u in video_title_apart([Unit(0, text)])] == [text]
