"""A poll's answers and its tally under an opinion piece (`Có Không Ý kiến khác Đã có 128 lượt bình
chọn`, `Đồng ý Không đồng ý Phân vân`): the page's vote box, not the story's.

An opinion page asks its reader whether they agree (`Bạn có đồng ý với tác giả?`) and prints the
answers to tick, then how many voted, often with no button after them (`Biểu quyết`, which `inline`
knows). The answers are a closed class, the same on every site (yes, no, agree, disagree, undecided,
another opinion), so they are named; a unit made of two of them at least, or of one and the tally (`Đã
có 128 lượt bình chọn`), with no stop, is no line of a story (whose answer is a sentence: `Không.`,
`Có, tôi đồng ý.`). `poll_answers` makes such units chrome, and `inline.around_inline` then takes the
question to the reader over them with them. A box printed one answer a line (`Có` | `Không` | `Xem kết
quả`) has each answer a unit of its own: a lone answer with no stop goes when the unit next to it is
another answer or the box's button (a story's dialogue answers with a sentence, `Có.`). A box set
inside the story opens with its label (`Bình chọn:`, `Thăm dò ý kiến`), and the question put to the
reader under it (`Theo bạn, học sinh nên được nghỉ Tết bao nhiêu ngày?`) goes with it, on its line too:
no story asks its reader under a poll's label. A page printed as one line may run a byline into a
helpfulness box's question with no stop (`Phòng Công tác xã hội Bài viết hữu ích? | Có Không`): the
question, a few words opening where a sentence does, is cut off the byline over the answers
(`question_apart`), and goes with them."""

from __future__ import annotations

import re

from .furniture import Unit
from .linked_headlines import opens_sentence_at

__all__ = ["POLL_ANSWERS", "POLL_QUESTION", "READER", "opens_poll", "poll_answers", "question_apart"]

POLL_ANSWERS = "a poll's answers and its tally"
POLL_QUESTION = "a poll's question to the reader under its label"

# A question put to the reader (`Bạn có đồng ý …?`, `Quý vị nghĩ sao?`).
READER = re.compile(r"(?<!\w)(?:[Bb]ạn|[Qq]uý vị|[Đđ]ộc giả)(?!\w)")
# A poll's label over its question (`Bình chọn:`), its line alone or the question after it.
_LABEL = r"(?:Bình chọn|BÌNH CHỌN|Thăm dò(?: ý kiến)?|THĂM DÒ(?: Ý KIẾN)?|Khảo sát nhanh)"
_LABEL_ALONE = re.compile(_LABEL + r"\s*:?")
_LABELLED = re.compile(_LABEL + r"\s*:\s+(?P<question>.+)")
# A poll's box opening the unit: its label, alone or over the question in capitals (`Thăm dò ý kiến Bạn …`).
_OPENS = re.compile(_LABEL + r"\s*:?(?:\s+[^\W\d_]|\s*$)")
_QUESTION_WORDS = 30

_ANSWER = (
    r"(?:Hoàn toàn đồng ý|Rất đồng ý|Không đồng ý|Đồng ý|Phân vân|Chưa rõ|Không rõ|Không biết|"
    r"Ý kiến khác|Khác|Có|Không)"
)
_TALLY = r"(?:(?:Đã có|Có)\s+)?\d[\d.,]*\s+(?:lượt|người)\s+(?:bình chọn|tham gia|trả lời|biểu quyết)"
_BOX = re.compile(
    rf"(?P<answers>{_ANSWER}(?:\s+{_ANSWER})*)?(?:\s*{_TALLY})?(?:\s+(?:Xem kết quả|Bình chọn|Biểu quyết))?"
)


def opens_poll(text: str) -> bool:
    """`text` opens with a poll's label, alone or over its question (`Thăm dò ý kiến Bạn quan tâm …?`)."""
    found = _OPENS.match(text.strip())
    return found is not None and (found.end() == len(text.strip()) or text.strip()[found.end() - 1].isupper())


def answers_a_poll(text: str) -> bool:
    """`text` is a poll's answers (two at least), or its answers and tally, and nothing else."""
    found = _BOX.fullmatch(text.strip())
    if found is None or not found.group("answers"):
        return False
    answers = re.findall(_ANSWER, found.group("answers"))
    return len(answers) >= 2 or found.group(0) != found.group("answers")


_ONE = re.compile(_ANSWER)
_BUTTON = re.compile(r"(?:Xem kết quả|Bình chọn|Biểu quyết)")


def _in_the_box(text: str) -> bool:
    """`text` is one of a box's lines: an answer alone, the answers, or the button alone."""
    text = text.strip()
    return _ONE.fullmatch(text) is not None or _BUTTON.fullmatch(text) is not None or answers_a_poll(text)


def poll_answers(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with a poll's answers (see the module's docstring) chrome, one a line too."""
    out = list(kinds)
    for i, text in enumerate(texts):
        alone = _ONE.fullmatch(text.strip()) is not None
        beside = [texts[j] for j in (i - 1, i + 1) if 0 <= j < len(texts)]
        if answers_a_poll(text) or (alone and any(_in_the_box(other) for other in beside)):
            out[i] = ("chrome", POLL_ANSWERS)
        labelled = _LABELLED.fullmatch(text.strip())
        labelled_above = i > 0 and _LABEL_ALONE.fullmatch(texts[i - 1].strip()) is not None
        under = labelled_above and kinds[i - 1][0] in ("chrome", "short")
        if _asks_reader(labelled.group("question") if labelled else text if under else ""):
            out[i] = ("chrome", POLL_QUESTION)
            if under:  # the label alone over it (`Thăm dò ý kiến` | `Bạn biết … qua kênh nào?`) goes too
                out[i - 1] = ("chrome", POLL_QUESTION)
    return out


def _asks_reader(text: str) -> bool:
    """`text` is one question put to the reader (`Theo bạn, … bao nhiêu ngày?`), no longer than a poll's."""
    text = text.strip()
    one = text.endswith("?") and not any(stop in text[:-1] for stop in ".!?")
    return one and READER.search(text) is not None and len(text.split()) <= _QUESTION_WORDS


_ASKED_WORDS = 6  # a box's question (`Bài viết hữu ích?`, `Thông tin này có giúp ích cho bạn?`)


def question_apart(units: list[Unit]) -> list[Unit]:
    """`units` with a box's short question cut off the words run into it (`Phòng Công tác xã hội Bài viết
    hữu ích?`) when a poll's answers follow it: where a sentence opens (`linked_headlines.opens_sentence_at`)
    at most six words before the question mark, none of them a stop."""
    out: list[Unit] = []
    for i, unit in enumerate(units):
        words = unit.text.split()
        answered = i + 1 < len(units) and answers_a_poll(units[i + 1].text)
        if not (answered and unit.text.rstrip().endswith("?")) or any(w[-1] in ".!?:" for w in words[:-1]):
            out.append(unit)
            continue
        at = next(
            (
                k
                for k in range(max(1, len(words) - _ASKED_WORDS), len(words) - 1)
                if opens_sentence_at(words, k)
            ),
            None,
        )
        if at is None:
            out.append(unit)
            continue
        out += [Unit(unit.block, " ".join(words[:at])), Unit(unit.block, " ".join(words[at:]))]
    return out
