"""A notice's attached files listed after the story (`Tải về: Ke hoach 123-KH-SYT.pdf`, `File đính kèm:
Quyet dinh 45.docx`), run on from the story's last line or its credit with no stop between (`Tin,
ảnh: Hồng Nhung Tải về: …`), the page's frame run on after it (`… .pdf Thông báo khác`): where the
list starts and where the file's name ends, so that `units` cuts it off and the detector judges it
apart (a unit ending in a file's name is `furniture`'s). A label of the list with a file's name
after it (its extension: `.pdf`, `.docx`) is the page's download box, never a sentence; the label
alone in a sentence (`… có thể tải về ứng dụng`) is not cut."""

from __future__ import annotations

import re

#: The list's label, then a file's name within a few words, and its size if printed: `Tải về: Văn bản
#: 12.pdf (1,2 MB)`.
_ATTACHED = re.compile(
    r"(?<!\S)(?:Tải về|File đính kèm|Tệp đính kèm|Tệp tin đính kèm|Tài liệu đính kèm)\s*:?\s+"
    r"[^.!?]{0,80}?\.(?:pdf|docx?|xlsx?|rar|zip)(?!\w)"
    r"(?:\s*\([^()]{0,12}?\d[\d.,]*\s*[KkMG]B\))?"  # its size in brackets: `(1,2 MB)`, `(PDF, 420 KB)`
)


def attachment_cuts(text: str) -> list[int]:
    """Where a list of attached files starts in `text`, and where its file's name ends."""
    return [at for m in _ATTACHED.finditer(text) for at in m.span()]
