"""Raw bytes → text, refusing what is not a news article in a readable encoding.

Scraped files arrive as UTF-8 (with or without a BOM), sometimes as UTF-16 (Windows tools) or in
the legacy Vietnamese Windows code page cp1258. A fallback decoding is accepted only when the
result reads like Vietnamese, so a binary file or a Latin-1 letter never becomes an article of
mojibake. The text comes out with its letters in the stored form (NFC, old-style tones:
`core.text.compose`), whatever tool saved it (a page saved decomposed, `hoà` for `hòa`).
"""

from __future__ import annotations

import codecs
import unicodedata

from ..core.text import compose, xml_safe
from .errors import BadInput

#: Files above this size are refused before they are read (scraped articles are a few kB).
MAX_BYTES = 5 * 1024 * 1024

# Letters only Vietnamese uses (besides tone marks): ă â đ ê ô ơ ư.
_VIETNAMESE_BASES = frozenset("ăâđêôơưĂÂĐÊÔƠƯ")
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
# Hook above and dot below never occur in French, Spanish or German: proof of Vietnamese.
_ONLY_VIETNAMESE_TONES = frozenset("\u0309\u0323")


def decode(data: bytes) -> str:
    """Decode a raw article; raise BadInput with a one-line reason when it cannot be read."""
    if not data.strip():
        raise BadInput("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _checked(_utf8(data[3:]))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(_fallback(data, "utf-16", "UTF-16"))
    utf16 = _utf16_by_nuls(data)
    if utf16:
        return _checked(_fallback(data, utf16, "UTF-16"))
    if b"\0" in data:
        raise BadInput("binary file, not text")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = ""
    if text and looks_vietnamese(text):
        return _checked(text)
    raise BadInput(f"not UTF-8 (invalid byte at offset {first_bad}) and not Vietnamese in UTF-16 or cp1258")


def _utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput(f"not UTF-8 (invalid byte at offset {exc.start + 3})") from None


def _utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as a NUL in every other byte of mostly-ASCII text."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.3 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.3 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _fallback(data: bytes, encoding: str, label: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise BadInput(f"not valid {label}") from None
    if not looks_vietnamese(text):
        raise BadInput(f"decodes as {label} but does not read as Vietnamese text")
    return text


def _checked(text: str) -> str:
    """Refuse text that is empty or mostly control characters (a binary file that happens to decode)."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise BadInput("empty file")
    controls = sum(
        1 for ch in text if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\t\n\r\f"
    )
    if controls > max(2, len(text) // 100):
        raise BadInput("binary file, not text")
    # the few control characters a real article may carry go here; the letters take the stored form
    # (NFC, old-style tones) before any pass reads them: a file an old tool saved decomposed (NFD)
    return compose(xml_safe(text, "\n"))


def looks_vietnamese(text: str) -> bool:
    """True when enough letters carry Vietnamese marks and some marks exist only in Vietnamese."""
    letters = 0
    marked = 0
    proof = 0
    sample = unicodedata.normalize("NFD", text[:20_000])
    previous_letter = False
    for ch in sample:
        if ch.isalpha():
            letters += 1
            previous_letter = True
            if ch in _VIETNAMESE_BASES or ch.lower() in "đ":
                marked += 1
                proof += ch in "đĐ"
        elif unicodedata.combining(ch) and previous_letter:
            if ch in _TONES or ch in "\u0306\u0302\u031b":
                marked += 1
            proof += ch in _ONLY_VIETNAMESE_TONES or ch == "\u031b" or ch == "\u0306"
        else:
            previous_letter = False
    if letters < 20:
        return False
    control = sum(1 for ch in text[:20_000] if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    return control == 0 and marked >= 0.12 * letters and proof >= 3
