"""A rating's two buttons under a story, an answer and its negation (`Đánh giá bài viết Hữu ích Không
hữu ích`, `Bài viết có giúp ích cho bạn? Có ích Không có ích`, `Thích Không thích`): the page's, not the
story's.

A site asks its reader to rate the page and prints two buttons: an answer and the same answer denied
(`X` | `Không X`), each opening with a capital as a button's label does, often after the widget's
label (a button's words the page prints elsewhere too: `Đánh giá bài viết`). The shape is the signal,
whatever the answer's words: no story writes a word and its negation side by side with no stop, in
capitals. A unit made of the pair alone, or of a widget's label and the pair, with no stop, goes;
a sentence saying the same (`Bài viết hữu ích, không hữu ích thì bỏ qua.`) has its stop and stays.
"""

from __future__ import annotations

import re

from .widgets import widget_spans

__all__ = ["RATING_ANSWERS", "rates_the_page", "rating_answers"]

RATING_ANSWERS = "a rating's two buttons, an answer and its negation"

# The pair: an answer of one to three words opening with a capital, then `Không` and the same words.
_PAIR = re.compile(r"(?P<answer>[^\W\d_][\w]*(?:\s+[^\W\d_]\w*){0,2})\s+Không\s+(?P<denied>.+)")
# A question put before the buttons (`Bài viết có hữu ích với bạn không?`): the label's question mark.
_QUESTION = re.compile(r"[^.!?]{3,120}\?")


def rates_the_page(text: str) -> bool:
    """`text` is a rating's two buttons (`Hữu ích Không hữu ích`), after a widget's label
    (`Đánh giá bài viết`) or a question to the reader, and nothing else."""
    text = text.strip()
    if text[-1:] in ".!…":
        return False
    return any(_pair(rest) for rest in (text, _after_label(text)))


def _pair(text: str) -> bool:
    """`text` is an answer opening with a capital, `Không` and the same answer (`Hữu ích Không hữu ích`)."""
    pair = _PAIR.fullmatch(text)
    if pair is None or not pair.group("answer")[:1].isupper():
        return False
    return pair.group("answer").casefold() == pair.group("denied").strip().casefold()


def _after_label(text: str) -> str:
    """`text` without the widget's label (`Đánh giá bài viết`) or the question to the reader opening it."""
    spans = widget_spans(text)
    if spans and spans[0][0] == 0:
        return text[spans[0][1] :].strip(" :")
    question = _QUESTION.match(text)
    return text[question.end() :].strip() if question else text


def rating_answers(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with a rating's two buttons (see the module's docstring) chrome."""
    return [("chrome", RATING_ANSWERS) if rates_the_page(t) else k for t, k in zip(texts, kinds, strict=True)]
