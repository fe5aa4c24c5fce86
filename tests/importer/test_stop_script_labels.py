"""A bilingual site's button in its other script right after the story's last stop (`… học sinh
nghèo Lào. ແບ່ງປັນ Chia sẻ`, the share button in Lao and Vietnamese) is cut off as a unit of its own,
so it goes with the share bar; a word in that script the story quotes, puts in brackets or says after
a colon stays in its sentence."""

from __future__ import annotations

import pytest

from bantin.importer.script_labels import script_label_cuts


def test_a_label_after_the_last_stop_is_cut_off() -> None:
    text = "Số tiền thu được ủng hộ quỹ khuyến học cho học sinh nghèo Lào. ແບ່ງປັນ Chia sẻ"
    start = text.index("ແບ່ງ")
    assert script_label_cuts(text) == {start, start + len("ແບ່ງປັນ")}
    alone = "Hai bên ký biên bản ghi nhớ. ແບ່ງປັນ"
    assert script_label_cuts(alone) == {alone.index("ແບ່ງ"), len(alone)}


@pytest.mark.parametrize(
    "text",
    [
        "Bà nói vui: “ແຊບຫຼາຍ (rất ngon)! Người Việt ăn lạp cũng giỏi”.",  # quoted
        "Người Lào gọi đó là lễ hội. “ບຸນປີໃໝ່” Tết của mọi nhà.",  # quoted after a stop
        "Hai bên ký kết. ສະບາຍດີ (xin chào) là lời chào quen thuộc.",  # explained in brackets
        "Tên lễ hội: ບຸນປີໃໝ່ Mọi người cùng tham gia.",  # after a colon
    ],
)
def test_the_story_s_words_in_another_script_stay_in_their_sentence(text: str) -> None:
    assert script_label_cuts(text) == set()
