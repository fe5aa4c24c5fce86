"""A football page's live widgets printed in and around the report: a match's stats box (`Thống kê trận
đấu Kiểm soát bóng 46% - 54% Sút bóng 11 - 9 Phạt góc 6 - 4`), the other matches' live scores (`Atalanta
1-3 Club Brugge FT Benfica 3-3 Monaco FT`, `Nam Định 2-0 Hà Tĩnh 67'`), a betting box's odds (`Tỷ lệ kèo
Thái Lan vs Việt Nam Châu Á 0:1/2 Tài xỉu 2 1/4 Châu Âu 1.85 3.40 4.10`), a player's card (`Số áo: 22
Năm sinh: 1997 Chiều cao: 1m83`) and the live stream's button (`Xem trực tiếp`, `Xem lại trận đấu`).

Football sites set these between the report's paragraphs, and a one-line scrape runs each into the next
sentence with no stop. What carries over to any such site is their shape: a stat's name in a capital
with the two sides' figures and a dash (`Phạt góc 6 - 4`), two of them at least, no stop; a score
followed by the other side's name and the match's state (`FT`, `HT`, a minute `78'`); an odds box's
handicap and prices after its header; two fields of a player's card. The report's own figures are
written otherwise, and stay: a stat said in its sentence, in lower case after the side's name (`Inter
kiểm soát bóng 58% và …`), its scorers with their minutes but no score before them (`Ghi bàn: Quang Hải
27', Alan 81'`), the round's other results after their label, separated by semicolons, its own
prediction (`Dự đoán: Man City 1-2 Liverpool`: a score with no state after it).

`match_widget_cuts` says where each such box run into the text starts and ends, `match_widget` names a
unit that is one, whole; `match_widgets` judges the units."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS
from .match_results import states_a_result

__all__ = ["MATCH_BOX", "MATCH_WIDGET", "match_widget", "match_widget_cuts", "match_widgets"]

#: The reason such a unit goes.
MATCH_WIDGET = "a football page's live widget (a match's stats, live scores, odds, a player's card, a button)"

MATCH_BOX = "a football page's widget after the story (a match's stats, live scores, odds, a player's card)"

_CAP = rf"[{CAPITALS}]"
_LOW = rf"[{SMALL_LETTERS}]"
# A stat's two figures (`46% - 54%`, `11 - 9`), its name in a capital (`Kiểm soát bóng`, `Sút trúng đích`).
_PAIR = r"\d{1,3}(?:[.,]\d)?%?\s*[-–]\s*\d{1,3}(?:[.,]\d)?%?(?!\S)"
_STAT_NAME = (
    r"(?:Kiểm soát bóng|Tỷ lệ kiểm soát bóng|Sút bóng|Cú sút|Dứt điểm|Sút trúng đích|Trúng đích|Phạt góc"
    r"|Việt vị|Thẻ vàng|Thẻ đỏ|Phạm lỗi|Chuyền bóng|Cứu thua)"
)
_ANY_STAT = rf"{_CAP}{_LOW}*(?:\s+{_LOW}+){{0,3}}"
_STATS = re.compile(
    rf"(?<!\S)(?:(?:Thống kê|Thông số)(?:\s+trận đấu)?\s+)?{_STAT_NAME}\s*:?\s*{_PAIR}"
    rf"(?P<more>(?:\s+{_ANY_STAT}\s*:?\s*{_PAIR})*)"
)
# A live score: the other side's name and the match's state after the score (`1-3 Club Brugge FT`).
_SCORE = r"\d{1,2}\s?[-–]\s?\d{1,2}"
_STATE = r"(?:FT|HT|\d{1,3}(?:\+\d{1,2})?['’])"
_ENTRY = re.compile(rf"(?<!\S){_SCORE}\s+(?:{_CAP}\S*\s+){{1,3}}?{_STATE}(?!\S)")
_SIDE_WORD = re.compile(rf"{_CAP}\S*$")
_LIVE_HEADER = re.compile(rf"(?:Tỷ số trực tiếp|Kết quả trực tiếp|Livescore)(?:\s+{_CAP}\S*){{0,3}}\s+$")
_MORE = re.compile(r"\s+Xem (?:thêm|tất cả(?: kết quả)?)(?!\S)")
# A betting box: its header, then a handicap (`0:1/2`), decimal prices (`1.85`) or `Tài xỉu`.
_ODDS_HEADER = re.compile(r"(?<!\S)(?:Tỷ lệ kèo|Kèo nhà cái|Tỷ lệ cược)(?=[\s:]|$)")
_ODDS_FIGURE = re.compile(r"^(?:\d+:\d+(?:/\d+)?|\d\.\d\d|\d+/\d+)$")
_PLAIN = re.compile(r"^\d{1,2}$")
_ODDS_WORDS = {"Châu", "Á", "Âu", "Á:", "Âu:", "Tài", "xỉu", "xỉu:", "chấp", "Cược", "ngay", "Đặt", "cược"}
_ODDS_WORDS |= {"vs"}
# A player's card: two of its fields (`Số áo: 22`, `Chiều cao: 1m83`), or one between a card's dots.
_FIELD = re.compile(
    r"(?<!\S)(?:Số áo|Chiều cao|Cân nặng|Năm sinh|Ngày sinh|Vị trí|Quốc tịch|CLB|Mùa này)(?:\s*:)?(?=\s)"
)
_PROFILE = re.compile(r"\s+Xem hồ sơ(?!\S)")
_STOPS = re.compile(r"[.!?…]")
# A fan poll's answers after its question (`Hà Tĩnh thắng 45% Hòa 30% Nam Định thắng 25% Bình chọn`).
_OUTCOME = rf"(?:(?:{_CAP}\S*\s+){{1,3}}thắng|Hòa)(?:\s+\d{{1,3}}%)?"
_POLL = re.compile(
    rf"(?<=\?\s){_OUTCOME}(?:\s+{_OUTCOME})+(?:\s+(?:Bình chọn|Gửi dự đoán|Dự đoán|Xem kết quả))?(?!\S)"
)
_POLL_BOX = re.compile(rf"{_OUTCOME}(?:\s+{_OUTCOME})+(?:\s+(?:Bình chọn|Gửi dự đoán|Dự đoán|Xem kết quả))?")
_LIVE_RUN = re.compile(r"(?<!\S)Xem (?:trực tiếp|lại trận đấu)(?!\S)")
_PLATFORM = {"trên", "tại", "qua", "vs", "gặp"}  # its platform, the match it shows (`Man City vs …`)
# The box of the player of the match, its rating (`Cầu thủ hay nhất trận Lamine Yamal 9.4 điểm …`); the
# story names him in a sentence or after a colon (`Cầu thủ xuất sắc nhất trận: Quang Hải`).
_STAR = re.compile(r"(?<!\S)Cầu thủ (?:hay|xuất sắc) nhất trận(?!\S)(?!\s*:)")


def match_widget_cuts(text: str) -> set[int]:
    """Where each widget run into `text` starts and ends (see the module's docstring)."""
    cuts: set[int] = set()
    for m in _STATS.finditer(text):
        if m.group("more") and _capital_or_end(text, m.end()):
            cuts.update(m.span())
    cuts.update(i for span in _live_runs(text) for i in span)
    for m in _ODDS_HEADER.finditer(text):
        end = _odds_end(text, m.end())
        if end is not None:
            cuts.update((m.start(), end))
    for span in _cards(text):
        cuts.update(span)
    cuts.update(_live_button_cuts(text))
    cuts.update(m.end() for m in _POLL.finditer(text) if _capital_or_end(text, m.end()))
    for m in _STAR.finditer(text):
        if not text[: m.start()].strip() or _STOPS.search(text[: m.start()].rstrip()[-1]):
            end = _sentence_start(text, m.end())
            cuts.update((m.start(), end) if end is not None else (m.start(),))
    return {c for c in cuts if 0 < c < len(text)}


def _capital_or_end(text: str, at: int) -> bool:
    rest = text[at:].lstrip()
    return not rest or re.match(_CAP, rest) is not None


def _live_runs(text: str) -> list[tuple[int, int]]:
    """The runs of live scores in `text`: from their header or the first side's name to the last state."""
    runs: list[tuple[int, int]] = []
    for m in _ENTRY.finditer(text):
        start = _side_start(text, m.start())
        if runs and not text[runs[-1][1] : start].strip():
            runs[-1] = (runs[-1][0], m.end())
        else:
            header = _LIVE_HEADER.search(text[:start])
            runs.append((header.start() if header else start, m.end()))
    out = []
    for start, end in runs:
        more = _MORE.match(text, end)
        out.append((start, more.end() if more else end))
    return out


def _side_start(text: str, score: int) -> int:
    """Where the first side's name before a score starts: up to three words in capitals, none after a
    comma or a semicolon (a list's item)."""
    start = score
    for _ in range(3):
        before = text[:start].rstrip()
        word = _SIDE_WORD.search(before)
        if not word or (word.start() and not before[word.start() - 1].isspace()):
            break
        prior = before[: word.start()].rstrip()
        if prior and prior[-1] in ",;":
            break
        start = word.start()
        if not prior or prior[-1] in ".!?…:":
            break
    return start


def _odds_end(text: str, start: int) -> int | None:
    """Where a betting box ends after its header: after its last odds, before a word in title case that
    opens a sentence (a word in lower case after it); None when it shows no odds."""
    words = list(re.finditer(r"\S+", text[start:]))
    end = None
    for k, word in enumerate(words):
        token = word.group().rstrip(":")
        nxt = words[k + 1].group() if k + 1 < len(words) else ""
        if _ODDS_FIGURE.match(token) or (end is not None and _PLAIN.match(token)):
            end = start + word.end()
        elif token in ("Cược", "Đặt") and nxt.startswith(("ngay", "cược")):
            end = start + words[k + 1].end()
        elif end is not None and word.group() not in _ODDS_WORDS and token.istitle() and nxt[:1].islower():
            if nxt not in _ODDS_WORDS:
                break
        if _STOPS.search(word.group()[-1:]) and not _ODDS_FIGURE.match(token):
            break
    return end


def _cards(text: str) -> list[tuple[int, int]]:
    """A player's card: two of its fields or more, a few words apart, no stop between; from the sentence's
    start before them (the name and position) to the last field's value (figures, words in lower case)."""
    fields = list(_FIELD.finditer(text))
    groups: list[list[re.Match]] = []
    for f in fields:
        if groups and len(text[groups[-1][-1].end() : f.start()].split()) <= 6:
            if not re.search(r"[.!?…]\s", text[groups[-1][-1].end() : f.start()] + " "):
                groups[-1].append(f)
                continue
        groups.append([f])
    spans = []
    for group in groups:
        if len(group) < 2:
            continue
        before = text[: group[0].start()]
        stop = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
        start = stop + 2 if stop >= 0 and len(before[stop:].split()) <= 9 else group[0].start()
        end = group[-1].end()
        for word in re.finditer(r"\S+", text[end:]):
            token = word.group()
            if any(c.isdigit() for c in token) or token[:1].islower() or token in ("-", "·", "|"):
                end = group[-1].end() + word.end()
                continue
            break
        profile = _PROFILE.match(text, end)
        spans.append((start, profile.end() if profile else end))
    return spans


def _live_button_cuts(text: str) -> set[int]:
    """The live stream's button run into the text (`… Đình Bắc Xem trực tiếp trên FPT Play Đây là …`):
    it starts at its capital (no verb of a sentence has one inside it) and ends after its platform
    named after `trên`, `tại`, `qua` (one word, or a brand in capitals and a word in title case: `FPT
    Play`), else before the next sentence's first word, in title case with a word in lower case after
    it (`Xem trực tiếp Tiền đạo Xuân Son …`); with no sentence after it, it is the tail's."""
    cuts = set()
    for m in _LIVE_RUN.finditer(text):
        if not _STOPS.search(text[m.end() :]):
            cuts.add(m.start())  # in the tail, no sentence after it: the box from its capital on
        words = list(re.finditer(r"\S+", text[m.end() :]))[:7]
        tokens = [w.group() for w in words]
        on = next((j for j, t in enumerate(tokens[:3]) if t in _PLATFORM), None)
        if on is not None and on + 2 < len(tokens):
            named = 2 if tokens[on + 1].isupper() and tokens[on + 2].istitle() else 1
            after = on + 1 + named
            if after < len(tokens) and tokens[after][:1].isupper() and not _STOPS.search(tokens[after - 1]):
                cuts.update((m.start(), m.end() + words[after].start()))
            continue
        if len(tokens) > 1 and tokens[0].istitle() and tokens[1][:1].islower() and tokens[1] not in _PLATFORM:
            cuts.update((m.start(), m.end() + words[0].start()))  # `Xem trực tiếp Tiền đạo Xuân Son …`
    return cuts


def _sentence_start(text: str, at: int) -> int | None:
    """Where the next sentence starts after `at` in a box with no stop: a word in title case between two
    in lower case (`… thành công Chiến thắng giúp …`), within 25 words."""
    words = list(re.finditer(r"\S+", text[at:]))[:25]
    for before, word, after in zip(words, words[1:], words[2:], strict=False):
        b, w, a = before.group(), word.group(), after.group()
        if b[:1].islower() and w.istitle() and a[:1].islower():
            return at + word.start()
    return None


def match_widget(text: str) -> bool:
    """`text`, no sentence, is such a widget whole."""
    box = text.strip()
    if not box or _STOPS.search(box[-1]) or len(box.split()) > 30:
        return False
    if _STATS.fullmatch(box) or _POLL_BOX.fullmatch(box):
        return True
    live = _LIVE_RUN.match(box)  # the button, the match it shows, its kick-off, `Đặt lịch nhắc`
    if live and len(box.split()) <= 14 and _sentence_start(box, live.end()) is None:
        return True
    if _STAR.match(box) and _sentence_start(box, 0) is None:
        return True
    if _ENTRY.search(box) and not re.search(r"[:;,]", box):
        return True
    if _ODDS_HEADER.match(box) and _odds_end(box, _ODDS_HEADER.match(box).end()) is not None:
        return True
    fields = _FIELD.findall(box)
    return len(fields) >= 2 or (len(fields) == 1 and len(re.findall(r"\s[·|]\s", box)) >= 2)


def match_widgets(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with each unit that is a football page's live widget judged chrome: `MATCH_WIDGET` between
    the story's units (a sentence of prose after it, or its labelled result: `Dự đoán: A 1-2 B`),
    `MATCH_BOX` after the story."""
    out = list(kinds)
    for i, text in enumerate(texts):
        if match_widget(text):
            after = texts[i + 1] if i + 1 < len(texts) else ""
            inside = i + 1 < len(kinds) and (kinds[i + 1][0] == "prose" or states_a_result(after))
            out[i] = ("chrome", MATCH_WIDGET if inside else MATCH_BOX)
    return out
