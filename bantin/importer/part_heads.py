"""A short subheading of the story right under a box of related headlines printed inside it
(`Tin liên quan`, a headline, then `Dòng thời gian` over the story's next paragraphs): the box's
first pass (`line_chrome.drop_chrome`) takes every line shaped as a headline under the box's label, and
would take the subheading with them.

What tells them apart carries over to any site: another story's headline names its news in six
words or more (the bound `inline_links` uses too), while a feature's subheading may be two or three
(`Dòng thời gian`, `Những nỗi lo`); and a subheading opens a paragraph of the story, a full sentence,
right under it. Only a line after the box's first headline is judged so: right under the label, a
short line is the box's own (`Giá vàng hôm nay`). A borderline line is kept: the chrome detector
still judges it where it stands (after the story's end it goes)."""

from __future__ import annotations

from ..core.sentences import ends_sentence
from .boilerplate import is_section_header
from .parsed import Block

_MOST = 5  # words: a headline of another story has six or more
_SENTENCE = 6  # words: the sentence of the story the subheading opens (`Tháng 7/2021: đội xe … ra đời.`)


def opens_a_part(blocks: list[Block], index: int) -> bool:
    """`blocks[index]`, in a box of related headlines, is a short subheading of the story opening
    the paragraph under it, after at least one of the box's headlines."""
    text = blocks[index].text.strip()
    if not (1 <= len(text.split()) <= _MOST and text[:1].isupper()) or ends_sentence(text):
        return False
    if index == 0 or index + 1 >= len(blocks) or is_section_header(blocks[index - 1].text):
        return False
    after = blocks[index + 1]
    return after.kind == "paragraph" and len(after.text.split()) >= _SENTENCE and ends_sentence(after.text)
