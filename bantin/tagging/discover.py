"""Names in articles that the registry lacks, each with a kind, aliases and a confidence.

The stages, in order:

1. `_Text`: an article in the form the matcher compares (`match_form`), with the registry's
   names found and turned into single "known" tokens, and spaced dashes ("Việt Nam – Lào")
   told apart from joining ones ("Việt-Trung", "Xi-xu-lít").
2. `_spans`: name-like spans of one sentence. A span starts at a head word ("Bộ", "Hội nghị",
   "Vịnh"; tables in `bantin.tagging.kinds`) or a capitalized word, and ends after its last
   capitalized word and the word group that word begins ("Ban Chấp hành Trung ương", not
   "… Trung"): a lower-case syllable is kept when the pair is a word, known from a small list or
   seen in lower case in the articles read ("trung ương", "khoa học"). It never runs into a
   person's name that follows ("Bộ Giáo dục và Đào tạo | Phùng Xuân Nhạ") nor past a spaced dash.
3. `_classify`: the kind, from the evidence around the span (head word, title before it, the
   gazetteers, a known country before it, the shape of the name), and a confidence.
4. `discover`: spans grouped by a loose key (case, diacritics, hyphens and spaces ignored;
   administrative words dropped, so "TP Cần Thơ" and "Cần Thơ" are one), with surnames alone
   ("Blinken") and acronyms in brackets ("(WTO)") as aliases of the name they follow.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..entities import Registry
from ..text import normalize
from . import gazetteer, kinds
from .checks import name_key
from .matcher import _CREDIT, _QUOTES, is_syllable

_SPACED_DASH = re.compile(r"[ \t]+[-‐‑‒–—―][ \t]*|[ \t]*[-‐‑‒–—―][ \t]+")
_DASH = re.compile(r"[-‐‑‒–—―]")
_TOKEN = re.compile(r"\x00\d+\x00|[A-Z]\.(?= [A-Z])|\w+(?:[&']\w+|\.(?![^\W\d_][^\W\d_]*[a-zà-ỹđ])\w+)*|\u2012|-|\n|[^\w\s]")
_SENTENCE_END = frozenset(".!?;:…\n")
_ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐ0-9&]{1,9}$")
_NUMBERISH = re.compile(r"^(?:\d+|[IVXLC]+)$")
#: Abbreviations and capitalized words that are not names.
_NOT_NAMES = frozenset(
    """USD VND GDP FDI ODA TW TƯ CNXH XHCN UBND HĐND GS TS PGS ThS CLB HLV ĐT TP NXB Nxb CEO ICT VIII
    TTXVN/VNA VNA AI IT STT PV BTV CV NĐ-CP QĐ TTg NQ KT BS ĐBQH ĐH THPT THCS Tp Ảnh Nguồn Video
    Clip Xem Đọc Tin Bài SN GP Email""".split()
)  # fmt: skip
_LEADERS = frozenset(
    "Theo Trong Tại Ngày Sau Khi Với Về Các Những Hai Ba Đồng Thủ Tổng Chủ Phó Cựu Tân Nhưng Tuy Nếu Đây "
    "Đó Này Hôm Sáng Chiều Tối Năm Tháng Từ Đến Cho Và Vì Do Để Một Mỗi Ảnh Nguồn Video Thượng Đại Trung "
    "Thiếu Giám Trưởng Thứ Ngoại Thẩm Phát Người Nhà Cố Tiền Hậu Anh Chị Ông Bà Ngài Tướng Được Bị Là "
    "Có Không Còn Cũng Đã Sẽ Đang Vừa Mới Ngay Tất Toàn Nhiều Mọi Ở Tới Như Lúc Chính Riêng Cùng Bên "
    "Qua Dù Song Vậy Thế Tuần Quý Sở Hiện Bởi Nhằm Trước Giữa Gần Trên Dưới Ngoài Cả Theo Xin Kính".split()
)
#: Lower-case words that end a name: it never runs past them.
_STOP = frozenset(
    """của và với tại đã sẽ đang là được bị cho về trong theo từ đến này đó các những có không cũng vừa
    mới để do ở ngày năm tháng lần khi sau trước nhằm như gồm vào ra lên xuống rằng thì mà nhưng hay hoặc
    đều rất nhiều ít đây kia ấy nay qua bằng trên dưới giữa ngoài cùng vẫn còn đi tiếp gặp thăm ký
    đàm nói cho biết phát biểu nhấn mạnh khẳng định tuyên bố tham dự dự chủ trì tổ chức diễn ra sáng
    chiều tối hôm nhân dịp số cần phải nên chưa luôn rồi thường hãy""".split()
)  # fmt: skip
#: First syllables of verbs that often follow a name: "Bộ Công Thương ký", not a word group.
_VERBS = frozenset(
    """ký kêu yêu đề công thông nói cảnh tổ triển phát ban quyết đưa chỉ thực tiến tuyên nhận khẳng đánh
    cam hỗ giúp đón tiếp gửi trao mở đóng bắt tham chủ điều xem lên tố bác phản chối cáo ủng hộ
    cử bầu lập chấp ra vào đạt có bày trả lời hỏi ghi chúc mời sẽ bổ miễn kỷ luật khởi tố xử""".split()
)  # fmt: skip
#: Word groups that may end a name after its last capital ("Hiệp định Đối tác kinh tế").
_TAIL_PAIRS = frozenset(
    "kinh tế|tự do|toàn diện|chiến lược|xã hội|quốc tế|quốc gia|nhân dân|khoa học|công nghệ|hữu nghị|hợp tác|"
    "đặc biệt|toàn quốc|thương mại|đầu tư|phát triển|an ninh|quốc phòng|văn hóa|giáo dục|môi trường|hòa bình".split("|")
)
#: Capitalized words inside a sentence that end a name ("… Tại Hội nghị, Thủ tướng …").
_STOP_CAPS = frozenset("Tại Theo Trong Với Sau Khi Ông Bà Ngài Và Của Là Được Đã Sẽ".split())
#: Titles that end a name before them ("Viện Hàn lâm Khoa học Xã hội, Thứ trưởng …").
_TITLES = frozenset(
    "Thủ tướng|Chủ tịch|Bộ trưởng|Thứ trưởng|Tổng thống|Phó Thủ|Phó Chủ|Tổng Bí|Bí thư|Đại sứ|Tổng thư|Giám đốc".split("|")
)
#: Lower-case words an organization's name may have right after its head ("Ủy ban nhân dân", "Hội đồng quốc gia").
_ORG_LOWER = frozenset("nhân dân quốc gia tối cao thường vụ trung ương liên hợp chỉ đạo chính phủ tỉnh thành phố huyện".split())
#: Word groups often written with only their first syllable capitalized inside a name.
_LEXICON = frozenset(
    """chấp hành trung ương ngoại giao nội vụ tư pháp quốc phòng công an tài chính kế hoạch đầu tư khoa học
    công nghệ giáo dục đào tạo y tế xây dựng giao thông vận tải nông nghiệp phát triển nông thôn tài nguyên
    môi trường lao động thương binh xã hội văn hóa thể thao du lịch thông tin truyền thông công nghiệp
    thương mại hàn lâm chính trị quốc gia nhân dân cách mạng thường vụ kiểm tra tổ chức tuyên giáo dân vận
    đối ngoại kinh tế nội chính thanh tra kiểm toán tối cao hành chính bảo an hữu nghị hợp tác liên hợp
    thanh niên phụ nữ chiến binh nông dân công đoàn mặt trận tổ quốc hòa bình an ninh biên phòng hải quan
    dân tộc tôn giáo năng lượng điện lực dầu khí viễn thông quân đội quân sự hải quân không quân phòng không
    tham mưu hậu cần kỹ thuật đại học sư phạm bách khoa quốc tế thế giới hàng không đường sắt cảnh sát
    kiểm sát chiến lược phát thanh truyền hình thông tấn lập pháp tư vấn bảo hiểm xuất bản thủy sản lâm
    nghiệp bảo vệ tài nguyên đô thị nghiên cứu lý luận ngân hàng chứng khoán đầu tư khoáng sản di sản
    vệ sinh dịch tễ liên bang cộng hòa dân chủ xã hội chủ nghĩa lãnh thổ biên giới dân sự hình sự
    thượng đỉnh hợp nhất độc lập thống nhất giải phóng kháng chiến""".split()
)  # fmt: skip
_LEXICON_PAIRS = frozenset(
    " ".join(pair)
    for text in (
        "chấp hành|trung ương|ngoại giao|nội vụ|tư pháp|quốc phòng|công an|tài chính|kế hoạch|đầu tư|khoa "
        "học|công nghệ|giáo dục|đào tạo|y tế|xây dựng|giao thông|vận tải|nông nghiệp|phát triển|nông "
        "thôn|tài nguyên|môi trường|lao động|thương binh|xã hội|văn hóa|thể thao|du lịch|thông tin|truyền "
        "thông|công nghiệp|thương mại|hàn lâm|chính trị|quốc gia|nhân dân|cách mạng|thường vụ|kiểm "
        "tra|tổ chức|tuyên giáo|dân vận|đối ngoại|kinh tế|nội chính|thanh tra|kiểm toán|tối cao|hành "
        "chính|bảo an|hữu nghị|hợp tác|liên hợp|thanh niên|phụ nữ|chiến binh|nông dân|công đoàn|mặt "
        "trận|tổ quốc|hòa bình|an ninh|biên phòng|hải quan|dân tộc|tôn giáo|năng lượng|điện lực|dầu "
        "khí|viễn thông|quân đội|quân sự|hải quân|không quân|phòng không|tham mưu|hậu cần|kỹ thuật|đại "
        "học|sư phạm|bách khoa|quốc tế|thế giới|hàng không|đường sắt|cảnh sát|kiểm sát|chiến lược|phát "
        "thanh|truyền hình|thông tấn|lập pháp|tư vấn|bảo hiểm|xuất bản|thủy sản|lâm nghiệp|bảo vệ|đô "
        "thị|nghiên cứu|lý luận|ngân hàng|chứng khoán|khoáng sản|di sản|liên bang|cộng hòa|dân chủ|chủ "
        "nghĩa|lãnh thổ|biên giới|dân sự|hình sự|thượng đỉnh|độc lập|thống nhất|giải phóng|kháng "
        "chiến|tiền tệ|bảo tàng|lịch sử|tiếng nói|liên minh|an toàn|tài sản|nhà nước|ngân sách|tuyên "
        "truyền|dân số|gia đình|trẻ em|phòng chống|tham nhũng|ma túy|thiên tai|cứu hộ|cứu nạn|tìm kiếm|tự do|"
        "toàn diện|chiến lược|đối tác|cấp cao|thượng đỉnh|toàn quốc|đại biểu|hữu nghị|đặc biệt"
    ).split("|")
    for pair in [text.split()]
)


@dataclass
class Span:
    """One occurrence of a name-like span, with the evidence found around it."""

    text: str
    kind: str
    confidence: float
    evidence: str
    country: str | None = None
    alias: str | None = None  # a bracketed acronym right after it
    parent: str | None = None  # a known organization its name ends with


@dataclass
class Candidate:
    """A name the registry lacks, as `entities suggest --json` prints it."""

    name: str
    kind: str
    confidence: float
    forms: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    articles: dict[str, None] = field(default_factory=dict)
    example: str = ""
    country: str | None = None
    parent: str | None = None
    evidence: set[str] = field(default_factory=set)

    @property
    def count(self) -> int:
        return sum(self.forms.values())

    def as_json(self) -> dict:
        aliases = sorted((f for f in self.forms if f != self.name), key=lambda f: (-self.forms[f], f))
        return {
            "name": self.name,
            "kind": self.kind,
            "aliases": aliases,
            "count": self.count,
            "articles": list(self.articles),
            "example": self.example,
            "confidence": round(self.confidence, 2),
            "id": kinds.proposed_id(self.name),
            "name_en": kinds.english_name(self.kind, self.name, self.country),
            "country": self.country,
            "parent": self.parent,
            "evidence": sorted(self.evidence),
        }


class _Text:
    """One text's tokens: words, punctuation, and registry names as single known tokens."""

    def __init__(self, text: str, registry: Registry) -> None:
        text = _QUOTES.sub("", normalize(_CREDIT.sub(" ", text)))
        text = _SPACED_DASH.sub("\u2012", text)
        text = _DASH.sub(lambda m: m.group(0) if m.group(0) == "\u2012" else "-", text)
        text = re.sub(r"[ \t]{2,}", " ", text)
        self.form = text.replace("\u2012", "-")
        self.known: list[str] = []  # entity ids of the known tokens
        self.surface: list[str] = []  # and the text each one stands for
        pieces, last = [], 0
        matches = registry.matcher.matches(self.form)
        top = [m for m in matches if not any(o.start <= m.start and m.end <= o.end and o != m for o in matches)]
        for m in sorted(top, key=lambda m: m.start):
            if m.start < last:
                continue
            pieces.append(text[last : m.start])
            pieces.append(f" \x00{len(self.known)}\x00 ")
            self.known.append(m.entity_id)
            self.surface.append(self.form[m.start : m.end])
            last = m.end
        pieces.append(text[last:])
        self.masked = "".join(pieces)

    def sentences(self) -> list[list[str]]:
        out: list[list[str]] = [[]]
        for tok in _TOKEN.findall(self.masked):
            out[-1].append(tok)
            if tok in _SENTENCE_END or tok == "\n":
                out.append([])
        return [s for s in out if s]


def _cap(word: str) -> bool:
    return word[:1].isupper()


def _word(tok: str) -> bool:
    return tok[:1].isalnum()


def lower_pairs(texts: list[str]) -> Counter[str]:
    """Pairs of lower-case words seen in the texts: the word groups the articles themselves use."""
    pairs: Counter[str] = Counter()
    for text in texts:
        words = re.findall(r"\w+|[^\w\s]", normalize(text))
        pairs.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False) if a.islower() and b.islower())
    return pairs


class _Scanner:
    """Spans of sentences of one text (`_spans` in the module docstring)."""

    def __init__(self, text: _Text, registry: Registry, pairs: Counter[str]) -> None:
        self.text, self.registry, self.pairs = text, registry, pairs

    def known_kind(self, tok: str) -> tuple[str, str] | None:
        if tok.startswith("\x00"):
            entity_id = self.text.known[int(tok.strip("\x00"))]
            entity = self.registry.get(entity_id)
            return (entity.kind.value, entity_id) if entity else None
        return None

    def country_of(self, entity_id: str) -> str | None:
        """A country's own id, or the country of a place inside one."""
        entity = self.registry.get(entity_id)
        return (entity.country or entity.id) if entity is not None else None

    def group_word(self, cap: str, nxt: str, after: str = "") -> bool:
        """Whether a lower-case syllable completes the word a capitalized one begins."""
        pair = f"{cap.lower()} {nxt}"
        if not is_syllable(nxt) or not is_syllable(cap):
            return False
        if pair in _LEXICON_PAIRS:
            return True
        if nxt in _STOP:
            return False
        if self.pairs[pair] >= 1:
            return True
        # otherwise only at the end of a phrase ("Hiến pháp." but not "Điện Biên dạy học")
        return nxt not in _VERBS and not (after.islower() and after not in _STOP)

    def enumeration(self, toks: list[str], k: int) -> bool:
        """Whether capitalized words from `k` lead to "và" and another one ("Thể thao và Du lịch")."""
        while k < len(toks) and _word(toks[k]) and (_cap(toks[k]) or toks[k].islower() and toks[k] != "và"):
            if toks[k].islower() and not (k > 0 and _cap(toks[k - 1])):
                return False
            k += 1
        return k + 1 < len(toks) and toks[k] == "và" and _cap(toks[k + 1])

    def person_ahead(self, toks: list[str], k: int) -> bool:
        run = []
        while k < len(toks) and _word(toks[k]) and _cap(toks[k]):
            run.append(toks[k])
            k += 1
        if len(run) < 2 or gazetteer.place(" ".join(run)):
            return False
        return kinds.is_vietnamese_person(run) or all(not is_syllable(w) for w in run[:2])

    def head_span(self, toks: list[str], i: int, kind: str, head: str) -> tuple[int, str | None, str | None] | None:
        """The end of a span led by a head word (exclusive), a known country in it, a known parent after it."""
        k = i + len(head.split())
        if k < len(toks) and (toks[k] in kinds.NOT_AFTER_HEAD or toks[k] in ("Trưởng", "Viên")):
            return None  # "Bộ trưởng", "Ban hành", "Báo cáo": a word, not a name
        end, country, gap, caps, parent = None, None, 0, 0, None
        while k < len(toks):
            tok = toks[k]
            known = self.known_kind(tok)
            if known is not None:
                if known[0] == "organization" and end == k and kind == "organization" and parent is None:
                    end, parent = k + 1, known[1]  # "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc"
                    country = country or self.registry.get(known[1]).country
                    break
                after_dash = k > 0 and toks[k - 1] in ("-", "\u2012") and end == k - 1
                if after_dash or (
                    known[0] == "place" and (end is not None and gap <= 2 or (end is None and gap == 0 and kind != "place"))
                ):
                    end, country = k + 1, country or (self.country_of(known[1]) if known[0] == "place" else None)
                    if k + 2 < len(toks) and toks[k + 1] in ("-", "\u2012"):
                        k += 1  # "Ủy ban Hữu nghị Thái Nguyên – Luông Pha Băng"
                        continue
                break
            if not _word(tok):
                nxt = toks[k + 1] if k + 1 < len(toks) else ""
                joins = _cap(nxt) or (tok != "," and self.known_kind(nxt) is not None)
                if tok == "," and not self.enumeration(toks, k + 1):
                    joins = False  # a comma continues a name only in "Bộ Văn hóa, Thể thao và Du lịch"
                if tok in (",", "-", "\u2012") and joins and end == k and nxt not in _NOT_NAMES and nxt not in kinds.ADMIN:
                    if not (tok == "\u2012" and kinds.kind_of_head(toks[k + 1 : k + 4])):
                        k += 1
                        continue
                break
            if _cap(tok) and (tok in _STOP_CAPS or (k + 1 < len(toks) and f"{tok} {toks[k + 1]}" in _TITLES)):
                break  # "… Tại Hội nghị", "… Thủ tướng": not part of the name
            if _cap(tok) or (_NUMBERISH.match(tok) and end is not None):
                if caps and self.person_ahead(toks, k):
                    break
                caps += 1
                gap = 0
                end = k + 1
                after = toks[k + 2] if k + 2 < len(toks) else ""
                if k + 1 < len(toks) and toks[k + 1].islower() and self.group_word(tok, toks[k + 1], after):
                    end = k + 2
                    k += 1
                k += 1
                continue
            # a lower-case word: "và" between capitals, or up to three words before the next capital
            if tok == "và" and not (end == k and k + 1 < len(toks) and _cap(toks[k + 1])):
                break
            pair = f"{tok} {toks[k + 1]}" if k + 1 < len(toks) else ""
            if pair in _LEXICON_PAIRS and gap <= 1:  # a word group ("tự do", "kinh tế"), whatever its syllables
                nxt2 = toks[k + 2] if k + 2 < len(toks) else ""
                if end == k and pair in _TAIL_PAIRS and (nxt2 in _STOP or not (_word(nxt2) or nxt2.startswith("\x00"))):
                    end = k + 2  # it ends the name: "Hiệp định Đối tác kinh tế."
                    break
                gap += 1
                k += 2
                continue
            if tok in _STOP and tok != "và" or gap >= 3 or (kind == "organization" and caps == 0 and gap >= 2):
                break
            if kind == "organization" and caps == 0 and tok not in _ORG_LOWER:
                break  # "Bộ báo cáo …": a head word used as a common word
            gap += 1
            k += 1
        if end is None:
            return None
        return end, country, parent

    def spans(self, toks: list[str]) -> list[Span]:
        out: list[Span] = []
        i = 0
        while i < len(toks):
            tok = toks[i]
            if not _word(tok) or not _cap(tok):
                i += 1
                continue
            head = kinds.kind_of_head(toks[i : i + 4])
            if head is not None:
                found = self.head_span(toks, i, *head)
                if found is not None:
                    end, country, parent = found
                    words = toks[i:end]
                    if len(words) > len(head[1].split()) or country:
                        text = _join(words, self.text.surface)
                        out.append(self.classify_head(text, head[0], head[1], toks, i, country))
                        out[-1].parent = parent
                        i = end
                        continue
            j = i
            while j < len(toks) and (
                (_word(toks[j]) and (_cap(toks[j]) or (j > i and _NUMBERISH.match(toks[j]))))
                or (toks[j] == "-" and j + 1 < len(toks) and _word(toks[j + 1]) and j > i)
                or (j > i + 1 and toks[j - 1] == "-" and _word(toks[j]) and is_syllable(toks[j - 2]))  # Xổm-xạ-vạt
            ):
                j += 1
            run = toks[i:j]
            lead = []
            while run and (run[0] in _LEADERS or run[0] in kinds.PERSON_LEADERS or run[0] in _NOT_NAMES or run[0] == "-") and not (
                len(run) > 1 and gazetteer.place(" ".join(run[:2]) if len(run) == 2 else " ".join(run))
            ):
                lead.append(run.pop(0))
            while run and run[-1] == "-":
                run.pop()
            while len(run) > 2 and run[-1] in _LEADERS and (len(run) > 3 or not is_syllable(run[-2])):
                run.pop()
                j -= 1
            nxt = toks[j] if j < len(toks) else ""
            pair = f"{run[-1].lower()} {nxt}" if run else ""
            if len(run) > 2 and run[-1][:1].isupper() and nxt.islower() and (pair in _LEXICON_PAIRS or self.pairs[pair] >= 1):
                run.pop()  # "Nguyễn Văn A Tòa soạn:": the last word begins the next phrase
                j -= 1
            start = j - len(run)
            for cut in (3, 2, 1):  # "Thụy Điển Stefan Löfven": a country, then a person
                rest = run[cut:]
                if len(rest) >= 2 and gazetteer.place(" ".join(run[:cut])) and (
                    not any(is_syllable(w) for w in rest) or kinds.is_vietnamese_person(rest)
                ):
                    out.append(Span(" ".join(run[:cut]), "place", 0.9, "gazetteer"))
                    run, start = run[cut:], start + cut
                    lead = ["Ông"]  # a nationality before a name is a title's evidence
                    break
            if run and kinds.kind_of_head(run) is not None and start > i:
                i = start  # a head inside the run ("Ông … Bộ …"): scan from there
                continue
            if run:
                span = self.classify_run(run, toks, start, lead)
                if span is not None:
                    out.append(span)
            i = max(j, i + 1)
        return out

    def classify_head(self, text: str, kind: str, head: str, toks: list[str], i: int, country: str | None) -> Span:
        confidence = 0.75 if len(text.split()) > len(head.split()) + 1 else 0.6
        if len(text.split()) == 2 and len(head.split()) == 1 and is_syllable(text.split()[1]):  # "Hội An", "Quỹ Dân": a name or a place?
            confidence = 0.3
        if gazetteer.place(text):
            return Span(text, "place", 0.9, "gazetteer", country)
        return Span(text, kind, confidence, f"head:{head}", country, self.bracketed(toks, i))

    def bracketed(self, toks: list[str], i: int) -> str | None:
        """An acronym in brackets after the span that starts at `i`."""
        for k in range(i, min(len(toks) - 2, i + 20)):
            if toks[k] == "(" and _ACRONYM.match(toks[k + 1]) and toks[k + 2] == ")":
                return toks[k + 1]
            if toks[k] in _SENTENCE_END or toks[k] == ")":
                return None
        return None

    def classify_run(self, run: list[str], toks: list[str], start: int, lead: list[str]) -> Span | None:
        span = self._classify_run(run, toks, start, lead)
        if span is None:
            return None
        if span.kind == "place":
            before = " ".join(t for t in toks[max(0, start - 2) : start] if _word(t))
            admin = next((a for a in ("Thành phố", "TP", "Thủ đô", "Tỉnh") if before.endswith(a)), None)
            if admin and not (admin == "Tỉnh" and start >= 1 and toks[start - 1] == "Tỉnh" and start - 1 == 0):
                span.alias = f"{admin} {span.text}"
        elif span.kind == "person" and lead and lead[-1] in kinds.HONORIFICS:
            span.alias = f"{lead[-1]} {span.text}"
        return span

    def _classify_run(self, run: list[str], toks: list[str], start: int, lead: list[str]) -> Span | None:
        text = _join(run, self.text.surface)
        end = start + len(run)
        inner = toks[end + 1 : end + 5]
        if end < len(toks) and toks[end] == "(" and ")" in inner and all(is_syllable(w) for w in run) and len(run) > 1:
            roman = inner[: inner.index(")")]
            if 1 < len(roman) <= 3 and all(_cap(w) and not is_syllable(w) for w in roman[1:]):
                span = Span(text, "person", 0.7, "romanized", None, " ".join(roman))  # Lạc Thụ Cương (Luo Shugang)
                return span
        if any(t.startswith("\x00") for t in run) or text in _NOT_NAMES:
            return None
        before = toks[start - 1] if start > 0 else ""
        before2 = toks[start - 2] if start > 1 else ""
        known_before = self.known_kind(before)
        country = known_before[1] if known_before and known_before[0] == "place" else None
        if known_before and known_before[0] == "place" and start > 1:
            before = before2  # "Thủ tướng Lào Sonexay Siphandone": the title is before the country
            shape = text.replace("-", " ").split()
            if kinds.is_vietnamese_person(shape) or (len(shape) >= 2 and not any(is_syllable(w) for w in shape)):
                return Span(text, "person", 0.7, "after-country", country)
        words = text.replace("-", " ").split()
        if any(c.isdigit() for c in text) and not _ACRONYM.match(text) or (len(run) == 1 and "-" in text and text.isupper()):
            return None
        if lead and lead[-1] in kinds.ADMIN:
            before = lead[-1]
        titled = before.lower() in kinds.PERSON_CONTEXT or any(w in kinds.PERSON_LEADERS for w in lead)
        placed = before.lower() in kinds.PLACE_CONTEXT or (before in kinds.ADMIN)
        place = gazetteer.place(text)
        first = start == 0 or toks[start - 1] in _SENTENCE_END
        if _NUMBERISH.match(text):
            return None
        if len(words) == 1 and is_syllable(words[0]) and place is None and not _ACRONYM.match(text):
            return None  # one Vietnamese syllable alone is a word or a given name, not a new name
        if len(run) == 1 and _ACRONYM.match(text):
            if place is not None:
                return Span(text, "place", 0.7, "gazetteer")
            return Span(text, "organization", 0.4, "acronym", country)
        if place is not None and not (titled and before.lower() in ("ông", "bà", "anh", "chị")):
            return Span(text, "place", 0.9, f"gazetteer:{place.what}", _country_of(place))
        if before.lower() in ("án", "dịch", "giải", "mạc") and len(words) > 1:  # "dự án Smart Camp", "giải Ngoại hạng"
            return Span(text, "event", 0.45, f"context:{before}", country)
        if before.lower() in kinds.ORG_CONTEXT:
            return Span(text, "organization", 0.6, f"context:{before}", country)
        if titled:
            return Span(text, "person", 0.85 if len(words) > 1 else 0.5, f"title:{before or lead[-1]}", country)
        if placed:
            return Span(text, "place", 0.75 if before.lower() not in ("tại", "ở", "đến", "tới") else 0.5,
                        f"context:{before}", country)  # fmt: skip
        if kinds.is_vietnamese_person(words):
            return Span(text, "person", 0.6, "shape:vietnamese", country or None)
        foreign = [w for w in words if not is_syllable(w)]
        if len(words) >= 2 and len(foreign) == len(words) and len(words) <= 4:
            return Span(text, "person", 0.45, "shape:foreign", country)
        if len(words) == 1 and foreign and not first and len(text) > 3 and not _NUMBERISH.match(text):
            if before.lower() in ("dịch", "giải", "kỳ", "mạc"):  # "chiến dịch Sophia", "bế mạc Asiad"
                return Span(text, "event", 0.45, "context:event", country)
            if before.lower() in ("trên", "lên", "qua", "kênh", "mạng", "ứng"):  # "trên Twitter", "lên Youtube"
                return Span(text, "organization", 0.4, "context:platform", country)
            return Span(text, "place", 0.3, "shape:foreign-word", country)
        if 2 <= len(words) <= 3 and not first and all(is_syllable(w) for w in words):
            return Span(text, "place", 0.2, "shape:syllables", country)
        return None


def _country_of(place: gazetteer.Place) -> str | None:
    return {"VN": "viet-nam", "LA": "lao"}.get(place.country or "")


def _join(words: list[str], surface: list[str]) -> str:
    out: list[str] = []
    for w in words:
        if w.startswith("\x00"):
            w = surface[int(w.strip("\x00"))]
        if w == "-" and out:
            out[-1] += "-"
            continue
        if out and out[-1].endswith("-"):
            out[-1] += w
        elif out and not w[:1].isalnum() and w not in "(\u2012":
            out[-1] += w
        elif w == "\u2012":
            out.append("–")
        else:
            out.append(w)
    return " ".join(out).strip(" ,-–")


def discover(texts: dict[str, str], registry: Registry) -> list[Candidate]:
    """Candidates from `texts` (path → text), most useful first."""
    pairs = lower_pairs(list(texts.values()))
    claimed = {name_key(n) for e in registry for n, _ in e.names()}
    groups: dict[str, Candidate] = {}
    aliases: dict[str, str] = {}  # acronym → group key
    for path, raw in texts.items():
        text = _Text(raw, registry)
        scanner = _Scanner(text, registry, pairs)
        for sentence in text.sentences():
            example = " ".join(_join(sentence, text.surface).split())[:240]
            for span in scanner.spans(sentence):
                bare, _ = kinds.strip_admin(span.text) if span.kind == "place" else (span.text, None)
                key = gazetteer.loose(bare)
                if not key or len(bare) < 2 or name_key(bare) in claimed:
                    continue  # the registry has this name; it was only not counted here (a list, a guarded word)
                if len(bare.split()) == 1 and is_syllable(bare) and not gazetteer.place(bare):
                    continue
                cand = groups.get(key) or groups.setdefault(key, Candidate(bare, span.kind, 0.0))
                cand.forms[span.text] += 1
                weight = 0.25 if span.evidence.startswith("shape") else 1.0  # context outweighs shape
                cand.kinds[span.kind] += span.confidence * weight
                cand.articles.setdefault(path, None)
                cand.evidence.add(span.evidence.split(":")[0])
                cand.confidence = max(cand.confidence, span.confidence)
                cand.country = cand.country or span.country
                cand.parent = cand.parent or span.parent
                if span.kind == cand.kind or not cand.example:
                    cand.example = cand.example or example
                if span.alias:
                    cand.forms[span.alias] += 0  # "TP Cần Thơ", "WHO", "Luo Shugang": another form of the name
                    if not span.alias.endswith(span.text):
                        aliases[gazetteer.loose(span.alias)] = key  # its own candidate, if any, joins this one
    return _finish(groups, aliases, registry)


def _finish(groups: dict[str, Candidate], aliases: dict[str, str], registry: Registry) -> list[Candidate]:
    # bracketed acronyms and surnames alone join the name they stand for
    persons = {}
    for key, cand in groups.items():
        kind = _vote(cand)
        if kind == "person" and len(cand.name.split()) > 1:
            last = cand.name.split()[-1]
            if not is_syllable(last):  # a foreign surname alone stands for the whole name
                persons.setdefault(gazetteer.loose(last), key)
    for key in list(groups):
        target = aliases.get(key)
        if target is None and len(groups[key].name.split()) == 1:
            target = persons.get(key)
        if target and target != key and target in groups:
            _merge(groups[target], groups.pop(key))
    out = []
    for cand in groups.values():
        cand.kind = _vote(cand)
        cand.name = max(cand.forms, key=lambda f: (cand.forms[f] > 0 and len(f.split()), cand.forms[f]))
        if cand.kind == "place":
            cand.name = kinds.strip_admin(cand.name)[0]
            if gazetteer.loose(cand.name) not in {gazetteer.loose(f) for f in cand.forms}:
                cand.forms[cand.name] += 0
        bonus = min(0.15, 0.05 * (cand.count - 1)) + min(0.1, 0.05 * (len(cand.articles) - 1))
        agree = cand.kinds[cand.kind] / (sum(cand.kinds.values()) or 1)
        cand.confidence = round(min(0.99, cand.confidence * (0.5 + 0.5 * agree) + bonus), 2)
        romanized = any(not is_syllable(w) for f in cand.forms for w in f.replace("-", " ").split())
        if cand.kind == "person" and romanized and "romanized" in cand.evidence:
            cand.country = None  # a Chinese name with its pinyin: not Vietnamese
        if cand.kind == "person" and cand.country is None and kinds.is_vietnamese_person(cand.name.split()) and not romanized:
            cand.country = "viet-nam" if "viet-nam" in registry else None
        out.append(cand)
    return sorted(out, key=lambda c: (-(c.confidence * (1 + len(c.articles))), -c.count, c.name))


def _vote(cand: Candidate) -> str:
    return max(cand.kinds, key=lambda k: (cand.kinds[k], k == "person"))


def _merge(into: Candidate, other: Candidate) -> None:
    into.forms.update(other.forms)
    into.kinds.update({into.kind if k != into.kind else k: 0 for k in other.kinds})
    for path in other.articles:
        into.articles.setdefault(path, None)
    into.confidence = max(into.confidence, other.confidence * 0.9)
