"""The author a saved page names in its markup, for when trafilatura reads none: it drops an
author's box it takes for boilerplate (`<div class="author-box">` with a photo and a bio), reads
the box whole (`Tác giả Ngọc Bích Phóng viên …`, no name), and does not look everywhere.

In order: a link marked `rel="author"`; schema.org's `itemprop="author"` or RDFa's author or
person (its `name`); the
`article:author` or `author` meta when it holds a name, not an address; JSON-LD's `author` (a
person, a list of them; not an organization); a box whose class or id
says author or byline (`author`, `tac-gia`, `byline`): its link, its `name` part, or its own
short text without a label (`Tác giả: …`). Only a name counts (`bylines.is_name`), and never one
in a comment, a related story or a sidebar (their authors are other people).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from lxml import etree

from ..core.text import CAPITALS
from ..tagging.kinds import ORG_HEADS, name_case
from .bylines import is_name
from .credit_bodies import MORE_HEADS
from .repair import clean

#: What a class, an id or the address of an author's box or page says (`author-box`, `/tac-gia/minh-anh`).
AUTHOR = re.compile(r"author|tac-?gia|byline|writer|nguoi-?viet", re.I)
_NAME_PART = re.compile(r"name|title|ten\b", re.I)
_ELSEWHERE = re.compile(r"comment|binh-?luan|related|lien-?quan|sidebar|widget|other|khac|footer", re.I)
# A byline's label before the name (`Tác giả:`, `Bài & Ảnh:`, `Thực hiện:`, `By`, Blogger's `Đăng bởi`, a
# magazine's genre: `Ghi chép của`), a reporter's and a photographer's too (`PV Minh Thu`, `Bài và ảnh Thu
# An`, `Ảnh Thanh Phương`: trafilatura reads its `:` off).
_LABEL = re.compile(
    r"^(?:(?:Tác giả|Người viết|(?:Viết|Đăng) bởi|Bởi|By|(?:Nhóm )?[Tt]hực hiện|(?:Posted|Written) by|"
    r"(?:Ghi chép|Bút ký|Ký sự|Phóng sự|Tùy bút|Tản văn) của)\s*:?"
    r"|(?:Bài|Tin)(?:\s*(?:và|,|-|&)\s*[ảẢ]nh)?\s*:)\s*(?=\S)"
    rf"|^(?:PV|BTV|CTV|Phóng viên|Ảnh|(?:Bài|Tin)\s*(?:và|,|-|&)\s*[ảẢ]nh)\s*:?\s+(?=[{CAPITALS}])"
)
#: Heads of a paper's name (`Báo`, `Tạp chí`): a newsroom, which a writer's byline names after the dash.
_PAPERS = frozenset({"Báo", "Tạp chí", "Đài", "Thông tấn xã", "NXB", "Nxb", "Nhà xuất bản"})
_LONGEST_BOX = 400  # characters: more is a story's text, not an author's box


def page_author(tree: etree._Element) -> str | None:
    """The first name the page's markup gives its author, if any, else an office signing with its
    two jobs (`Ban Văn hóa - Xã hội phường`), which trafilatura cuts at the dash."""
    offices = []
    for candidate in _candidates(tree):
        name = unlabelled(candidate)
        if name.isupper():
            name = name_case(name)  # `MINH ANH`
        if is_name(name):
            return name
        if office_signature(name):
            offices.append(name)
    return next(iter(offices), None)


def office_signature(text: str) -> bool:
    """An office's name with a dash between its two jobs (`Ban Văn hóa - Xã hội phường`, `Phòng Văn
    hóa - Thông tin huyện`): a body's head word, then capitalised words each finished by a few in
    lower case, no stop nor figure; a reporter's desk (`Minh Anh - Báo Mẫu`) opens with no head."""
    return bool(_OFFICE.fullmatch(text.strip())) and len(text.split()) <= _LONGEST_OFFICE


_HEADS = "|".join(
    re.escape(h) for h in sorted({*ORG_HEADS, *MORE_HEADS}, key=len, reverse=True) if h not in _PAPERS
)
_JOB = rf"[{CAPITALS}]\w*(?:\s+[^\W\d_]+)*?"
_OFFICE = re.compile(rf"(?:{_HEADS})\s+{_JOB}\s+[-–]\s+{_JOB}")
_LONGEST_OFFICE = 10  # words


def unlabelled(text: str) -> str:
    """A name without the label before it (`Tác giả: Minh Anh`, `Bài và ảnh: …`, `By …`)."""
    return _LABEL.sub("", clean(text)).strip(" -–|,")


def _candidates(tree: etree._Element) -> Iterator[str]:
    for link in tree.iter("a", "link"):
        if "author" in (link.get("rel") or "").casefold().split() and not _elsewhere(link):
            yield link.text_content() if link.tag == "a" else ""
    for element in tree.iter():
        if not isinstance(element.tag, str) or _elsewhere(element):
            continue
        # microdata's `itemprop="author"`, RDFa's `property="schema:author"` or `typeof="schema:Person"`
        said = " ".join((element.get("itemprop") or "", element.get("property") or "")).casefold()
        person = "person" in (element.get("typeof") or "").casefold()
        if person or re.search(r"(?:^|[\s:])(?:author|creator)\b", said):
            named = next((e for e in element.iter() if _NAME_PROPERTY.search(_said(e))), None)
            holder = named if named is not None else element
            yield holder.get("content") or holder.text_content()
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").casefold()
        if key in ("article:author", "author", "dc.creator") and "/" not in (meta.get("content") or "/"):
            yield meta.get("content") or ""
    for script in tree.iter("script"):
        if (script.get("type") or "").casefold() == "application/ld+json":
            yield from _linked_data(script.text or "")
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "meta", "link", "script"):
            continue
        marks = " ".join((element.get("class") or "", element.get("id") or ""))
        if not AUTHOR.search(marks) or _elsewhere(element):
            continue
        if len(clean(element.text_content())) > _LONGEST_BOX:
            continue
        yield from (a.text_content() for a in element.iter("a") if a.get("href"))
        yield from (e.text_content() for e in element.iter() if _NAME_PART.search(e.get("class") or ""))
        yield _own_text(element)


_NAME_PROPERTY = re.compile(r"(?:^|[\s:])name\b")


def _said(element: etree._Element) -> str:
    return " ".join((element.get("itemprop") or "", element.get("property") or "")).casefold()


def _linked_data(text: str) -> Iterator[str]:
    """The people JSON-LD names as `author` (an object, a list of them, in a `@graph`), joined."""
    try:
        data = json.loads(text)
    except ValueError:
        return
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            authors = item.get("author")
            people = authors if isinstance(authors, list) else [authors]
            names = [
                p.get("name") if isinstance(p, dict) and p.get("@type", "Person") == "Person" else p
                for p in people
            ]
            names = [n for n in names if isinstance(n, str) and n.strip()]
            if names:
                yield ", ".join(names)
            stack.extend(v for k, v in item.items() if k != "author" and isinstance(v, (dict, list)))


def _own_text(element: etree._Element) -> str:
    """The box's text up to its first block (a bio after the name is not the name)."""
    pieces = [element.text or ""]
    for child in element:
        if child.tag in ("p", "div", "ul", "br") and clean("".join(pieces)):
            break
        pieces.append(child.text_content() + (child.tail or ""))
    return "".join(pieces)


def _elsewhere(element: etree._Element) -> bool:
    """Inside a comment, a related story, a sidebar: another person's name."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("body", "html"):
            return False
        marks = " ".join((ancestor.get("class") or "", ancestor.get("id") or "", ancestor.tag))
        if _ELSEWHERE.search(marks) or ancestor.tag in ("aside", "footer"):
            return True
    return False
