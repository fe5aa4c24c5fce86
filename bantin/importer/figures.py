"""A saved page's photo captions, found by the page's structure and marked in their text.

trafilatura keeps a page's images only when its own extractor wins; when it falls back on another
(short pages), the images go and their captions become paragraphs like any other. So the caption
is told by the markup before trafilatura reads the page, and its text is wrapped in two marks that
survive any extractor (`html.py` turns a marked piece into a caption block, and drops stray marks):

* a `<figcaption>`, and a photo table's caption cell (`<td class="pCaption">`);
* the box right after a photo's box with no text (`<p><img></p><p><em>…</em></p>`, `<figure>` then
  `<p class="caption">`, a row under the photo's row) when it is short and says it is a caption: a
  caption's class, set in italics or centred, or a photo credit (`Ảnh: …`); a slide's counter in the
  photo's box (`<img><span>2 / 3</span>` then `<p class="slide-caption">…`) is no text, and goes;
* text in the photo's own box after it (`<p align="center"><img><br><i>…</i></p>`), the same way;
* a credit on its own line right after a caption (`<p><em>Ảnh: TTXVN</em></p>`) joins it, and
  makes the short line before it a caption.

Subheadings are marked the same way (the fallbacks drop them too).
"""

from __future__ import annotations

import re

from lxml import etree

from .boxes import remove
from .repair import clean

OPEN, CLOSE = "⟦⁂", "⁂⟧"
HEAD_OPEN, HEAD_CLOSE = "⟦§", "§⟧"
#: A marked piece: `kind` `⁂` for a caption, `§` for a subheading.
MARKED = re.compile(r"⟦(?P<kind>⁂|§)(?P<text>.*?)(?P=kind)⟧", re.S)
_MARKS = re.compile(r"⟦[⁂§]|[⁂§]⟧")

_CLASS = re.compile(
    r"caption|chu-?thich|chuthich|legend|credit|(?:img|image|photo|pic|fig|anh)\w*?[-_]?(?:desc|note|text|info)"
    r"|\bdesc\b",
    re.I,
)
# A credit's label opening its line (`Ảnh: …`, `Nguồn: …`): a credit, never a sentence cut short.
CREDIT_LABEL = re.compile(r"^\(?\s*(?:Ảnh|Nguồn ảnh|Nguồn|Video|Đồ họa|Đồ hoạ|Photo)\s*:", re.I)
_LEAD = re.compile(r"sapo|chapeau|summary|lead|intro|excerpt", re.I)
_ITALIC = re.compile(r"font-style\s*:\s*italic", re.I)
_CENTRED = re.compile(r"text-align\s*:\s*center", re.I)
_LONGEST = 300  # characters
_BOXES = frozenset({"p", "div", "span", "em", "i", "small", "figcaption", "center", "font", "td", "tr"})
_IMAGES = ("img", "amp-img", "picture", "video")


def unmarked(text: str) -> str:
    """`text` without the marks (a page's own text never carries them)."""
    return _MARKS.sub("", text)


def mark_captions(tree: etree._Element) -> None:
    """Wrap each caption of the page's photos in the marks (see the module's notes)."""
    for caption in list(tree.iter("figcaption")):
        _mark(caption)
    for image in list(tree.iter(_IMAGES)):
        if image.getparent() is None or not _is_photo(image):
            continue
        box = _photo_box(image)
        if box is None:
            continue
        caption = _after(box)
        if caption is not None and OPEN in "".join(caption.itertext()):
            continue  # a figure's caption, marked already
        if caption is not None and (_says_caption(caption) or _credited(caption)):
            _drop_counter(box)
            _mark(caption)
            _in_view(caption)
            _credit_after(caption)
            continue
        holder = box.getparent()
        if (
            holder is not None
            and holder.tag in ("p", "div", "center", "td", "span")
            and not (holder.text or "").strip()
            and not any(_text(before) for before in box.itersiblings(preceding=True))
            and _says_caption(holder)
        ):
            _mark_after(holder, box)


def mark_headings(tree: etree._Element, headline: etree._Element | None) -> None:
    """A subheading (`<h2>`–`<h4>`) as a paragraph in the heading's marks: trafilatura's fallback
    extractors drop headings, and the story's sections with them."""
    for heading in list(tree.iter("h2", "h3", "h4")):
        text = _text(heading)
        if heading is headline or not text or heading.getparent() is None:
            continue
        heading.text = HEAD_OPEN + (heading.text or "")  # its links stay: a teaser's headline
        last = heading[-1] if len(heading) else None  # reads as a link, for trafilatura to drop
        if last is not None:
            last.tail = (last.tail or "") + HEAD_CLOSE
        else:
            heading.text += HEAD_CLOSE
        heading.tag = "p"


_COUNTER = re.compile(r"\d{1,3}\s*/\s*\d{1,3}")  # a gallery's counter on a slide (`2 / 12`)
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)|^#?$|^javascript:", re.I)
_SMALLEST = 60  # pixels: an icon, a button, a tracking pixel


def _is_photo(image: etree._Element) -> bool:
    """A photo of the story: not a logo or thumbnail linking to a page, not in the masthead, a menu,
    a sidebar or the footer, not an icon."""
    for ancestor in image.iterancestors():
        if ancestor.tag in ("header", "nav", "footer", "aside", "figcaption"):
            return False
        if ancestor.tag == "a" and not _IMAGE_FILE.search((ancestor.get("href") or "").strip()):
            return False
    sizes = [image.get("width") or "", image.get("height") or ""]
    return not any(size.isdigit() and int(size) < _SMALLEST for size in sizes)


def _photo_box(image: etree._Element) -> etree._Element | None:
    """The largest box around `image` with no text of its own (`<p><a><img></a></p>`)."""
    box = image
    for parent in image.iterancestors():
        if parent.tag in ("body", "html", "article", "main", "section") or _said(parent):
            break
        box = parent
    return box


def _said(box: etree._Element) -> str:
    """The box's text but a slide's counter (`<img><span>2 / 3</span>`), which says nothing of the photo."""
    text = _text(box)
    return "" if _COUNTER.fullmatch(text) else text


def _drop_counter(box: etree._Element) -> None:
    """The slide's counter in the photo's box goes with its caption marked."""
    for element in list(box.iter()):
        if element is not box and element.getparent() is not None and _COUNTER.fullmatch(_text(element)):
            remove(element)


_SLIDE = re.compile(r"slide|swiper|carousel", re.I)


def _in_view(caption: etree._Element) -> None:
    """A slider's slides (`swiper-slide`, `slide-caption`), which trafilatura drops whole by their
    class, stay with the captions marked in them: the classes saying so go."""
    for element in (caption, *caption.iterancestors()):
        if _SLIDE.search(element.get("class") or ""):
            del element.attrib["class"]


def _after(box: etree._Element) -> etree._Element | None:
    """The next box after `box`, when nothing but blanks stands between them."""
    if box.tail and box.tail.strip():
        return None
    following = box.getnext()
    while following is not None and following.tag is etree.Comment:
        following = following.getnext()
    if following is None and box.tag == "td":
        row = box.getparent()  # a photo table: the caption is the next row's
        following = row.getnext() if row is not None and not (row.tail or "").strip() else None
    if following is None or not isinstance(following.tag, str) or following.tag not in _BOXES:
        return None
    return following


def _says_caption(box: etree._Element) -> bool:
    """A short box that says it is a caption: its class, italics, centred, or a credit in it."""
    text = _text(box)
    if not text or len(text) > _LONGEST or any(True for _ in box.iter("table", "ul", "ol", "h1", "h2", "h3")):
        return False
    if _LEAD.search(" ".join((box.get("class") or "", box.get("id") or ""))):
        return False  # the sapo under the cover photo, in italics as often as not
    if re.search(r"Ảnh\s*:|\(Ảnh\b", text) or CREDIT_LABEL.match(text):
        return True
    for element in (box, *box.iterancestors("td"), *(box.iter("td", "th") if box.tag == "tr" else ())):
        if _CLASS.search(" ".join((element.get("class") or "", element.get("id") or ""))):
            return True
    if (box.get("align") or "").casefold() == "center" or _CENTRED.search(box.get("style") or ""):
        return True
    italic = "".join(
        piece
        for element in box.iter("em", "i", "span", "font")
        if element.tag in ("em", "i") or _ITALIC.search(element.get("style") or "")
        for piece in element.itertext()
    )
    slanted = box.tag in ("em", "i") or _ITALIC.search(box.get("style") or "") is not None
    return slanted or clean(italic) == text


def _credited(box: etree._Element) -> bool:
    """A short line with a credit on its own line after it (`<p>Cầu mới.</p><p>Ảnh: TTXVN</p>`)."""
    following = _after(box)
    text = _text(box)
    if following is None or following.tag == "tr" or not text or len(text) > _LONGEST:
        return False
    credit = _text(following)
    return bool(credit) and len(credit) <= 80 and CREDIT_LABEL.match(credit) is not None


def _credit_after(caption: etree._Element) -> None:
    """A credit on its own line after the caption joins it."""
    following = _after(caption)
    if following is None or following.tag == "tr":
        return
    text = _text(following)
    if text and len(text) <= 80 and CREDIT_LABEL.match(text):
        inner = next((e for e in caption.iter() if (e.text or "").endswith(CLOSE)), None)
        if inner is not None:
            inner.text = inner.text[: -len(CLOSE)] + " " + text + CLOSE
            remove(following)


def _mark(box: etree._Element) -> None:
    """`box`'s text, all of it, in the marks, as one paragraph (a row's: each cell's)."""
    if box.tag == "tr":  # a row of captions under a row of photos: each cell its photo's
        for cell in box.iter("td", "th"):
            if _text(cell):
                _mark(cell)
        return
    text = _text(box)
    for child in list(box):
        box.remove(child)
    if box.tag in ("figcaption", "td"):
        box.text = None
        etree.SubElement(box, "p").text = OPEN + text + CLOSE if text else None
        if not text:
            box[0].text = ""
        return
    box.text = OPEN + text + CLOSE if text else None
    if box.tag != "p":
        box.tag = "p"
        for attribute in list(box.attrib):
            del box.attrib[attribute]


def _mark_after(holder: etree._Element, box: etree._Element) -> None:
    """The text after the photo in its own box (`<img><br><i>…</i>`): a paragraph of its own."""
    pieces = [box.tail or ""]
    for sibling in box.itersiblings():
        pieces.append("".join(sibling.itertext()) + (sibling.tail or ""))
        holder.remove(sibling)
    text = clean(" ".join(pieces))
    box.tail = None
    if text:
        paragraph = etree.Element("p")
        paragraph.text = OPEN + text + CLOSE
        target = holder if holder.tag not in ("p", "span") else None
        if target is not None:
            target.append(paragraph)
        else:
            holder.addnext(paragraph)
            paragraph.tail, holder.tail = holder.tail, None


def _text(element: etree._Element) -> str:
    return clean(element.text_content())
