"""A box of other stories under its header after the story's close, its items about the same event.

A paper that reports an event links its other stories on it under the story: a header (`Tin liên
quan`, `Bài liên quan`, `Tin cùng chuyên mục`, `Đọc thêm`), then headlines and teaser leads, some
with no headline (`Ngày 22/4, Tòa án … mở phiên tòa xét xử …`, as provincial papers print them).
The leads read as sentences, and they tell the same event with the same names, the same official
and the same agency's photo credit, so neither the kinds nor the topic words (`unheaded`) tell them
from the story.

What does is where the header stands: right after the story's close (its byline, a writer's name in
capitals, or its last photo's caption, with only the site's buttons between), and with little after
it to the body's end: no byline (a story that went on past a box of links inside it would close with
one), and a few sentences at most, far fewer than the story's before it (after the byline, which
marks the close best, any number of them, so long as the box is shorter than the story). The
article ends at the header. After a caption (a photo may stand inside the story too) the first lead
must open afresh: one that goes on from the story (`Tuy nhiên, …`, `… này`, a quotation) is the
story's, and so is the sentence a related link's one headline ran into under its colon (`Bài liên
quan:` | `ASEAN ưu tiên … của Lào` | `Về Biển Đông, …`, `edges.linked_headline_apart`). A header inside
the story (`Đọc thêm: …` between two paragraphs) has the story's sentences after it, and its byline: it
stays where it is (`bounds.link_into_text`).
"""

from __future__ import annotations

from .bounds import first_prose
from .furniture import LINKED_HEADLINE, Signals, Unit
from .marked_ends import lists_stories, writer_in_capitals
from .unheaded import goes_on

__all__ = ["REASON", "related_tail"]

REASON = "a header of other stories after the story's close, with a few of their headlines and leads"

_MAX_LEADS = 3  # teaser leads after the header and a caption: a box of three stories
_MIN_STORY = 3  # sentences of the story before its close (and twice the leads after it, at least)


def related_tail(units: list[Unit], kinds: list[tuple[str, str]], found: list[Signals], end: int) -> int:
    """Where a box of other stories under its header, right after the story's close and running on
    to `end`, starts; `end` when there is none."""
    first = first_prose(kinds)
    for h in range(first + 1, end):
        if kinds[h][0] != "chrome" or not lists_stories(found[h].strong):
            continue
        close = h - 1
        while close > first and kinds[close][0] == "chrome":
            close -= 1  # a share bar between the byline and the box
        if not (kinds[close][0] in ("byline", "caption") or writer_in_capitals(units, close)):
            continue
        after = range(h + 1, end)
        if any(kinds[i][0] == "byline" or writer_in_capitals(units, i) for i in after):
            continue  # the story went on past a box inside it, to its byline
        leads = [i for i in after if kinds[i][0] == "prose"]
        if kinds[close][0] == "caption" and leads and goes_on(units[leads[0]].text):
            continue  # a photo inside the story, a box of links, and the story going on (`Tuy nhiên, …`)
        linked = h + 1 < end and kinds[h + 1][1] == LINKED_HEADLINE and units[h].text.rstrip().endswith(":")
        if kinds[close][0] == "caption" and linked:
            continue  # `Bài liên quan:` | its one headline, cut off the story's next sentence run into it
        story = [i for i in range(first, close) if kinds[i][0] == "prose"]
        if len(leads) <= _MAX_LEADS and len(story) >= max(_MIN_STORY, 2 * len(leads)):
            return h
        signed = kinds[close][0] == "byline" or writer_in_capitals(units, close)
        if signed and len(story) >= _MIN_STORY and _words(units, leads) <= _words(units, story):
            return h  # after the byline, a longer box (five stories' leads), shorter than the story
    return end


def _words(units: list[Unit], indices: list[int]) -> int:
    return sum(len(units[i].text.split()) for i in indices)
