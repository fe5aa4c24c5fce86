"""Headlines that scrapers cut: completed from the link's slug, with accents from the text.

Search-result scrapers cut long headlines (`… sau 45 năm chiến ...`) or stop at a ` - ` or a comma
that belonged to the headline. News sites put the whole headline in the address
(`/linh-bien-phong-…-chien-tranh-bien-gioi/`), so when the title's words are the slug's first
words, the rest of the slug is the rest of the headline. The slug has no accents: each missing
word is taken, as printed, from the article's own text (the longest run of words that folds to
the slug's words, with the punctuation between them), so `cam-lo-la-son` becomes `Cam Lộ - La Sơn`;
a word the article never prints is taken from the other pages of the import and the raw pages kept
(a run of words first, else the form they print most). A word no page prints is not guessed: the
title then stays cut, and the editor is told. Where the text does not show what joined the cut
words, a title cut with "…" (at a length) goes on after a space, one cut without it (at a mark of
its own) after ` - ` before a name and a comma before the rest of a clause. A title cut inside a word
(`Trung Qu…`) takes the slug's whole word. The site's id after the slug (`-post283456`, `-c341a1543210`,
`-Kq7zX9pSR`, `.3769123`) is no word of the headline, a year before it (`-nam-2024-…`) is. A link with no
slug (`?id=…`) leaves the tags: one that goes on from where the title was cut is the whole headline;
a title cut inside a quote goes on to where the story closes it (`cut_quotes`); one the summary or the
lead restates goes on to the end of the restating clause (`restated_heads`). A slug of the title's
own words in another order says it was whole; a slug word the text prints only as a name's first
word (`Đồn` of `Đồn Biên phòng` for `don`) is another word folded the same, and is not taken.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from urllib.parse import unquote, urlsplit

from ..core.text import CAPITALS, fold
from .cut_quotes import from_quote
from .restated_heads import from_clauses
from .slug_spelling import closing_word, inside_headline, printed, spelled, without_params
from .title_words import TOKEN as _TOKEN
from .title_words import Words
from .title_words import fold_token as _folded

_ELLIPSIS = re.compile(r"\s*(?:\.{3,}|…)\s*$")
_WORD = re.compile(r"[^\W_]+")
# A site's id after the slug: `130198`, `d98765`, `post55123`, `ar123456`, `c341a1543210`, a run of 5
# digits or more anywhere, 4 digits that are no year; a year or a smaller number is the headline's
# (`nam-2024`, `top-10`, `thang-3-0`) unless it is a category's, of 3 digits or more, before an id; a
# hexadecimal id of 6-10 letters a-f and two digits or more (`-3f1a2b`, `-f3e4a1b`) is no word either.
_ID = re.compile(
    r"^(?:[a-z]{1,8}\d{4,}|[a-z0-9]*\d{5,}[a-z0-9]*|(?!19|20)\d{4}|(?=\d*[a-f])(?=(?:[a-f]*\d){2})[\da-f]{6,10})$"
)
_LABEL = re.compile(r"^\s*(?:\[[^\]]{1,20}\]|\([^)]{1,20}\)|[^\W\d_]{2,12}\s*:)\s*")
_OPENERS = {"“": "”", "‘": "’", "'": "'", '"': '"', "«": "»", "(": ")"}  # and brackets: `Hủa Phăn (Lào)`


# A label of the story's format before its headline (`[Video]`, `[Infographic]`, `Infographic:`, `Clip:`,
# `Podcast:`, `Photo:`, an audio player's `Nghe bài:`): the site's rubric, not the headline's words
# (`Phỏng vấn:`, `Hà Nội:` are).
_FORMAT_LABEL = re.compile(
    r"^\s*(?:\[[^\]\d]{2,20}\]\s*[-–:]?|(?:video|clip|infographics?|podcast|e-?magazine|longform|photo|"
    r"ảnh|audio|multimedia|megastory|interactive|minigame|"
    r"(?:bấm để )?nghe(?: đọc)?(?: bài(?: viết| này)?| tin| audio)?)\s*[:|])\s*(?=\S)",
    re.IGNORECASE,
)


def format_label(title: str) -> str | None:
    """The label of the story's format the title opens with (`[Video] `, `Infographic: `), when a
    headline of three words or more follows it."""
    found = _FORMAT_LABEL.match(title)
    return found.group(0) if found and len(title[found.end() :].split()) >= 3 else None


def is_truncated(title: str) -> bool:
    return bool(_ELLIPSIS.search(title))


def slug_words(url: str | None) -> list[str]:
    """The words of an article address's slug, without the site's numeric id and extension."""
    if not url:
        return []
    segments = [s for s in unquote(urlsplit(url).path).split("/") if s]
    while segments:
        last = without_params(re.sub(r"\.(?:[a-z][a-z0-9]{1,4}|\d+)$", "", segments[-1], flags=re.I))
        words = [w for w in re.split(r"[-_]+", last) if w]
        while words and (_ID.match(words[-1].lower()) or _random_id(words)):
            words.pop()
            # a category's number before the id (`…-the-gioi-184-229313`), not a year nor a score (`3-0`)
            while (
                words and words[-1].isdigit() and len(words[-1]) >= 3 and not 1900 <= int(words[-1]) <= 2100
            ):
                words.pop()
        words = [w.lower() for w in words]
        if len(words) >= 3:
            return words
        segments.pop()
    return []


def folders(url: str | None) -> frozenset[str]:
    """The letters of an article address's folders (`/quoc-phong-an-ninh/tin-tuc/…` →
    `quocphonganninh`, `tintuc`), which name the site's sections."""
    segments = [s for s in unquote(urlsplit(url).path).split("/") if s] if url else []
    return frozenset(re.sub(r"[\W_]+", "", fold(s)) for s in segments[:-1]) - {""}


def _random_id(words: list[str]) -> bool:
    """`…-trung-quoc-Kq7zX9pSR`: a token of mixed case and digits closing a slug of lower-case words."""
    last = words[-1]
    return (
        len(last) >= 6
        and any(c.isdigit() for c in last)
        and any(c.isupper() for c in last)
        and all(w.islower() or w.isdigit() for w in words[:-1])
    )


def complete(
    title: str,
    url: str | None,
    texts: list[str],
    others: Callable[[], Words] | list[str] = (),
    headlines: list[str] = (),
    summaries: list[str] = (),
) -> tuple[str, bool]:
    """`title` completed from `url`'s slug and the article's `texts` (else the words of the other
    pages imported with it, `others`: their texts, or what indexes them, asked only when needed);
    else, for a link without a slug, from one of `headlines` (the page's tags) that goes on from
    where the title was cut; else from the clause of a sentence of the summary, the lead or the story's
    first sentence (`texts`' first) restating it, or a sentence of the summary or lead (`summaries`)
    that goes on from it. True when changed."""
    stem = _ELLIPSIS.sub("", title).rstrip(" -–—,:;")
    folded = [fold(w) for w in _WORD.findall(spelled([stem])[0])]  # `20%` as the slug's `20-phan-tram`
    slug = slug_words(url)
    if is_truncated(title) and _reordered(stem, slug):
        return stem, False  # the slug spells the title's words in another order: it was whole
    rest, partial = _rest_of_slug(folded, slug, is_truncated(title))
    label = _LABEL.match(stem)
    if not rest and label:  # `[Video] Cháy lớn …`, `Clip: Cháy lớn …`: a label the slug leaves out
        rest, partial = _rest_of_slug(
            [fold(w) for w in _WORD.findall(stem[label.end() :])], slug, is_truncated(title)
        )
    if not rest:
        if is_truncated(title) and _spells(folded, slug):
            # the slug ends where the title does: it was whole, unless the page prints it going on
            whole = _from_headlines(stem, headlines)
            return (whole, True) if whole else (stem, False)
        whole = _from_headlines(stem, headlines) if is_truncated(title) else None  # or a slug short of it
        story = texts[0] if texts else ""
        whole = whole or (from_clauses(stem, summaries, story) if is_truncated(title) else None)
        whole = whole or (_from_sentences(stem, summaries) if is_truncated(title) else None)
        whole = whole or (from_quote(stem, texts) if is_truncated(title) else None)
        return (whole, True) if whole else (title, False)
    if all(w.isdigit() for w in rest) and not is_truncated(title):
        return title, False  # a whole title, then the site's short id (`…-gia-vang-tang-manh-123`)
    if partial:  # cut inside a word (`Trung Qu…`): the slug's word replaces it
        stem = stem[: stem.rindex(_WORD.findall(stem)[-1])].rstrip()
    words = Words(spelled(texts))
    elsewhere = others() if callable(others) else Words(list(others), by_count=True)
    pieces: list[str] = []
    anchor = _folded(_TOKEN.findall(stem)[-1]) if _TOKEN.findall(stem) else ""
    first_separator: str | None = None
    i = 0
    while i < len(rest):
        found = words.longest(rest[i:], anchor if i == 0 else None)
        if found is None or found[0] < 2:
            other = elsewhere.longest(rest[i:], anchor if i == 0 else None)
            if other is not None and (found is None or (other[0] >= 2 and other[0] > found[0])):
                found = other
        if found is None and rest[i:] == [rest[-1]] and rest[-1].isdigit() and 1900 <= int(rest[-1]) <= 2100:
            found = (1, rest[-1], None)  # a year closing the headline (`năm 2024`) has no accents to learn
        if found is None and pieces and (all(w.isdigit() for w in rest[i:]) or _id_letter(rest[i:])):
            break  # the site's id after the headline's last word (`…-trong-tuan-toi-123`, `…-chieu-nay-n-`)
        if found is None:
            return title, False  # a word no page prints: leave the title to the editor
        length, span, separator = found
        if i == 0 and separator == " " and not is_truncated(title) and not partial:
            return title, False  # the page prints it going on after a space: a whole title, a longer slug
        if i + length == len(rest) and length == 1:  # the headline's last word, alone
            last = closing_word(span)
            if last is None:
                return title, False  # `mỗi`, `các`: no headline ends so, and no other word is known
            span = last
        if i == 0:
            first_separator = separator
        if length == 1 and len(rest) > 1 and _name_fragment(span, texts):
            return title, False  # `don` of `don-lu` is not the `Đồn` of `Đồn Biên phòng`: a guess
        pieces.append(inside_headline(span))
        i += length
    if first_separator is None:
        first_separator = " " if partial else _cut_mark(title, pieces[0])
    if first_separator.strip() == ":":  # a headline goes on after its label's colon in a capital
        pieces[0] = pieces[0][:1].upper() + pieces[0][1:]
    completed = printed(" ".join((stem + first_separator + " ".join(pieces)).split()))
    return _close_quotes(completed), True


def _id_letter(rest: list[str]) -> bool:
    """The slug's last word, no page prints, a lone letter or letters and digits: the site's id (`-a345`)."""
    return len(rest) == 1 and bool(re.fullmatch(r"[a-z](?:[a-z]*\d+)?", rest[0]))


def _reordered(stem: str, slug: list[str]) -> bool:
    """Whether the slug's words are the title's, in another order (`xuat-khau-go-tang-manh-sang-eu`
    for `Xuất khẩu gỗ sang EU tăng mạnh…`): no word of it goes on past the title."""
    words = [_folded(w) for w in _TOKEN.findall(stem)]
    return len(words) >= 3 and words != slug and Counter(words) == Counter(slug)


def _name_fragment(word: str, texts: list[str]) -> bool:
    """Whether a word the texts print inside their sentences only as the first of a name of several
    capitalised words (`Đồn` of `Đồn Biên phòng`; a sentence's first word is capitalised anyway):
    taken alone for a slug's word, it is another word folded the same (`dọn`)."""
    if not word[:1].isupper():
        return False
    inside = re.compile(rf"(?<=[^\W\d_]\s){re.escape(word)}(?![^\W_])(\s+\S)?")
    found = [m.group(1) for text in texts for m in inside.finditer(text or "")]
    return bool(found) and all(f is not None and f.strip()[:1].isupper() for f in found)


def _bare(word: str) -> str:
    """A word folded without the comma or colon a sentence prints after it where the title was cut."""
    return fold(word).rstrip(",;:")


def _spells(title_words: list[str], slug: list[str]) -> bool:
    return len(title_words) >= 3 and "".join(title_words) in (
        "".join(slug),
        "".join(slug[1:]) if slug[:1] and slug[0].isdigit() else "",
    )


def _from_headlines(stem: str, headlines: list[str]) -> str | None:
    """The one headline that starts with the cut title's words and goes on (a tag that is the whole
    headline, as scrapers often keep; the page's head, where the menu's words run before it:
    `Bản tin 113 Triệt phá …`), its start spelled as the title spells it."""
    words = stem.split()
    wanted = [fold(w) for w in words]
    found = set()
    for h in headlines:
        folded = [fold(w) for w in h.split()]
        at = next((i for i in range(len(folded)) if folded[i : i + len(wanted)] == wanted), None)
        if at is not None and len(wanted) < len(folded) - at <= 40:
            found.add(" ".join(h.split()[at + len(words) :]))
    return f"{' '.join(words)} {found.pop()}" if len(found) == 1 else None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“'‘(]?[" + CAPITALS + r"\d])")
_LONGEST_HEADLINE = 30  # words: a sentence going on longer is the story's, not the headline's


def _from_sentences(stem: str, texts: list[str]) -> str | None:
    """A cut title the link's slug does not go on from (it is shorter than the headline): the one
    sentence of the summary or the lead (`texts`) that opens with the title's words and goes on, of a
    headline's length, without its full stop (many sites print the headline again as the summary); a
    sentence further in the story may open with the same words and be none."""
    wanted = [_bare(w) for w in stem.split()]
    found = set()
    for text in texts:
        for sentence in _SENTENCE_END.split(text or ""):
            words = sentence.split()
            if (
                len(wanted) < len(words) <= _LONGEST_HEADLINE
                and [_bare(w) for w in words[: len(wanted)]] == wanted
            ):
                mark = words[len(wanted) - 1][len(words[len(wanted) - 1].rstrip(",;:")) :]
                found.add(f"{stem}{mark} {' '.join(words[len(wanted) :])}".rstrip("."))
    return found.pop() if len(found) == 1 else None


def _cut_mark(title: str, rest: str) -> str:
    """What joined the words of a headline cut where the text does not show it: a space where it was
    cut at a length (`…`); else a mark of its own, the colon it ends with (`Chủ tịch UBND tỉnh:`, its
    label), ` - ` before a name (`Cam Lộ - La Sơn`), a comma before the rest of a clause (`nghiệp lớn,
    càng sống…`)."""
    if is_truncated(title):
        return " "
    if title.rstrip().endswith(":"):
        return ": "
    return " - " if rest[:1].isupper() else ", "


def _rest_of_slug(title_words: list[str], slug: list[str], cut: bool = False) -> tuple[list[str], bool]:
    """The slug's words after those spelling the title (compared letters and digits only, so
    `657.000` matches `657000`), and whether the title's last word was cut inside (`cut`: the title
    ends with `…`, and its last word only starts the slug's word); empty when the slug does not
    start with the title."""
    target = "".join(title_words)
    if len(title_words) < (2 if cut else 3) or not target:  # two words cut at a length (`Sa Pa…`) too
        return [], False
    before_last = "".join(title_words[:-1])
    partial: list[str] = []
    for skip in (0, 1):  # a leading numeric id (`612-dubai-…`)
        if skip and not (slug and slug[0].isdigit()):
            break
        spelled = ""
        for index, word in enumerate(slug[skip:], start=skip):
            if (
                cut
                and spelled == before_last
                and word.startswith(title_words[-1])
                and word != title_words[-1]
            ):
                partial = partial or slug[index:]
            spelled += word
            if spelled == target:
                return slug[index + 1 :], False
            if not target.startswith(spelled) and not (partial and spelled.startswith(target)):
                break
    if not partial and cut:
        return _after_the_title_end(title_words, slug), False
    return partial, bool(partial)


def _after_the_title_end(title_words: list[str], slug: list[str]) -> list[str]:
    """For a cut title whose slug does not start as it does (`Sài Gòn Giải Phóng: TPHCM thí điểm xe
    buýt điện…`, an abbreviation the slug spells otherwise: `Hội Liên hiệp Phụ nữ …` for `hoi-lhpn-…`):
    the slug's words after the title's last words, found once in it (five letters at least); none
    where the slug spells only the title's first words (its last words' match is an earlier one)."""
    if "".join(title_words).startswith("".join(slug)):
        return []
    for size in range(min(len(title_words), 6), 1, -1):
        end = "".join(title_words[-size:])
        if len(end) < 5:
            break
        found = [i for i in range(len(slug)) if "".join(slug[i : i + size]) == end and i + size < len(slug)]
        if len(found) == 1:
            return slug[found[0] + size :]
    return []


def _close_quotes(title: str) -> str:
    """A headline that opens a quote or a bracket and was cut before closing it gets its closing mark
    (and loses one it never opened)."""
    for opener, closer in _OPENERS.items():
        if opener != closer and title.endswith(closer) and title.count(closer) > title.count(opener):
            title = title[: -len(closer)]
        if opener == closer:
            last = title.rfind(opener)  # the odd mark opens a quote: at the start, after a space or colon
            opens = last == 0 or title[last - 1] in " :("
            if title.count(opener) % 2 == 1 and opens and last < len(title) - 1:
                return title + closer
        elif title.count(opener) > title.count(closer):
            return title + closer if title.rstrip()[-1:] != closer else title
    return title
