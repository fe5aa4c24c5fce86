"""A sentence of the story quoting the words a site prints as its furniture: a copyright story's advice
to write `"Bản quyền thuộc về tác giả"` on one's photos, a recall telling shoppers to look for `"Hotline"`
on the box. The words inside the quotation marks are what the sentence is about, not the page's; the
sentence is judged by the words outside them, so it stays as the story's when they read as one."""

from __future__ import annotations

import dataclasses
import re

from .furniture import Signals, signals

__all__ = ["QUOTED", "unquoted_signals"]

#: A quotation inside a sentence, in straight or curly marks.
QUOTED = re.compile(r"[“\"][^“”\"]{1,80}[”\"]")


def unquoted_signals(text: str, found: Signals) -> Signals:
    """`found`, the signals of `text`, without the furniture only its quotations hold, when the words
    outside them are a sentence of prose (`… nên ghi rõ "Bản quyền thuộc về tác giả" và lưu giữ …`)."""
    if not found.strong or not QUOTED.search(text):
        return found
    outside = signals(QUOTED.sub(" ", text))
    if outside.strong or not (outside.prose and outside.sentence):
        return found
    return dataclasses.replace(found, strong=None, sure=False, word=False, weak=outside.weak)
