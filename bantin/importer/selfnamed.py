"""The name a site the table does not know gives itself, found by its letters spelling the address:
a part of the scraper's `Source:` value (`Thời Đại - Tạp chí của Liên hiệp …` for thoidai.com.vn,
`NHỊP CẦU ĐẦU TƯ` for nhipcaudautu.vn, as the page writes it), or a name the page prints with no
masthead word before it, where a site prints its own name: a line of its own (the masthead), after
`©` or before ` - ` and the site's description (`Bản quyền © Doanh Nhân Sài Gòn Online`, `Doanh Nhân
Sài Gòn - Tạp chí của …`), or an organisation's name glossed with it (`Tập đoàn Điện lực Việt Nam
(EVN)`). A name in capitals is written as the page writes it elsewhere, else in title case, but an
acronym (one word of four letters at most: `VPF`, `VFF`) or a brand with a word no syllables spell
(`PVOIL`, `PV GAS`) stays as it is, which no reader title-cases.
`publishers` asks these after its table and the names with `Báo`/`Tạp chí`."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ..core.text import CAPITALS, fold, is_syllable
from ..tagging.kinds import ORG_HEADS

_WORD = re.compile(r"[^\W_]+")
_PARTS = re.compile(r"\s+[-–|]\s+")
_DRESS = re.compile(r"(?:\s*(?:\.{2,}|…))+$|\s+(?:Online|online|điện tử|Điện tử|Điện Tử)$")
# Where a site prints its own name: the whole line, after `©`, or before ` - ` and a description.
_PLACES = (r"^\s*", r"©\s*(?:\d{4}\s+)?", r"(?:^|\s)")
_AFTER = (r"\s*$", r"(?=[\s.]|$)", r"\s+[-–]\s+\S")  # `© 2025 LuatVietnam. Mọi quyền …`


def letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))


def undressed(name: str) -> str:
    """`Doanh Nhân Sài Gòn Online...` → `Doanh Nhân Sài Gòn`."""
    shorter = _DRESS.sub("", name).strip()
    return (_DRESS.sub("", shorter).strip() or name) if shorter else name


def scraped_part(candidate: str, stem: str, cased: Callable[[list[str]], str | None]) -> str | None:
    """The part of a scraper's name, between ` - ` or ` | `, that spells the address's `stem`."""
    for part in _PARTS.split(candidate):
        part = undressed(part)
        if stem and letters(part) == stem:
            return (
                (cased(_WORD.findall(part)) or part.title())
                if part.isupper() and not _acronym(part)
                else part
            )
    return None


def _acronym(part: str) -> bool:
    """`VPF`, `VFF`: a body's initials, one word of four letters at most; or a brand in capitals with
    a word that no Vietnamese syllables spell (`PVOIL`, `PV GAS`; not `THETHAO`), which no reader
    title-cases either."""
    words = _WORD.findall(part)
    single = len(words) == 1 and len(letters(part)) <= _ACRONYM
    return single or not all(_syllables(word.lower()) for word in words)


@functools.cache
def _syllables(word: str) -> bool:
    """`word` reads as Vietnamese syllables, run together or not (`thethao`, `nhịp`; not `pvoil`)."""
    return not word or any(is_syllable(word[:i]) and _syllables(word[i:]) for i in range(len(word), 0, -1))


_ACRONYM = 4


def printed(stem: str, texts: list[str], cased: Callable[[list[str]], str | None]) -> str | None:
    """A name of two words or more spelling `stem` where a site prints its own; one written in
    capitals only when the page has no other way of writing it."""
    capitals = None
    for text in texts:
        words = _WORD.findall(text)
        for start in range(len(words)):
            spelled = ""
            for end in range(start, min(start + 8, len(words))):
                spelled += fold(words[end])
                if not stem.startswith(spelled):
                    break
                run = words[start : end + 1]
                if (
                    spelled != stem
                    or not (len(run) >= 2 or _camel(run[0]))
                    or not all(w[:1].isupper() for w in run)
                ):
                    continue
                body = r"\W+".join(map(re.escape, run))
                if not any(re.search(b + body + a, text) for b, a in zip(_PLACES, _AFTER, strict=True)):
                    continue
                if not " ".join(run).isupper():
                    return " ".join(run)
                capitals = capitals or cased(run) or " ".join(run).title()
    return capitals or glossed(stem, texts)


def _camel(word: str) -> bool:
    """One word with a capital inside it (`LuatVietnam`, `CafeBiz`): a brand's name run together, as
    no word of a sentence is written; it names the site alone, where a plain word would need a second."""
    return word[:1].isupper() and any(c.isupper() for c in word[1:]) and not word.isupper()


def glossed(stem: str, texts: list[str]) -> str | None:
    """An organisation's name the page glosses with the short name its address spells (`Tập đoàn Điện
    lực Việt Nam (EVN)` for evn.com.vn): from its head word (`Tập đoàn`, `Ngân hàng`, `Trường`) over
    words in capitals to the bracket, as news pages name a company or a school the first time."""
    for text in texts:
        for match in _GLOSSED.finditer(text):
            if letters(match.group("short")) == stem and len(stem) >= 2:
                return match.group("name")
    return None


_GLOSSED = re.compile(
    r"(?<!\w)(?P<name>(?:"
    + "|".join(re.escape(head) for head in sorted(ORG_HEADS, key=len, reverse=True))
    + r")(?:\s+["
    + CAPITALS
    + r"][^\W_]*(?:\s+(?!(?:và|của|cho|với|tại|ở|là|đã|sẽ)\b)[^\W\d_]+)?){1,6})\s+\((?P<short>[^\W_]{2,20})\)"
)  # each word of the name in a capital, or in lower case after one (`Điện lực`), no grammar word
