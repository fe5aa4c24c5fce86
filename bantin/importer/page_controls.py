"""A page's control run into the story between two of its sentences, which a one-line scrape prints
with no stop after it: a pager (`Bài trước | Bài sau`), an author box's head (`Thông tin tác giả`), a
link to more of the site's stories with its arrows (`Xem tiếp các tin khác >>`), a story's toolbar (`In
bài viết | Lưu bài viết`), the head of a box of photos or videos (`Tin ảnh`, `Video nổi bật`). A writer
never ends a sentence and opens the next with such words: a pager names no story, an arrow points at a
link, a toolbar's buttons and a box's head name none either. The
control starts after the stop and ends where a whole sentence opens: the first word in a capital after
its first from which a sentence of eight words or more runs to its stop (a pager's next link with it);
up to eight words, no comma and no figure. Where it starts and ends, a unit does (`units.split_units`),
and `page_control` judges it alone (`unit_kinds`). A button or a label the boilerplate knows, run into
the next sentence (`Gửi phản hồi Thiếu tá …`, `Chuyên mục: Hoạt động đối ngoại Hai nhà …`), is not cut:
its words open a story's sentences and steps too (`Đăng nhập Cổng dịch vụ công …`). A pager's two links
together (`Bài trước Bài sau`) are cut wherever they stand, after a byline too."""

from __future__ import annotations

import re

from ..core.sentences import sentence_after, sentence_starts

__all__ = ["PAGE_CONTROL", "page_control", "page_control_cuts"]

#: The reason such a control is the site's.
PAGE_CONTROL = "a page's control (a pager, an author box's head, a link with its arrows, a toolbar)"

_TOOL = r"(?:In|Lưu|Gửi) bài(?: viết| này)?"
_PAGE = r"(?:[«‹<]\s*)?(?:Bài|Tin) (?:trước|sau|tiếp theo|kế tiếp)(?:\s*[»›>])?"
_CONTROL = re.compile(
    rf"{_PAGE}(?:\s*[|/·]?\s*{_PAGE})*"  # `Bài trước | Bài sau`, `Bài trước Bài sau`, `« Tin trước`
    r"|Thông tin (?:về )?tác giả"  # the head of the writer's box
    r"|(?:Xem|Đọc)(?:\s[^\s>»]+){1,5}\s*(?:>>|»)"  # `Xem tiếp các tin khác >>`
    rf"|{_TOOL}(?:\s*[|/·]\s*{_TOOL})*"  # a story's toolbar: `In bài viết | Lưu bài viết`
    r"|Tin ảnh|Video nổi bật|Ảnh nổi bật|Tin video"  # the head of a box of photos or videos
)
# A pager's two links together (`Bài trước Bài sau`), wherever they stand: no story's words.
_PAGER = re.compile(rf"(?<!\S){_PAGE}(?:\s*[|/·]?\s*{_PAGE})+(?!\S)")
_MOST_WORDS = 8
_OPEN = (":", "|", "/", "·")
_SENTENCE = 8


def page_control(text: str) -> bool:
    """`text` is such a control, whole."""
    return _CONTROL.fullmatch(text.strip()) is not None


def page_control_cuts(text: str) -> set[int]:
    """Where such controls run into the story between two sentences start and end."""
    cuts: set[int] = set()
    for start in sentence_starts(text):
        words = list(re.finditer(r"\S+", text[start:]))[1 : _MOST_WORDS + 1]
        for word in words:
            end = start + word.start()
            control = text[start:end].strip()
            if not word.group()[0].isupper() or "," in control or any(c.isdigit() for c in control):
                continue
            if control.endswith(_OPEN) or not sentence_after(text, end, _SENTENCE):
                continue  # a label before its value, a pager before its next link
            if page_control(control):
                cuts.update((start, end))
            break
    for pager in _PAGER.finditer(text):  # `… Thanh Bình Bài trước Bài sau Đọc nhiều nhất …`
        if pager.start() not in cuts:  # not one already cut between two sentences
            cuts.update(pager.span())
    return cuts
