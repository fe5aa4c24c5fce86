"""A story opening with a post it quotes (`Người đăng video, anh Đỗ Văn Hiếu, viết:` | `"Nước rút rồi, cả
xóm ra dọn. …"` | `1,2 triệu lượt xem · 86K lượt thích` | … | `Anh Hiếu cho biết …`): the quoted lines are
short and the post's counters read as the page's, so the story's first sentence-like line comes last and
everything above it would go as the page's head. But a page's head names no one about to speak: a phrase
of four words or more closing with a verb of speaking and its colon (`speakers.about_to_speak`), right
over a line opening a quotation, is the story's, and the story starts there (`bounds.article_start`
then cuts only what stands above it)."""

from __future__ import annotations

from .speakers import about_to_speak

__all__ = ["REASON", "speaker_opening"]

#: The reason a speaker's words opening the story, over the quotation they introduce, are kept.
REASON = "someone about to speak, over the quotation opening the story"

_OPENS_QUOTE = ('"', "“", "«", "'")


def speaker_opening(kinds: list[tuple[str, str]], texts: list[str], first: int) -> list[tuple[str, str]]:
    """`kinds` with the first unit before the first prose (`first`) that introduces a quotation
    under it read as prose: up to it, only the page's head."""
    for i in range(min(first, len(kinds) - 1)):
        text = texts[i].strip()
        if kinds[i][0] == "chrome" or len(text.split()) < 4 or not about_to_speak(text):
            continue
        if texts[i + 1].lstrip().startswith(_OPENS_QUOTE) and kinds[i + 1][0] != "chrome":
            out = list(kinds)
            out[i] = ("prose", REASON)
            return out
    return kinds
