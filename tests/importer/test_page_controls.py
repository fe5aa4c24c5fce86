"""A page's controls run into the story between two of its sentences (blind_laos8: politics, defence
and diplomacy): a pager (`Bài trước | Bài sau`), an author box's head (`Thông tin tác giả`), a link with
its arrows (`Xem tiếp các tin khác >>`) go, and the sentence after them stays; a portal's counters (`Đang truy cập: 187
| Tổng lượt truy cập: 5.402.116`) go whole; a story's counters of likes and comments (`Lượt thích: 42 |
Bình luận: 0`) are no forum member's card, and the story after them stays. The pages are written for
these tests."""

from __future__ import annotations

import itertools

import pytest

from bantin.importer.convert import convert
from bantin.importer.field_starts import field_cuts
from bantin.importer.forum_threads import member_card
from bantin.importer.page_controls import page_control, page_control_cuts

from .scrapes import vnsum

FIRST = "Chiều 9/1, tại Viêng Chăn, Chủ tịch nước Lương Cường hội đàm với Tổng Bí thư, Chủ tịch nước Lào."
AFTER = "Hai nhà lãnh đạo nhất trí phấn đấu kim ngạch thương mại song phương đạt 5 tỷ USD trong năm nay."
LAST = "Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ ký 6 văn kiện hợp tác về quốc phòng và tư pháp."


def _body(content: str) -> str:
    page = vnsum(title="Chủ tịch nước hội đàm với Tổng Bí thư, Chủ tịch nước Lào", content=content,
                 link="https://cong-mau.vn/tin-tuc/hoi-dam.html", summary=FIRST, date="10/01/2025 18:45")  # fmt: skip
    return convert(page, "page.txt", year=2025).body


@pytest.mark.parametrize(
    "control",
    [
        "Bài trước | Bài sau",
        "Thông tin tác giả",
        "Xem tiếp các tin khác >>",
        "Đang truy cập: 187 | Tổng lượt truy cập: 5.402.116",
        "Lượt thích: 42 | Bình luận: 0",
    ],
)
def test_a_control_between_two_sentences_goes_and_the_story_stays(control: str) -> None:
    body = _body(" ".join([FIRST, control, AFTER, LAST]))
    assert control not in body
    for sentence in (FIRST, AFTER, LAST):
        assert sentence in body


def test_the_control_is_cut_where_the_next_sentence_opens() -> None:
    text = f"{FIRST} Bài trước | Bài sau {AFTER}"
    cuts = sorted(page_control_cuts(text))
    assert [text[a:b].strip() for a, b in itertools.pairwise(cuts)] == ["Bài trước | Bài sau"]
    assert page_control("Bài trước | Bài sau") and page_control("« Tin trước")


@pytest.mark.parametrize(
    "sentence",
    [
        "Gửi Đại sứ quán Lào lời chúc mừng nhân dịp Quốc khánh lần thứ 50 của nước bạn.",  # one word: no cut
        "Theo đó Bộ Công an sẽ phối hợp với Bộ An ninh Lào trong nhiều lĩnh vực quan trọng.",
        "Bài học từ Hủa Phăn cho thấy sự phối hợp của hai bên luôn chặt chẽ và hiệu quả.",
        "Đăng nhập Cổng dịch vụ công quốc gia bằng tài khoản định danh điện tử của công dân.",
    ],
)
def test_a_sentence_opening_with_such_words_is_not_cut(sentence: str) -> None:
    assert page_control_cuts(f"{FIRST} {sentence}") == set()
    if not sentence.startswith(("Gửi ", "Đăng nhập ")):  # (such an opening goes as a button on main too)
        assert sentence in _body(" ".join([FIRST, sentence, LAST]))


def test_a_total_of_visits_is_one_label() -> None:
    text = "Đang truy cập: 187 | Tổng lượt truy cập: 5.402.116"
    assert text.index("Tổng") in field_cuts(text) or not field_cuts(text)
    assert text.index("lượt") not in field_cuts(text)


def test_a_storys_counters_are_no_members_card() -> None:
    assert not member_card("Lượt thích: 42 | Bình luận: 0")
    assert member_card("tuananh Thành viên Bài viết: 412 Đã thích: 1.023")
    assert member_card("Đã thích: 1.023")
