"""An office signing the story instead of a person: its name alone on a short line (`Phòng Hợp tác quốc
tế`, `Ban Truyền thông`, `Phòng Kinh doanh - Khai thác`), which a school's, a hospital's, a firm's or a
department's site prints under its notice where a newsroom prints its writer's name; a commune's
portal signs with its council's and committee's office (`Văn phòng HĐND và UBND xã`).

`office_name` says whether a short line is such a name: a body's head word (`kinds.ORG_HEADS`' of one
word: `Ban`, `Sở`, `Cục`, and `Phòng`, and `Văn phòng`), a capital after it, a few words, no figure and
no sentence's mark; a section's label or a menu's item is no office (`Phòng chống tham nhũng`, `Ban
đọc`, `Thời sự`). It is the one test of the modules that read an office's signature: `marked_ends` (the
story ends under it), `closing_contacts` (an office's fields, its name under them) and
`offices_signing`, which reads the office as the story's author where it stands right under the last
sentence, the line leaving the body as a writer's byline does; a ward's office, dropped for the ward's
word (`phường`, an address's), signs as a commune's does."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from ..tagging.kinds import ORG_HEADS
from .furniture import Unit, signals
from .signers import signs_the_story

__all__ = ["SIGNED", "office_name", "offices_signing"]

#: The reason of an office's name read as the story's author (`convert` takes it as a byline).
SIGNED = "an office signing the story under its last sentence: its author"

_HEADS = frozenset(head for head in ORG_HEADS if " " not in head) | {"Phòng"}
_WORDS = 6  # an office's name (`Phòng Quản lý nhà và Công sở`, `Ban Quản lý dự án …`)
_JOINED = 8  # … or two of its jobs joined by a dash (`Phòng Tuyên truyền - Hỗ trợ người nộp thuế`)
_LISTED = re.compile(r"[^\W\d_A-ZĐ], [^\W\d_A-ZĐ]")  # a comma between two words in small letters


def office_name(text: str) -> bool:
    """`text` is an office's name alone (`Phòng Tuyển sinh`, `Ban Truyền thông`, `Phòng Kinh doanh - Khai
    thác`, a body's secretariat: `Văn phòng VACPA`, a word more): a body's head word, a capital after it,
    no more than `_WORDS` words (`_JOINED` when a dash joins two of its jobs, the dash no word, or a comma
    two of its charges in small letters: `Ban Công tác học sinh, sinh viên`), no figure and no sentence's
    mark."""
    tokens = text.split()
    words = [word for word in tokens if word not in ("-", "–")]
    listed = _LISTED.search(text) is not None  # `Ban Công tác học sinh, sinh viên`: two of its charges
    longest = _JOINED if len(words) < len(tokens) or listed else _WORDS
    plain = not any(c.isdigit() or c in ".:;!?" for c in text) and text.count(",") == int(listed)
    head = 2 if words[:2] == ["Văn", "phòng"] else 1  # a council's or a board's office (`Văn phòng HĐND …`)
    headed = head == 2 or bool(words[:1] and words[0] in _HEADS)
    return plain and head + 1 <= len(words) <= longest + head - 1 and headed and words[head][:1].isupper()


def offices_signing(units: list[Unit]) -> list[Unit]:
    """`units` with an office's name right under the story's last kept sentence (kept as a short line,
    or dropped as the first line of the tail) taken for its signature: dropped, with the reason `SIGNED`
    for its name to be read as the author. Not the signer the notice names (`signers`), nor the first of
    a list of offices (a sidebar's links), nor a line other pages of the site print too. A portal's links,
    its footer or a link of the page run on after the office (`_links_after`) go, the office signing."""
    kept = [i for i, unit in enumerate(units) if unit.keep]
    if not kept:
        return units
    last = kept[-1]
    shortline = [(last, kept[-2])] if units[last].reason == _SHORT and len(kept) >= 2 else []
    for at, before in (*shortline, (last + 1, last)):  # kept after a caption (`Phòng Lý lịch tư pháp`)
        if at < len(units) and _signs(units, at, before):
            return [*units[:at], Unit(units[at].block, units[at].text, False, SIGNED), *units[at + 1 :]]
    dropped = [(last + 1, last)] if last + 1 < len(units) and units[last + 1].reason == _AFTER_END else []
    for at, before in (*shortline, *dropped):
        glued = _links_after(units[at].text)
        unit = units[at]
        if glued and _signs([*units[:at], Unit(unit.block, glued[0], unit.keep, unit.reason)], at, before):
            office, links = (
                Unit(unit.block, part, False, why) for part, why in zip(glued, _GLUED, strict=True)
            )
            return [*units[:at], office, links, *units[at + 1 :]]
    return units


# A link of the page's run on after the office (`Xem biểu đồ phụ tải theo thời gian thực`, `Tải số liệu
# quan trắc`): a verb asking the reader to open something, a word in lower case after it.
_LINK = re.compile(r"(?:Xem|Tải|Nghe|Tra cứu)\s+[^\W\d_A-ZĐ]")


def _links_after(text: str) -> tuple[str, str] | None:
    """`text` as an office's name and the links or the footer run on after it, no sentence (`Ban Truyền
    thông Cổng thông tin sinh viên Học viện … - Trâu Quỳ, Gia Lâm, Hà Nội`), or a link of the page's
    (`Ban Truyền thông Xem biểu đồ phụ tải …`): the shortest name a capital follows, the rest in title
    case with no grammar word or opening with the link's verb; else None."""
    words = text.split()
    for end in range(2, min(len(words), _JOINED + 1)):
        name, rest = " ".join(words[:end]), " ".join(words[end:])
        found = signals(rest)
        if office_name(name) and rest[:1].isupper():
            titled = not found.sentence and not found.grammar and found.capitals >= 0.5
            return (name, rest) if (titled or _LINK.match(rest)) and not ends_sentence(rest) else None
    return None


def _signs(units: list[Unit], at: int, before: int) -> bool:
    """`units[at]`, kept as a short line or dropped as the tail's first, is an office's name under the
    sentence `units[before]`, not the first of a list of offices nor the signer the notice names (its
    lines name the office: `Tác phẩm gửi về: Ban Tổ chức cuộc thi, …` over `Ban Tổ chức`), who stays."""
    if not office_name(units[at].text) or not ends_sentence(units[before].text):
        return False
    if not (units[at].keep or units[at].reason == _AFTER_END or _ward_office(units[at])):
        return False  # dropped for a reason of its own (repeated on other pages, a menu's)
    if at + 1 < len(units) and office_name(units[at + 1].text):
        return False  # the first of a list of offices
    office, before_it = units[at].text, [unit.text for unit in units[:at]]
    story = " ".join(" ".join(unit.text for unit in units[:at] if unit.keep).split())
    return office.casefold() not in story.casefold() and not signs_the_story(office, before_it)


def _ward_office(unit: Unit) -> bool:
    """An office dropped after the story's end for its only furniture word, the ward or the district it
    serves (`Văn phòng HĐND và UBND phường`): an address's word, which signs as the commune's `xã` does."""
    served = _SERVED.sub("", unit.text)
    return unit.reason == _AFTER_END_FURNISHED and served != unit.text and signals(served).weak == 0


_SERVED = re.compile(r"\s+(?:phường|quận)$")
_SHORT = "short or headline-like"  # a short line the detector kept (`unit_kinds`)
_AFTER_END = "after the article ends: short or headline-like"  # … or dropped after the story's end
_AFTER_END_FURNISHED = "after the article ends: furniture words"
_GLUED = (SIGNED, "after the article ends: links or a footer run on after the office signing the story")
