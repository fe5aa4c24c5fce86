"""Where a photo's credit ends and what follows it begins, when the page prints them with no stop
between: the writer's byline (`Ảnh: V.Q VĂN QUANG`, `Ảnh: Anh Tuấn Nguyễn Chinh`, `… Ngọc Anh (thực
hiện)`), or more of the credit (`Ảnh: QLTT Hà Nam`, `Ảnh: Báo Hà Tĩnh`: a body's office, a place).
`captions` asks these while it reads a credit, and `header` asks `signed_after_credit` of the last
caption's; a writer's initials and roles are `bylines`' (`WRITER_INITIALS`, `ROLE_WORDS`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable

from ..core.glued_words import glued_words
from ..core.text import CAPITALS, SMALL_LETTERS, is_syllable
from ..tagging.gazetteer import place
from ..tagging.kinds import SURNAMES
from .bylines import ROLE_WORDS, WRITER_INITIALS, is_person, is_source_name
from .name_words import name_word
from .widgets import names_a_widget

__all__ = [
    "STARTERS", "STRONG_STARTERS", "a_clips_title", "a_place", "a_sentence", "acronym", "before_label",
    "foreign_then_writer", "in_capitals", "initials", "kind_credit", "labelled_after", "opens_credit",
    "owned_by", "placed_body", "signed_after_credit", "signed_last", "slashed", "sourced_next", "titled",
    "to_glue", "unstopped_title", "writer_before_role",
]  # fmt: skip

#: A sentence's first words, which end a credit run into the sentence after it (`Ảnh: Minh Đức Sáng 5/6 …`),
#: and a gallery's counter after the credit (`Ảnh: Ngọc Dương Ảnh 2/6`).
STARTERS = frozenset(
    "Theo Trong Tại Sau Khi Trước Ông Bà Anh Chị Các Những Một Hai Ba Nhiều Đây Đó Này Người Cựu "
    "Tuy Nhưng Với Để Từ Vì Do Nếu Còn Cũng Ngoài Bên Hiện Năm Ngày Sáng Chiều Tối Hôm Đến Thủ "
    "Bộ Tổng Chủ Phó Quân Lực Cơ Giới Chính Đại Việc Vào Ngay Tháng Khoảng Lúc Gần Hơn Trưa Đêm Rạng "
    "Cuối Đầu Giữa Ban Ảnh Hình Tết Dịp Phút".split()  # a match's minute (`Ảnh: Dũng Phương Phút 85, …`)
)
#: Starters that are never part of a name or an agency, so a credit always stops before them.
STRONG_STARTERS = frozenset(
    "Theo Trong Tại Sau Khi Trước Các Những Ngày Hôm Sáng Chiều Tối Đây Đó Này Với Để Từ Vì Do Nếu Tuy "
    "Nhưng Ngoài Hiện Việc Vào Ngay Tháng Cũng Còn Nhiều Một Cựu Ông Bà Khoảng Lúc Gần Hơn Trưa Đêm "
    "Rạng Tết Dịp Phút".split()
)

_GLUED = re.compile(rf"[{SMALL_LETTERS}\d][{CAPITALS}]")


def a_sentence(after: str) -> bool:
    """A label's words are a sentence of their own (`Nghệ nhân Lê Thị Hương giới thiệu các công đoạn dệt
    vải.`): three words in lower case, then a stop, and no other sentence opening (`TTXVN Theo dự báo,
    …`) or glued on (`Đình Bắc ghi bàn phút 88Ở bán kết …`: a title, then the story) before it."""
    said = re.match(r"[^.;!?]*[.!?]", after)
    words = said.group().split() if said else []
    if any(word in STRONG_STARTERS or _GLUED.search(word) for word in words):
        return False
    return sum(1 for word in words if word.isalpha() and word.islower()) >= 3


_TITLE_LONGEST = 160  # characters: a clip's title, not a paragraph


def unstopped_title(after: str) -> bool:
    """A label's words are a title's phrase run to their end with no stop (`Người dân Tam Đường che chắn
    chuồng trại cho trâu bò`), though a place's capitals open it: its last five words or more in lower
    case, as no credit ends (`Người dân cung cấp`, `Trung tâm Truyền thông tỉnh X cung cấp`)."""
    words = after.split()
    if len(after) > _TITLE_LONGEST or re.search(r"[.;!?]", after) or any(w in STRONG_STARTERS for w in words):
        return False
    small = itertools.takewhile(lambda word: word.isalpha() and word.islower(), reversed(words))
    return len(list(small)) >= 5


def a_clips_title(after: str) -> bool:
    """The words after a clip's label (`Video:`) are its title or caption, no credit: a sentence of their
    own or a title's phrase with no stop."""
    return a_sentence(after) or unstopped_title(after)


#: A credit's words saying what the photo is, not whose (`Ảnh: tư liệu`, `Ảnh: minh họa`, `Ảnh: internet`):
#: a credit though in lower case.
_KIND_WORDS = ("internet", "tư liệu", "minh họa", "minh hoạ")


def opens_credit(text: str, at: int) -> bool:
    """What follows a label (`Ảnh:`) at `at` opens a credit: a capital (a name, an agency), a digit, or
    the words of a credit saying what the photo is, in lower case too."""
    return text[at : at + 1].isupper() or text[at : at + 1].isdigit() or text.startswith(_KIND_WORDS, at)


# The kind's words, and the words in lower case that finish it (`tư liệu của gia đình`), up to a stop.
_KIND = re.compile(
    r"(?:tư liệu|Tư liệu|minh họa|Minh họa|minh hoạ|Minh hoạ)(?:\s+[" + SMALL_LETTERS + r"]+){0,4}(?![\w])"
)


def kind_credit(after: str, read: Callable[[str], tuple[str, int]]) -> tuple[str, int]:
    """The credit at the start of `after` and where the text after it begins, for a credit saying what
    the photo is (`tư liệu`, `minh họa`, `tư liệu của gia đình`), in lower case too: it ends at a stop,
    or where a sentence begins (`Ảnh: tư liệu Đại diện Cục Di sản … đề nghị …`); a capital after it
    opening no sentence is its owner's name (`Ảnh: tư liệu TTXVN`, `Ảnh: tư liệu Bảo tàng Hải Dương`),
    which `read` reads as any credit is read, as it reads every other credit."""
    found = _KIND.match(after)
    if found is None:
        return before_label(after, *to_glue(after, *read(after)))
    credit, rest = found.group(), after[found.end() :]
    begins = found.end() + len(rest) - len(rest.lstrip())
    following = after[begins : begins + 1]
    if following in (".", ";"):
        return credit, begins + 1  # `Ảnh: minh họa. Các chuyên gia …`
    opener = after[begins:].split(maxsplit=1)[0] if following else ""
    if not following.isupper() or opener in STRONG_STARTERS or a_sentence(after[begins:]):
        return credit, begins  # the end, a figure or a quote, or the next sentence (`Theo …`, `Các …`)
    owner, cut = read(after[begins:])
    return f"{credit} {owner}", begins + cut


# A box's label in capitals, two words at least up to its colon (`TIN LIÊN QUAN:`, `ĐỌC THÊM:`).
_CAPS_LABEL = re.compile(rf"(?<=[{SMALL_LETTERS}])\s+(?=[{CAPITALS}]{{2,}}(?:\s+[{CAPITALS}]{{2,}}){{1,3}}:)")


_GLUED_WORD = re.compile(rf"(?<=[{SMALL_LETTERS}])[{CAPITALS}][{SMALL_LETTERS}]{{4,}}(?!\w)")


def before_label(after: str, credit: str, cut: int) -> tuple[str, int]:
    """The credit `credit` (read up to `cut`), or the name in title case before a box's label in
    capitals that the reading took for more of it (`Ảnh: Hữu Phước TIN LIÊN QUAN: Giá sầu riêng …`): a
    name in capitals is printed all in capitals, never half; or before a button's or a label's word
    glued to the name (`Ảnh: Ngọc LanAdvertisement`)."""
    label = _CAPS_LABEL.search(after)
    if label is not None and label.start() < cut:
        return after[: label.start()], label.end()
    for glued in _GLUED_WORD.finditer(after, 0, cut):  # `Ảnh: Ngọc LanAdvertisement`: a box's label glued on
        if names_a_widget(glued.group()):
            return after[: glued.start()], glued.start()
    return credit, cut


def to_glue(after: str, credit: str, cut: int) -> tuple[str, int]:
    """The credit `credit` (read up to `cut`), or all of `after` up to where the scraper glued the
    next paragraph on with no space (`Ảnh: Công an cung cấpCông an đề nghị …`, `Ảnh: Bộ Giao thông
    Vận tảiPhát biểu …`): the glue is where the caption's block ended, so the few words before it
    with no stop among them are the credit's own, even those the reading left for the next sentence
    (`cung cấp`, a body's name in lower case). Not a writer's name between (`Ảnh: Minh Đức Nguyễn
    ChinhBình luận`: the byline, which `captions` signs), nor a sentence's first word."""
    initials = _initials_glued(after, cut)
    if initials:
        return after[:initials].rstrip(), initials
    glue = next(iter(glued_words(after[:_GLUE_REACH])), 0)
    if 0 < glue < cut and after[glue:cut].isupper():  # `Ảnh: Phan SơnĐỌC THÊM: …`: a label's capitals
        return after[:glue].rstrip(), glue
    if 0 < glue < cut and after[glue + 1 : glue + 2] == " ":  # `Ảnh: SamsungZ Fold6 …`: a word of one
        return after[:glue].rstrip(), glue  # capital opening the paragraph, no name's
    between = after[cut:glue].split()
    if not between or len(after[:glue].split()) > _GLUE_WORDS or re.search(r"[.;:!?]", after[:glue]):
        return credit, cut
    if between[0] in STRONG_STARTERS or is_person(" ".join(between)):
        return credit, cut
    return after[:glue].rstrip(), glue


_GLUE_REACH = 80  # a credit is a few words: a glue further on is no end of it
_GLUE_WORDS = 6

# An agency's initials (a small letter or two may close them: `PVFCCo`) or a writer's with their dots
# (`T.L`) glued to the next paragraph's first word, which words in small letters go on from (`Ảnh:
# BTCNam ca sĩ cho biết …`, `Ảnh: FBNVChia sẻ …`, `Ảnh: PVFCCoDoanh nghiệp …`, `Ảnh: T.LThành phố …`);
# a brand's own tail (`VNPay`, `VTVGo`) is no paragraph's first word.
_INITIALS_GLUED = re.compile(
    rf"(?<![^\s/(])(?P<left>[{CAPITALS}]{{2,}}[{SMALL_LETTERS}]{{0,2}}|(?:[{CAPITALS}]\.)+[{CAPITALS}])"
    rf"(?P<right>[{CAPITALS}][{SMALL_LETTERS}]+)"
    rf"(?= [{SMALL_LETTERS}])"
)
_BRAND_TAILS = frozenset({"Pay", "Go", "Sun", "Viet", "Home", "Mart"})


def _initials_glued(after: str, cut: int) -> int:
    """Where the next paragraph starts inside the credit read up to `cut`, when the credit ends with an
    agency's initials glued to it (`BTCNam ca sĩ …` → at `Nam`), else 0."""
    for found in _INITIALS_GLUED.finditer(after[:_GLUE_REACH]):
        right = found.group("right")
        if found.end() <= cut and right not in _BRAND_TAILS and is_syllable(right.lower()):
            return found.start("right")
    return 0


def titled(word: str) -> bool:
    """A word in title case (`Chị`, and a name's `H'Hen`, `Jae-hyun`), which a name in capitals does not
    go on with."""
    return name_word(word)


def acronym(word: str) -> bool:
    """An agency's or a paper's initials (`TCT`, `TTXVN`, `VGP`), which no name goes on from."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def slashed(tokens: list[re.Match[str]]) -> bool:
    """A slash joins one of the words to the next name (`Cát Tiên/WWF`, `Trọng Đức/TTXVN`): the names
    are one credit's parts (a park and its partner, a photographer and the agency), no byline after it."""
    return any("/" in t.group(0) for t in tokens)


def initials(word: str) -> bool:
    """A writer's initials with their dots (`V.Q`, `T.H.`)."""
    return "." in word and WRITER_INITIALS.match(word) is not None


def in_capitals(tokens: list[re.Match[str]]) -> bool:
    """Two words or more, each in capitals (`VĂN QUANG`): a name, as bylines print it."""
    return len(tokens) >= 2 and all(len(w := t.group(0)) >= 2 and w.isalpha() and w.isupper() for t in tokens)


def a_place(words: Iterable[str]) -> bool:
    """The first words name a place the gazetteer knows (`Hà Nam`): an agency's initials before it
    are its office there (`Ảnh: QLTT Hà Nam`), no byline."""
    words = [w.strip(".,;()") for w in words]
    return any(place(" ".join(words[:n])) is not None for n in (2, 3) if len(words) >= n)


def placed_body(tokens: list[re.Match[str]]) -> int:
    """How many of a credit's first words are a body's and its place's (`Đài Hà Nội`, `Báo Hà Tĩnh`):
    what a run too long for one credit keeps (`Ảnh: Đài Hà Nội Thu Hà Xem thêm …`), one word when the
    body has no place after it."""
    words = [t.group(0) for t in tokens]
    if words[0] not in _BODIES:
        return 1
    return 1 + next((n for n in (3, 2) if len(words) > n + 1 and place(" ".join(words[1 : 1 + n]))), 0)


def signed_last(credit: str) -> tuple[str, str]:
    """A credit glued to what follows it on the page (`Ảnh: Đ.T Đăng TâmQuảng Trị …`) may end with the
    story's byline: a name of two or three words opening with a family name (`Anh Tuấn Nguyễn Chinh`),
    or after a photographer's initials (`Đ.T Đăng Tâm`) → (credit, byline); else (credit, ""). A place
    (`Báo Hà Tĩnh`) or a name after a body's word (`UBND tỉnh Hà Giang`) is the credit's own."""
    words = credit.split()
    if len(words) <= 4 and words[0] in SURNAMES and all(titled(w) for w in words):
        return credit, ""  # one full name of four words (`Nguyễn Thị Hồng Hà`), no credit and byline
    for size in (3, 2):
        head, tail = words[:-size], words[-size:]
        if not head or not all(titled(w) for w in tail):
            continue
        if a_place(tail) or head[-1][:1].islower() or head[-1] in _BODIES:
            continue
        by_initials = len(head) == 1 and ("." in head[0] or acronym(head[0]))
        if tail[0] in SURNAMES or (by_initials and len(tail) == len(words) - 1):
            return " ".join(head), " ".join(tail)
    return credit, ""


def foreign_then_writer(credit: str) -> tuple[str, str]:
    """A credit of a foreign publication's two words (`Women's Health`, `Getty Images`) run into a whole
    Vietnamese name with its marks (`Thanh Tâm`) → (the publication, the writer signing after it): no
    Vietnamese name has those foreign words, nor a foreign one the marks; else (credit, "")."""
    words = credit.split()
    owner, name = words[:2], words[2:]
    if len(words) not in (4, 5) or not all(w.isascii() and is_source_name(w) for w in owner):
        return credit, ""
    if " ".join(name).isascii() or not all(titled(w) for w in name) or a_place(name):
        return credit, ""
    return (" ".join(owner), " ".join(name)) if is_person(" ".join(name)) else (credit, "")


def labelled_after(rest: str) -> bool:
    """A page's label follows the credit (`Ảnh: Đức Tâm Hoàng Hà Tags: …`): the credit closes the story,
    and the byline may be its last names, as when the page's words are glued to it."""
    return re.match(r"\s*[" + CAPITALS + r"][^\W\d_]{1,12}(?: [^\W\d_]{1,8})?:\s", rest) is not None


def sourced_next(tokens: list[re.Match[str]], index: int) -> bool:
    """The word after `index` opens a source's credit (`Thanh Theo Văn Nghệ Quân Đội`): the word at
    `index` is a writer signing with one name, not the first of a credit's."""
    after = [t.group(0) for t in tokens[index + 1 : index + 3]]
    return len(after) == 2 and after[0] in ("Theo", "Nguồn:") and titled(after[1])


# A body's word, which a place's or a unit's name follows in a credit (`Báo Hà Tĩnh`, `Sở Nội vụ`).
_BODIES = frozenset("Báo Đài Sở Ban Bộ Cục Viện Hội Đoàn UBND HĐND Quận Huyện Tỉnh".split())
# A writer's role in brackets, whole or its first word (`(thực hiện)`, `(ghi)`, `(thực`).
_ROLE = re.compile(
    r"\((?:"
    + "|".join(map(re.escape, ROLE_WORDS))
    + r")\)?$|\((?:"
    + "|".join(sorted({re.escape(w.split()[0]) for w in ROLE_WORDS if " " in w}))
    + r")$"
)


_COUNTER = re.compile(r"\d{1,3}/\d{1,3}")  # a gallery's counter (`2/12`) opening the next photo's caption


def owned_by(tokens: list[re.Match[str]], index: int) -> bool:
    """The words in lower case after the credit's first word, three at most and this one (`index`)
    among them, say whose that word is (`Ảnh: Instagram nhân vật`, `Ảnh: Facebook của nhân vật`): a
    capital right after them opens the next sentence, or a gallery's counter the next photo (`Ảnh: IG
    nhân vật 2/12`), and no sentence opens in lower case, so they are the credit's. With nothing after
    them they may be the sentence's own (`Reuters cho biết thêm`)."""
    words = [t.group(0) for t in tokens[1:5]]
    run = list(itertools.takewhile(lambda w: w.isalpha() and w.islower(), words))
    after = words[len(run)] if len(run) < len(words) else ""
    return 1 <= index <= len(run) and (after[:1].isupper() or _COUNTER.fullmatch(after) is not None)


def writer_before_role(taken: list[re.Match[str]], word: str) -> int | None:
    """Where a writer's name starts before the role in brackets that follows it (`Ảnh: Nhà hát Tuổi
    trẻ Ngọc Anh (thực hiện)`): the words in title case after the credit's last word in lower case,
    unless they name a place (`Trung tâm Y tế Hà Giang (thực hiện)`)."""
    if not _ROLE.match(word):
        return None
    lower = max((i for i, t in enumerate(taken) if t.group(0)[:1].islower()), default=None)
    if lower is None or len(taken) - lower - 1 not in (2, 3):
        return None
    if a_place(t.group(0) for t in taken[lower + 1 :]):
        return None
    return lower + 1 if all(titled(t.group(0)) for t in taken[lower + 1 :]) else None


_CAPS_AFTER_CREDIT = re.compile(
    r"^(?P<credit>Ảnh\s*:\s*[A-ZĐ]{2,8})\s+(?P<name>[" + CAPITALS + r"]+(?:\s+[" + CAPITALS + r"]+){1,3})$"
)


def signed_after_credit(credit: str | None) -> tuple[str, str] | None:
    """The last caption's credit of an agency's initials run into a name in capitals (`Ảnh: QĐND VĂN
    CHIẾN`), or of a maker's or an agency's one foreign word run into a whole Vietnamese name (`Ảnh:
    Suzuki Phạm Trung`: a family name and one or two given names) → the photo's credit and the writer
    of the article's closing byline. A credit of Vietnamese words (`Ảnh: Thanh Hà Lê Minh`) is one name,
    and a place after the maker's name (`Ảnh: Toyota Hà Đông`) is its dealer's."""
    found = _CAPS_AFTER_CREDIT.match(credit or "")
    if found is None:
        return _named_after_owner(credit or "")
    if not is_source_name(found.group("credit").split(":")[1]):
        return None
    return (found.group("credit"), found.group("name").title()) if is_person(found.group("name")) else None


_OWNER_THEN_NAME = re.compile(r"^(?P<credit>Ảnh\s*:\s*\S+)\s+(?P<name>\S+(?:\s+\S+){1,2})$")


def _named_after_owner(credit: str) -> tuple[str, str] | None:
    found = _OWNER_THEN_NAME.match(credit)
    if found is None:
        return None
    owner, name = found.group("credit").split(":")[1].strip(), found.group("name")
    if owner in SURNAMES or not is_source_name(owner) or name.split()[0] not in SURNAMES:
        return None
    if a_place(name.split()):  # `Ảnh: Toyota Hà Đông`: the maker's dealer there, the credit's own
        return None
    return (found.group("credit"), name) if all(titled(w) for w in name.split()) and is_person(name) else None
