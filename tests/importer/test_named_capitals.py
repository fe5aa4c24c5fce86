"""A word the story always capitalises (`Tết`, a name) said again after a word in lower case is no
related story's headline ending there (`glued_teasers`): a sentence running on through it stays whole;
a teaser's headline run into its lead still goes."""

from __future__ import annotations

from bantin.importer.furniture import LINKED_HEADLINE, Unit
from bantin.importer.glued_teasers import TEASER_LEAD, glued_teaser_apart


def _cut(text: str) -> list[tuple[str, str]]:
    return [(unit.text, unit.reason) for unit in glued_teaser_apart([Unit(0, text)])]


def test_a_sentence_saying_tet_twice_stays_whole() -> None:
    text = (
        "Như vậy, nếu bạn đi làm vào mùng 3 Tết, ngoài tiền lương của ngày nghỉ Tết, công ty phải trả "
        "cho bạn ít nhất 300% tiền lương của ngày làm việc bình thường."
    )
    assert _cut(text) == [(text, "article text")]


def test_a_name_said_again_in_the_sentence_after_a_number_stays() -> None:
    text = (
        "Người dân ở quận 7 Sài Gòn cho biết tuyến đường ngập nặng sau cơn mưa chiều qua ở gần chợ Sài "
        "Gòn, tuyến đường ngập sâu khiến nhiều xe chết máy giữa đường."
    )
    assert _cut(text) == [(text, "article text")]


def test_a_teaser_whose_lead_opens_with_the_headline_s_first_word_still_goes() -> None:
    head = "TP.HCM: Triều cường đạt đỉnh, nhiều tuyến đường ngập sâu"
    lead = "Triều cường dâng cao kết hợp mưa lớn khiến nhiều tuyến đường ở TP.HCM bị ngập trong chiều tối."
    assert _cut(f"{head} {lead}") == [(head, LINKED_HEADLINE), (lead, TEASER_LEAD)]
