"""A saved page's boxes as trafilatura reads them well, before it reads the page (`markup.py`).

Old layouts set a page in tables and its paragraphs apart by `<br>` alone; plugins' tags swallow
what follows them; lazy images keep their address where trafilatura does not look. Each is made
plain here: a plugin's tag goes (what the parser nested in it stays), a drawing or formula goes
whole, a lazy image gets its address, a photo's table becomes a figure, a layout's table becomes
boxes, and the text between a box's blocks becomes paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from .repair import clean

_LONGEST_CAPTION = 300


def make_plain(tree: etree._Element) -> None:
    """All of the module's passes, in their order."""
    _inert(tree)
    _lazy_images(tree)
    _photo_tables_as_figures(tree)
    _layout_tables_as_boxes(tree)
    _runs_in_paragraphs(tree)


def _photo_tables_as_figures(tree: etree._Element) -> None:
    """A table of one image and one short line of text (its caption), nothing else: a figure."""
    for table in list(tree.iter("table")):
        images = list(table.iter("img"))
        nested = any(inner is not table for inner in table.iter("table"))
        if len(images) != 1 or nested:
            continue
        cell = next(images[0].iterancestors("td", "th"), None)
        if cell is not None and clean(cell.text_content()):
            continue  # a button's icon beside its label (`🖶 In trang | Quay lại`), not a photo
        caption = clean(table.text_content())
        if not caption or len(caption) > _LONGEST_CAPTION or len(list(table.iter("tr"))) > 3:
            continue
        figure = etree.Element("figure")
        image = images[0]
        image.tail = None
        figure.append(image)
        figcaption = etree.SubElement(figure, "figcaption")
        etree.SubElement(figcaption, "p").text = caption
        table.getparent().replace(table, figure)
        if table.tail and table.tail.strip():  # the text after it, which trafilatura would lose
            paragraph = etree.Element("p")
            paragraph.text = table.tail
            figure.addnext(paragraph)


_LAYOUT_CELL = ("table", "h1", "h2", "h3", "form")
_CELL_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")


def _layout_tables_as_boxes(tree: etree._Element) -> None:
    """An old layout's table (the page's columns, a table in a table, a cell holding a headline) is
    boxes, not data: trafilatura reads a table in a table after it, out of the story's order."""
    for table in list(tree.iter("table")):
        if table.tag != "table":
            continue
        own = [part for part in table.iter(*_CELL_PARTS[1:]) if _table_of(part) is table]
        if any(inner is not table and _table_of(inner) is table for inner in table.iter(*_LAYOUT_CELL)):
            for part in [table, *own]:
                part.tag = "div"


def _table_of(element: etree._Element) -> etree._Element | None:
    return next(element.iterancestors("table"), None)


_PLUGINS = ("embed", "object", "applet", "iframe", "frame", "frameset", "noembed", "wbr", "nobr")
_FOREIGN = ("svg", "math", "template")


def _inert(tree: etree._Element) -> None:
    """A plugin's tag (`<embed>`, `<object>`, `<iframe>`; `<wbr>`, `<nobr>`) goes and what the parser
    put inside it stays: it puts the rest of the page inside an `<embed>`, which trafilatura drops. A
    drawing or formula (`<svg>`, `<math>`) goes whole: no sentence of the story is in it."""
    for element in list(tree.iter(*_FOREIGN)):
        if element.getparent() is not None:
            remove(element)
    for element in list(tree.iter(*_PLUGINS)):
        if element.getparent() is not None:
            element.drop_tag()


_LAZY = ("data-src", "data-original", "data-lazy-src", "data-srcset")


def _lazy_images(tree: etree._Element) -> None:
    """A lazy-loaded image shows a placeholder (`blank.gif`, a `data:` pixel) until scrolled to:
    its real address is in `data-src`, where trafilatura does not look, and it would drop the image
    and leave its caption a paragraph."""
    for image in tree.iter("img"):
        real = next((image.get(a) for a in _LAZY if image.get(a)), None)
        if real:
            image.set("src", real.split()[0])


_INLINE = frozenset(
    "a abbr acronym amp-img b bdi bdo big br cite code data del dfn em font i img ins kbd label mark "
    "output picture q rp rt ruby s samp small source span strike strong sub sup time tt u var".split()
)
_HOLDERS = ("div", "td", "th", "article", "section", "main", "body", "li", "blockquote", "center", "form")


def _runs_in_paragraphs(tree: etree._Element) -> None:
    """Text and inline tags between a box's blocks (`<span class="TomTat">…</span><br><p>…`, `<p><img>
    </p>Giá lúa tươi…<br><br>Ông…`), in layouts that set paragraphs apart by `<br>` alone: each run
    becomes a paragraph, which trafilatura keeps (it drops such runs, or reads them out of order)."""
    for holder in list(tree.iter(*_HOLDERS)):
        children = list(holder)
        if not any(_is_block(child) for child in children):
            continue
        runs: list[etree._Element] = []
        run = etree.Element("p")
        run.text, holder.text = holder.text, None
        for child in children:
            holder.remove(child)
            if _is_block(child):
                tail, child.tail = child.tail, None
                runs.extend(_kept(run))
                runs.append(child)
                run = etree.Element("p")
                run.text = tail
            else:
                run.append(child)
        runs.extend(_kept(run))
        holder.extend(runs)


def _is_block(element: etree._Element) -> bool:
    return isinstance(element.tag, str) and element.tag not in _INLINE


def _kept(run: etree._Element) -> list[etree._Element]:
    """The run as a paragraph; nothing when it holds no text and no image (blanks, `<br>`s)."""
    if clean("".join(run.itertext())) or any(True for _ in run.iter("img")):
        return [run]
    return []


def remove(element: etree._Element) -> None:
    """Take `element` out of the page, the text after it staying."""
    tail, parent, previous = element.tail, element.getparent(), element.getprevious()
    parent.remove(element)
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def drop_small_boxes(
    tree: etree._Element,
    headline: etree._Element | None,
    chosen: Callable[[etree._Element], bool],
    longest: int,
) -> None:
    """Take out the boxes `chosen` picks (an ad's slot, a news banner), but the page itself, a box
    holding the headline, or one with more than `longest` characters of text (a story's paragraphs)."""
    for box in [e for e in tree.iter() if isinstance(e.tag, str) and chosen(e)]:
        if box.getparent() is None or box.tag in ("html", "body"):
            continue
        if headline is not None and headline in box.iter():
            continue
        if len(clean(box.text_content())) <= longest:
            remove(box)
