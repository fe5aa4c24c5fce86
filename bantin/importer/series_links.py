"""Headlines of the series the page's own headline belongs to, other goods' or other days' pages.

Daily pages come in series that share one frame of headline: `Giá tiêu hôm nay 6/12: …`, `Giá cà
phê hôm nay 6/12`, `Giá heo hơi hôm nay 5/12`, `Thời tiết hôm nay 6/12`. A site links the series'
other pages under the story, often run together with no stop between them (`Giá lúa gạo hôm nay
7/12: gạo xuất khẩu đi ngang Giá sầu riêng hôm nay 7/12: Ri6 tăng nhẹ`); `same_good` finds only the
same good's pages (the headline's first three words twice, not as a label before its colon). The
frame is read off the headline: its first word, a slot of up to four words (the good), the one or two
words before its date (`hôm nay`), and a date. A unit is a link of the series when the frame opens it again
after its start, in capitals after a word with no stop (a second headline run on: a sentence of
the story writes `giá tiêu hôm nay` in lower case), or when the frame opens it, it has no final
stop and no figure of a price closes it (a list the story prints, `Giá tiêu hôm nay 6/12 tại Đắk
Lắk: 142.000 đồng/kg`, stays), and it stands after the story's last sentence. So does the frame with
no date for a good the headline does not name (`Giá xăng dầu hôm nay RON 95-III 21.040 đồng/lít E5
RON 92 20.070 đồng/lít` under `Giá lúa gạo hôm nay 9/12`), when no single price closes it: another
good's widget; a line of the story's list names the headline's good or gives one price.
"""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence

__all__ = ["REASON", "frame", "other_good", "same_good", "series_links"]

REASON = "links to other pages of the series the headline belongs to (`Giá … hôm nay 7/12`)"

_DATE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?[:,]?")
_TAIL = 8  # words after the last headline of a run: the site's name at most (`Báo X.`)
_SLOT = 4  # words of the good between the frame's first word and its words before the date
# A price closing a line of a list (`… 142.000 đồng/kg`, `… 512 USD/tấn`): the story's, not a link.
# A widget of another good's prices holds two or more (`RON 95-III 21.040 đồng/lít E5 RON 92 …`).
_PRICE = re.compile(r"\d[\d.,]*\s*(?:đồng|đ|USD)(?!\w)", re.IGNORECASE)
_PRICE_END = re.compile(r"\d[\d.,]*\s*(?:đồng|đ|USD|triệu|nghìn)\S*\s*$", re.IGNORECASE)


def frame(headline: str) -> re.Pattern[str] | None:
    """The frame of `headline`'s series as a pattern (`Giá (…){0,4} hôm nay D/M`), or None when it
    has no date after three words or more."""
    parts = _parts(headline)
    if parts is None:
        return None
    first, _, joint = parts
    return re.compile(rf"(?<!\w){first}\s+(?:\S+\s+){{0,{_SLOT}}}{joint}\s+\d{{1,2}}/\d{{1,2}}\b")


def other_good(headline: str, text: str) -> bool:
    """`text` opens with the frame of `headline`'s series, its date left out, for another good than the
    headline's (`Giá xăng dầu hôm nay RON 95 …` under `Giá lúa gạo hôm nay 9/12: …`): a widget's or a
    link's, never a line of the story's own list, which names its good."""
    parts = _parts(headline)
    if parts is None:
        return False
    first, good, joint = parts
    found = re.match(rf"{first}\s+(?P<good>(?:\S+\s+){{1,{_SLOT}}}?){joint}(?!\w)", text)
    return found is not None and not set(found.group("good").casefold().split()) & set(
        good.casefold().split()
    )


def _parts(headline: str) -> tuple[str, str, str] | None:
    """The frame's first word, the headline's good (the slot) and the words before its date, the
    first and the last as patterns; None when the headline has no date after three words or more."""
    words = headline.split()
    at = next((i for i, word in enumerate(words) if _DATE.fullmatch(word)), None)
    if at is None or at < 3 or not words[0][:1].isupper():
        return None
    joint = words[at - 2 : at] if at >= 4 else words[at - 1 : at]
    good = " ".join(words[1 : at - len(joint)])
    return re.escape(words[0]), good, r"\s+".join(re.escape(w) for w in joint)


def series_links(kinds: list[tuple[str, str]], texts: list[str], headline: str) -> list[tuple[str, str]]:
    """`kinds` with the units that are links of `headline`'s series (see the module's docstring) as chrome."""
    pattern = frame(headline)
    if pattern is None:
        return kinds
    out = list(kinds)
    opening = [
        i
        for i, text in enumerate(texts)
        if not ends_sentence(text)
        and (
            (pattern.match(text) and not _PRICE_END.search(text))
            or (
                other_good(headline, text) and (not _PRICE_END.search(text) or len(_PRICE.findall(text)) >= 2)
            )
        )
    ]
    prose = [i for i, (kind, _) in enumerate(kinds) if kind == "prose" and i not in opening]
    first, last = min(prose, default=len(texts)), max(prose, default=-1)
    for i, text in enumerate(texts):
        if kinds[i][0] == "chrome" or i <= first:
            continue  # the lead, even run into a menu, opens with the headline's frame
        if (i in opening and i > last) or _run_on(text, [found for found in pattern.finditer(text)]):
            out[i] = ("chrome", REASON)
    return out


def same_good(kinds: list[tuple[str, str]], texts: list[str], sentences: list[bool], headline: str) -> list:
    """`kinds` with the units that are no sentence and hold the headline's first three words twice or
    more (`Giá vàng hôm nay 27/10 Giá vàng hôm nay 26/10`: the same good's other pages) as chrome; not
    where a colon follows them, a label's (`Hà Nội FC: Văn Quyết 56' … Hà Nội FC: Văn Chuẩn, …`: a
    side's goals and its line-up under a match's headline)."""
    series = " ".join(headline.split()[:3]).casefold()
    if len(series.split()) < 3:
        return kinds
    label = re.compile(re.escape(series) + r"\s*:")
    out = list(kinds)
    for i, text in enumerate(texts):
        low = text.casefold()
        if not sentences[i] and low.count(series) - len(label.findall(low)) >= 2:
            out[i] = ("chrome", "links to other pages of the series the headline opens")
    return out


def _run_on(text: str, found: list[re.Match[str]]) -> bool:
    """The frame opens a second headline run on after the first, inside the unit after a word with
    no stop, and little follows the last (the site's name, not a sentence going on)."""
    if len(found) < 2 or not found[0].start() == 0 or _PRICE_END.search(text):
        return False  # … a price closing it: the story's list run on one line (`… tại Gia Lai 141.000 đồng`)
    before = text[: found[1].start()].split()
    after = text[found[-1].end() :].split()
    return before[-1][-1:] not in '.,;!?…)”"' and len(after) <= _TAIL
