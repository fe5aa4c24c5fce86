"""What stands after the story's closing byline when no run of the site's lines does (issue 15's
news-please rounds, whose pages end at the byline with what the scraper took from below it).

`another_story`: one line alone after the byline is another story's headline (`Bình Dương: Bắt đối
tượng siết nợ bằng dao tự chế`, `Tấm lòng của thầy giáo trẻ nơi xóm đạo`), which goes with the page,
or an editor's note about this story (`Tên nhân vật đã được thay đổi`, `Bài viết sử dụng tư liệu của
Bảo tàng …`, `Kỳ sau: …`), which stays. A note speaks of the story itself: the article, its parts, its
characters, its writer or its sources; or it stands in brackets, quotes or after a footnote's mark. A
headline does none of these, reads as no sentence and is no credit, stamp or byline.

`asks_the_reader`: after the byline, a question run in one paragraph into the line of site furniture
that starts the page's tail (`Phụ huynh có ý kiến gì về …? Mời bạn đọc gửi bài viết về email …`) is
the site's prompt to comment, not the story's; so is a sentence there speaking to the reader (`Góc
bạn đọc là nơi chia sẻ câu chuyện của bạn.`), the site's column describing itself.

`tags`: after the byline, a run of three lines or more of a few words each, none a sentence, one of
them a topic in lower case (`MV mới`, `học bổng toàn phần`), is the page's tags: the names among
them (`Sơn Tùng M-TP`, `Youtube`) are the story's subjects, not its writers.

`writers_box`: a second byline after the closing one that names the same writer (`Tác giả: Nguyễn Hà`
after `Nguyễn Hà`) is the writer's box, the site's, not a second signature."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from .boilerplate import is_headline
from .byline_spots import is_stamp_line
from .bylines import parse_byline
from .furniture import Unit

# The story speaking of itself: the article (`bài viết`, `Bài 2`, `Kỳ sau`), its people, its writer,
# its newsroom and its material.
_ABOUT_THE_STORY = re.compile(
    r"(?i)(?<!\w)(?:bài|kỳ|phần|nhân vật|tác giả|tòa soạn|toà soạn|tư liệu|tài liệu|thông tin|ghi chú)(?!\w)"
)
_MARKED = ("(", "[", "*", '"', "“", "'", "‘")  # a note in brackets or quotes, a footnote's mark
_FEWEST = 3  # words: a headline, or the site's name (`Người đưa tin`)
_LONGEST = 120  # characters: a headline, not a paragraph without its full stop


def another_story(text: str) -> bool:
    """`text`, alone after the closing byline, is another story's headline, not a note of this one."""
    line = text.strip()
    return (
        len(line.split()) >= _FEWEST
        and len(line) <= _LONGEST
        and is_headline(line)
        and not line.startswith(_MARKED)
        and _ABOUT_THE_STORY.search(line) is None
        and parse_byline(line) is None
        and not is_stamp_line(line)
    )


def writers_box(text: str, closing: str) -> bool:
    """`text` is a byline naming the writer the closing byline (`closing`) named."""
    byline, signed = parse_byline(text), parse_byline(closing)
    return bool(byline and signed and byline.author and byline.author == signed.author)


def asks_the_reader(units: list[Unit], kinds: list[tuple[str, str]], i: int, end: int) -> bool:
    """`units[i]`, a question just before the page's tail (`end`), or a sentence speaking to the
    reader there (`Góc bạn đọc là nơi chia sẻ câu chuyện của bạn.`), shares its paragraph with the
    line of chrome opening that tail: the site's prompt, its invitation after it."""
    return (
        i == end - 1
        and end < len(units)
        and kinds[end][0] == "chrome"
        and (units[i].text.rstrip().endswith("?") or speaks_to_the_reader(units[i].text))
        and units[i].block == units[end].block
    )


def speaks_to_the_reader(text: str) -> bool:
    """`text` speaks to the reader or of them (`của bạn`, `bạn đọc`, `độc giả`): the site's words where
    it stands at the tail's edge (after the byline, before a comment box)."""
    return _TO_THE_READER.search(text) is not None


_TO_THE_READER = re.compile(r"(?<!\w)(?:của bạn|bạn đọc|độc giả)(?!\w)", re.IGNORECASE)


_TAG_WORDS = 4


def tags(texts: list[str]) -> bool:
    """`texts` (the lines after the byline, a credit among them or not) are the page's tags."""
    lines = [t.strip() for t in texts]
    return (
        len(lines) >= 3
        and all(0 < len(t.split()) <= _TAG_WORDS and not ends_sentence(t) and ":" not in t for t in lines)
        and any(any(w[:1].islower() for w in t.split()[1:]) or t[:1].islower() for t in lines)
    )
