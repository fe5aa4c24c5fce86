"""Where two words a scraper glued with no space part (`HiếuChia sẻ`, `khácSóc Trăng`, `2024Ra mắt`,
`đồng/kgRuột trắng`, `Phan SơnĐỌC THÊM:`): a Vietnamese syllable on one side, and no brand's or code's
shape (`VnExpress`, `TikTok`, `iPhone`, `U23`), which glues words of its own. `sentences` cuts a
paragraph's sentences; this reads the words run together inside them."""

from __future__ import annotations

import re

from .text import CAPITALS, SMALL_LETTERS, is_syllable

__all__ = ["glued_words"]


# Two words glued with no space: a small letter or a figure, then a word in title case
# (`HiếuChia sẻ`, `khácSóc Trăng`, `2024Ra mắt`, `đầy đủMâm cơm`); a bracket may close the first
# (a byline's `Ngọc Lan (thực hiện)Gửi câu hỏi`).
_GLUED_WORD = re.compile(
    rf"(?P<left>[^\W_]+?)(?<=[{SMALL_LETTERS}\d])\)?(?P<right>[{CAPITALS}][{SMALL_LETTERS}]+)(?!\w)"
)


def glued_words(text: str) -> list[int]:
    """Where a scraper joined two pieces of a page with no space (`Trung HiếuChia sẻFacebookZalo…`,
    `…khácSóc Trăng đón…`, a box's last words and a caption: `… đầy đủMâm cơm …`): a Vietnamese
    syllable in title case right after a word's small letter or a figure (and the bracket it may
    close) or a figure's unit (`28.000 đồng/kgRuột trắng …`, a list's rows), one side spelt with
    Vietnamese letters. A brand's name glues words of its own
    (`VnExpress`, `TikTok`, `VietNam`): none of them is a Vietnamese syllable with a mark. Nor does a
    brand end on a preposition that opens a sentence (`Nguồn: SSI iBoardTheo Công ty …`)."""
    cuts = []
    for match in _GLUED_WORD.finditer(text):
        left, right = match.group("left"), match.group("right")
        after_figure = left[-1].isdigit()  # `Đọc nhiều1Hải Phòng …`, `năm 2024Ra mắt …`
        marked = not (left + right).isascii() and is_syllable(left)
        per_unit = text[match.start() - 1 : match.start()] == "/" and not right.isascii()  # `đồng/kgRuột đỏ`
        opening = right in _OPENING_PREPOSITIONS and text[match.end() : match.end() + 1] == " "
        # a unit in Vietnamese, then a foreign name opening the next row or paragraph (`USD/tấnPhilippines`)
        foreign_after_unit = text[match.start() - 1 : match.start()] == "/" and marked and len(right) >= 3
        # a foreign name closing a row or a paragraph, then a Vietnamese word with its mark (`… 0-1
        # IndonesiaViệt Nam …`): no brand glues a syllable with a mark to a foreign word
        foreign_then_marked = _foreign_name(left) and not right.isascii()
        # a word of small letters alone then a word in title case, both syllables without a mark (`cảm
        # biến rungQuy trình …`): a brand glues words opening in capitals (`TikTok`) or on a letter (`iPhone`)
        plain = left.islower() and len(left) >= 2 and is_syllable(left)
        # a figure's unit in small letters, then a Vietnamese word with its mark (`… dài 7,6kmTuyến
        # đường …`, `… 100haTốc độ …`): a code glues its figures to capitals (`U23`, `5G`), no unit
        # … or standing alone after the figure and a space (`… cao 1,8 mKhoảng 22h …`, a strip's last reading)
        apart = bool(_LONE_UNIT.fullmatch(left) and _AFTER_FIGURE.search(text, 0, match.start()))
        unit = (_FIGURE_UNIT.fullmatch(left) is not None or apart) and not right.isascii()
        glued = after_figure or marked or per_unit or opening or foreign_then_marked or plain or unit
        # a name with its mark, then a label of the next unit with its colon (`Minh HoàngVideo: …`)
        labelled = text[match.end() : match.end() + 1] == ":"
        label = labelled and not left.isascii() and is_syllable(left.lower())
        if (is_syllable(right) and glued) or foreign_after_unit or label:
            cuts.append(match.start("right"))
    for match in _GLUED_FIGURE.finditer(text):  # `… cho công nhân ở xa3.000 suất quà …`: a list's next item
        if is_syllable(match.group("left")):
            cuts.append(match.start("figure"))
    for match in _GLUED_LETTER.finditer(text):  # `Ảnh: Hiệp hộiÝ kiến góp ý …`: a word of one marked capital
        left = match.group("left")  # or a foreign name (`V-LeagueỞ vòng 24 …`)
        if (is_syllable(left.lower()) or _foreign_name(left)) and is_syllable(match.group("right")):
            cuts.append(match.start("right"))
    for match in _GLUED_MODEL.finditer(text):  # `Ảnh: SamsungZ Fold6 (mã …)`: a model's name of one capital
        if _foreign_name(match.group("left")) or is_syllable(match.group("left").lower()):
            cuts.append(match.start("right"))
    for match in _GLUED_BRAND.finditer(text):  # `Thủ thuậtiPhone 16 …`, `Thảo NguyênKenhsinhvien.vn - …`
        left, right = match.group("left"), match.group("right")
        model = re.match(r" \d", text[match.end() :]) is not None  # `sốiPhone 16`: a product and its model
        if right[0] == "i" and (is_syllable(right[1:]) or (is_syllable((left + "i").lower()) and not model)):
            continue  # a syllable's own `i` and a word in title case (`Lê HợiChia sẻ`)
        if not left.isascii() and is_syllable(left.lower()):
            cuts.append(match.start("right"))
    for match in _GLUED_AFTER_CAPITALS.finditer(text):  # `VINH ANHTin cùng chuyên mục`
        if is_syllable(match.group("left").lower()) and is_syllable(match.group("right")):
            cuts.append(match.start("right"))
    for match in _GLUED_CAPITALS.finditer(text):  # `Ảnh: Phan SơnĐỌC THÊM: …`
        left, right = match.group("left"), match.group("right")
        if not left.isascii() and is_syllable(left.lower()) and is_syllable(right.lower()):
            cuts.append(match.start("right"))
    for match in _GLUED_MARKED_ACRONYM.finditer(text):  # `Ảnh: Bảo NgọcHĐXX buộc …`, `Mạnh CườngUBND thị xã`
        left = match.group("left")
        unit = re.search(r"\d\s$", text[: match.start()]) is not None  # `12 tấnABC`: a figure's unit, a code
        if not left.isascii() and is_syllable(left.lower()) and not unit:
            cuts.append(match.start("right"))
    for match in _GLUED_ACRONYM.finditer(text):  # `… của EVNNăm nay …`, `… tỷ USDQuảng Ninh`, `THPTPhương`
        right = match.group("right")
        if not right.isascii() and is_syllable(right):
            cuts.append(match.start("right"))
    for match in _GLUED_MIXED.finditer(text):  # `… trên VNeIDTừ ngày 1/12/2026, …`: a brand, then a sentence
        if is_syllable(match.group("right")) and not match.group("right").isascii():
            cuts.append(match.start("right"))
    for match in _GLUED_TITLE.finditer(text):  # `… cần biếtPGS.TS Nguyễn …`
        left = match.group("left")
        if not left.isascii() and is_syllable(left):
            cuts.append(match.start("right"))
    for match in _GLUED_ROW.finditer(text):  # `Urê: 241.000 tấnNPK: 38.500 tấn`: a list's rows
        cuts.append(match.start("right"))
    cuts += [m.start("right") for m in _GLUED_SIGNED_ROW.finditer(text)]  # `Mỹ | 331 | +12CPTPP | 262 | …`
    # `OM 18: 7.200Jasmine 85: 7.400ST25: 9.100`: a price list's rows
    cuts += [m.start("right") for m in _GLUED_PRICE_ROW.finditer(text)]
    for match in _GLUED_CODE_ROW.finditer(text):  # `Quảng Ninh: 2,23 tỷ USDTPHCM: 1,71 tỷ USD`: the same
        caps = match.group("caps")
        for at in range(len(caps) - 2, 1, -1):  # the longest unit the text prints alone after a figure
            if re.search(rf"\d\s+(?:[^\W\d_]+\s+)?{caps[:at]}(?![^\W_])", text):
                cuts.append(match.start("caps") + at)
                break
    for match in _GLUED_DATE.finditer(text):  # `… ra đời7/5/1954 - Chiến thắng …`: a list's dated item
        left = match.group("left")
        if not left.isascii() and is_syllable(left):
            cuts.append(match.start("date"))
    for match in _GLUED_COUNT.finditer(text):  # `… công nghệ cao4 dự án du lịch …`: a list's next item
        counted = re.findall(rf"(?<![\d.,])\d{{1,3}} {re.escape(match.group('noun'))}(?!\w)", text)
        if is_syllable(match.group("left").lower()) and len(counted) >= 2:
            cuts.append(match.start("figure"))
    for match in _GLUED_QUOTE.finditer(text):  # `… "Điện Biên - Mùa hoa Ban"Chợ phiên …`: a list's next item
        if is_syllable(match.group("right")):
            cuts.append(match.start("right"))
    for match in _GLUED_PERCENT.finditer(text):  # `VNR 32.450 ▲ 1,25%Tổng công ty …`: a ticker and the lead
        if is_syllable(match.group("right")):
            cuts.append(match.start("right"))
    return sorted(set(cuts))  # two readers may find the same glue (`USDQuảng`: a code, an acronym)


# … and a Vietnamese word of one capital letter with its mark (`Ý kiến`, `Ở đây`, `Ô tô`) glued to a word in
# small letters, a word in small letters after it: no brand spells a marked capital alone.
_GLUED_LETTER = re.compile(
    rf"(?<![^\W\d_])(?P<left>[{CAPITALS}]?[{SMALL_LETTERS}]+)"
    rf"(?P<right>[{CAPITALS.replace('A-Z', '')}])(?= [{SMALL_LETTERS}])"
)

# … and a word in title case glued to a capital alone, then a model's code of letters and figures (`Ảnh:
# SamsungZ Fold6 …`): a brand glues no capital alone to its name before a code (`Galaxy Z Fold6`).
_GLUED_MODEL = re.compile(
    rf"(?<![^\W\d_])(?P<left>[{CAPITALS}][{SMALL_LETTERS}]{{2,}})(?P<right>[A-Z])(?= [A-Z][a-z]*\d+(?!\w))"
)

# … and a figure in thousands (`3.000`) glued to a word in small letters, a word in small letters after it:
# a code glues a figure to capitals (`Su30`, `U23`), none to a word of small letters, nor in thousands.
_GLUED_FIGURE = re.compile(
    rf"(?<![^\W\d_])(?P<left>[{SMALL_LETTERS}]{{2,}})"
    rf"(?P<figure>\d{{1,3}}(?:\.\d{{3}})+)(?= [{SMALL_LETTERS}])"
)

_OPENING_PREPOSITIONS = frozenset("Theo Trong Tại Với Các Những Từ".split())  # `iBoardTheo Công ty …`

# … and a figure with its unit in small letters glued to the next row's label, a colon within four
# words (`Urê: 241.000 tấnNPK: 38.500 tấnAmoniac thương phẩm: 12.200 tấn`): a list's rows the scraper
# joined; no brand glues a figure's unit to a label.
_GLUED_ROW = re.compile(
    rf"\d[\d.,]*\s+[{SMALL_LETTERS}]+(?P<right>[{CAPITALS}][^\W_]*(?:\s+[^\W\d_]+){{0,3}}):"
)

# … and a table's last cell, a change with its sign, glued to the next row's first cell before that row's
# bar (`Mỹ | 331 | +12CPTPP | 262 | +9EU | 158 | -3`): a code glues figures to capitals with no sign
# (`8GB`, `5G`), and no code stands in a table's row before its bar.
_GLUED_SIGNED_ROW = re.compile(
    rf"(?<![^\s|])[+\-−]\d[\d.,]*(?P<right>[{CAPITALS}][^\W\d_]*)(?=(?:\s[^\W\d_]+){{0,4}}\s\|\s)"
)

# … and a row's figure in thousands after its label's colon, glued to the next row's label and its colon
# and figure (`OM 18: 7.200Jasmine 85: 7.400ST25: 9.100`, a price list's rows): a code glues its figures
# to capitals (`ST25`, `QL1A`) but no code follows a figure in thousands, nor stands between two colons.
_GLUED_PRICE_ROW = re.compile(
    rf":\s*\d{{1,3}}(?:\.\d{{3}})+(?P<right>[{CAPITALS}][^\s:]*(?:\s[^\s:]+){{0,3}})(?=:\s*\d)"
)

# … and a figure's unit in capitals glued to the next row's label in capitals, its colon and its figure
# after it (`2,23 tỷ USDTPHCM: 1,71 tỷ USD`): the unit is the one the text prints alone after a figure
# (`… 14,15 tỷ USD, tăng …`), the rest the label; a code's capitals (`VPBank`, `HDBank`) take no figure.
_GLUED_CODE_ROW = re.compile(rf"\d[\d.,]*\s+(?:[{SMALL_LETTERS}]+\s+)?(?P<caps>[A-ZĐ]{{4,}})(?=:\s*\d)")

# … and a date with its year and an item's dash or colon glued to a Vietnamese syllable in small letters
# (`ra đời7/5/1954 - Chiến thắng …`): a chronology's dated items the scraper joined; a stamp's date
# glued to its own word (`Cập nhật: 10:56ngày17/02/2024 Một xe …`) has no dash after it, and a code
# glues figures to capitals (`Su30`), no syllable with a mark.
_GLUED_DATE = re.compile(
    rf"(?P<left>[{SMALL_LETTERS}]+)(?P<date>\d{{1,2}}/\d{{1,2}}/\d{{4}})(?=\s*(?:[-–]\s|:))"
)


# … and a Vietnamese syllable with its mark, then a brand's word that opens in small letters (`Thủ
# thuậtiPhone 16 …`, a menu's last item and the lead) or a site's address in title case (`Thảo
# NguyênKenhsinhvien.vn - …`, a byline and the footer): no Vietnamese word ends so glued to either.
_GLUED_BRAND = re.compile(
    rf"(?P<left>[^\W\d_]+?)(?P<right>i[A-Z][a-z]+\b|[{CAPITALS}][a-z\d-]+\.(?:com\.vn|vn|com|net|org)\b)"
)


# … and a name in capitals, two words at least, then a word in title case (`VINH ANHTin cùng …`): a
# brand glues one word of capitals (`VPBank`, `HDBank`) and no syllable.
_GLUED_AFTER_CAPITALS = re.compile(
    rf"(?<=[{CAPITALS}] )(?P<left>[{CAPITALS}]{{2,}})(?P<right>[{CAPITALS}][{SMALL_LETTERS}]+)(?!\w)"
)


# … and a Vietnamese syllable with its mark in small letters, then two words in capitals (`Ảnh: Phan
# SơnĐỌC THÊM: …`, a credit and a label the scraper joined), or an acronym opening a sentence, a word in
# small letters after it (`Ảnh: Mạnh CườngUBND thị xã khuyến cáo …`): a brand capitalises one word
# (`VinFast`) and glues no acronym to a syllable with a mark.
_GLUED_CAPITALS = re.compile(
    rf"(?<![^\W\d_])(?P<left>[{CAPITALS}]?[{SMALL_LETTERS}]+)(?P<right>[{CAPITALS}]{{2,}})"
    rf"(?= [{CAPITALS}]{{2,}}\b| [{SMALL_LETTERS}])"
)


# … and a Vietnamese syllable with its mark, then an acronym alone (`Ảnh: Bảo NgọcHĐXX buộc …`, a credit
# and a sentence opening on a body's initials): a brand glues capitals to a foreign word (`VinFast`,
# `eKYC`), not to a marked syllable.
_GLUED_MARKED_ACRONYM = re.compile(
    rf"(?<![^\W\d_])(?P<left>[{CAPITALS}]?[{SMALL_LETTERS}]+)(?P<right>[{CAPITALS}]{{2,}})(?=[\s,.;:]|$)"
)

# … and a small count glued to a Vietnamese word, the two words it counts after it (`Danh mục gồm:5 dự án
# nông nghiệp công nghệ cao4 dự án du lịch …`): a list's items the scraper joined, when another item counts
# the same words; a code glues its figures to capitals or a foreign word (`U23`, `Covid19`).
_GLUED_COUNT = re.compile(
    rf"(?<![^\W\d_])(?P<left>[{CAPITALS}]?[{SMALL_LETTERS}]+)(?P<figure>\d{{1,3}}) "
    rf"(?P<noun>[{SMALL_LETTERS}]+ [{SMALL_LETTERS}]+)(?!\w)"
)

# … and a quote closed right after a word, then a Vietnamese word in title case (`Triển lãm ảnh "Điện
# Biên - Mùa hoa Ban"Chợ phiên vùng cao`, a list's items the scraper joined): a quote closes before a
# space or a stop, and opens after a space.
_GLUED_QUOTE = re.compile(rf'(?<=[^\W_][”"])(?P<right>[{CAPITALS}][{SMALL_LETTERS}]+)(?!\w)')

# … and a share or a change in per cent (`▲ 1,25%`, `tăng 7%`) glued to a Vietnamese word in title case (`VNR
# 32.450 ▲ 1,25%Tổng công ty …`, a ticker's last cell and the lead): no name or code glues a word to `%`.
_GLUED_PERCENT = re.compile(rf"\d[%‰](?P<right>[{CAPITALS}][{SMALL_LETTERS}]+)(?!\w)")

_FIGURE_UNIT = re.compile(r"\d+[a-z]{1,3}")  # `6km`, `100ha`: a figure and its unit
_LONE_UNIT = re.compile(r"[a-z]{1,3}")  # `m`, `km`, `ha` printed apart from the figure (`1,8 m`)
_AFTER_FIGURE = re.compile(r"\d\s$")

# … and an acronym, a unit or a credit's initials in capitals (`EVN`, `AGU`, `USD`, `T.L`) glued to a
# Vietnamese word in title case with its mark (`EVNNăm nay`, `AGUDịp này`, `3,52 tỷ USDQuảng Ninh: …`,
# `T.LThành phố`): a brand glues capitals to a word with no mark (`HDBank`, `VPBank`, `PVOil`, `VNPay`).
_GLUED_ACRONYM = re.compile(
    rf"(?<![^\W_])(?P<left>[{CAPITALS}](?:\.?[{CAPITALS}])+)(?P<right>[{CAPITALS}][{SMALL_LETTERS}]+)(?!\w)"
)

# … and a brand with small letters inside and capitals at its end (`VNeID`, `PayPAL`) glued to a word that
# opens a sentence with its mark, a figure after its next word (`VNeIDTừ ngày 1/12, …`): a
# brand glues no marked syllable to its capitals.
_GLUED_MIXED = re.compile(
    rf"(?<![^\W_])[{CAPITALS}]+[{SMALL_LETTERS}]+[{CAPITALS}]{{2,}}(?P<right>[{CAPITALS}][{SMALL_LETTERS}]+)"
    rf"(?= [^\W\d_]+ \d)"
)

# … and a Vietnamese syllable with its mark, then a title's or a place's capitals with a dot (`biếtPGS.TS`,
# `sốTP.HCM`): a brand glues capitals to a foreign word (`VinFast`), not to a marked syllable.
_GLUED_TITLE = re.compile(r"(?<![^\W_])(?P<left>[^\W\d_]+?)(?P<right>[A-Z]{2,}\.[A-Z])")


def _foreign_name(word: str) -> bool:
    """A foreign name in title case (`Indonesia`, `Iraq`): ASCII letters, no Vietnamese syllable."""
    return len(word) >= 3 and word.isascii() and word.istitle() and not is_syllable(word.lower())
