"""The site's prompts and links kept after the story's last credit (`… Ảnh: Sống Mới Ngọc Hân` | `Bạn đã
thử món này chưa?` | `Chia sẻ công thức của bạn Món ngon mỗi ngày Cá kho tộ …`), with only the page's
chrome after them: the detector keeps each as a short line with a furniture word (a question to the
reader, `Chia sẻ`), as it keeps a short line of the story's. A story goes on after its photo in
sentences; two or three short lines of furniture words, the last kept units of the page, after the
caption or the byline that closes it are the page's frame, which `frames` drops. A sentence among
them, or a short line with no furniture word, keeps the run."""

from __future__ import annotations

from collections.abc import Sequence

from .furniture import Unit

__all__ = ["closing_run"]

_RUN = (2, 3)  # units: one alone is `frames`' own case, four or more may be the story's list


def closing_run(units: Sequence[Unit], kept: Sequence[int], credits: tuple[str, ...]) -> set[int]:
    """The indexes of such a run among `units` (`kept` the indexes kept), `credits` the reasons of the
    units that close a story (its byline, its caption); empty if there is none."""
    for size in _RUN:
        if len(kept) <= size:
            continue
        run = kept[-size:]
        if units[kept[-size - 1]].reason in credits and all(
            units[i].reason.startswith("furniture words") for i in run
        ):
            return set(run)
    return set()
