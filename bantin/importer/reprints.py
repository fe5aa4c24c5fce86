"""The frame a page wears when it is not the paper's own page of the story but a copy of it: a search
engine's cache (`Đây là bản lưu trong bộ nhớ cache của Google của <địa chỉ>. Đây là ảnh chụp nhanh của
trang web như đã xuất hiện vào 20 thg 11, 2024 03:41:12 GMT.`, its switches `Phiên bản đầy đủ Phiên bản chỉ
văn bản Xem nguồn` and its `Mẹo: …Ctrl+F…`), an archive's notice that the article is old (`Bài viết đã được
đăng cách đây hơn 6 năm. Một số thông tin có thể không còn phù hợp …`, `Bài viết này thuộc chuyên trang
lưu trữ.`), a printer-friendly or text-only version's controls (`Bản in`, `In bài viết`, `Đóng cửa sổ`,
`Xem bản đầy đủ`), and the pager of a story cut over several pages (`Trang 1 2 3 Tiếp >`, `1 2 3 Tiếp theo
»`, `Trang: 1 | 2 | 3`, `« Trang trước`, `Trang 2/3`) or its link to the next part (`Xem tiếp phần 2: …`).

A banner or a notice is kept whole as one unit (`notice_spans`: its sentences are not cut apart) and goes;
a pager and a link to the next part are cut from the writer's name run into them (`… Tiếp > Thanh Hà`,
`Quang Hiếu 1 2 3 Tiếp theo »`, `Xem tiếp phần 2: Bài toán … Hoài Phương`) so the byline is read. A pager
counts its pages from 1 with nothing but the pages' words around them; a story's sentence naming a page
(`Trang 3 của bản báo cáo ghi rõ …`) or a series' part (`Phần 2 của chương trình …`) goes on in words."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS

__all__ = ["REASON", "notice_spans", "reprint_chrome", "reprint_cuts"]

#: The reason such a unit is the copy's frame, not the story.
REASON = "a copy's frame: a cache's banner, an archive's notice, a print or text version's controls, a pager"

# A search engine's cache banner, its sentences and switches after it.
_CACHE = (
    r"Đây là bản lưu (?:trong bộ nhớ cache|bộ nhớ đệm)(?: của \S+)? của \S+"
    r"(?:\s+Đây là ảnh chụp nhanh (?:của )?trang(?: web)? như (?:đã )?xuất hiện vào [^.]{4,40}?GMT\.?)?"
    r"(?:\s+Trang hiện tại có thể đã thay đổi trong thời gian (?:chờ đợi|đó)\.?)?"
    r"(?:\s+Tìm hiểu thêm\.?)?"
)
_TIP = r"Mẹo: Để nhanh chóng tìm cụm từ tìm kiếm trên trang này, nhấn Ctrl\s*\+\s*F[^.]{0,80}\."
# An archive's notice that the article is old, and the warning after it.
_OLD = (
    r"Bài viết(?: này)? (?:đã )?được (?:đăng|đăng tải|xuất bản) cách đây (?:hơn |trên )?\d{1,2} năm\."
    r"|Bài viết này thuộc (?:chuyên trang|trang|kho|mục) lưu trữ\."
)
_WARNING = (
    r"(?:\s+(?:Một số |Các |Những )?(?:[Tt]hông tin|[Nn]ội dung)(?: (?:trong|của) bài(?: viết)?)?"
    r"[^.!?]{0,40}?"
    r"(?:không còn|chưa được cập nhật)[^.!?]{0,50}\.)?"
)
_NOTICE = re.compile(rf"(?<!\S)(?:{_CACHE}|{_TIP}|(?:{_OLD}){_WARNING})")
# A version's switches and a printer-friendly page's controls, a unit of nothing else.
_CONTROL = (
    r"(?:Phiên bản|Xem (?:phiên )?bản) (?:đầy đủ|chỉ (?:có )?(?:văn bản|chữ)|rút gọn|dành cho máy in)"
    r"|Xem nguồn|Bản in|In bài(?: viết| này)?|In trang(?: này)?|Đóng cửa sổ|Về đầu trang"
)
_CONTROLS = re.compile(rf"(?:{_CONTROL})(?:\s*[|·-]?\s*(?:{_CONTROL}))*")
# The printed page's address and the day it was printed, at its foot.
_PRINTED = re.compile(r"(?:In từ|Ngày in|URL của bài viết|Địa chỉ bài viết|Link bài viết)\s*:\s*\S+")
# A pager: the pages counted from 1, `Trang` before them, its arrows and words for the next and the last.
_STEP = r"(?:Tiếp(?: theo)?|Trang (?:sau|tiếp(?: theo)?|kế tiếp|cuối)|Sau|Cuối)\s*(?:>>?|»|›|→)?"
_BACK = r"(?:(?:<<?|«|‹|←)\s*)?(?:Trang (?:trước|đầu)|Trước|Đầu)"
_PAGES = r"1(?:\s*\|?\s*\d{1,2}){1,12}"
# … no words of a sentence after it (`Trang 1 2 và 3 của hồ sơ …` is a story's)
_PAGER = re.compile(
    rf"(?<!\S)(?:(?:{_BACK})\s+)?(?:Trang\s*:?\s+)?(?P<pages>{_PAGES})(?:\s*(?:\.\.\.|…))?"
    rf"(?P<step>\s+{_STEP})?(?!\S)(?!\s*[{SMALL_LETTERS}\d])"
)
_LONE = re.compile(
    rf"(?:{_BACK})(?:\s*\|\s*{_STEP})?|{_STEP}|Trang \d{{1,2}}\s*/\s*\d{{1,2}}|Trang\s*:?\s+{_PAGES}"
)
# A link to the story's next part (`Xem tiếp phần 2: …`, `Đọc tiếp kỳ 3`), its headline after it.
_NEXT = re.compile(r"(?<!\S)(?:Mời (?:bạn |quý vị )?)?(?:Xem|Đọc) tiếp (?:phần|kỳ|bài|trang) \d{1,2}\b")
# A writer's name: two to four words in title case closing the unit.
_NAME = rf"[{CAPITALS}][{SMALL_LETTERS}]+(?:\s+[{CAPITALS}][{SMALL_LETTERS}]+){{1,3}}"
_NAME_AFTER = re.compile(rf"\s+(?={_NAME}(?:\s|$))")


def _counted(pages: str) -> bool:
    """The numbers of `pages` are 1, 2, 3 … in turn: a pager's, not a story's figures."""
    numbers = [int(n) for n in re.findall(r"\d+", pages)]
    return numbers == list(range(1, len(numbers) + 1))


def _pagers(text: str) -> list[tuple[int, int]]:
    """The pagers in `text`: pages counted from 1 after `Trang` or before a word for the next page."""
    found = []
    for m in _PAGER.finditer(text):
        named = m.group(0).lstrip("«<‹← ").startswith(("Trang", "Trước", "Đầu")) or m.group("step")
        if named and _counted(m.group("pages")):
            found.append(m.span())
    return found


def notice_spans(text: str) -> list[tuple[int, int]]:
    """The cache banners and archive notices in `text`, each kept whole as one unit."""
    return [m.span() for m in _NOTICE.finditer(text)]


def reprint_cuts(text: str) -> set[int]:
    """Where a pager, a link to the next part or a banner starts and ends in `text`: the writer's name
    run into them is its own unit (`Trang 1 2 3 Tiếp > Thanh Hà`, `Quang Hiếu 1 2 3 Tiếp theo »`)."""
    cuts = {i for span in [*_pagers(text), *notice_spans(text)] for i in span}
    for m in _NEXT.finditer(text):
        cuts.add(m.start())
        headline = text[m.end() :]
        # its headline in small letters after its first word, then a name in title case
        words = headline.split()
        if len(words) >= 3 and sum(w[:1].islower() for w in words[1:4]) >= 2:
            first = re.match(r"[\s:]*\S+", headline)
            name = _NAME_AFTER.search(headline, first.end() if first else 0)
            if name:
                cuts.add(m.end() + name.start())
    return cuts


def reprint_chrome(text: str) -> bool:
    """`text` is a copy's frame: a banner or notice, a version's controls, the printed address, a pager,
    a link to the next part with its headline (no sentence of the story)."""
    text = text.strip()
    if any(start == 0 and end >= len(text.rstrip(". ")) for start, end in notice_spans(text)):
        return True
    if _CONTROLS.fullmatch(text) or _PRINTED.fullmatch(text):
        return True
    if _LONE.fullmatch(text) or any(span == (0, len(text)) for span in _pagers(text)):
        return True
    return bool(_NEXT.match(text)) and not text.endswith((".", "!", "?", "…"))
