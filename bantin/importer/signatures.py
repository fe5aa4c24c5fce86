"""The signature closing an official document a page quotes (a notice, a decision on a portal):
`TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Gia Long`, `KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lê Văn Trung`.

The rules on administrative documents print it the same way everywhere: who signs for whom (`TM.` on
behalf of a body, `KT.` for its head, `Q.` acting, `TL.`/`TUQ.` by order), the offices in capitals,
then the signer's name. The detector reads those pieces as short headline-like units after the story
and a name the writer's byline; but they are the document's, which is what the reader of the page came
for, and the name is the signer's, not a writer's. So once the detector has decided, the run from the
signing mark through the offices to the name is kept as the story's (its reason says so, and the
bylines passes leave it), and whatever of the page's frame is glued after the name stays as decided."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..core.text import CAPITALS
from ..tagging.kinds import TITLE_ENDS
from .furniture import Unit

#: The reason given to a document's signature, kept with the story.
SIGNATURE = "the signature closing a document the story quotes (who signs for whom, the office, the signer)"

#: Who signs for whom: on behalf of (`TM.`), for the head (`KT.`), acting (`Q.`), by order (`TL.`, `TUQ.`).
_MARK = r"(?:TM|KT|Q|TL|TUQ)\."
_AUTHORITY = re.compile(rf"^{_MARK}(?:\s|$)")
#: A word of an office in capitals (`ỦY`, `GIÁM`, `ĐỐC`), or a signing mark.
_OFFICE_WORD = re.compile(rf"^(?:{_MARK}|[{CAPITALS}]{{2,}}|[{CAPITALS}]\.?)$")
_NAME_WORD = re.compile(rf"^[{CAPITALS}][^\W\d_{CAPITALS}]+$")
#: The units an office may be cut into between the mark and the name (`TM.` `ỦY BAN NHÂN DÂN KT.` …),
#: in one paragraph or on lines of their own (`TM. HỘI ĐỒNG QUẢN TRỊ` / `Chủ tịch` / the name).
_MOST_UNITS = 5


def keep_signatures(units: list[Unit]) -> list[Unit]:
    """`units` with each document's signature kept, a frame glued after its name cut off as it was."""
    out: list[Unit] = []
    index = 0
    while index < len(units):
        found = _signature(units, index)
        if found is None:
            out.append(units[index])
            index += 1
            continue
        last, words = found
        out += [Unit(u.block, u.text, True, SIGNATURE) for u in units[index:last]]
        tokens = units[last].text.split()
        out.append(Unit(units[last].block, " ".join(tokens[:words]), True, SIGNATURE))
        if words < len(tokens):
            out.append(
                Unit(units[last].block, " ".join(tokens[words:]), units[last].keep, units[last].reason)
            )
        index = last + 1
    return out


def closes_signature(lines: Sequence[str]) -> bool:
    """Whether the last of `lines` (a body's paragraphs) is the signer's name closing a document's
    signature on lines of its own (`TM. HỘI ĐỒNG QUẢN TRỊ` / `Chủ tịch` / `Nguyễn Quốc Bảo`): the
    document's, no byline."""
    units = [Unit(number, line) for number, line in enumerate(lines[-_MOST_UNITS:])]
    for start in range(len(units)):
        found = _signature(units, start)
        if found is not None and found[0] == len(units) - 1:
            return True
    return False


def _signature(units: list[Unit], start: int) -> tuple[int, int] | None:
    """(the unit holding the signer's name, how many of its words are the signature's) when a signature
    opens at `units[start]`, else None: a signing mark, an office in capitals, a name of two to four
    words in title case."""
    if not _AUTHORITY.match(units[start].text):
        return None
    offices = 0
    for at in range(start, min(len(units), start + _MOST_UNITS)):
        if at > start and _office_title(units[at].text):
            offices += 1  # `Chủ tịch` on a line of its own, over the name
            continue
        tokens = units[at].text.split()
        lead = next((i for i, token in enumerate(tokens) if not _OFFICE_WORD.match(token)), len(tokens))
        offices += sum(1 for token in tokens[:lead] if not re.match(_MARK, token))
        name = _name_length(tokens[lead:])
        if lead < len(tokens) and not name:
            return None  # a sentence after the marks, no signature
        if name and offices:
            return at, lead + name
    return None


def _office_title(text: str) -> bool:
    """An office's title in title case, alone on its line (`Chủ tịch`, `Phó Giám đốc`, `Trưởng ban`)."""
    words = text.split()
    head = words[0] in ("Trưởng", "Phó")  # `Trưởng ban`, `Phó Trưởng phòng`
    return 1 < len(words) <= 4 and words[0][:1].isupper() and (head or words[-1].casefold() in TITLE_ENDS)


def _name_length(tokens: list[str]) -> int:
    """How many of `tokens`' first words are a person's name (two to four in title case); a capital
    word the next word in lower case goes on from is the frame's (`Lê Văn Trung Tải về: …`)."""
    run = 0
    while run < min(len(tokens), 4) and _NAME_WORD.match(tokens[run]):
        run += 1
    if run < len(tokens) and run >= 3 and tokens[run][:1].islower():
        run -= 1
    return run if run >= 2 else 0
