"""A self-test the site offers its reader in a box set in the story: the page's widget, not the story's.

Family, health and lifestyle magazines print a quiz among the story's paragraphs: its question to the
reader (`Bạn có đang ngủ đủ giấc?`, under a label: `Trắc nghiệm: Bạn thuộc kiểu mẹ bỉm nào?`), then a
call to take the test in the imperative (`Làm bài kiểm tra chất lượng giấc ngủ ngay`, `Làm trắc
nghiệm`, `Thử ngay bài test …`) and its button (`Bắt đầu`), with no stop anywhere; a one-line scrape
runs the box into the next paragraph (`… giấc ngủ ngay Bắt đầu Nếu đã thay đổi …`) or into the byline
(`Làm trắc nghiệm Lan Anh`). What marks the box is the three together: a question, a call naming a
test (`trắc nghiệm`, `bài kiểm tra`, `bài test`, `quiz`) right after it, and the button or the call's
end with no stop. A story speaking of a test (`Học sinh làm bài kiểm tra 15 phút.`, `Bác sĩ khuyên
làm trắc nghiệm trầm cảm.`) ends with its stop or asks nothing before it, and stays.

A box may also print its question under the test's label and the button right after it, with no call
(`Trắc nghiệm: Bạn hợp với người yêu kiểu nào? Bắt đầu`): the label naming a test, a question, and the
button are the box too; a story's question quoted under such a label is followed by a sentence, not
by a button.

`quiz_cuts` sets the box apart where it runs on (after its button, before a capital), and
`quiz_boxes` makes the call, the question above it and a button on a line of its own chrome."""

from __future__ import annotations

import re

from ..core.text import CAPITALS

__all__ = ["QUIZ", "quiz_boxes", "quiz_cuts"]

QUIZ = "a quiz the site offers the reader (its question, its call to take the test, its button)"

_TEST = r"(?:trắc nghiệm|bài (?:kiểm tra|test|trắc nghiệm)|test|quiz)"
# The call to take the test, opening its unit (after the question's `?`).
_CALL = re.compile(rf"(?:Làm|Thử|Tham gia|Bắt đầu)\s+(?:ngay\s+)?{_TEST}(?!\w)")
_BUTTON = re.compile(
    r"(?:Bắt đầu(?: ngay| làm bài)?|Làm ngay|Thử ngay|Kiểm tra ngay|"
    r"Làm (?:bài|trắc nghiệm|bài test|bài kiểm tra))"
)
# The label of a test over its question (`Trắc nghiệm: Bạn … nào?`), opening its unit.
_LABELLED = re.compile(r"(?:Trắc nghiệm|Bài test|Test|Quiz)\s*:\s+[^.!?;:…]{3,120}\?")
_LONGEST = 14  # words from the call to its button: a box's line, not a paragraph without its stop
_STOPS = (".", "!", "…", ";", ":")


def _after_question(text: str, at: int) -> bool:
    return text[:at].rstrip().endswith("?")


def quiz_cuts(text: str) -> set[int]:
    """Where a quiz's box run on into what follows it ends: after its button (or after a call that is
    its own button, `Làm trắc nghiệm`), before a word in capitals, when a question stands before it."""
    cuts = set()
    for label in _LABELLED.finditer(text):  # `Trắc nghiệm: … nào? Bắt đầu Theo bà, …`
        button = _BUTTON.match(text, label.end() + 1)
        if button and re.match(rf"\s+[{CAPITALS}]", text[button.end() :]):
            cuts.add(button.end())
    for call in _CALL.finditer(text):
        if not _after_question(text, call.start()):
            continue
        rest = text[call.end() :]
        stop = re.search(r"[.!?;:…]", rest)
        span = rest[: stop.start()] if stop else rest
        button = next(
            (b for b in _BUTTON.finditer(span) if re.match(rf"\s+[{CAPITALS}]", span[b.end() :])), None
        )
        if button and len(span[: button.end()].split()) <= _LONGEST:
            cuts.add(call.end() + button.end())
        elif _BUTTON.fullmatch(call.group(0)) and re.match(rf"\s+[{CAPITALS}]", rest):
            cuts.add(call.end())
    return cuts


def _call(text: str) -> bool:
    """`text` is a quiz's call (and its button), with no stop."""
    text = text.strip()
    found = _CALL.match(text)
    return found is not None and not text.endswith((*_STOPS, "?")) and len(text.split()) <= _LONGEST + 2


def quiz_boxes(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with a quiz's box (see the module's docstring) chrome: its call after a question, the
    question, and its button on a line of its own after the call."""
    out = list(kinds)
    for i, text in enumerate(texts):
        if i and _BUTTON.fullmatch(text.strip()) and _LABELLED.fullmatch(texts[i - 1].strip()):
            out[i - 1] = out[i] = ("chrome", QUIZ)  # the labelled question, its button right after it
        if i == 0 or not _call(text) or not texts[i - 1].rstrip().endswith("?"):
            continue
        out[i - 1] = out[i] = ("chrome", QUIZ)
        if i + 1 < len(texts) and _BUTTON.fullmatch(texts[i + 1].strip()):
            out[i + 1] = ("chrome", QUIZ)
    return out
