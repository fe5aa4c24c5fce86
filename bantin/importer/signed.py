"""What follows a signed-off article: once the story's closing byline stands on its own line after a
sentence, a run of lines to the end of the text that are none of them a sentence (other stories'
headlines, the page's tags, the site's name, a comment prompt) is the page around the story, not the
story. The run must be two lines or more and hold a headline-shaped line that is not a credit
(`Theo TTXVN` alone after the byline is the story's source and stays), and no caption, page stamp
or second byline. One headline-shaped line alone after the byline stays: it reads as an editor's
note closing the story (`Tên nhân vật đã được thay đổi`) as well as a related story's headline."""

from __future__ import annotations

from .boilerplate import is_chrome, is_headline, is_section_header
from .bylines import is_stamp_line, parse_byline
from .parsed import Block

_LONGEST = 120  # characters: a headline or a tag, not a paragraph without its full stop


def links_to_the_end(rest: list[Block]) -> bool:
    """`rest` (what follows the closing byline) is the site's lines only: no caption, no byline, no
    sentence, and at least one line that is a headline rather than a credit or a line of chrome."""
    if len(rest) < 2:
        return False
    headlines = 0
    for block in rest:
        text = block.text.strip()
        if block.kind == "caption" or len(text) > _LONGEST or is_stamp_line(text):
            return False
        if is_section_header(text) or is_chrome(text):
            continue
        byline = parse_byline(text)
        if byline is not None:
            if byline.author or byline.source is None:
                return False
            continue  # `Theo Zing.vn`: a credit in the run of the site's lines
        if not is_headline(text):
            return False
        headlines += 1
    return headlines > 0
