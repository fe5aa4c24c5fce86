"""Where the story's edge runs into the page's, a unit is cut in two before the units are judged.

A scraped body runs the story's last lines into the page's: the closing byline into the buttons or
the headlines of other stories after it (`closing_byline_apart`: `Hà Anh Món ngon mỗi ngày Cách
làm…`, `Thanh Bình (thực hiện) Bình luận của bạn`), a table of contents into the lead
(`contents_apart`), a related link's headline into the next sentence (`linked_headlines`).
`headlines` tells a run of other stories' titles with no header. `bounds` decides where the article
starts and ends once `chrome` has judged the units these passes leave.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from ..core.sentences import PREPOSITIONS, ends_sentence
from ..core.text import CAPITALS
from ..tagging.kinds import ORG_HEADS, SURNAMES
from .answerers import RANK, expert, signed_at_work
from .boilerplate import is_chrome
from .box_bylines import boxed, byline_before_box_apart
from .bylines import WRITER_INITIALS, parse_byline
from .credit_ends import STRONG_STARTERS
from .credited_bylines import credited_byline_apart
from .field_bylines import field_byline
from .furniture import Unit, figures, opens_list, shouting, signals, title_case_items
from .inline import LEADING_COUNTER
from .linked_bylines import linked_byline_apart
from .linked_headlines import linked_headline_apart
from .list_headers import names_its_list
from .menus import CLAUSE
from .name_words import goes_on_to_dash
from .pull_quotes import pull_quote_apart
from .reaction_rows import reactions_end
from .short_name_signatures import short_name_apart
from .signing_offices import office_name
from .speakers import speaks_after_name
from .titled_names import name_goes_on
from .unheaded import byline_before_lead_apart
from .unsigned import source_credit
from .unstopped_bylines import unstopped_byline_apart
from .vocabulary import RELATED_HEADERS, alternatives
from .widgets import buttons, leading_buttons, names_a_widget, tags_listed

__all__ = ["closing_byline_apart", "contents_apart", "headlines", "linked_headline_apart"]


# A header of other stories alone on its unit (`Tin cùng chuyên mục`, `Bài viết liên quan:`).
_HEADER_ALONE = re.compile(r"(?:" + alternatives(RELATED_HEADERS) + r")\s*:?", re.IGNORECASE)


def _under_tail_header(units: list[Unit], found: list, i: int) -> bool:
    """Unit `i` is right under a header of other stories alone that follows no sentence (a button, a
    byline): the list's headline; a link's label between two sentences (`Đọc thêm:`) has the story's
    next sentence, run on from its headline, after it."""
    return i >= 2 and bool(_HEADER_ALONE.fullmatch(units[i - 1].text.strip())) and not found[i - 2].sentence


def closing_byline_apart(
    units: list[Unit], footer: Callable[[str], object] = lambda _: None, credits: tuple[str, ...] = ()
) -> list[Unit]:
    """The closing byline run into the box after it (`Minh Anh Giá vàng hôm nay SJC Mua 82.500…`,
    `Mai Phương Nghe trên Spotify…`, `Quảng Đạo Cúng dường Tam Bảo` before `Số tài khoản…`), after the
    article's last sentence, is cut from it: a name of two to four words in capitals (or a writer's
    initials, `P.V`), with its role in brackets (`Thanh Bình (thực hiện)`), then furniture (a gallery's
    counter too: `Việt Hà 1/14 Ảnh`), headlines of other stories (`headlines`), or the header of a box
    before the chrome that follows (no sentence, no grammar word: an editor's note `Tên nhân vật đã được
    thay đổi` stays with the story).
    A line `footer` tells for the site's own (`Báo X - Cơ quan của …`) is no sentence of the story.
    So is a byline run into other stories' leads after it (`Thanh Nhị Chiều 18/9, Ban …`, unheaded.py),
    and one a photo's button opens (`Phóng to Phạm Kiên (TTXVN)`): the button goes, the byline stays.
    A byline run on from a related link under the story (`Xem thêm: … làm đường Hữu Hùng`) is cut off
    it first (`linked_bylines.py`), and a pull quote's from the quote (`“…” Phương Thảo`). A unit right
    under a header of other stories alone (`Tin cùng chuyên mục`) after no sentence is their headline,
    never the story's last sentence, even run into the footer's name with a stop (`… năm 2026 Tạp chí X.`).
    A profession's title in small letters opening the name is the name's (`Luật sư Trần Văn Khoa Gửi
    câu hỏi …`, `answerers.expert`); a name closing a last line with no stop is cut off first
    (`unstopped_bylines`), as is one the photos' `credits` give too (`… TPHCM Tuấn Anh`,
    `credited_bylines`)."""
    units = byline_before_lead_apart(pull_quote_apart(linked_byline_apart(units)))  # `“…” Phương Thảo`
    units = byline_before_box_apart(units)  # `Tuệ Minh Cúng dường Tam bảo: STK …`
    units = unstopped_byline_apart(
        units, lambda text: _furniture(text) or bool(footer(text))
    )  # `… 60 xe Hoài Nam`
    units = credited_byline_apart(units, lambda text: _furniture(text) or bool(footer(text)), credits)
    units = short_name_apart(units)  # `Vinacas Giá điều thô hôm nay …`: the story named it `(Vinacas)`
    found = [signals(u.text) for u in units]
    story = [
        i
        for i, s in enumerate(found)
        if s.prose
        and (s.sentence or s.strong is None)
        and not opens_list(units[i].text)
        and not (s.sure or (s.strong and s.word and s.words < 20))
        and not footer(units[i].text)
        and not _under_tail_header(units, found, i)  # a headline under `Tin khác`, past the story
    ]
    # a list of stories, a line of furniture read as prose, a comment box's notice (`Ý kiến của bạn sẽ
    # được biên tập trước khi đăng.`): none
    last = max(story, default=len(units))
    if last < len(units) and not found[last].sentence:  # the byline run into a line that reads as prose
        last = max((i for i in story if i < last and found[i].sentence), default=last)
    for i in range(last + 1, len(units)):
        if found[i].sentence and not units[i].text.rstrip().endswith(("...", "…")):
            continue  # a box's placeholder closes with dots (`Thu Trang Bình luận Viết bình luận của bạn...`)
        if signed_at_work(units[i].text):  # `BS Lê An, Bệnh viện …`: an expert's signature, whole
            return units
        if (office := _office_apart(units[i].text)) is not None:  # `Ban Truyền thông Ủng hộ ngay …`
            return [*units[:i], *(Unit(units[i].block, part) for part in office), *units[i + 1 :]]
        opening = leading_buttons(units[i].text)  # `Phóng to Phạm Kiên (TTXVN)`: a photo's button, the byline
        opening = opening or reactions_end(units[i].text)  # `Hay Cảm động Bình thường Minh Anh`
        signed = units[i].text[opening:].strip()
        byline = parse_byline(signed) if opening and len(signed.split()) <= 6 else None
        if byline is not None and byline.author:
            parts = (units[i].text[:opening].strip(), signed)
            return [*units[:i], *(Unit(units[i].block, part) for part in parts), *units[i + 1 :]]
        if (field := field_byline(units[i].text)) is not None:  # `Điểm: 7/10 Đăng Khoa`: a field, the byline
            return [*units[:i], *(Unit(units[i].block, part) for part in field), *units[i + 1 :]]
        words = units[i].text.split()
        credited = _credit_apart(words)
        if credited is not None:
            return [*units[:i], *(Unit(units[i].block, part) for part in credited), *units[i + 1 :]]
        for n in range(1, 8):  # `Hồng Vân - Quốc Khánh`: two writers, each named whole
            if n > 5 and not any(w in _DASHES for w in words[:n]) and expert(" ".join(words[:n])) is None:
                break  # a name of six words or more is two writers' (`Lò Văn An - Cầm Thị Sen`), or titled
            if n == 1 and not WRITER_INITIALS.match(words[0] if words else ""):
                continue  # one word: a writer's initials only (`P.V`, `T.H.`)
            if goes_on_to_dash(words, n):
                continue  # `Bài: Minh Khuê - Ảnh: …`, `Hồ Thị Thanh Hiền - Phòng …`: the name goes on
            role = _role(words[n:])  # `Thanh Bình (thực hiện)`: the role goes with the name
            head, rest = " ".join(words[: n + role]), " ".join(words[n + role :])
            named = len(words) > n + role and words[n - 1] not in _DASHES
            titled = expert(" ".join(words[:n])) == " ".join(words[:n])  # `Luật sư Trần Văn Khoa`
            named = named and (titled or all(w[:1].isupper() or w in _DASHES for w in words[:n]))
            last_name = re.split(r"\s[-–]\s", " ".join(words[:n]))[-1].split()
            named = named and (len(last_name) >= 2 or n == 1)
            opens = rest.removeprefix("[").lstrip()[:1]  # `[Trở về]`: a link in brackets after the name
            if not named or not (opens.isupper() or _counter(rest)):  # `Việt Hà 1/14 Ảnh Chia sẻ`
                if not rest.startswith("#"):
                    continue
            if speaks_after_name(words, n):
                continue  # `TS.BS Lê An, Giám đốc bệnh viện khuyến cáo: …`: the expert speaking, no byline
            if words[n - 1].rpartition("/")[2] in STRONG_STARTERS:  # `Tuấn Minh/Theo | Xinhua` too
                continue  # `Thanh Tùng Theo | Thế giới Di sản`: no name ends with a credit's `Theo`
            if shouting(words[n - 1]) and shouting(words[n]):
                continue  # a run of capitals (`BÁO BÌNH ĐỊNH ĐIỆN TỬ`): no name ends inside it
            byline = parse_byline(head)
            sourced = byline is not None and byline.source is not None and "/" not in words[n - 1]
            if byline is None or byline.author is None or (sourced and not role):
                continue  # `Minh Thu/VOV4`: the writer's own outlet after a slash, a byline still
            header = (
                not rest.endswith((".", "!", "?", "…"))
                and not signals(rest).grammar  # an editor's note has grammar words
                and i + 1 < len(units)
                and (_furniture(units[i + 1].text) or bool(footer(units[i + 1].text)))  # or the footer
            )
            # a name in capitals may end anywhere in them (`HẢI NAM TIN ẢNH`): initials only (`P.V`), or
            # where the capitals end (`NGỌC THANH Quan hệ Việt – Lào Kon Tum - Attapeu …`)
            capitals = shouting(head) and shouting(words[n + role]) and not WRITER_INITIALS.match(head)
            titles = headlines(rest) and not capitals
            if _furniture(rest) or header or titles:
                own = len(last_name)  # the last writer's words (`Hoàng Anh - Kăn Thị Lan`: `Kăn Thị`)
                if titled:  # the name's own words, not its title's (`Thượng tá, TS. Nguyễn Văn` | `Hải`)
                    own = sum(1 for _ in itertools.takewhile(_named, last_name[::-1]))
                if own < 5 and not role and _name_goes_on(words, n):
                    continue  # `Lê Hồng Sơn`: the name is three words, not `Lê Hồng`
                if own < 5 and not role and _furniture_after(words, n, own):
                    continue  # `Phạm Thanh Vy Bình luận`: the furniture starts after `Vy`
                if more := name_goes_on(words, n):  # `TS. Ngô` | `Thị Huyền - Học viện …`: the name whole
                    head, rest = " ".join(words[: n + more]).removesuffix(","), " ".join(words[n + more :])
                return [*units[:i], Unit(units[i].block, head), Unit(units[i].block, rest), *units[i + 1 :]]
        return units  # only the first unit that is no sentence after the story may hold its byline
    return units


_DASHES = ("-", "–")


def _named(word: str) -> bool:
    """A word of a name itself, not of its title (`Thượng`, `tá,`, `TS.`)."""
    return word.istitle() and word.isalpha()


_JOINING = frozenset(("và",))  # a word joining two of an office's bodies, which no name ends on


def _office_apart(text: str) -> tuple[str, str] | None:
    """An office signing the story (`signing_offices.office_name`) run into the box after it: its
    shortest name closed by a word in lower case that the box's furniture follows, opening with a capital
    (`Ban Truyền thông` | `Ủng hộ ngay Quét mã QR …`, `Ban Truyền thông` | `Dâng hiến …: STK …`). A
    sentence the office opens goes on in lower case (`Ban Truyền thông cho biết …`), and a body after
    the office is its parent's name (`Phòng Công tác xã hội Bệnh viện …`), no box; else None."""
    words = text.split()
    for end in range(2, min(len(words), 7)):
        name, rest = " ".join(words[:end]), " ".join(words[end:])
        parent = any(rest.startswith(f"{head} ") for head in ORG_HEADS)
        closed = words[end - 1].islower() and words[end - 1] not in _JOINING  # `… HĐND và | UBND xã`: on
        if office_name(name) and closed and rest[:1].isupper() and not parent:
            return (name, rest) if _furniture(rest) else None
    return None


def _name_goes_on(words: list[str], n: int) -> bool:
    """The unit is a name of `n` + 1 words (`Lê Hồng Sơn` before `Ý kiến của bạn`), its last word no
    header of a box of one word (`Sơn`); or of more when, after a writer's titles (`PGS.TS`), it is
    a name of three or four words opening with a family name (`Nguyễn Thị | Thanh Hà`, `PGS.TS Bùi |
    Thị Thanh Hà`: one name, as Vietnamese names run to four words), after an officer's rank too (`Đại
    tá Lê Văn | Bình`); the last writer's, after a dash."""
    last = max((k + 1 for k, w in enumerate(words) if w in _DASHES), default=0)
    ranked = re.match(rf"{RANK}\s+", " ".join(words[last:n]))  # `Đại tá` | `Lê Văn` | `Bình`: no name's words
    name = " ".join(words[last:])[ranked.end() if ranked else 0 :].split()
    rest, name = words[n:], list(itertools.dropwhile(lambda w: "." in w, name))
    if len(rest) > 3 or not all(w.istitle() for w in rest) or len(name) > 4:
        return False  # `Trần Khải Nguồn Một thế giới`: a label after the name, its credit after it
    if len(rest) > 1 and (len(name) < 3 or name[0] not in SURNAMES or not all(w.isalpha() for w in rest)):
        return False
    return not any(_furniture(w) or names_a_widget(w) for w in rest)


def _furniture_after(words: list[str], n: int, own: int) -> bool:
    """The name goes on past `n` (`Phạm Thanh Vy` before `Bình luận`, up to five words): each word,
    in title case, is no furniture of its own, and the furniture begins with the capital after it, in its
    first words up to four (`Ford Việt Nam Nhận báo giá`, `Trích dẫn bài viết`), or a gallery's counter
    does (`Lê Minh Tuấn 3/20`); a headline's or a box's words in small letters after it (`Sách hay Đọc
    tiếp`, `Giá vàng hôm nay`) are the rest, not a name's."""
    after, counted = words[n + 1 : n + 5], _counter(" ".join(words[n + 1 :]))  # `Lê Minh Tuấn 3/20 …`
    if not (words[n].istitle() and words[n].isalpha() and after and (after[0][:1].isupper() or counted)):
        return False
    if _furniture(words[n]) or leading_buttons(" ".join(words[n:])) > len(words[n]):
        return False  # `Minh Phương | Chat Zalo Gọi ngay`: a run of buttons opens with the word
    if counted or _card_repeats(words, n):
        return True
    if names_its_list(" ".join(words[n + 1 :])):
        return True  # `PGS.TS Bùi Thị Thanh Hà Bài viết cùng tác giả …`: a list's header after the name
    if any(_furniture(" ".join(after[:k])) for k in (1, 2, 3, 4)) or _field_label(words[n + 1 : n + 5]):
        return True
    return own < 4 and _furniture_after(words, n + 1, own + 1)


def _card_repeats(words: list[str], n: int) -> bool:
    """An author's card after the byline prints the name again under its header of a word or two (`Lê
    Ngọc Quang Tác giả Lê Ngọc Quang Cộng tác viên …`): the name ends with `words[n]` when it comes again."""
    name = words[: n + 1]
    return any(words[n + 1 + k : n + 1 + k + len(name)] == name for k in (1, 2))


def _counter(text: str) -> bool:
    """`text` opens with a gallery's counter (`1/14 Ảnh Chia sẻ`), which a closing byline may run into."""
    found = LEADING_COUNTER.match(text)
    return found is not None and 0 < int(found.group("at")) <= int(found.group("of"))


def _field_label(words: list[str]) -> bool:
    """`words` open with a field's label of up to four words that the page's furniture prints (`Giờ mở
    cửa:` after `Đỗ Văn Lập`): its capital, its words in small letters, its colon."""
    end = next((k for k, w in enumerate(words) if w.endswith(":")), None)
    if end is None or not all(w[:1].islower() for w in words[1 : end + 1]):
        return False
    return _furniture(" ".join(words[: end + 1]))


def headlines(text: str) -> bool:
    """Headlines of other stories run together with no header (`Món ngon mỗi ngày Cách làm thịt đông
    ngày Tết …`, `… vượt khó Mai Sơn: Tổ chức lễ…`): no full stop or comma, and a word in capitals
    after one that is no preposition, where the next headline starts: two words in lower case after
    it (one after a figure ending the headline before: `… tháng 6/2024 So sánh …`), or its place's
    name and a colon; each part three words at least. In an editor's note a capital opens a name
    (`… tư liệu của Bảo tàng Lịch sử`, `theo Quyết định số 5`)."""
    words = text.split()
    if ends_sentence(text) or CLAUSE.search(text):  # a clause's comma; not a figure's (`1,2 tỷ USD`)
        return False
    starts = []
    for k in range(3, len(words) - 2):
        if words[k - 1][:1].isupper() or words[k - 1].casefold() in PREPOSITIONS or not words[k].istitle():
            continue
        place = next((j for j in range(k, min(k + 4, len(words) - 1)) if words[j].endswith(":")), None)
        figure = words[k - 1][-1:].isdigit() or words[k - 1] in _ROMAN  # `tháng 6/2024`, `quý I`
        after_figure = figure and words[k + 1][:1].islower()  # `tháng 6/2024 So sánh`, `quý I Tuần tra`
        name = k + 1  # the headline may open with a name (`Thọ Xuân công bố …`)
        while name < min(k + 3, len(words) - 2) and words[name].istitle():
            name += 1
        if (
            after_figure
            or (words[name][:1].islower() and words[name + 1][:1].islower())
            or (place is not None and all(w.istitle() for w in words[k : place + 1]))
        ):
            starts.append(k)
    return bool(starts) and all(b - a >= 3 for a, b in itertools.pairwise([0, *starts, len(words)]))


_ROMAN = frozenset("I II III IV".split())  # a quarter's or a part's number ends a headline


def _role(words: list[str]) -> int:
    """How many of `words` are a role or an agency in brackets after a writer's name (`(thực
    hiện)`, `(ghi)`, `(TTXVN)`): three words at most, or an office's name of eight (`(Trung tâm
    Thông tin và Truyền thông)`, opening in a capital); else none."""
    if not words or not words[0].startswith("("):
        return 0
    most = 8 if words[0][1:2].isupper() else 3
    return next((i + 1 for i, w in enumerate(words[:most]) if w.endswith(")")), 0)


def _credit_apart(words: list[str]) -> tuple[str, str] | None:
    """A source's credit run into the page's buttons (`Nguồn: Báo Lào Cai In bài viết Gửi email …`) or
    a box's label (`Theo Reuters, Sputnik Video: Khoảnh khắc …`) or other stories' headlines (`Theo
    TTXVN Cảnh giác chiêu lừa …`): the credit is the name after its label (`Nguồn: Trung tâm Văn hóa
    huyện`), up to where the buttons, the label or the headlines start."""
    if len(words) < 3 or words[0].rstrip(":").casefold() not in ("nguồn", "theo"):
        return None
    if not words[1][:1].isupper():
        return None
    for n in range(2, min(len(words), 8)):
        rest = " ".join(words[n:])
        labelled = words[n][:1].isupper() and words[n].endswith(":") and source_credit(" ".join(words[:n]))
        # `Theo TTXVN Cảnh giác chiêu lừa … Bắt nhóm …`: other stories' headlines after the source
        listed = words[n][:1].isupper() and headlines(rest) and source_credit(" ".join(words[:n]))
        if leading_buttons(rest) > 0 or opens_list(rest) or labelled or listed:
            return " ".join(words[:n]), rest
    return None


def _furniture(text: str) -> bool:
    """`text` reads as a page's furniture, not as the story: a box of figures, buttons, a line of
    chrome, furniture words, a video box's label over its clip's title (`Video Highlights …`)."""
    if _MEDIA_BOX.match(text) or boxed(text) or tags_listed(text):  # `Cúng dường: STK …`, `Thẻ a, b, …`
        return True  # a box asking for gifts, a calendar or a visiting box after the byline, the tags
    found = signals(text)
    if opens_list(text) and not found.sentence:
        return True  # `Đọc tiếp Mason Mount ra mắt MU …`: headlines under their header, read as prose
    if found.prose and (found.sentence or found.strong is None):
        return False  # no sentence, but furniture words: `Nội dung bạn đang xem thuộc chuyên mục …`
    return (
        figures(text)
        or buttons(text)
        or leading_buttons(text) > 0
        or is_chrome(text)
        or opens_list(text)
        or found.strong is not None
        or found.weak >= 2
        or (text.rstrip().endswith(":") and found.words <= 6)  # a label, its value gone (`Ủng hộ trang web:`)
        or title_case_items(text)  # a menu of services (`Tra cứu phạt nguội Tra cứu điểm thi`)
        or (found.weak and found.words <= 6 and names_a_widget(text))  # `Sách hay Đọc tiếp`
    )


_ITEM = re.compile(r"^\d{1,2}\.\s+")
_MEDIA_BOX = re.compile(r"^(?:Video|VIDEO|Clip|CLIP|Podcast|PODCAST)\s+(?=[" + CAPITALS + "])")


def contents_apart(units: list[Unit]) -> list[Unit]:
    """A table of contents' last entry run into the lead (`2. Giữ gìn cảnh quan Những ngày này, …`) is
    cut where it stops repeating a subheading of the article (`Giữ gìn cảnh quan Chính quyền …`)."""
    out = list(units)
    for i, unit in enumerate(units[: max(3, len(units) // 3)]):
        item = _ITEM.match(unit.text)
        if item is None:
            continue
        words = unit.text[item.end() :].split()
        for later in units[i + 1 :]:
            same = 0
            for a, b in zip(words, later.text.split(), strict=False):
                if a != b:
                    break
                same += 1
            rest = " ".join(words[same:])
            if 2 <= same < len(words) and rest[:1].isupper() and signals(rest).prose:
                head = unit.text[: item.end()] + " ".join(words[:same])
                out[i : i + 1] = [Unit(unit.block, head), Unit(unit.block, rest)]
                return out
    return out
