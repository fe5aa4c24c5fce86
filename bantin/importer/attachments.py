"""A notice's attached files listed after the story (`Tải về: Ke hoach 123-KH-SYT.pdf`, `File đính kèm:
Quyet dinh 45.docx`), run on from the story's last line or its credit with no stop between (`Tin,
ảnh: Hồng Nhung Tải về: …`), the page's frame run on after it (`… .pdf Thông báo khác`): where the
list starts and where the file's name ends, so that `units` cuts it off and the detector judges it
apart (a unit ending in a file's name is `furniture`'s). A label of the list with a file's name
after it (its extension: `.pdf`, `.docx`) is the page's download box, never a sentence; the label
alone in a sentence (`… có thể tải về ứng dụng`) is not cut. A newsroom's download link names no file but
its format in brackets, its size maybe (`… một phần ba. Tải về báo cáo BCTC quý III/2024 (PDF, 2,4 MB)
Lũy kế …`, `Báo cáo tài chính hợp nhất quý III/2024 Tải xuống (PDF, 1,8 MB)`): the link is what stands
between the sentence's stop before it and its bracket, a few words with no stop of their own."""

from __future__ import annotations

import re

from .gallery_buttons import DOWNLOAD

#: The list's label (a CMS's `Tập tin đính kèm` too), then a file's name within a few words, and its size
#: and its button if printed: `Tải về: Văn bản 12.pdf (1,2 MB)`, `Tệp đính kèm: QD-12.pdf (Tải về)`.
_ATTACHED = re.compile(
    r"(?<!\S)(?:Tải về|Đính kèm|File đính kèm|Tệp đính kèm|Tệp tin đính kèm|Tập tin đính kèm|"
    r"Tài liệu đính kèm)\s*:?\s+"
    r"[^.!?]{0,80}?\.(?:pdf|docx?|xlsx?|rar|zip)(?!\w)"
    r"(?:\s*\([^()]{0,12}?\d[\d.,]*\s*[KkMG]B\))?"  # its size in brackets: `(1,2 MB)`, `(PDF, 420 KB)`
    r"(?:\s*[(\[](?:Tải về|Tải xuống|Xem|Download)[)\]])?"  # … its button in brackets: `(Tải về)`
)

#: A download link named by its file's format in brackets, after a sentence's stop or opening the text (a
#: label's colon before it is a byline's or a field's: `Dự báo viên: Nguyễn Văn Hùng … (PDF)`).
_FORMAT_LINK = re.compile(
    r"(?:(?<=[.!?\"”])\s+|^)([^.!?\"“”()]{3,70}?\((?:PDF|DOCX?|XLSX?|PPTX?|ZIP)(?:\s*,\s*[\d.,]+\s*[KkMG]B)?\))",
    re.IGNORECASE,
)


_DOWNLOAD = re.compile(DOWNLOAD)


def attachment_cuts(text: str) -> list[int]:
    """Where a list of attached files or a download link starts in `text`, and where its name ends."""
    links = [at for m in _FORMAT_LINK.finditer(text) for at in m.span(1)]
    return [at for m in _ATTACHED.finditer(text) for at in m.span()] + links


def download_link(text: str) -> bool:
    """A unit that is a download link alone (`Tải về báo cáo BCTC quý III/2024 (PDF, 2,4 MB)`, a media
    box's `Tải infographic (PNG, 2,8 MB)` over its graphic's caption): the newsroom prints it between the
    release's paragraphs as often as under them, so no tail starts at it."""
    found = _FORMAT_LINK.match(text.strip())
    return (found is not None and found.end() == len(text.strip())) or _DOWNLOAD.fullmatch(
        text.strip()
    ) is not None
