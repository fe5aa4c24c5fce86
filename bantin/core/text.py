"""Vietnamese text: one normal form, one tone-mark style, ASCII slugs, folding and sorting.

Scraped Vietnamese arrives in every Unicode shape: decomposed (NFD) letters, "new style" tone
placement (hoà, thuỷ, Uỷ) mixed with "old style" (hòa, thủy, Ủy), no-break and zero-width
spaces. Everything we store and match goes through `normalize` first, so the same word is the
same string everywhere.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from slugify import slugify as _slugify

#: Combining marks that carry a Vietnamese tone (huyền, sắc, ngã, hỏi, nặng).
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VOWELS = frozenset("aeiouy")
# Two-vowel open endings where the old style puts the tone on the first vowel: hòa, khỏe, thủy.
_OLD_STYLE_PAIRS = frozenset({"oa", "oe", "uy"})

_WORD = re.compile(r"[^\W\d_]+")
# Vietnamese letters in capitals and in lower case, for a regular expression's character class
# (`[À-Ỹ]` would take the lower-case letters between them too): `f"[{CAPITALS}]"`.
CAPITALS = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isupper() and chr(c).isalpha())
SMALL_LETTERS = "a-z" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).islower() and chr(c).isalpha())
# Spaces that look like a space but are not U+0020 (no-break, narrow, ideographic, en/em...).
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Characters with no width at all: zero-width space/joiners, word joiner, BOM, soft hyphen.
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACE_RUN = re.compile(r"[ \t]{2,}")
#: Characters XML 1.0 cannot hold (C0 controls but tab and line ends, lone surrogates, U+FFFE and
#: U+FFFF): one in a title makes a feed that no reader parses.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
#: Of those, the ones that separate words (vertical tab, form feed, the C0 separators).
_SEPARATORS = frozenset("\x0b\x0c\x1c\x1d\x1e\x1f")


#: The shape of one Vietnamese syllable (tones removed).
_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(?:ng|nh|ch|[cmnpt])?$"
)


def is_syllable(word: str) -> bool:
    """Whether `word` has the shape of one Vietnamese syllable (Lào, Nga, Úc; not Putin)."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if c not in TONE_MARKS)
    return _SYLLABLE.match(unicodedata.normalize("NFC", bare)) is not None


def _clusters(decomposed: str) -> list[str]:
    """Split an NFD string into base letter + its combining marks."""
    out: list[str] = []
    for ch in decomposed:
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


@functools.lru_cache(maxsize=65536)  # words repeat: a long text costs its distinct words
def _old_style_word(word: str) -> str:
    """Move the tone of a final oa/oe/uy onto its first vowel (hoà → hòa, Uỷ → Ủy)."""
    clusters = _clusters(unicodedata.normalize("NFD", word))
    if len(clusters) < 2:
        return word
    bases = [c[0].lower() for c in clusters]
    if "".join(bases[-2:]) not in _OLD_STYLE_PAIRS:
        return word
    onset = bases[:-2]
    if any(b in _VOWELS for b in onset):
        return word  # the pair is not the whole nucleus (e.g. "ngoai" is not in play here)
    if bases[-2] == "u" and onset and onset[-1] == "q":
        return word  # "qu" is a consonant: quý, quỷ keep the tone on y
    first, last = clusters[-2], clusters[-1]
    tones = [m for m in last[1:] if m in TONE_MARKS]
    others = [m for m in last[1:] if m not in TONE_MARKS]
    if len(tones) != 1 or others or len(first) != 1:
        return word  # no tone to move, or oă/uê-like letters that never move
    clusters[-2] = first + tones[0]
    clusters[-1] = last[0]
    return unicodedata.normalize("NFC", "".join(clusters))


def old_style_tones(text: str) -> str:
    """Place tone marks in the old style used by our seeds: hòa, thủy, Ủy."""
    return _WORD.sub(lambda m: _old_style_word(m.group(0)), text)


def xml_safe(text: str, separator: str = " ") -> str:
    """`text` without the characters XML 1.0 forbids: a separator (form feed…) becomes
    `separator`, the others (`\x01`, ESC, U+FFFE, lone surrogates) are dropped. The importer
    stores text this way (`clean_spaces`, and a raw file as soon as it is decoded, where a form
    feed ends a line) and every XML file the site writes (feeds, sitemap) goes through it."""
    if _NOT_XML.search(text) is None:
        return text
    return _NOT_XML.sub(lambda m: separator if m.group(0) in _SEPARATORS else "", text)


# A zero-width space between two runs of letters: a tool's word break where the page had no space.
_ZW_SPACE = re.compile(r"([^\W\d_]+)\u200b(?=([^\W\d_]+))")


def _zero_width_space(match: re.Match[str]) -> str:
    """Two syllables a zero-width space stands between, which are no syllable joined (`sản\u200bxuất`),
    are two words: a space; inside a word (`Ngu\u200byễn`, `Face\u200bbook`) it is dropped."""
    left, right = match.group(1), match.group(2)
    apart = is_syllable(left) and is_syllable(right) and not is_syllable(left + right)
    return left + " " if apart else left


def clean_spaces(text: str) -> str:
    """Turn odd spaces into plain ones, drop zero-width characters and those XML cannot hold (a
    zero-width space alone between two words is a space), squeeze space runs."""
    if "\u200b" in text:
        text = _ZW_SPACE.sub(_zero_width_space, text)
    text = xml_safe(_ZERO_WIDTH.sub("", text))
    text = _ODD_SPACES.sub(" ", text)
    return _SPACE_RUN.sub(" ", text)


def compose(text: str) -> str:
    """NFC and old-style tones, the spaces left as they are: the form of the letters we store. The
    importer gives it to a file's text as soon as it is decoded (`importer.decode`), so every pass
    (trafilatura's reading of a saved page, a byline's name) sees `Thụy`, never `Thuỵ` or a letter
    and its marks apart."""
    return old_style_tones(unicodedata.normalize("NFC", text))


def normalize(text: str) -> str:
    """NFC, old-style tones and clean spaces: the one form we store and compare. The spaces are
    cleaned first: a control or zero-width character dropped may join a word's letters (`O\x08À`
    → `OÀ`), whose tone then moves as any other's (`ÒA`), so a second pass changes nothing."""
    return compose(clean_spaces(text))


def name_key(name: str) -> str:
    """Two names are the same name when they differ only in Unicode form, tones, case or dashes."""
    return re.sub(r"\s*[-‐‑‒–—―]\s*", "-", normalize(name)).casefold()


def fold(text: str) -> str:
    """Lowercase ASCII skeleton of a text (Đảng → dang), for matching what readers type."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


@functools.lru_cache(maxsize=65536)
def slugify(text: str, max_length: int = 80) -> str:
    """ASCII slug of a Vietnamese text (đ → d), cut at a word boundary near `max_length`.

    Always transliterated by text-unidecode (python-slugify's own dependency): its default
    tries `import unidecode` first on every call, slow when absent and, when present, a
    different transliteration, so a URL would depend on the machine that built it."""
    return _slugify(
        unicodedata.normalize("NFC", text),
        max_length=max_length,
        word_boundary=True,
        save_order=True,
        backend="text-unidecode",
    )


# Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.
_LETTER_ORDER = {
    letter: index
    for index, letter in enumerate(
        [
            "a",
            "a\u0306",
            "a\u0302",
            "b",
            "c",
            "d",
            "đ",
            "e",
            "e\u0302",
            "f",
            "g",
            "h",
            "i",
            "j",
            "k",
            "l",
            "m",
            "n",
            "o",
            "o\u0302",
            "o\u031b",
            "p",
            "q",
            "r",
            "s",
            "t",
            "u",
            "u\u031b",
            "v",
            "w",
            "x",
            "y",
            "z",
        ]
    )
}
_TONE_ORDER = {"": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


@functools.lru_cache(maxsize=65536)
def sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """Key that sorts Vietnamese names as a Vietnamese reader expects (Đ after D, ư after u)."""
    letters: list[int] = []
    tones: list[int] = []
    for cluster in _clusters(unicodedata.normalize("NFD", text.lower())):
        base = cluster[0] + "".join(m for m in cluster[1:] if m not in TONE_MARKS)
        tone = "".join(m for m in cluster[1:] if m in TONE_MARKS)
        letters.append(_LETTER_ORDER.get(base, ord(cluster[0]) - 0x110000))  # spaces, digits first
        tones.append(_TONE_ORDER.get(tone, 9))
    return tuple(letters), tuple(tones), text
