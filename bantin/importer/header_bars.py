"""A phone's header bar run into the story's first sentence: the site's name (its logo's text) and
the bar's buttons after it (`Báo Mẫu Trang chủ Mới nhất Sáng 16/4, TP …`), the scrape keeping no
break between the bar and the story. A desktop page prints its menu apart, on lines of its own; a
mobile page's bar is one strip, and a vnsum scrape runs it into the text. `bar_end` cuts it off at
the start of the text only: a few capitalised words, then two button's words at least
(`widgets.leading_buttons`), then a capital opening the story; a sentence opening with a name
goes on in small letters (`Ông Nam chia sẻ …`), never with `Trang chủ Mới nhất` and a capital."""

from __future__ import annotations

import re

from .widgets import leading_buttons

# The site's name: up to four capitalised words (`Báo Quảng Ninh`, `Saostar`), a capital after it.
_NAME = re.compile(r"^(?:[A-ZĐ][^\s]*\s+){1,4}(?=[A-ZĐ])")


def bar_end(text: str) -> int:
    """Where a header bar opening `text` (the site's name, its buttons) ends; 0 when none does."""
    name = _NAME.match(text)
    if name is None:
        return 0
    rest = text[name.end() :]
    end = leading_buttons(rest)
    if not end:
        return 0
    after = rest[end:].lstrip()
    return name.end() + end if after[:1].isupper() or after[:1].isdigit() else 0
