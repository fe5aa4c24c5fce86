"""What ends a box printed inside a news-please text: the writer's name under a box of links, a
poll's question under its header.

A news-please text of 2017-2019 keeps the boxes a template sets between the story's last paragraph
and its byline. The body pass that drops a box (`line_chrome.drop_chrome`) needs to know two of its ends:

* **the writer under a box of links** (`Tin liên quan:` or `BÀI VIẾT ĐƯỢC TÀI TRỢ`, a headline or
  two, then `Mai Phương`): the name reads as one more headline (short, no stop), but it is the
  story's byline when it is the text's last line and a person's name alone (a byline of two to four
  words, no source, no stop), or only the credits of the story's source or the site's own short
  lines (`Bình luận`, `Gửi`, `Theo dõi X trên Google News`) follow it;
* **a poll's question** (`Mời bạn đọc tham gia bình chọn:`, then `Bạn có hoãn xây nhà khi giá thép
  tăng?`, its options, a button): the header goes as the site's words, but the question under it
  reads as a line of the story. A line that asks (a `?`) right after a header of the site's words
  inviting the reader to vote and ending with a colon (announcing what follows) is the poll's; a
  question under any other line (`Cuộc khảo sát đặt câu hỏi:`, a story's) stays.
"""

from __future__ import annotations

import re

from .boilerplate import is_chrome
from .bylines import parse_byline
from .parsed import Block
from .unsigned import source_credit

__all__ = ["polled", "writer"]

_LONGEST_NAME = 4  # words
_LONGEST_LINE = 10  # words of a line of the site's furniture
_POLL_HEADER = re.compile(r"(?:bình chọn|thăm dò|khảo sát|bỏ phiếu|\bvote\b)[^:]{0,40}:\s*$", re.IGNORECASE)
_LONGEST_QUESTION = 30  # words


def writer(blocks: list[Block], index: int) -> bool:
    """`blocks[index]`, a line inside a box of links, is the writer's name ending the text (but for the
    credits of the story's source under it, `Ngọc Anh` ⏎ `Theo` ⏎ `Báo Kon Tum` of a baomoi page, and
    the site's own short lines, `Bình luận` ⏎ `Gửi`)."""
    rest = [
        b for b in blocks[index + 1 :] if b.text.strip() and not (source_credit(b.text) or _sites(b.text))
    ]
    text = blocks[index].text.strip()
    if rest or not 2 <= len(text.split()) <= _LONGEST_NAME or text.endswith((".", "!", "?")):
        return False
    byline = parse_byline(text)
    return byline is not None and bool(byline.author) and not byline.source


def _sites(text: str) -> bool:
    """A short line of the site's furniture under the story (`Bình luận`, `Theo dõi X trên Google News`)."""
    return len(text.split()) <= _LONGEST_LINE and is_chrome(text)


def polled(blocks: list[Block], index: int) -> bool:
    """`blocks[index]` is a poll's question under its header (the block before it)."""
    if index == 0 or blocks[index].kind == "caption":
        return False
    question = blocks[index].text.strip()
    header = blocks[index - 1].text
    return (
        _POLL_HEADER.search(header) is not None
        and is_chrome(header)  # the site's words (`Mời bạn đọc …`), not a story's (`Cuộc khảo sát hỏi:`)
        and question.endswith("?")
        and len(question.split()) <= _LONGEST_QUESTION
    )
