"""The site's prompts kept after the story's last credit (fixtures/blind_vnsum2.yml: `… Ảnh: Sống Mới
Ngọc Hân` | `Bạn đã thử món này chưa?` | `Chia sẻ công thức của bạn Món ngon mỗi ngày …`): two or three
short lines of furniture words, the last kept, after the caption or byline closing the story, go
(`closing_prompts`, read in `frames`); a sentence among them keeps them."""

from __future__ import annotations

from bantin.importer.frames import frame
from bantin.importer.furniture import Unit

PROSE = "sentence-like, stop words 50%"
LAST = "Đun sôi nước với me, cho cá vào nấu chín rồi thêm cà chua, dọc mùng, nêm nếm vừa ăn."
PROMPTS = ["Bạn đã thử món này chưa?", "Chia sẻ công thức của bạn Món ngon mỗi ngày Cá kho tộ đậm đà đưa cơm"]


def _units(*after: tuple[str, str]) -> list[Unit]:
    units = [Unit(0, LAST, True, PROSE), Unit(0, "Canh chua cá lóc ăn kèm cơm trắng.", True, "caption")]
    units += [Unit(0, text, True, reason) for text, reason in after]
    return [
        *units,
        Unit(0, "Sống Mới - Tạp chí điện tử về phong cách sống.", False, "the site describing itself"),
    ]


def test_the_prompts_after_the_last_caption_go() -> None:
    units = frame(_units(*((text, "furniture words") for text in PROMPTS)))
    assert [u.keep for u in units] == [True, True, False, False, False]


def test_a_sentence_after_the_caption_keeps_the_run() -> None:
    units = frame(_units((PROMPTS[0], "furniture words"), (LAST, PROSE), (PROMPTS[1], "furniture words")))
    assert [u.keep for u in units][:4] == [True, True, True, True]
