"""The author's box under the story, run into a one-line body: the writer's name as the byline prints it,
then again as the box's head over a line or two about them (`Thanh Hà Thanh Hà Phóng viên Ban Thời sự,
phụ trách mảng …, tiêu cực.`). `box_apart` keeps the name once (the byline, which names the author) and
drops the box's sentences, which are no story's: the story has ended at its writer's name, and no
sentence of a story opens with a person's name said twice. A name said twice over no sentence (`Bố Gấu
Bố Gấu Blog Chuyên mục: …`, a blog's name after its writer's) is left to `body.strip_site_repeats`."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from ..core.text import CAPITALS
from .bylines import is_person
from .writers import titles_a_person

__all__ = ["box_apart"]

# A name of two to five words said twice, then the box's first sentence: a capital first, its stop last.
_BOX = re.compile(
    rf"(?<!\S)(?P<name>(?:[{CAPITALS}][\w.]*\s+){{1,4}}[{CAPITALS}][\w.]*)\s+(?P=name)"
    rf"\s+[{CAPITALS}][^.!?]{{2,240}}?[.!?](?=\s|$)"
)
# A second sentence of the box (`Tác giả có nhiều bài nghiên cứu về …`).
_SENTENCE = re.compile(rf"\s+[{CAPITALS}][^.!?]{{2,240}}?[.!?](?=\s|$)")
# The box's most words: a line or two about the writer.
_BOX_WORDS = 40


def box_apart(text: str) -> str:
    """`text` with each author's box (a person's name twice after the story's last sentence, over one or
    two sentences of up to 40 words) cut to the name once."""
    out, at = [], 0
    for match in _BOX.finditer(text):
        name, before = match.group("name"), text[: match.start()].rstrip()
        box = len(match.group(0).split()) - 2 * len(name.split())
        ended = ends_sentence(before) or _after_item(before, name)
        if not is_person(name) or not ended or box > _BOX_WORDS:
            continue
        end = match.end()
        second = _SENTENCE.match(text, end)
        if second is not None and box + len(second.group(0).split()) <= _BOX_WORDS:
            end = second.end()
        out.append(text[at : match.start()] + name)
        at = end
    return "".join(out) + text[at:]


def _after_item(before: str, name: str) -> bool:
    """A titled writer's name (`ThS. Lê Văn Khang`) twice after a list's last item, which has no stop
    (`… kiểm sát án dân sự, hành chính`): the story ends there too, as a title opens no list's item."""
    last = before.split()[-1:]
    return bool(last) and last[0][:1].islower() and titles_a_person(name.split()[0])
