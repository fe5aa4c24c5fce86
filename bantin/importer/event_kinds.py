"""An event's kind closing a menu run into the lead: `… Mỹ thuật Triển lãm | Sơn mài hôm nay khai mạc
chiều 28/5 …`. A lead's subject may be an exhibition, a festival, a contest named after its kind, the
name in sentence case (a capital, then words in small letters: `Sơn mài hôm nay`), so where a menu's
title-case run breaks, right before that name, the kind's words (`Triển lãm`, `Hội thảo`, `Lễ hội`,
`Cuộc thi`: `tagging.kinds.EVENT_HEADS`) read as the menu's last item. They open the subject: the cut
goes before them, and the lead keeps its first words; a kind the name repeats (`Dự án | Dự án khu
dân cư …`) is the menu's item. At worst a menu's item of that name stays with
the lead, a leak of a word, never a sentence's subject lost."""

from __future__ import annotations

from ..tagging.kinds import EVENT_HEADS

__all__ = ["event_kind_words"]

_LONGEST = max(len(head.split()) for head in EVENT_HEADS)


def event_kind_words(head: str, rest: str) -> int:
    """How many of the last words of `head` (the menu) are an event's kind opening the name that starts
    `rest` in sentence case (`Triển lãm` + `Sơn mài hôm nay …` → 2); 0 when none."""
    after = rest.split()[:2]
    if len(after) < 2 or not after[0][:1].isupper() or not after[1][:1].islower():
        return 0
    words = head.split()
    kind = next(
        (n for n in range(min(_LONGEST, len(words) - 1), 0, -1) if " ".join(words[-n:]) in EVENT_HEADS), 0
    )
    # a kind the name opens with again is a menu's item (`… Dự án | Dự án khu dân cư …`)
    return 0 if kind and rest.startswith(" ".join(words[-kind:])) else kind
