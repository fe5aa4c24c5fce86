"""The chrome detector: which sentence-sized units of a scraped body belong to the article.

A page scraped as text carries its site along: menus and login walls before the article; related
headlines, appeals to readers, comment boxes and the publisher's footer after it. `detect` cuts
every paragraph into units (sentences, and the fields of a footer such as `Tổng biên tập: …`)
and decides for each, from signals that carry over to sites never seen:

* **furniture**: the words of site furniture (đăng nhập, bình luận, hotline, giấy phép, tổng biên
  tập, bản quyền, ©, liên hệ quảng cáo…), phone numbers, e-mail and web addresses, licence
  numbers, street addresses, "3h trước" time stamps of teasers;
* **prose**: Vietnamese stop-word density (jusText's Vietnamese stop list) and sentence shape: a
  unit of ten words or more that reads like Vietnamese sentences is article text;
* **position**: chrome gathers before the article's first sentence and after its last. The tail
  is cut where what follows is mostly furniture; a run of headline-like units in it (related
  stories) goes with it;
* **repetition**: a unit that other pages of the same site carry too is the site's, not the story's
  (`SiteMemory`, filled with the other files of the same import).

A borderline unit is kept: an editor deletes faster than they restore. Every decision carries
its reason, for `import --explain`.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from bantin.text import fold, normalize

from .bylines import parse_byline
from .parsed import Block
from .sentences import ends_sentence, sentence_starts

# Furniture: words a site prints around every article. Sure ones make any unit chrome; strong
# ones make chrome of a unit that is not a long sentence (an article may name a hotline).
_SURE = re.compile(
    r"©|\(c\)\s*\d{4}|copyright|all rights reserved|bản quyền thuộc|toàn bộ bản quyền|/GP-|/GXN-|"
    r"tổng biên tập\s*:|cơ quan chủ quản\s*:|link nguồn|source link|\{\w+\}|bạn đã gửi thành công|"
    r"rate this post|request time|quý độc giả|thưa quý|"
    r"^(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|tin cùng chuyên mục|có thể bạn quan tâm)\b",
    re.IGNORECASE,
)
_STRONG = re.compile(
    r"bản quyền|giấy phép|giấy xác nhận|"
    r"tổng biên tập|cơ quan chủ quản|thư ký tòa soạn|thư ký toà soạn|chịu trách nhiệm (?:nội dung|xuất bản|quản lý|chính)|"
    r"chịu trách nhiệm\s*:|cơ quan chủ quản|liên hệ quảng cáo|quảng cáo\s*:|hotline|đường dây nóng\s*:|"
    r"\bfax\b|\be-?mail\s*:|điện thoại\s*:|\bđt\s*:|\btel\s*:|trụ sở(?: chính)?\s*:|tòa soạn\s*:|toà soạn\s*:|"
    r"văn phòng đại diện|địa chỉ(?: liên hệ| đkkd)?\s*:|\bmst\s*:|mã số thuế|đkkd|"
    r"đăng nhập|đăng ký tài khoản|quên mật khẩu|mật khẩu|tài khoản chưa|"
    r"bình luận\s*\(\d+\)|gửi bình luận|viết bình luận|ý kiến bạn đọc|bạn đã gửi thành công|"
    r"chính sách bảo mật|điều khoản sử dụng|thỏa thuận người dùng|thoả thuận người dùng|"
    r"cấm sao chép|ghi rõ nguồn|phát hành lại thông tin|không được sao chép|"
    r"tải ứng dụng|theo dõi (?:chúng tôi|fanpage|kênh)|phát triển (?:và vận hành )?bởi|"
    r"vận hành (?:và phát triển )?bởi|designed by|powered by|số tài khoản|"
    r"có thể bạn quan tâm|tin liên quan|bài liên quan|tin cùng chuyên mục|xem thêm\s*:|"
    r"đọc thêm\s*:|link nguồn|source link|nguồn\s+[^:.]{2,40}:\s*https?://|request time|"
    r"\{\w+\}|quý độc giả|rate this post",
    re.IGNORECASE,
)
# Weaker hints: chrome only in company (a short unit, or next to other chrome).
_WEAK = re.compile(
    r"chia sẻ|bình luận|theo dõi|liên hệ|quảng cáo|xem thêm|đọc tiếp|trả lời|thông báo|đăng ký|"
    r"ủng hộ|độc giả|bạn đọc|trang chủ|chuyên mục|tin tức|xem nhiều|mới nhất|video|podcast|"
    r"phường|quận|tầng|tòa nhà|toà nhà|ngõ|số nhà|thành viên|website|trình duyệt|"
    r"(?<!\w)bạn(?!\w)|chúng tôi|quý vị",
    re.IGNORECASE,
)
# A related story's teaser starts with how long ago it was published: `3h trước`, `5 phút trước`.
_TEASER_START = re.compile(r"^\d{1,2}\s*(?:h|giờ|phút)\s+trước\b", re.IGNORECASE)
_ADDRESS = re.compile(
    r"(?:Phường|P\.|Xã|Thị trấn)\s*[^,;]{1,30}[,;-]\s*(?:Quận|Q\.|Huyện|Thị xã|TP|Thành phố|Tp)\b", re.IGNORECASE
)
_PHONE = re.compile(r"(?<![\w/])(?:\+?84|\(0?\d{2,4}\)|0)[\d .\-()]{7,}\d(?!\w)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"https?://|www\.|\b[\w-]+\.(?:vn|com|net|org)\b", re.IGNORECASE)
_TEASER_TIME = re.compile(
    r"(?:^|\s)\d{1,2}\s*(?:h|giờ|phút|ngày)\s+trước\b|^\d{1,2}/\d{1,2}(?:/\d{2,4})?\s+(?=[A-ZĐ])"
)
_CLOCK_STAMP = re.compile(r"\d{1,2}:\d{2}\s*\|\s*\d{1,2}/\d{1,2}/\d{4}|cập nhật\s*:?\s*$", re.IGNORECASE)
# Where a footer's next field starts: before a furniture label run into the text.
_FIELD = re.compile(
    r"(?<=\S)\s+(?=(?:©|Bản quyền|BẢN QUYỀN|(?:Phó )?[Tt]ổng [Bb]iên tập|PHÓ TỔNG BIÊN TẬP|TỔNG BIÊN TẬP|"
    r"Tổng thư ký|Giấy phép|GIẤY PHÉP|Email|E-mail|EMAIL|Điện thoại|ĐIỆN THOẠI|Hotline|HOTLINE|Fax|FAX|"
    r"Địa chỉ|ĐỊA CHỈ|Trụ sở|TRỤ SỞ|Tòa soạn|Toà soạn|TÒA SOẠN|Liên hệ|LIÊN HỆ|Chịu trách nhiệm|"
    r"CƠ QUAN|Cơ quan chủ quản|Đường dây nóng|Bình luận \(|Đăng nhập|ĐĂNG NHẬP|Chính sách|Điều khoản|"
    r"MST|Mã số thuế|Văn phòng|VĂN PHÒNG|Xem thêm:|Link nguồn|Số tài khoản|Quảng cáo:|QC:)(?=[\s:(]|$))"
)


@functools.cache
def _stopwords() -> frozenset[str]:
    import justext

    return frozenset(normalize(word) for word in justext.get_stoplist("Vietnamese"))


_WORDS = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Signals:
    """What one unit looks like: its words, how much of it is stop words, what furniture it has."""

    words: int
    density: float
    strong: str | None
    weak: int
    sentence: bool
    sure: bool = False
    word: bool = False  # `strong` is a furniture word, not only a phone number or an address

    @property
    def prose(self) -> bool:
        """Reads like article sentences: long enough, Vietnamese function words, a full stop."""
        return self.words >= 10 and self.density >= 0.18 and (self.sentence or self.words >= 16)


def signals(text: str) -> Signals:
    words = [w.lower() for w in _WORDS.findall(text)]
    stop = _stopwords()
    density = sum(1 for w in words if w in stop) / len(words) if words else 0.0
    sure = _SURE.search(text) or _TEASER_START.search(text)
    strong = sure or _STRONG.search(text)
    reason = strong.group(0) if strong else None
    word = reason is not None
    if reason is None:
        for name, pattern in (("phone number", _PHONE), ("e-mail", _EMAIL), ("web address", _URL),
                              ("teaser time", _TEASER_TIME), ("time stamp", _CLOCK_STAMP),
                              ("time stamp", _STAMP), ("street address", _ADDRESS)):  # fmt: skip
            if pattern.search(text):
                reason = name
                break
    return Signals(len(words), density, reason, len(_WEAK.findall(text)), ends_sentence(text), bool(sure), word)


@dataclass(frozen=True)
class Unit:
    """A sentence-sized piece of one block, with the decision taken on it."""

    block: int
    text: str
    keep: bool = True
    reason: str = "article text"


def split_units(text: str) -> list[str]:
    """A paragraph → its sentences, with a footer's fields (`Tổng biên tập: …`) apart."""
    cuts = {0, len(text), *sentence_starts(text)}
    cuts.update(m.end() for m in _FIELD.finditer(text))
    if not _shouting(text):
        cuts.update(_caps_runs(text))
    ordered = sorted(cuts)
    pieces = [text[a:b].strip() for a, b in zip(ordered, ordered[1:], strict=False)]
    return [part for piece in pieces if piece for part in _peel(piece)]


_STAMP = re.compile(
    r"\d{1,2}:\d{2}\s*(?:\|\s*)?(?:ngày\s*)?\d{1,2}/\d{1,2}/\d{4}(?:\s*\(GMT\s*\+\s*7\))?|"
    r"\d{1,2}/\d{1,2}/\d{4}\s*(?:\|\s*)?\d{1,2}:\d{2}(?:\s*\(GMT\s*\+\s*7\))?",
    re.IGNORECASE,
)
_FURNITURE = (_SURE, _PHONE, _EMAIL, _URL, _STAMP, _ADDRESS)  # unambiguous enough to cut a sentence at


_RELATED = re.compile(r"^(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|có thể bạn quan tâm)\s*:?\s*", re.I)
# Words that start a sentence and never end a headline: where a related link run into the text stops.
_STARTERS = re.compile(
    r"\s(?=(?:Theo|Trong|Tại|Sau khi|Trước đó|Khi|Ngày|Hôm|Sáng|Chiều|Tối|Đây|Đó|Với|Để|Từ|Vì|Do|Nếu|"
    r"Tuy nhiên|Nhưng|Ngoài ra|Hiện|Việc|Vào|Cũng|Còn|Cùng ngày|Trước|Lúc)\s)"
)


def _caps_runs(text: str) -> list[int]:
    """Where a run of three or more words in capitals starts inside mixed-case text (a section
    header such as `CÓ THỂ BẠN QUAN TÂM` run into the text)."""
    cuts = []
    tokens = list(re.finditer(r"\S+", text))
    for i in range(1, len(tokens) - 2):
        run = [t.group(0) for t in tokens[i : i + 3]]
        if all(_shouting(w) for w in run) and not _shouting(tokens[i - 1].group(0)):
            cuts.append(tokens[i].start())
    return cuts


def _shouting(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _peel(piece: str) -> list[str]:
    """`Liên hệ quảng cáo 0942… - info@x.vn Chiều nay (18/2), Ban An toàn…`: a header run into the
    first sentence with no full stop between them is cut after its last piece of furniture; a
    related link (`Xem thêm: …`) before the next sentence's first word."""
    related = _RELATED.match(piece) or _STRONG.match(piece)
    if related:
        starter = _STARTERS.search(piece, related.end())
        if starter and signals(piece[starter.end() :]).prose:
            return [piece[: starter.start()].strip(), piece[starter.end() :].strip()]
    ends = [m.end() for pattern in _FURNITURE for m in pattern.finditer(piece)]
    if not ends:
        return [piece]
    cut = max(ends)
    rest = piece[cut:]
    head = re.match(r"[\s\-–—|:.,;]*", rest)
    start = cut + (head.end() if head else 0)
    rest = piece[start:]
    if not rest[:1].isupper():
        return [piece]
    found = signals(rest)
    if found.strong or not found.prose or found.words < 12:
        return [piece]
    return [piece[:start].strip(), rest]


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))


@dataclass
class SiteMemory:
    """Other pages of each site (by host name): what every page repeats is the site's chrome.

    Two kinds of repetition: units (a footer's sentences, wherever they stand) and the run of
    words a page starts or ends with (a logo's text glued to the first caption).
    """

    counts: dict[str, Counter[str]] = field(default_factory=dict)
    pages: dict[str, list[list[str]]] = field(default_factory=dict)
    headlines: list[str] = field(default_factory=list)  # every page's title and summary

    def add(self, site: str | None, blocks: list[Block], headlines: tuple[str, ...] = ()) -> None:
        self.headlines.extend(h for h in headlines if h)
        if site:
            self.counts.setdefault(site, Counter()).update(set(_block_keys(blocks)))
            self.pages.setdefault(site, []).append(_words(blocks))

    def elsewhere(self, site: str | None, own: list[Block]) -> frozenset[str]:
        """Keys of `own`'s units that another page of the same site holds too."""
        if not site or site not in self.counts:
            return frozenset()
        counts = self.counts[site]
        return frozenset(k for k in set(_block_keys(own)) if counts[k] >= 2)

    def shared_ends(self, site: str | None, own: list[Block]) -> tuple[int, int]:
        """How many words `own` starts and ends with that another page of the site shares."""
        if not site or site not in self.pages:
            return 0, 0
        words = _words(own)
        head = tail = 0
        skipped_self = False
        for other in self.pages[site]:
            if other == words and not skipped_self:
                skipped_self = True
                continue
            head = max(head, _common(words, other))
            tail = max(tail, _common(words[::-1], other[::-1]))
        if head + tail >= 0.6 * len(words):
            return 0, 0  # the same story twice: nothing to learn from it
        return (head if head >= _MIN_SHARED else 0), (tail if tail >= _MIN_SHARED else 0)


_MIN_SHARED = 4


def _common(a: list[str], b: list[str]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _words(blocks: list[Block]) -> list[str]:
    return [_key(w) for block in blocks for w in block.text.split() if _key(w)]


def _block_keys(blocks: list[Block]) -> list[str]:
    keys = []
    for block in blocks:
        for unit in split_units(block.text):
            key = _key(unit)
            if len(key) >= 12:
                keys.append(key)
    return keys


def trim_shared(blocks: list[Block], head: int, tail: int) -> tuple[list[Block], list[Unit]]:
    """Take the first `head` and last `tail` words (counted as `SiteMemory` counts them) off the
    blocks; returns the blocks left and the removed text as units, for `--explain`."""
    removed: list[Unit] = []
    out = list(blocks)
    if head:
        out = _cut_words(out, head, removed, "the start that other pages of the site share")
    if tail:
        reversed_out = [Block(b.kind, " ".join(b.text.split()[::-1]), b.credit) for b in out[::-1]]
        cut: list[Unit] = []
        reversed_out = _cut_words(reversed_out, tail, cut, "the end that other pages of the site share")
        out = [Block(b.kind, " ".join(b.text.split()[::-1]), b.credit) for b in reversed_out[::-1]]
        removed.extend(Unit(-1, " ".join(u.text.split()[::-1]), False, u.reason) for u in cut[::-1])
    return out, removed


def _cut_words(blocks: list[Block], count: int, removed: list[Unit], reason: str) -> list[Block]:
    out = []
    for block in blocks:
        if count <= 0:
            out.append(block)
            continue
        words = block.text.split()
        taken = 0
        while taken < len(words) and count > 0:
            if _key(words[taken]):
                count -= 1
            taken += 1
        if taken:
            removed.append(Unit(-1, " ".join(words[:taken]), False, reason))
        if taken < len(words):
            out.append(Block(block.kind, " ".join(words[taken:]), block.credit))
        elif block.credit:
            out.append(Block(block.kind, "", block.credit))
    return out


@dataclass(frozen=True)
class Site:
    """The page's own site: its host name (`laodong.vn`) and the name it goes by (`Lao Động`)."""

    host: str | None = None
    name: str | None = None

    def named_in(self, text: str) -> bool:
        """The site names itself: its address, or its name in capitals as a masthead prints it."""
        if self.host and self.host.casefold() in text.casefold():
            return True
        return bool(self.name and len(self.name) >= 4 and self.name in text)


def detect(blocks: list[Block], repeated: frozenset[str] = frozenset(), site: Site = Site()) -> list[Unit]:
    """Decide, unit by unit, what of `blocks` is the article."""
    units: list[Unit] = []
    found: list[Signals] = []
    for index, block in enumerate(blocks):
        pieces = [block.text] if block.kind == "caption" else split_units(block.text)
        for piece in pieces:
            units.append(Unit(index, piece))
            found.append(signals(piece))
    kinds = [_kind(u, s, blocks[u.block], repeated, site) for u, s in zip(units, found, strict=True)]
    decided = [
        Unit(u.block, u.text, kind != "chrome", reason or "caption")
        for u, (kind, reason) in zip(units, kinds, strict=True)
    ]
    start = _article_start(kinds)
    end = _article_end(kinds, found, after=_first_prose(kinds))
    # The masthead lines just before a footer (`CƠ QUAN CỦA TỔNG LIÊN ĐOÀN…`, `Xuất bản số Báo
    # Lao Động đầu tiên…`) go with it.
    while end < len(units) and end - 1 > start and kinds[end - 1][0] == "short":
        text = units[end - 1].text
        if not (_shouting(text) or site.named_in(text)):
            break
        end -= 1
    out = []
    for i, unit in enumerate(decided):
        kind, reason = kinds[i]
        if kind == "byline":
            pass
        elif i < start and unit.keep and kind != "caption":
            unit = Unit(unit.block, unit.text, False, "before the article: " + (reason or "menu or headline"))
        elif i >= end and unit.keep:
            unit = Unit(unit.block, unit.text, False, "after the article ends: " + (reason or "headline"))
        out.append(unit)
    return out


def _kind(unit: Unit, s: Signals, block: Block, repeated: frozenset[str], site: Site) -> tuple[str, str]:
    """`chrome`, `prose`, `caption`, `byline` or `short`, with the reason."""
    if block.kind == "caption":
        return ("chrome", s.strong) if s.strong and not s.prose and block.credit is None else ("caption", "")
    key = _key(unit.text)
    if key in repeated:
        return "chrome", "repeated on other pages of the site"
    if not s.word and s.words <= 16 and not unit.text.isupper() and parse_byline(unit.text) is not None:
        return "byline", "a byline or credit"
    if s.sure:
        return "chrome", s.strong or ""
    if site.host and site.host.casefold() in unit.text.casefold():
        return "chrome", "the site's own address"
    if s.strong and s.word:
        # A long sentence that only mentions a hotline or an address is still the article's.
        if s.prose and s.words >= 20 and s.density >= 0.3 and not _EMAIL.search(unit.text):
            return "prose", f"prose despite {s.strong!r}"
        return "chrome", s.strong
    if s.strong and (not s.prose or s.strong == "teaser time"):
        return "chrome", s.strong
    if s.prose:
        return "prose", "sentence-like, stop words {:.0%}".format(s.density)
    return "short", "short or headline-like" if s.weak == 0 else "furniture words"


def _first_prose(kinds: list[tuple[str, str]]) -> int:
    return next((i for i, (k, _) in enumerate(kinds) if k == "prose"), len(kinds))


def _article_start(kinds: list[tuple[str, str]]) -> int:
    """Units before the first prose unit that are chrome or headline-like go (a menu, a breadcrumb);
    only when some chrome stands among them, so a short opening line stays."""
    first = _first_prose(kinds)
    if any(k == "chrome" for k, _ in kinds[:first]):
        return first
    return 0


def _article_end(kinds: list[tuple[str, str]], found: list[Signals], after: int) -> int:
    """Where the tail of chrome begins: the cut, after the article's first sentence, past which
    furniture outweighs prose most."""
    best, best_score, score = len(kinds), 0.0, 0.0
    for i in range(len(kinds) - 1, after, -1):
        kind, _ = kinds[i]
        if kind == "chrome":
            score += 2.0
        elif kind == "short":
            score += 0.25 if found[i].weak == 0 else 0.75
        elif kind == "prose":
            score -= 1.0 + found[i].words / 20 - 0.75 * min(found[i].weak, 3)
        if kind == "chrome" and score > best_score:
            best, best_score = i, score
    return best


def apply(blocks: list[Block], units: list[Unit]) -> list[Block]:
    """The blocks rebuilt from the units that stay (a block whose units all went is dropped)."""
    kept: dict[int, list[str]] = {}
    dropped: set[int] = set()
    for unit in units:
        if unit.keep:
            kept.setdefault(unit.block, []).append(unit.text)
        else:
            dropped.add(unit.block)
    out = []
    for index, block in enumerate(blocks):
        if index not in dropped:
            out.append(block)
        elif index in kept:
            out.append(Block(block.kind, " ".join(kept[index]), block.credit))
    return out
