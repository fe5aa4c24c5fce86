"""Social cards: the 1200×630 PNG that link previews show for an article (`og:image`).

One card per article and language, drawn at build time with Pillow in the processes that render
the pages (`render.py`), in Be Vietnam Pro (from PyPI's `fontpkg-be-vietnam-pro`), a typeface
made for Vietnamese: every letter with every tone mark has its own glyph (tests check it). The
same text gives the same bytes: Pillow's own layout (not libraqm, which a machine may or may
not have), no time stamp in the PNG, and the versions of Pillow and the font in the card's
fingerprint, so a cached card is reused only when it would be drawn the same.

Cards are drawn in shades between two colours plus one accent: the text is drawn as coverage
(0 = paper, 255 = ink) and mapped onto a palette, so the PNG is one byte a pixel, small and quick
to compress (about 28 KB). Text is drawn word by word from a cache of rendered words (`_word`): headlines
share most of their words (a Vietnamese word is a syllable), and FreeType drawing each glyph
anew was most of a card's time. A word's pixels and place do not depend on the cache, so a card
is the same whichever cards a process drew before it.
"""

from __future__ import annotations

import functools
import importlib.metadata
import io
import unicodedata
from dataclasses import dataclass

import fontpkg
from PIL import Image, ImageDraw, ImageFont

from ..core.article import Article
from .labels import Labels
from .urls import join_url

WIDTH, HEIGHT = 1200, 630
FILE = "card.png"  # beside the page it shows: <article url>card.png
FAMILY = "Be Vietnam Pro"

PAPER = (255, 255, 255)
INK = (29, 35, 43)  # the theme's --ink
ACCENT = (164, 22, 26)  # the theme's --accent
LEVELS = 16  # shades from paper to ink: enough for smooth edges, and a fifth smaller than 256
_ACCENT_INDEX = LEVELS
MARGIN = 80
_MUTED = 150  # coverage of the source, the date and the site's name
_HEADLINE_SIZES = (68, 62, 56, 50, 44)
_HEADLINE_TOP, _HEADLINE_BOTTOM = 150, 500


@dataclass(frozen=True)
class CardText:
    """What a card shows; `label` above the headline (e.g. "In Vietnamese")."""

    headline: str
    source: str
    date: str
    site: str
    label: str = ""


def card_url(page_url: str, site_url: str) -> str:
    """The absolute URL of the card of the page at `page_url` (`og:image` needs one)."""
    return join_url(site_url, f"{page_url}{FILE}")


def card_text(article: Article, lang: str, labels: Labels, site_name: str) -> CardText:
    """What an article's card shows in `lang`: on an English card without an English title, the
    Vietnamese headline labelled as such."""
    english = lang == "en"
    untranslated = english and not article.title_en
    return CardText(
        headline=(article.title_en or article.title) if english else article.title,
        source=article.source or "",
        date=labels.date(article.date),
        site=site_name,
        label=labels.in_vietnamese if untranslated else "",
    )


@functools.cache
def version() -> str:
    """What besides the text decides a card's pixels (part of its fingerprint)."""
    packages = ("pillow", "fontpkg-be-vietnam-pro")
    return "card1;" + ";".join(f"{name}={importlib.metadata.version(name)}" for name in packages)


@functools.cache
def font(size: int, weight: int = 400) -> ImageFont.FreeTypeFont:
    path = fontpkg.path(FAMILY, weight=weight)
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)


@functools.cache
def _palette() -> list[int]:
    """Index i: paper blended with ink by i/(LEVELS - 1); then the accent."""
    colours = [
        tuple(round(p + (k - p) * i / (LEVELS - 1)) for p, k in zip(PAPER, INK, strict=True))
        for i in range(LEVELS)
    ]
    return [c for colour in [*colours, ACCENT] for c in colour]


@functools.lru_cache(maxsize=4096)
def _word(size: int, weight: int, word: str) -> tuple[Image.Image, int, int, float]:
    """A word drawn once: its coverage, where it starts from the pen (x, y) and its advance."""
    face = font(size, weight)
    mask, (left, top) = face.getmask2(word, "L", anchor="ls")
    return Image.frombytes("L", mask.size, bytes(mask)), left, top, face.getlength(word)


def _width(size: int, weight: int, text: str) -> float:
    """The width of words set by `_write`."""
    words = text.split()
    space = font(size, weight).getlength(" ")
    return sum(_word(size, weight, w)[3] for w in words) + space * max(0, len(words) - 1)


def _write(canvas: Image.Image, x: int, baseline: int, text: str, size: int, weight: int, ink: int) -> None:
    """`text` on `canvas` from (x, baseline), word by word, as coverage `ink` (0–255)."""
    space = font(size, weight).getlength(" ")
    pen = float(x)
    for word in text.split():
        image, left, top, advance = _word(size, weight, word)
        if image.width and image.height:
            canvas.paste(ink, (round(pen) + left, baseline + top), image)
        pen += advance + space


def _wrap(text: str, size: int, weight: int, width: int) -> list[str]:
    """Words in lines no wider than `width` (a word wider than a line is cut)."""
    space = font(size, weight).getlength(" ")
    lines: list[str] = []
    line, used = "", 0.0
    for whole in text.split():
        word = whole
        advance = _word(size, weight, word)[3]
        while advance > width:  # a very long word: as much as fits on a line of its own
            cut = next((n for n in range(len(word) - 1, 1, -1) if _width(size, weight, word[:n]) <= width), 1)
            if line:
                lines.append(line)
            lines.append(word[:cut])
            line, used = "", 0.0
            word = word[cut:]
            advance = _word(size, weight, word)[3]
        if line and used + space + advance > width:
            lines.append(line)
            line, used = "", 0.0
        line, used = (f"{line} {word}", used + space + advance) if line else (word, advance)
    if line:
        lines.append(line)
    return lines


def _headline(text: str, width: int) -> tuple[int, list[str], int]:
    """The largest size at which the headline fits, its lines and their spacing; at the smallest
    size, the lines that fit, the last cut with an ellipsis."""
    height = _HEADLINE_BOTTOM - _HEADLINE_TOP
    for size in _HEADLINE_SIZES:
        step = round(size * 1.2)
        lines = _wrap(text, size, 700, width)
        if len(lines) * step <= height:
            return size, lines, step
    lines = lines[: height // step]
    last = lines[-1]
    while " " in last and _width(size, 700, last + " …") > width:
        last = last.rsplit(" ", 1)[0]
    return size, [*lines[:-1], last + " …"], step


def render_card(text: CardText) -> bytes:
    """The card as PNG bytes (the same text, the same bytes)."""
    clean = CardText(*(unicodedata.normalize("NFC", " ".join(v.split())) for v in vars(text).values()))
    coverage = Image.new("L", (WIDTH, HEIGHT), 0)
    width = WIDTH - 2 * MARGIN
    _write(coverage, MARGIN, 86, clean.site, 30, 600, _MUTED)
    if clean.label:
        right = WIDTH - MARGIN - round(_width(28, 500, clean.label))
        _write(coverage, right, 86, clean.label, 28, 500, _MUTED)
    size, lines, step = _headline(clean.headline, width)
    for number, line in enumerate(lines):
        _write(coverage, MARGIN, _HEADLINE_TOP + round(size * 0.95) + number * step, line, size, 700, 255)
    ImageDraw.Draw(coverage).line((MARGIN, 528, WIDTH - MARGIN, 528), fill=40, width=2)
    byline = " · ".join(part for part in (clean.source, clean.date) if part)
    if byline:
        _write(coverage, MARGIN, 584, _wrap(byline, 30, 400, width)[0], 30, 400, _MUTED)
    card = coverage.point([round(i * (LEVELS - 1) / 255) for i in range(256)])
    card = Image.frombytes("P", card.size, card.tobytes())
    card.putpalette(_palette())
    ImageDraw.Draw(card).rectangle((0, 0, WIDTH, 11), fill=_ACCENT_INDEX)
    out = io.BytesIO()
    card.save(out, format="PNG", compress_level=3)
    return out.getvalue()
