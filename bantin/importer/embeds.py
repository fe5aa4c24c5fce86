"""What a scrape keeps of a social network's post or a video player embedded in the story: the frame
the network prints around the post, the same on every site that embeds it (`Xem bài viết này trên
Instagram`, `Một bài đăng được chia sẻ bởi Mỹ Tâm (@hoamitmytam)`, `A post shared by …`, a TikTok
sound's credit `♬ nhạc nền - Tên`, a tweet's signature `— Tên (@handle) March 3, 2024`, a Facebook
post's `Posted by Tên on Sunday, March 10, 2024`), a video player's title (`Ca sĩ - TÊN BÀI | OFFICIAL
MUSIC VIDEO`, `… (Official MV)`, `Kênh - Tập 24 | … | …`), and the buttons and labels a network's box
prints in Vietnamese (`Xem trên TikTok`, `Nhúng từ Facebook: Tên trang`, `Bài đăng trên Facebook`).

They stand between two of the story's paragraphs, so they go without ending the article. The post's
own words (a caption, a tweet's text, which the story quotes) are the story's and stay: only the
frame goes. `embed_cuts` says where a frame stands apart from the sentences it was run into (a
one-line body), `embed_frame` names one. A frame whose end the text does not tell (a name run into
the next sentence with nothing to show where it stops) is left whole: a borderline unit is kept.
"""

from __future__ import annotations

import re

from ..core.text import CAPITALS
from .menus import LEAD_STARTERS

__all__ = ["EMBED_REASON", "embed_cuts", "embed_frame", "player_titles", "post_tags"]

EMBED_REASON = "an embedded post's or video player's frame (`Xem bài viết này trên Instagram`, `♬ …`)"

# The networks' own lines, whole: Instagram's invitation, its `shared by` line with the handle.
_INVITE = re.compile(r"(?:Xem bài viết này trên|View this post on) Instagram")
_SHARED_BY = re.compile(
    r"(?:Một bài (?:đăng|viết) được chia sẻ bởi|A post shared by)\s+[^()]{1,60}?\(@[\w.]{2,}\)"
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A tweet's signature: a dash, the writer's name, the handle, the day it was posted.
_SIGNED = re.compile(
    r"[—–]\s*[^—–()]{1,60}?\(@\w{2,}\)\s+(?:(?:" + _MONTHS + r")\s+\d{1,2},\s+\d{4}"
    r"|\d{1,2}\s+tháng\s+\d{1,2},?\s+\d{4})"
)
# A Facebook post's signature: who posted it and the day (`Posted by X on Sunday, March 10, 2024`,
# `Đăng bởi X vào Thứ Bảy, 2 tháng 3, 2024`).
_DAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ [Nn]hật)"
)
_POSTED = re.compile(
    r"(?:Posted by|(?:Được |Đã )?[Đđ]ăng bởi)\s+[^,.!?()]{1,60}?\s+(?:on|vào)\s+" + _DAY + r",\s+"
    r"(?:(?:" + _MONTHS + r")\s+\d{1,2},\s+\d{4}|\d{1,2}\s+tháng\s+\d{1,2},?\s+\d{4})"
)
# A network's box's buttons and labels, whole: `Xem trên TikTok`, `Mở bằng YouTube`, `Bài đăng trên
# Facebook`, `Nhúng từ Facebook` with the page's name after a colon (to the unit's end: a name whose
# end the text does not show is cut no further). A button is cut from the text only where no sentence
# goes on after it (the end, or a word in capitals); a label only where it stands whole, since a
# sentence about a post says the same words (`Video trên TikTok của cô thu hút …`).
_NETWORKS = r"(?:Facebook|TikTok|YouTube|Youtube|Instagram|Zalo|Twitter|Threads)"
_BOX_BUTTON = re.compile(r"(?:Xem|Mở|Nghe) (?:trên|bằng) " + _NETWORKS + r"(?=$|\s+[" + CAPITALS + r"])")
_BOX_LABEL = re.compile(r"(?:Bài đăng|Bài viết|Video) trên " + _NETWORKS)
_EMBEDDED = re.compile(r"(?:Được n|N)húng từ " + _NETWORKS + r"(?::(?:\s+[^\s.!?]+){1,5})?")
# A player's title closed by what the channel calls the video (`| OFFICIAL MUSIC VIDEO`, `(Official MV)`).
_OFFICIAL = re.compile(
    r"(?:\|\s*|\(|\[)(?:OFFICIAL|Official)\s+(?:MUSIC VIDEO|Music Video|MV|LYRIC VIDEO|Lyric Video|"
    r"VISUALIZER|Visualizer|AUDIO|Audio)[)\]]?"
)
# A sound's credit (`♬ nhạc nền - HIEUTHUHAI`), up to its name after the dash; a song's title may end on
# its own dot (`♬ APT. - ROSÉ & Bruno Mars`), which the dash right after shows is no sentence's stop.
_SOUND = re.compile(r"♬(?:[^♬.!?\n]|\.(?=\s[-–]\s)){1,60}?\s[-–]\s")
# A player's title of its channel and the video's parts between pipes (`VTV Giải Trí - Tập 24 | Cha con
# hòa giải | Phim truyền hình VTV3`): a dash before the first pipe, short parts, no stop.
# `_PIPED` ends after the last pipe, where the title's last part starts.
_PIPED = re.compile(r"[^|.!?\s][^|.!?]{1,60}?\s[-–]\s[^|.!?]{2,60}?\s\|\s(?:[^|.!?]{2,60}?\s\|\s)*")
_PIPED_WHOLE = re.compile(_PIPED.pattern + r"[^|.!?]{2,60}$")
# A time or a date, which makes such a line a byline's with its stamp (`Thanh Chương - Báo X | 21:20
# 06/02/2017`), no player's.
_STAMP = re.compile(r"\d{1,2}[:h]\d{2}|\d{1,2}/\d{1,2}/\d{2,4}")
# The words a sentence's subject opens with before a name (`Chị Vy kể …`, `Ông Hùng cho biết …`).
_PERSON = re.compile(r"(?:Anh|Chị|Ông|Bà|Cô|Chú|Bác|Em|Cụ)$")
_CAP = f"[{CAPITALS}]"


def _name_end(text: str, start: int, most: int = 6) -> int | None:
    """Where a name or a title's last part that starts at `start` (its first word is its own) ends,
    when the next sentence shows where it starts within `most` words: a lead's opening word (`Theo`,
    `Nhiều`, `Đây`), a quote, a person's title before a name (`Chị Vy kể`), or a word in capitals
    between one that is not and one in lower case (`VTV3 Theo số liệu`); None when nothing shows it."""
    words = list(re.finditer(r"\S+", text[start:]))
    for k, word in enumerate(words[: most + 1]):
        if k == 0:
            continue
        w = word.group()
        after = words[k + 1].group() if k + 1 < len(words) else ""
        before = words[k - 1].group()
        at = start + word.start()
        if LEAD_STARTERS.match(" " + text[at:]) or w[:1] in '"“':
            return at
        if _PERSON.match(w) and re.match(_CAP, after):
            return at
        if re.match(_CAP, w) and w.istitle() and after[:1].islower() and not before.istitle():
            return at
    return None


def embed_cuts(text: str) -> set[int]:
    """Where an embed's frame stands apart from the sentences around it: around the networks' lines
    and a tweet's signature, after a player's title closed by `Official …` or its last part, after a
    sound's credit when the next sentence shows where its name ends."""
    cuts: set[int] = set()
    for pattern in (_INVITE, _SHARED_BY, _SIGNED, _POSTED, _BOX_BUTTON):
        for m in pattern.finditer(text):
            cuts.update(m.span())
    # an embed's label with its page's name, to the unit's end
    cuts.update(m.start() for m in _EMBEDDED.finditer(text) if ":" in m.group())
    cuts.update(end for _, end in player_titles(text))
    for m in _SOUND.finditer(text):
        cuts.add(m.start())
        end = _name_end(text, m.end())
        if end is not None:
            cuts.add(end)
    for m in _PIPED.finditer(text):
        end = _name_end(text, m.end())
        if end is not None and not _STAMP.search(text, m.start(), end):
            cuts.add(end)
    return cuts


# What follows a player's title: the end, or the next sentence's first word or quote.
_AFTER_TITLE = re.compile(r"\s*(?:$|[" + CAPITALS + '"“])')
# A sentence's end before a player's title (its stop, a closing quote, the space after).
_STOP = re.compile(r"[.!?…][\"”’)]*\s+")


def player_titles(text: str) -> list[tuple[int, int]]:
    """The spans of players' titles closed by `Official …` (`HIEUTHUHAI - NGỦ MỘT MÌNH | OFFICIAL MUSIC
    VIDEO`), from the end of the sentence before: whole, no cut inside (its words in capitals are the
    song's, no header's)."""
    spans = []
    for m in _OFFICIAL.finditer(text):
        if not _AFTER_TITLE.match(text, m.end()):
            continue  # the sentence goes on (`… bản (Official MV) của bài hát …`): a name the story says
        window = max(0, m.start() - 120)
        stops = list(_STOP.finditer(text, window, m.start()))
        start = stops[-1].end() if stops else (0 if window == 0 else None)
        if start is not None and len(text[start : m.end()].split()) <= 16:
            spans.append((start, m.end()))
    return spans


# A post's caption closing on its hashtags, its sound's credit after them (`… nhiều lắm #damcuoi #vuquy ♬ …`).
_POST_TAGS = re.compile(r"(?:#[^\W\d_][\w'’]*\s+)+(?=♬)")
_TAG = re.compile(r"#[^\W\d_]")


def post_tags(text: str) -> set[int]:
    """Where the hashtags of a post's caption start, when its sound's credit follows them: the words
    the post was written with, which stay with the caption the story quotes (a page's tags have no
    sound after them)."""
    return {
        run.start() + tag.start() for run in _POST_TAGS.finditer(text) for tag in _TAG.finditer(run.group())
    }


def _worded(text: str) -> bool:
    """A player's title ends on words (`| Phim truyền hình VTV3`); a table's row on a figure, its last
    cell (`Khu vực 2 - nông thôn | 0,5`), is no title."""
    return bool(re.search(r"[^\W\d_]", text.rsplit("|", 1)[-1]))


def embed_frame(text: str) -> str | None:
    """The reason `text` is an embed's frame (a unit of its own once `embed_cuts` cut it), or None."""
    text = text.strip()
    if any(
        p.fullmatch(text) for p in (_INVITE, _SHARED_BY, _SIGNED, _POSTED, _BOX_BUTTON, _BOX_LABEL, _EMBEDDED)
    ):
        return EMBED_REASON
    if text.startswith("♬") and len(text.split()) <= 14:
        return EMBED_REASON
    if _OFFICIAL.search(text) and text.endswith(_OFFICIAL.search(text).group()) and len(text.split()) <= 16:
        return EMBED_REASON
    if _PIPED_WHOLE.match(text) and len(text.split()) <= 16 and not _STAMP.search(text) and _worded(text):
        return EMBED_REASON
    return None
