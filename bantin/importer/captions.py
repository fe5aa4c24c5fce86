"""Photo and video captions: find them, on their own line or run into the text, and split off
the credit (`… – Ảnh: TTXVN`, `(Ảnh: Phạm Kiên/TTXVN)`, `… Ảnh: AFPViệc Thượng viện…`).

A caption becomes a caption block with its credit apart, never a paragraph of article text. Where a
credit runs into the next sentence with no stop, the credit is taken as the run of capitalised words
after the label, less the word that starts the next sentence."""

from __future__ import annotations

import re

from ..core.glued_words import glued_words
from ..core.sentences import last_sentence_start
from ..core.text import CAPITALS, SMALL_LETTERS, is_syllable
from ..tagging.kinds import PLACE_HEADS
from .bylines import is_name
from .caption_prompts import caption_start
from .credit_bodies import body_credit
from .credit_ends import (
    STARTERS,
    STRONG_STARTERS,
    a_clips_title,
    a_place,
    acronym,
    foreign_then_writer,
    in_capitals,
    initials,
    kind_credit,
    labelled_after,
    opens_credit,
    owned_by,
    placed_body,
    signed_last,
    slashed,
    sourced_next,
    titled,
    writer_before_role,
)
from .embeds import embed_cuts
from .inline import inline_cuts, media_title
from .parsed import Block
from .photo_albums import album_at
from .repeated_credits import credited_before
from .repeated_names import printed_alone, repeated_pairs
from .signed_credits import signed_credit
from .writers import titles_a_person

_LABEL = r"(?P<label>Ảnh|Video|Clip|Đồ họa|Đồ hoạ|Infographic|Nguồn ảnh)"
# `Ảnh: X` anywhere (run-in) or `(Ảnh: X)`; not a byline's label's second word (`Bài & Ảnh: Lê Hà`).
_MARKER = re.compile(r"(?P<open>\(\s*)?(?<![\w/])(?<!&\s)" + _LABEL + r"\s*:\s*")
# Credits without a colon, at the end of a caption: `(Ảnh tư liệu)`, `Ảnh chụp màn hình.`
_BARE_CREDIT = re.compile(
    r"[\s,\-–—]*\(?\s*(?P<credit>(?:Ảnh|ảnh)\s+"
    r"(?:tư liệu|Tư liệu|minh họa|minh hoạ|chụp màn hình|internet|Internet))"
    r"\s*\)?\s*\.?\s*$"
)
_SOURCE_CREDIT = re.compile(r"[\s\-–—]*\(\s*(?P<label>Nguồn)\s*:\s*(?P<credit>[^()]{1,80}?)\s*\)\s*\.?\s*$")
_UNCREDITED = re.compile(r"^(?:Từ (?:trái|phải) (?:sang|qua)|Trong ảnh|Ảnh trên|Ảnh dưới)\b")
_SEPARATOR = re.compile(r"[\s\-–—|]+$")
#: A credit naming a publication goes on through its words in lower case (`Ảnh: Báo Quân đội nhân
#: dân`, `Ảnh: Đài Truyền hình Việt Nam`) up to the next sentence's first word.
_PUBLICATIONS = {  # a publication's first word, and the word after it that makes it one (any for None)
    "Báo": None, "Đài": None, "Tạp": "chí", "Cổng": "thông|TTĐT|Thông", "Thông": "tấn", "Hãng": "tin|thông",
    "Tuần": "báo", "Nhật": "báo",  # `Nhật báo …`, not the photographer `Nhật Bắc`
}  # fmt: skip
_TWO_WORD_NAMES = frozenset(
    "Việt Nam|Hà Nội|Trung Quốc|Hàn Quốc|Nhật Bản|Thái Lan|Hoa Kỳ|Ấn Độ|Triều Tiên|Đài Loan|Hồng Kông|"
    "Ai Cập|Thổ Nhĩ|Liên Hợp|Châu Âu|Châu Á|Nhà Trắng|Điện Kremlin|Quốc Hội|Chính Phủ|Đà Nẵng|Hải Phòng|"
    "Cần Thơ|Quảng Ninh|Tây Ban|Bồ Đào|Na Uy|Phần Lan|Thụy Điển|Thụy Sĩ|Đan Mạch|Ba Lan|Hà Lan".split("|")
)
_MAX_CREDIT_WORDS = 7
_BULLETS = "*•+►▪"  # marks opening a question, an item or a note after a credit
#: A credit's last word: the photographer's agency after the name (`Trọng Đức/TTXVN`), in capitals.
_AGENCY_LAST = re.compile(r"\w/[A-ZĐ]{2,}$")


def _splits_inside(token: str, lone: frozenset[str] = frozenset()) -> int | None:
    """Where a credit glued to the next word splits: `AFPViệc` → 3, `QuýCác` → 3, `31Ông` → 2, `MaiDu` → 3
    (`Ảnh: Quỳnh MaiDu khách …`): two syllables with no marks split when both have the shape of Vietnamese
    ones, not a brand's glued words (`YouTube`), or when the page prints the first `lone` (`Vinaconex`)."""
    for i in range(1, len(token) - 1):
        left, right = token[i - 1], token[i]
        if not right.isupper():
            continue
        rest = token[i:]
        word = re.match(r"\w+", rest)
        if not word or len(word.group(0)) < 2 or not word.group(0)[1:].islower():
            continue
        if left.isdigit() or left.islower() or (left.isupper() and i >= 2 and token[i - 2].isupper()):
            if any(ord(ch) > 127 for ch in word.group(0)) or word.group(0) in STARTERS:
                return i
            if token[:i].isalpha() and (token[:i] in lone or is_syllable(token[:i])) and is_syllable(word[0]):
                return i  # a name's last syllable, then the next sentence's first
    quote = token.find("“")  # `NVCC“Tôi lên …`: a quote opens the next sentence
    return quote if quote > 0 else None


def parse_credit(after: str, names: frozenset[str] = frozenset()) -> tuple[str, int]:
    """The credit at the start of `after` and where the text after it begins; `names` are pairs of title
    case words the text prints twice (`Hạ Long`), which the next sentence may open with, and lone words.

    A name said twice (`Ảnh: Lê Hội Lê Hội Thanh Hóa …`, `Ảnh: Thành Cường Thành Duy - Thành Cường`) is
    the credit, then the byline with the same name: the credit ends after the first, even where two
    writers' names after it make the run longer than a credit (`signed_credits`)."""
    tokens = list(re.finditer(r"\S+", after))[: 2 * _MAX_CREDIT_WORDS]
    size = signed_credit([t.group(0) for t in tokens])  # `Ảnh: Thành Cường Thành Duy - Thành Cường`
    return (_join(tokens[:size], after), tokens[size].start()) if size else _credit(after, names)


def _credit(after: str, names: frozenset[str]) -> tuple[str, int]:
    body = body_credit(after, STRONG_STARTERS)  # `Ảnh: Bộ Y tế`, `Ảnh: Ban Tổ chức cung cấp`
    if body is not None:
        return body
    tokens = list(re.finditer(r"\S+", after))
    taken: list[re.Match[str]] = []
    unit = False  # a name with words in lower case in it
    counted = 0  # the words of the credits before this one on the line (`Ảnh: Minh Đức - Thiết kế: …`)
    end = 0
    for index, token in enumerate(tokens):
        word = token.group(0)
        if taken and _AGENCY_LAST.search(taken[-1].group(0)) and titled(word):
            return _join(taken, after), token.start()  # `Ảnh: Trọng Đức/TTXVN Hoàng Thị Hoa`: a byline next
        if taken and (word[0] in "“\"(‘'" or word[0].isdigit()):
            # `Ảnh: VGP/Quang Hiếu Sáng 5/6, …`: a time word before a number opens the next sentence.
            if (writer := writer_before_role(taken, word)) is not None:
                return _join(taken[:writer], after), taken[writer].start()  # `Ngọc Anh (thực hiện)`
            if len(taken) >= 2 and taken[-1].group(0) in STARTERS:
                return _join(taken[:-1], after), taken[-1].start()
            opener = next((k for k, t in enumerate(taken) if k and t.group(0) in STRONG_STARTERS), 0)
            if opener:  # `Ảnh: Hoàng Phương` | `Ông Nguyễn Văn Mười (xã …`: a sentence opens inside
                return _join(taken[:opener], after), taken[opener].start()
            return _join(taken, after), token.start()
        if taken and word in ("|", "│", ">>", ">>>"):  # `| Đồ họa: …`, `>> Tin khác`: what follows
            return _join(taken, after), token.start()
        if taken and word[0] in _BULLETS:  # `Ảnh: NAM TRẦN` | `* Kế hoạch …?`: an interview's question
            return _join(taken, after), token.start()
        if (
            len(taken) == 1
            and acronym(taken[0].group(0))
            and titled(word)
            and (_name_follows(tokens, index) or sourced_next(tokens, index))  # `Ảnh: TL Thanh Theo …`
            and not slashed(tokens[index : index + 2])  # `VQG Cát Tiên/WWF`: one credit
            and not a_place(t.group(0) for t in tokens[index : index + 3])
        ):
            return _join(taken, after), token.start()  # `Ảnh: TCT Hồng Nhung (TTXVN)`: an agency, a byline
        if len(taken) == 1 and initials(taken[0].group(0)) and in_capitals(tokens[index : index + 2]):
            return _join(taken, after), token.start()  # `Ảnh: V.Q VĂN QUANG`: a writer's initials, a byline
        if taken and len(word) > 2 and word.endswith(":") and word[:-1].isalpha():
            if word[0].islower() and len(taken) >= 3 and taken[-2].group(0) in ("-", "–"):
                taken.append(token)  # `Ảnh: Minh Đức - Thiết kế: Thu Trang`: the line's next credit
                counted = len(taken)
                continue
            if word[0].islower() and len(taken) >= 2 and taken[-2].group(0) not in ("-", "–"):
                return _join(taken[:-1], after), taken[-1].start()  # `Ảnh: NVCC Xem thêm: …`: its first word
            return _join(taken, after), token.start()  # `Ảnh: Lê Khang LTS: …`: a label opens what follows
        if taken and titles_a_person(word) and _name_follows(tokens, index - 1):
            if len(taken) >= 2 and taken[-1].group(0) in STRONG_STARTERS:  # `Thomas Ziegler` | `Theo TS …`
                return _join(taken[:-1], after), taken[-1].start()
            return _join(taken, after), token.start()  # `Ảnh: VFF HLV Kim Sang-sik …`: the sentence's title
        inside = _splits_inside(word, names)
        if inside is not None:
            return _join(taken, after) + (" " if taken else "") + word[:inside], token.start() + inside
        if (
            len(taken) >= 2
            and all(t.group(0).isupper() for t in taken)
            and len(taken[-1].group(0)) > 1  # `Ảnh: BTC Ở phần …`: a sentence's one-letter first word
            and word[1:].islower()
            and word.isalpha()
        ):
            return _join(taken, after), token.start()  # `Ảnh: NGUYỄN HÀ Chị Lò Thị Mai…`: a name in capitals
        if taken and _publication(tokens) and len(taken) < _MAX_CREDIT_WORDS:
            if word in STRONG_STARTERS:
                return _join(taken, after).rstrip(".,;"), token.start()
            if word[0].isalpha():
                taken.append(token)
                if word.endswith((".", ",", ";", ":")):
                    return _join(taken, after).rstrip(".,;:"), token.end()
                continue
        if (
            taken
            and (len(taken) == 1 or unit)
            and word.isalpha()
            and word.islower()
            and (_name_follows(tokens, index) or owned_by(tokens, index))  # `Instagram nhân vật Đây là`
        ):
            unit = True  # `Ảnh: Công an huyện Hướng Hóa`, `Biên phòng Hướng Lập`: a unit's name
            taken.append(token)
            continue
        if taken and not (word[0].isupper() or "/" in word or word in ("&", "-")):
            # A lower-case word: the last capitalised word starts the next sentence.
            drop = _words_of_next_sentence(taken, names)
            if drop:
                kept = taken[:-drop]
                return _join(kept, after), taken[-drop].start()
            return _join(taken, after), token.start()
        taken.append(token)
        if word.endswith((".", ";")) and not re.search(r"\.\w", word) and index + 1 < len(tokens):
            return _join(taken, after).rstrip(".;"), token.end()
        if len(taken) - counted > _MAX_CREDIT_WORDS:  # `Ảnh: Đài Hà Nội` | `Thu Hà Xem thêm …`
            return _join(taken[: (kept := placed_body(taken))], after), taken[kept].start()
    end = len(after)
    return _join(taken, after).rstrip(".; "), end


def _publication(tokens: list[re.Match[str]]) -> bool:
    """The credit opens with a publication's name (`Báo Quân đội nhân dân`, `Tạp chí Cộng sản`)."""
    first = tokens[0].group(0) if tokens else ""
    if first not in _PUBLICATIONS:
        return False
    partner = _PUBLICATIONS[first]
    return partner is None or (len(tokens) > 1 and re.fullmatch(partner, tokens[1].group(0)) is not None)


def _signed_after(credit: str, leftover: str) -> bool:
    """What is left after a credit is the byline: the credit's name again (`Quang Huy Quang Huy`), or a
    name after an agency's initials or after a photographer's agency (`TCT Hồng Nhung (TTXVN)`,
    `Trọng Đức/TTXVN Hoàng Thị Hoa`)."""
    first = leftover.split()[0]
    agency = acronym(credit) or _AGENCY_LAST.search(credit) is not None
    return (
        leftover.startswith(credit)
        or (agency and titled(first) and not a_place(leftover.split()))
        or (initials(credit) and in_capitals(list(re.finditer(r"\S+", leftover))[:2]))
    )


def _name_follows(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether a capitalised word (not one opening a sentence) comes within two words after `index`."""
    for token in tokens[index + 1 : index + 3]:
        word = token.group(0)
        if word[:1].isupper():
            return word not in STRONG_STARTERS
        if not (word.isalpha() and word.islower()):
            return False
    return False


def _words_of_next_sentence(taken: list[re.Match[str]], names: frozenset[str] = frozenset()) -> int:
    """How many of the last capitalised words belong to the next sentence (0, 1 or 2)."""
    if len(taken) < 2:
        return 0
    words = [t.group(0) for t in taken]
    for i, word in enumerate(words[1:], start=1):
        if word in STRONG_STARTERS:
            return len(words) - i
    if len(words) >= 3 and (" ".join(words[-2:]) in _TWO_WORD_NAMES or " ".join(words[-2:]) in names):
        # The place's head word before it opens the sentence too (`Ảnh: Thu Chung` | `Vịnh Hạ Long đón …`).
        return 3 if len(words) >= 4 and words[-3] in _PLACE_HEAD_WORDS else 2
    return 1


# The one-word heads of a place's name (`Vịnh`, `Sông`, `Đảo`), which a credit's name does not end
# with; not those that are also people's names (`Hồ`, `Châu`, `Đình`: `Ảnh: Minh Châu`).
_PLACE_HEAD_WORDS = frozenset(h for h in PLACE_HEADS if " " not in h) - frozenset(
    "Hồ Châu Đình Điện Cầu Đường Dải".split()
)


def _join(tokens: list[re.Match[str]], text: str) -> str:
    return text[tokens[0].start() : tokens[-1].end()] if tokens else ""


def _label(label: str) -> str:
    return "Đồ họa" if label == "Đồ hoạ" else label


def split_captions(text: str, whole_line: bool = False) -> list[Block]:
    """Split a paragraph into text and caption blocks, in their order.

    With `whole_line`, a line that ends with its credit is one caption (photo essays caption in
    several sentences); otherwise a run-in caption is the last sentence before the credit.
    """
    out: list[Block] = []
    pos = 0
    names: frozenset[str] | None = None
    credits: list[str] = []  # the credits read so far: a gallery's photos credited alike
    while pos < len(text):
        match = _next_marker(text, pos)
        if match is None:
            out.extend(_tail_caption(text[pos:], whole_line))
            break
        before = _SEPARATOR.sub("", text[pos : match.start()]).strip()
        window = text[match.end() : match.end() + _CREDIT_WINDOW]
        close = window.find(")") if match.group("open") else -1
        glued, signed = False, ""
        if close >= 0:
            credit, cut = window[:close].strip(), close + 1
        else:
            names = repeated_pairs(text) | printed_alone(text) if names is None else names
            credit, cut = credited_before(
                window, *kind_credit(window, lambda text, known=names: parse_credit(text, known)), credits
            )
            glued = 0 < cut < len(window) and not window[cut - 1].isspace() and not window[cut].isspace()
            rest = text[match.end() + cut :] if len(text) - match.end() - cut <= 60 else ""
            leftover = rest.strip(" .;")
            last = (
                signed_last(credit)
                if glued or labelled_after(text[match.end() + cut :])
                else foreign_then_writer(credit)
            )
            if glued or last[1]:  # `… Nguyễn ChinhBình luận`, `… Hoàng Hà Tags: …`: credit, byline, page's
                credit, signed = last
            elif (
                leftover
                and len(leftover.split()) <= 3
                and "." not in leftover
                and not _MARKER.search(leftover)
                and not _signed_after(credit.strip(), leftover)
            ):
                credit, cut = f"{credit} {leftover}", len(text) - match.end()  # `Ảnh: Báo Nhân dân`
        pos = match.end() + cut
        name = credit.strip()
        said = re.match(re.escape(name) + rf"(?=\s|$)(?!\s+[-–]\s|\s+[{SMALL_LETTERS}])", text[pos:])
        byline = name if " " in name and said else ""  # not `Y Phôn - H'Mai`, nor a subject going on
        if signed:
            byline = ""
        ends_line = _FILLED.search(text, pos) is None
        start = 0 if whole_line and ends_line and len(before) <= 600 else last_sentence_start(before)
        start = caption_start(before, start)  # `… quần short da. Stylist: Kelbin Lei.`: the crew's credit
        apart = [c for c in inline_cuts(before) if c < len(before)]
        apart += [c for c in embed_cuts(before) if c == len(before.rstrip())]  # after a post's frame
        apart += [start + c for c in glued_words(before[start:])]
        start = max([start, *apart])  # after a video's title (`… 04:32) Một …`), a box glued to it
        if start == 0 and whole_line and is_name(before[last_sentence_start(before) :].strip(" -–")):
            start = last_sentence_start(before)  # `… Viêng Chăn. Lê Hà - Ảnh: Minh Đức`: a byline's name
        if start:
            out.append(Block("paragraph", before[:start].strip()))
        caption = _COUNTER.sub("", before[start:].strip())  # `1 / 12 Lễ rước kiệu …`: the gallery's counter
        credited = f"{_label(match.group('label'))}: {credit.strip()}"
        framed = not caption and start and start in embed_cuts(before)  # an embedded post's photo, gone
        out.append(Block("paragraph", credited) if framed else Block("caption", caption, credited))
        if byline:  # the credit's name said again: the byline, on a line of its own
            out.append(Block("paragraph", byline))
            pos += len(byline)
        elif signed:
            out.append(Block("paragraph", signed))
        while pos < len(text) and text[pos] in " .;":
            pos += 1
    return [b for b in out if b.text or b.credit]


_COUNTER = re.compile(rf"^(?:Ảnh\s+)?\d{{1,3}}\s*/\s*\d{{1,3}}\s+(?=[{CAPITALS}])")
_CREDIT_WINDOW = 240  # a credit is a few words; never look further for its end
_FILLED = re.compile(r"[^\s.;]")
_FIRST_CHAR = re.compile(r"\s*(\S)")
_INVITED = re.compile(r"\b(?:[Xx]em thêm|[Xx]em|[Mm]ời (?:bạn |quý vị )?xem)\s*$")


def _next_marker(text: str, pos: int) -> re.Match[str] | None:
    """The next `Ảnh:`-like label followed by a credit (a capital, a digit or `internet`), not by a
    phrase (`Video: Toàn cảnh vụ cháy …` titles a video: four words and no name)."""
    for match in _MARKER.finditer(text, pos):
        if _INVITED.search(text, max(0, match.start() - 16), match.start()) or album_at(text, match.start()):
            continue  # `Xem thêm Video: …`: a link to another piece; `Ảnh: Đầm Hà · 8 ảnh`: an album's count
        first = _FIRST_CHAR.match(text, match.end())
        if first and opens_credit(text, first.start(1)):
            if media_title(text[first.start(1) : first.start(1) + 200]):
                continue  # `Video: Nha Trang đón chuyến bay thẳng 01:20`: a video's title and length
            words = text[first.start(1) : first.start(1) + 60].split()[:4]
            video = match.group("label") in ("Video", "Clip", "Infographic")
            if video and _SCORE.search(re.split(r"[,.;]", text[first.start(1) : first.start(1) + 60])[0]):
                continue  # `Video: Highlights Việt Nam 3-0 Campuchia`, `Infographic: Dân số … 2024`: a title
            if video and a_clips_title(text[first.start(1) : first.start(1) + 200]):
                continue  # `Video: Nghệ nhân Lê Thị Hương giới thiệu các công đoạn …`: a sentence, no credit
            if (
                len(words) == 4
                and words[0].istitle()
                and all(w.isalpha() and w.islower() for w in words[1:])
                and f"{words[0]} {words[1]}".lower() not in _CREDIT_PHRASES
            ):
                continue  # a unit's credit has names in it (`Ảnh: Công an huyện Hướng Hóa`)
            return match
    return None


# A figure standing alone in a label's first words, before a comma (`3-0`, `2024`): no one's name.
_SCORE = re.compile(r"(?<!\S)\d+(?:[-–:/]\d+)?(?!\S)")
_CREDIT_PHRASES = frozenset({"minh họa", "minh hoạ", "tư liệu", "chụp màn"})


def _tail_caption(text: str, whole_line: bool) -> list[Block]:
    """Captions with no `Ảnh:` marker: `… (Ảnh tư liệu)`, `… (Nguồn: EPA/TTXVN)`, `Từ trái sang: …`."""
    for pattern in (_BARE_CREDIT, _SOURCE_CREDIT):
        match = pattern.search(text)
        if match:
            before = text[: match.start()].strip()
            credit = match.group("credit").strip()
            if pattern is _SOURCE_CREDIT:
                credit = f"Nguồn: {credit}"
            if not before and pattern is _SOURCE_CREDIT:
                continue
            start = 0 if whole_line and len(before) <= 600 else last_sentence_start(before)
            blocks = [Block("paragraph", before[:start].strip())] if start else []
            return [*blocks, Block("caption", before[start:].strip(), credit)]
    if _UNCREDITED.match(text) and len(text) <= 300:
        return [Block("caption", text.strip())]
    return [Block("paragraph", text.strip())] if text.strip() else []
