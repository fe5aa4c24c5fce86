"""The contact fields that close a notice: the story's last sentence tells where to write, call or apply
(`Mọi chi tiết xin liên hệ: Ban Quản lý dự án …, xã Hòa Phong.`, `Tác phẩm gửi về: Ban Tổ chức …, Hà
Nội.`, `Địa điểm nhận phiếu: Phòng Tổ chức …`) and the fields right after it complete that address
(`Điện thoại: 0236 3846 112.`, `Email: …`). `story_contacts` keeps such fields only between two of the
story's sentences; a notice ends with them, the site's related list or footer after. A site's footer
never opens with a bare phone or e-mail right under a sentence that names where to reach someone: its
contact fields follow the site's name, `Tòa soạn`, `Địa chỉ`, and name a footer's words (`furnished`).
So up to three fields, each a contact's and none a footer's, are kept there; and so is the sentence
right after the story sending the reader to a named office (`Mọi thắc mắc xin liên hệ Trung tâm …, điện
thoại …`, `office_contacts`), which ended the story as a footer's appeal would. The signer after them
whom the notice names (`BAN TỔ CHỨC` under `… xin gửi đăng ký về Ban Tổ chức …`, `signers`) closes it
and stays too: the detector, which ended the story before the contacts, never looked at it. An office
giving its own address under its name, then signing under it (`Phòng Tuyển sinh: 778 Nguyễn Kiệm, …` |
`Điện thoại: …` | `Phòng Tuyển sinh`), names whom to reach as well: a site's footer is under its name."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from ..core.text import CAPITALS
from .furniture import EMAIL, PHONE, Unit
from .office_contacts import office_contact
from .release_contacts import release_contacts
from .selfdescribed import PageSite
from .signers import signs_the_story
from .signing_offices import office_name
from .story_contacts import contact_field, furnished
from .topic_appeals import topic_appeal
from .widgets import buttons

__all__ = ["OFFICE", "REASON", "SIGNER", "closing_contacts"]

#: The reason a contact field closing a notice is kept.
REASON = "a contact field completing the address the story's last sentence gives"
#: The reason the sentence sending the reader to a named office, right after the story, is kept.
OFFICE = "a sentence of the story sending the reader to a named office"
#: The reason the signer closing such a notice, whom its text names, is kept.
SIGNER = "the signer closing a notice's contacts, whom the notice names"

# A sentence giving where to reach someone: a label of the call (`xin liên hệ:`, `Thông tin liên hệ báo
# chí:`, `Tác phẩm gửi về:`, `Địa điểm nhận phiếu:`) or a street address (`số 37 Lê Đại Hành`, `thôn
# Dương Lâm 1, xã Hòa Phong`), not a cooperative's name (`Liên hiệp Hợp tác xã Thương mại TP.HCM`, in a
# release's `Về …` paragraph); a sentence only telling to get in touch (`Khách hàng liên hệ các chi nhánh
# …`) gives no address to complete.
_INVITES = re.compile(
    r"(?i:(?:liên hệ|gửi về|gửi đến|gửi tới|nộp|địa điểm)\b[^:.]{0,25}|địa chỉ)\s*:|"
    rf"\bsố \d+\w* [{CAPITALS}]|\b(?:thôn|(?<![Hh]ợp tác )xã|phường|quận|huyện|đường) [{CAPITALS}]"
)
# A site's own line, never a notice's field (`Hotline 1900 545413` under a bank's page), its label
# opening the field or, run on from the closing byline before it, opening a phrase in its capital
# (`Phòng Cảnh sát hình sự Đường dây nóng Công an tỉnh: 069.2862.113` under a police portal's notice);
# a notice's own field names its line in lower case (`Điện thoại đường dây nóng: …`).
_NUMBER = r"\+?[\d(][\d .()-]{7,16}\d"  # a phone number
_HOTLINE = re.compile(r"^(?i:hotline|đường dây nóng)\b|\s(?:Hotline|HOTLINE|Đường dây nóng|ĐƯỜNG DÂY NÓNG)\b")
# … but a hotline the notice names for its office, in lower case, said as a sentence with its stop
# (`Hotline phòng kinh doanh: 0966 168 979.` under a sales gallery's address), or a bare one with its stop
# under the office the notice names (`… liên hệ: Phòng Đào tạo, 175 Tây Sơn. Hotline: 0243 563 1537.`),
# not a shared service's number (`1900 …`), is the notice's own field.
_OWN_HOTLINE = re.compile(rf"^Hotline((?: [^\W\d_]+){{1,4}})?\s*:\s*{_NUMBER}\.$")
# A notice's closing line giving its numbers as a sentence, with its full stop (`Liên hệ: 0243 562 8899
# hoặc 0986 112 233.`); a footer's field has none (`LIÊN HỆ: 84-24-39365555 Fax: …`).
_CALL = re.compile(rf"^(?:Liên hệ|Điện thoại|ĐT)\s*:\s*{_NUMBER}(?:\s*(?:,|hoặc|-)\s*{_NUMBER})*\s*\.$")
# … or as the sentence of a release telling how to sign up or call, its number said with no label's colon
# and the sentence going on after it (`Đăng ký qua hotline 0911 858 626 hoặc fanpage của bệnh viện.`); a
# site's appeal names its readers, its desk, its ads or a shared service's number (`1900 …`).
_SPOKEN_CALL = re.compile(rf"^[^:]*\b(?:hotline|tổng đài|điện thoại|số)\s+{_NUMBER}[^:]*[^\W\d_]\.$", re.I)
_SITES = re.compile(
    r"bạn đọc|độc giả|quý khách|quý vị|vui lòng|biên tập|t[òo]a soạn|quảng cáo|trị sự|phát hành|"
    r"cáo phó|tin buồn|đăng tin|(?<!\d)1[89]00[\s.]?\d",
    re.IGNORECASE,
)
_SENTENCE = 8  # words: a sentence, not a field
_FIELDS = 3  # a notice's phone, e-mail, fax: more in a row is a footer's block
_WORDS = 14  # a field's words: a longer unit is a sentence, judged as one
_BUTTON = 5  # a button's words


def closing_contacts(units: list[Unit], site: PageSite | None = None, headline: str = "") -> list[Unit]:
    """`units` as decided, with the contact fields right after the story's last kept unit, where it
    gives where to reach someone, kept as the story's, and the signer after them the notice names. The
    page's end is found first, with the fields still chrome: they end the story as the site's footer would.
    A press release's media contact under its issuer's `Về …` paragraph is kept (`release_contacts`), and
    an appeal to write about what the `headline` tells, closing the story (`topic_appeal`)."""
    return release_contacts(_closing(topic_appeal(units, headline)), site)


def _closing(units: list[Unit]) -> list[Unit]:
    out = _contacts(units)
    if all(a.keep == b.keep for a, b in zip(out, units, strict=True)):
        return units  # no contact kept: the detector judged the signer where the story ended
    last = max(i for i, unit in enumerate(out) if unit.keep)
    kept = [unit.text for unit in out[: last + 1] if unit.keep]
    if last < len(out) - 1 and signs_the_story(out[last + 1].text, kept):
        signer = Unit(out[last + 1].block, out[last + 1].text, True, SIGNER)
        out = [*out[: last + 1], signer, *out[last + 2 :]]
    return out


def _contacts(units: list[Unit]) -> list[Unit]:
    """`units` with the contact fields closing the story kept (`closing_contacts`), or `units` itself."""
    last = max((i for i, unit in enumerate(units) if unit.keep), default=-1)
    office = last + 1 + (last + 2 < len(units) and _button(units[last + 1].text))  # a button between
    if 0 <= last and office < len(units) and office_contact(units[office].text):
        units = [
            *units[:office],
            Unit(units[office].block, units[office].text, True, OFFICE),
            *units[office + 1 :],
        ]
        last = office  # `Mọi thắc mắc xin liên hệ Trung tâm …, điện thoại …`: its fields may follow
    if 0 <= last < len(units) - 1 and _closing_call(units, last + 1):  # `Liên hệ: 0243 … hoặc 0986 ….`
        return [
            *units[: last + 1],
            Unit(units[last + 1].block, units[last + 1].text, True, REASON),
            *units[last + 2 :],
        ]
    # Under a story that gives no address, a field alone (`LIÊN HỆ: 84-24-…`) is the footer's.
    # The office's sentence named whom to reach: a word of an appeal in it (`Mọi thắc mắc …`) is the notice's.
    named = last >= 0 and units[last].reason == OFFICE
    # The story's kept line naming the office with its fields under it, its stop left off (`Mọi thắc mắc
    # liên hệ Văn phòng Quỹ, tầng 4, …, Hà Nội` | `Điện thoại: …`), names it as well.
    named = named or (
        last >= 0 and not ends_sentence(units[last].text) and office_contact(units[last].text + ".")
    )
    named = named or (
        last >= 0 and _signed_by_its_office(units, last + 1)
    )  # `Phòng Tuyển sinh: …` | the office
    # The story's kept line announcing them with its colon (`Mọi thắc mắc liên hệ:`): what follows is its.
    named = named or (
        last >= 0 and units[last].text.rstrip().endswith(":") and bool(_INVITES.search(units[last].text))
    )
    if last < 0 or (not named and (furnished(units[last].text) or not _INVITES.search(units[last].text))):
        return units
    out = list(units)
    for j in range(last + 1, min(last + 1 + _FIELDS, len(units))):
        text = units[j].text
        hotline = _HOTLINE.search(text) and not _own_hotline(text)
        if len(text.split()) > _WORDS or hotline or not contact_field(text):
            break
        out[j] = Unit(units[j].block, text, True, REASON)
    return out


def _signed_by_its_office(units: list[Unit], at: int) -> bool:
    """`units[at]` is a field under an office's name (`Phòng Tuyển sinh: 778 Nguyễn Kiệm, …`) and that
    office signs the notice right under its fields (`Phòng Tuyển sinh`): the office giving its own
    address, which a site's footer, under the site's name, never does."""
    label, colon, _ = units[at].text.partition(":") if at < len(units) else ("", "", "")
    if not colon or not office_name(label.strip()) or _SITES.search(label):
        return False
    return any(unit.text.strip(" .") == label.strip() for unit in units[at + 1 : at + 2 + _FIELDS])


def _button(text: str) -> bool:
    """`text` is a page's button alone (`ĐĂNG KÝ XÉT TUYỂN NGAY`, `Chia sẻ`), which a notice's site sets
    between its last lines and the office to call."""
    shouted = text.isupper() and not PHONE.search(text)
    return len(text.split()) <= _BUTTON and (bool(buttons(text)) or shouted)


def _own_hotline(text: str) -> bool:
    """`text` is a hotline field the notice names for its office in lower case (`_OWN_HOTLINE`)."""
    named = _OWN_HOTLINE.match(text)
    return bool(named) and (named.group(1) or "x").islower() and not _SITES.search(text)


def _closing_call(units: list[Unit], at: int) -> bool:
    """`units[at]`, right after the story, is a notice's call with its numbers said as a sentence (`_CALL`,
    `_SPOKEN_CALL`), and no other field follows it (a footer's block has several)."""
    text = units[at].text
    spoken = _SPOKEN_CALL.match(text) and len(text.split()) >= _SENTENCE and not _SITES.search(text)
    if not (_CALL.match(text) or spoken):
        return False
    after = units[at + 1].text if at + 1 < len(units) else ""
    return not (contact_field(after) or PHONE.search(after) or EMAIL.search(after))
