"""A short menu under the site's name run into a lead that opens with its subject, not with a word a
lead starts with (`Nhà đầu tư Bất động sản Địa phương UBND tỉnh Long An vừa chấp thuận …`, `Kiến
trúc Việt Nam Quy hoạch Công trình Nội thất Thủ tướng Chính phủ vừa phê duyệt …`, `… Bất động sản
Dự án Doanh nghiệp Dự án căn hộ ven biển tại phường …`). `menus.peel_menu` wants a longer menu and
`mastheads` a lead starter (`Sáng`, `Theo`) to cut there; under the site's own name (which
`mastheads.peel_masthead` has taken off) a run of words in title case is its sections, and the lead
starts where that shape breaks:

* each item of a menu is a word in capitals and at most three words in lower case after it (`Bất
  động sản`, `Địa phương`), with no grammar word, figure or punctuation;
* the subject opens with an acronym (`UBND`, `VSIP`), an organisation's head or a title before a
  name in capitals (`Ban Quản lý …`, `Tổng công ty Phát triển …`, `Thủ tướng Chính phủ`), or with
  words that are no menu's item: a long run in lower case or a grammar word (`Dự án căn hộ ven biển
  tại …`, `Hội đồng thi tuyển đã …`), a figure (`Đất đai 2024`), a bracket;
* a lone word in capitals before that break opens the same name (`Luật | Đất đai 2024`, `Kinh | Bắc
  (KBC)`), so it stays with the lead, unless it is a button's (`Menu`, `Home`: a phone's header);
  so does an event's kind before that break (`Triển lãm | Sơn mài hôm nay khai mạc …`), whose name
  is in sentence case.

A menu of one item at least is cut only when a whole sentence of ten words follows; a borderline
run is kept with the lead."""

from __future__ import annotations

import re

from ..tagging.kinds import ADMIN, ORG_HEADS, TITLE_ENDS
from .event_kinds import event_kind_words
from .furniture import signals
from .suffixes import names_section
from .whole_leads import whole_lead
from .widgets import names_a_widget

__all__ = ["acting_subject", "peel_subject_lead"]

_WORD = re.compile(r"\S+")
#: The items of a short menu under a site's name at most (`Bất động sản Dự án Doanh nghiệp`).
_MOST_ITEMS = 5
#: The words of one item at most (`Vật liệu xây dựng`, `Nhà ở xã hội`).
_ITEM_WORDS = 4
#: An acronym a subject opens with (`UBND`, `TP.HCM`, `VSIP`, `HĐND`).
_ACRONYM = re.compile(r"^[A-ZĐ]{2,}(?:\.[A-ZĐ]+)*$")
#: An organisation's heads of one or two words (`Ban`, `Trung tâm`, `Tổng công ty`).
_ORG_HEADS = frozenset(ORG_HEADS)
#: What joins two words of one item (`Mẹ & Bé`, `Ăn - Chơi`).
_JOINERS = frozenset("&-–")
_LONG_HEADS = frozenset(head for head in ORG_HEADS if " " in head)


def peel_subject_lead(text: str) -> tuple[str, str] | None:
    """(menu, lead) when `text` (what follows the site's name) opens with a few menu items in title
    case run into a lead that opens with its subject, else None."""
    found = list(_WORD.finditer(text))
    tokens = [t.group(0) for t in found]
    runs = _runs(tokens)
    if not runs or not tokens[0][:1].isupper():
        return None
    at = next((n for n, (start, end) in enumerate(runs) if _opens_subject(tokens, start, end)), None)
    shaped = next((n for n, (start, end) in enumerate(runs) if not _item(tokens[start:end])), None)
    broken = shaped is not None and (at is None or shaped < at)
    at = shaped if broken else at  # words no menu's item has: the subject goes back over a name's words
    while at is not None and at >= 1 and runs[at - 1][1] - runs[at - 1][0] == 1:
        if names_a_widget(tokens[runs[at - 1][0]]):
            break  # a button's word (`Menu`, `Home`) opens no name: the menu's last item
        at -= 1  # `Luật | Đất đai 2024 …`, `Kinh | Bắc (KBC) …`, `Trên | Báo …`: one word in capitals
    if at is not None and at >= 1 and _before_a_place(tokens[runs[at - 1][0] : runs[at - 1][1]]):
        at -= 1  # `Nông dân tỉnh | Vĩnh Long đã …`: the place's word is the lead's, so is its run
    if at is not None and at >= 1 and _kind_before_acronym(tokens, runs, at):
        at -= 1  # `Bảo hiểm | PVI đã …`, `Ngân hàng | BIDV vừa …`: a company's kind opens its name
    if broken and at is not None and at >= 1 and _event_kind(tokens, runs, at):
        at -= 1  # an event's kind before its name in sentence case (`Triển lãm | Sơn mài hôm nay khai mạc …`)
    if broken and at is not None and at >= 1 and _heads(tokens, *runs[at - 1], opening=True):
        at -= 1  # `Trung tâm | Phát triển quỹ đất …`, `Công ty cổ phần | Bia - Rượu …`
    if at is None or not 1 <= at <= _MOST_ITEMS:
        return None
    cut = found[_tagged(tokens, *runs[at]) or runs[at][0]].start()
    head, rest = text[:cut].strip(), text[cut:]
    lead, menu = signals(rest), signals(head)
    if not whole_lead(lead):
        return None
    return None if menu.grammar or menu.sentence else (head, rest)


#: The words a news lead's subject acts with right after its name (`… vừa có thông báo`, `… đã sơ tán`).
_ACTS = frozenset({"vừa", "đã"})
_SUBJECT_WORDS = 8  # the subject's words at most before it acts (`Sở Xây dựng Hà Nội`)


def acting_subject(text: str) -> bool:
    """`text` opens with an organisation's or a title's subject (`Sở Xây dựng Hà Nội`, `UBND tỉnh Quảng
    Nam`, `Thủ tướng Chính phủ`) that acts within its first words, no stop between (`… vừa có thông báo
    …`): a news lead's first words, which a headline seldom writes (it drops `vừa` and `đã`)."""
    tokens = text.split()[: _SUBJECT_WORDS + 2]
    runs = _runs(tokens)
    if not runs or runs[0][0] != 0 or not _opens_subject(tokens, *runs[0]):
        return False
    acts = next((i for i, token in enumerate(tokens) if token in _ACTS), None)
    return (
        acts is not None
        and 2 <= acts <= _SUBJECT_WORDS
        and not re.search(r"[.,;:!?]", " ".join(tokens[:acts]))
    )


#: The kinds of company a name opens with before its acronym (`Bảo hiểm PVI`), besides a body's heads.
_COMPANY_KINDS = frozenset({"Bảo hiểm"})


def _kind_before_acronym(tokens: list[str], runs: list[tuple[int, int]], at: int) -> bool:
    """The run at `at` is an acronym and the run before it an organisation's head of two words or a
    company's kind (`Bảo hiểm | PVI`, `Ngân hàng | BIDV`, `Tập đoàn | FPT`): one name, the lead's subject."""
    start, end = runs[at - 1]
    run = " ".join(tokens[start:end])
    return bool(_ACRONYM.match(tokens[runs[at][0]])) and (run in _LONG_HEADS or run in _COMPANY_KINDS)


def _event_kind(tokens: list[str], runs: list[tuple[int, int]], at: int) -> bool:
    """The run before `runs[at]` is an event's kind opening the name that run starts (`event_kinds`)."""
    start, end = runs[at - 1]
    head, rest = " ".join(tokens[:end]), " ".join(tokens[runs[at][0] :])
    return event_kind_words(head, rest) == end - start


def _tagged(tokens: list[str], start: int, end: int) -> int | None:
    """The token of the paper's tag in brackets closing the run, the lead's first sentence after it
    in a capital (`Doanh nhân | (BDO) Tổng công ty …`): the run's words before it are the menu's last
    item, the tag opens the lead. A name's code in brackets is followed by its verb in lower case
    (`Kinh Bắc (KBC) vừa …`), and stays with the name."""
    last = end - 1
    if last <= start or not _TAG.match(tokens[last]) or end >= len(tokens) or not tokens[end][:1].isupper():
        return None
    return last if _item(tokens[start:last]) else None


#: A paper's tag in brackets (`(BDO)`, `(HNMO)`, `(NLĐO)`).
_TAG = re.compile(r"^\([A-ZĐ]{2,8}\)$")


def _runs(tokens: list[str]) -> list[tuple[int, int]]:
    """The runs of `tokens` each opening with a word in capitals, up to the next such word: (start, end)."""
    starts = [i for i, token in enumerate(tokens) if token[:1].isupper()]
    return list(zip(starts, [*starts[1:], len(tokens)], strict=True))


def _item(words: list[str]) -> bool:
    """A menu's item: a word in capitals, a few in lower case after it, no figure, punctuation (but
    what joins two words of one item, `Mẹ &`) or grammar word."""
    if len(words) > _ITEM_WORDS or not all(w.isalpha() or w in _JOINERS for w in words):
        return False
    return not signals(" ".join(words)).grammar


def _opens_subject(tokens: list[str], start: int, end: int) -> bool:
    """The run of `tokens[start:end]` opens a sentence's subject: an acronym that names no section
    (`UBND`, not `VIDEO`), or an organisation's head or a title before a name in capitals (`Ban |
    Quản lý`, `Tổng công ty | Phát triển`, `Thủ tướng | Chính phủ`)."""
    word = tokens[start]
    if _ACRONYM.match(word) and not names_section(word.title()):
        return start + 1 < len(tokens)
    return end < len(tokens) and tokens[end][:1].isupper() and _heads(tokens, start, end)


def _heads(tokens: list[str], start: int, end: int, *, opening: bool = False) -> bool:
    """The run is an organisation's head or a title (`Trung tâm`, `Ban`, `Thủ tướng`, `Chủ tịch`), or
    (`opening`) opens with a head of two words or more (`Công ty cổ phần`, `Ngân hàng thương mại`)."""
    run = " ".join(tokens[start:end])
    if run in _ORG_HEADS or (end - start == 2 and tokens[end - 1].casefold() in _TITLE_LAST):
        return True
    return opening and any(run.startswith(f"{head} ") for head in _LONG_HEADS)


def _before_a_place(words: list[str]) -> bool:
    """A run of words in capitals and lower case that ends with the word an administrative place's
    name follows (`Nông dân tỉnh`, `Người dân thành phố`): no menu's item ends so, the name after it
    being the place it speaks of, so the run is the lead's opening."""
    return len(words) >= 2 and (words[-1] in _ADMIN or " ".join(words[-2:]) in _ADMIN)


#: The lower-case words before an administrative place's name (`tỉnh`, `thị xã`, `thành phố`), not
#: those that end a common word as well (`Văn bản`, `Ba miền`).
_ADMIN = frozenset(word for word in ADMIN if word.islower()) - {"bản", "miền", "vùng", "làng"}

#: The last words of titles (`Thủ tướng`, `Chủ tịch`, `Giám đốc`).
_TITLE_LAST = TITLE_ENDS | {"tướng"}
