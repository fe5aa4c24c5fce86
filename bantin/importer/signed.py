"""What follows a signed-off article: once the story's closing byline stands on its own line after a
sentence, a run of lines to the end of the text that are none of them a sentence (other stories'
headlines, the page's tags, the site's name, a comment prompt) is the page around the story, not the
story. The run must be two lines or more and hold a headline-shaped line that is not a credit
(`Theo TTXVN` alone after the byline is the story's source and stays), and no caption, page stamp
or second byline (but the writer's box: `Tác giả: Nguyễn Hà` after `Nguyễn Hà`). One line alone after
the byline goes when it is another story's headline, not an editor's note closing this one
(`Tên nhân vật đã được thay đổi` stays; signed_tail.py tells them). Credits of the story's source
right after the byline (`Theo Người Lao Động` ⏎ `Video: …` ⏎ `Tin liên quan`) stay, whatever
follows them: the run of the site's lines starts after them (`after_credits` lets the byline sign
off across them)."""

from __future__ import annotations

from .boilerplate import is_chrome, is_headline, is_section_header
from .byline_spots import is_stamp_line
from .bylines import parse_byline
from .parsed import Block
from .signed_tail import another_story, tags, writers_box
from .unsigned import source_credit

_LONGEST = 120  # characters: a headline or a tag, not a paragraph without its full stop


def links_to_the_end(rest: list[Block], before: list[Block]) -> bool:
    """`rest` (what follows the closing byline, the last of `before`) is the site's lines only: no caption, no
    byline but the writer's box, no sentence, and at least one line that is a headline rather than a
    credit or a line of chrome; or one line alone that is another story's headline (signed_tail)."""
    if len(rest) == 1:
        return rest[0].kind == "paragraph" and another_story(rest[0].text)
    if len(rest) < 2 or source_credit(rest[0].text):
        return False  # `Theo Người Lao Động` ⏎ `Tin liên quan`: the source stays, the run starts after it
    headlines, tagged = 0, tags([b.text for b in rest])
    for block in rest:
        text = block.text.strip()
        if block.kind == "caption" or len(text) > _LONGEST or is_stamp_line(text):
            return False
        if is_section_header(text) or is_chrome(text):
            continue
        byline = parse_byline(text)
        if byline is not None:
            if writers_box(text, before[-1].text) or (tagged and byline.author):
                continue  # `Tác giả: Nguyễn Hà` after `Nguyễn Hà`; a tag that reads as a name
            if byline.author or byline.source is None:
                return False
            continue  # `Theo Zing.vn`: a credit in the run of the site's lines
        if not is_headline(text):
            return False
        headlines += 1
    return headlines > 0


def after_credits(before: list[Block]) -> list[Block]:
    """`before` without the credits of the story's source ending it (`Hải Yến` ⏎ `Theo Bóng Đá`): the
    byline above them still signs the story off."""
    end = len(before)
    while end > 1 and before[end - 1].kind == "paragraph" and source_credit(before[end - 1].text):
        end -= 1
    return before[:end]
