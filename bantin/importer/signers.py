"""The signer closing a letter or a notice whom the text itself names: `BAN LỄ TANG` under `Ban Lễ tang
trân trọng thông báo: …`, `BAN BIÊN TẬP BÁO LẠNG SƠN` under `Ban Biên tập Báo Lạng Sơn xin gửi lời cảm
ơn …`. The signature is a body's name in capitals, an organisation (its first word heads one: `Ban`,
`Hội đồng`), which the story's own lines name: the signer the story announced, not a desk signing a
report (`BAN THỜI SỰ`, which no sentence of the story names) nor the masthead over the footer (`BÁO LẠNG
SƠN`, whose name is the site's wherever the story names it). It stays in the body where it stands and
names no author; so does the name closing an office's signature block (`TM. …`, `KT. …`, read by
`signatures`).

`_WORDS` bounds such a signature in capitals, the masthead's and a board's (`Ban Biên tập Báo …`) names
too: a different job from `signing_offices.office_name`'s (an office's name in title case signing under
the story, `kinds.ORG_HEADS`' heads of one word, six words), so a limit of its own."""

from __future__ import annotations

from collections.abc import Sequence

from ..tagging.kinds import ORG_HEADS
from .signatures import closes_signature

__all__ = ["signs_the_story"]

_WORDS = 8


def signs_the_story(text: str, before: Sequence[str]) -> bool:
    """Whether `text`, a line after the story, is the signer its lines `before` name, or the name
    closing an office's signature block."""
    if closes_signature([*before, text]):
        return True
    words = text.split()
    if not (2 <= len(words) <= _WORDS) or not text.isupper() or any(c.isdigit() for c in text):
        return False
    if not (words[0].capitalize() in ORG_HEADS or " ".join(words[:2]).capitalize() in ORG_HEADS):
        return False
    if words[0].capitalize() in ("Báo", "Tạp chí", "Đài"):  # the masthead: the site's own name
        return False
    name = " ".join(words).casefold()
    return any(name in " ".join(line.split()).casefold() for line in before)
