"""A press release's media contact. A release closes with its issuer's own paragraph (`Về Sao Mai
Logistics`, `Giới thiệu về Kaneda Robotics`, `Thông tin về Hanseatic Foods AG`) and then, as a newsroom
reprints it, whom the press may call: a label (`Liên hệ truyền thông:`, `Liên hệ báo chí:`, `Liên hệ với
nhà đầu tư và báo chí:`, `Liên hệ:`), a name, a role, a phone and an e-mail, a foreign number too
(`+81 6 6123 4567`). A wire may set its notes between (`Xem phiên bản gốc trên businesswire.com: …`, a
translation's disclaimer), which still go. The fields read as a site's contact footer, and the detector
ends the story before them; under the issuer's paragraph they are the release's, and are kept: the label
and the short lines after it (a name, a role, a field each), as long as one of them is a phone or an
e-mail and none holds a footer's or a page's words (`story_contacts.furnished`), a link, a file or the
header of a list of other releases (`Thông cáo báo chí khác`).
A footer's `Liên hệ:` after the site's copyright, or with no issuer's paragraph over it, stays chrome, and
so does the contact on the issuer's own newsroom (its paragraph names the page's site, `Về Sacombank` on
sacombank.com.vn, its heading is the site's menu item, `Về Bảo Việt`, or the page's copyright is the
issuer's, `© 2024 Saigon Co.op`): there it is the site's standing press box, printed under every release
(as fixtures/blind_corporate.yml decides)."""

from __future__ import annotations

import re

from ..core.text import CAPITALS
from .furniture import EMAIL, PHONE, URL, Unit, key, shouting
from .selfdescribed import PageSite
from .story_contacts import contact_field, furnished
from .vocabulary import RELATED_HEADERS

__all__ = ["REASON", "release_contacts"]

#: The reason a release's media contact is kept.
REASON = "the media contact closing a press release, under its issuer's own paragraph"

_ABOUT = re.compile(rf"^(?:Giới thiệu |Thông tin )?[Vv]ề [{CAPITALS}]")
_ABOUT_WORDS = re.compile(r"^(?:Giới thiệu |Thông tin )?[Vv]ề\s+")
_LABEL = re.compile(
    r"^(?:Thông tin )?[Ll]iên hệ(?: (?:truyền thông|báo chí|với (?:nhà đầu tư|báo chí|truyền thông)"
    r"(?: và (?:báo chí|truyền thông))?))?\s*:"
)
_FOREIGN = re.compile(r"(?<![\w+])\+\d{1,3}[\d .()-]{6,}\d(?!\w)")  # `+45 33 12 45 67`
_COPYRIGHT = re.compile(r"©|copyright|bản quyền|all rights reserved", re.IGNORECASE)
_FILE = re.compile(r"\.(?:pdf|docx?|xlsx?|zip|jpe?g|png)\b", re.IGNORECASE)
_BETWEEN = 6  # units from the issuer's paragraph to the label: the wire's notes
_LINES = 6  # the label and the lines after it
_LABEL_WORDS = 25  # the label with its fields run on (`Liên hệ: Kaneda Robotics, … pr@kaneda.jp`)
_NAME_WORDS = 8  # a name or a role alone (`Katrin Weber`, `Quan hệ nhà đầu tư`)


def release_contacts(units: list[Unit], site: PageSite | None = None) -> list[Unit]:
    """`units` as decided, with a release's media contact under its issuer's paragraph kept, unless the
    issuer is the page's own `site`."""
    about = next((i for i, unit in enumerate(units) if unit.keep and _ABOUT.match(unit.text)), None)
    if about is None or _issuers_own(site, units, about):
        return units  # `Về Sacombank` on sacombank.com.vn: its press box, on every page of its newsroom
    label = None
    for j in range(about + 1, min(len(units), about + 1 + _BETWEEN)):
        if _COPYRIGHT.search(units[j].text):
            return units  # the site's footer: its `Liên hệ:` is the site's
        if _LABEL.match(units[j].text):
            label = j
            break
    if label is None:
        return units
    run = []
    for j in range(label, min(len(units), label + _LINES)):
        if not units[j].keep and not _contact_line(units[j].text, first=j == label):
            break
        run.append(j)
    if not any(_reaches(units[j].text) for j in run):
        return units
    out = list(units)
    for j in run:
        if not out[j].keep:
            out[j] = Unit(out[j].block, out[j].text, True, REASON)
    return out


def _issuers_own(site: PageSite | None, units: list[Unit], about: int) -> bool:
    """The issuer's paragraph names the page's site (`Về Sacombank: …` on sacombank.com.vn), its heading
    is an item of the site's menu or crumbs over the story (`Về Bảo Việt › Tin tức`), or the page's
    copyright is the issuer's (`© 2024 Saigon Co.op` under `Về Saigon Co.op: …`)."""
    text = units[about].text
    opening = " ".join(text.split()[:_NAME_WORDS])
    heading = opening.split(":")[0] if ":" in opening else " ".join(text.split()[:4])
    issuer = key(_ABOUT_WORDS.sub("", heading))
    menu = [*getattr(site, "menu", ()), *(unit.text for unit in units[:about] if not unit.keep)]
    owned = [unit.text for unit in units[about + 1 :] if _COPYRIGHT.search(unit.text)]
    return (
        (site is not None and site.called(text))
        or any(key(heading) in key(item) for item in menu)
        or (len(issuer) >= 3 and any(issuer in key(line) for line in owned))
    )


def _reaches(text: str) -> bool:
    return bool(PHONE.search(text) or EMAIL.search(text) or _FOREIGN.search(text))


def _contact_line(text: str, first: bool) -> bool:
    """`text` is a line of a release's contact: its label with the fields run on, a field, or a short name
    or role (no stop, no colon, no shouted word such as a wire's `NGUỒN`)."""
    words = text.split()
    if not words or furnished(text) or _FILE.search(text) or _COPYRIGHT.search(text):
        return False
    if URL.search(text) and not EMAIL.search(text):
        return False  # a wire's link (`Logo - https://…`), not the issuer's e-mail
    if first:
        return len(words) <= _LABEL_WORDS
    if _reaches(text) or contact_field(text):
        return len(words) <= _LABEL_WORDS
    plain = ":" not in text and not text.rstrip().endswith((".", "!", "?"))
    listed = text.casefold().startswith(RELATED_HEADERS)  # `Thông cáo báo chí khác`: the site's list
    return (
        plain and not listed and len(words) <= _NAME_WORDS and text[:1].isupper() and not shouting(words[0])
    )
