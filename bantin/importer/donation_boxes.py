"""The site's box asking for gifts: the `Cúng dường` / `Dâng hiến` / `Ủng hộ` box of a temple's, a
church's or a paper's portal (`Cúng dường Tam bảo: STK 2110 0000 66888, Agribank …`, `Dâng hiến cho
công tác truyền giáo: STK …`, `Chung tay cùng Caritas: STK …, nội dung: …`, `… chuyển khoản qua
PayPal`). Religious and charity portals print it under every page, beside the story, not in it.

The signal is the call to give opening the unit (the verb of the gift, as a box's label, not a
sentence's subject) with the means to pay it: an account number, a transfer, a QR code. A story that
prints an appeal tells who asks and why (`Mọi tấm lòng hảo tâm xin gửi về …`, `Bạn đọc muốn giúp …`,
`Ban tổ chức kêu gọi …`): it opens on its subject, never on the bare verb, and stays. The closing
byline run into the box (`Tuệ Minh Cúng dường Tam bảo: …, STK …`) is cut from it first
(`box_bylines.py`), so the writer stays and the box goes."""

from __future__ import annotations

import re

__all__ = ["REASON", "donation_box"]

#: The reason a box asking for gifts goes.
REASON = "the site's box asking for gifts (an account number, a transfer, a QR code)"

# The call to give as a box's label: `Cúng dường`, `Dâng hiến`, `Ủng hộ`, `Chung tay (cùng)`, `Quyên góp`;
# or the box's title over the account with no colon, a heading run into it (`Thông tin tài khoản Quỹ …`),
# where a story's appeal gives its account as a field (`Thông tin tài khoản: …`).
_VERBS = r"(?:cúng dường|dâng hiến|ủng hộ|chung tay|quyên góp|đóng góp|hảo tâm)"
_GIVE = re.compile(
    rf"^(?:{_VERBS}\b|(?>(?:thông tin )?tài khoản(?: tiếp nhận| ủng hộ)?)(?!\s*:))", re.IGNORECASE
)
# The means to pay: an account (`STK`, `Số tài khoản`), a transfer, a payment service, a QR code.
_PAY = re.compile(r"\bstk\b|số tài khoản|\btk\s*:|chuyển khoản|paypal|momo|\bqr\b|mã qr", re.IGNORECASE)


def donation_box(text: str) -> bool:
    """`text` is the site's box asking for gifts (`Cúng dường Tam bảo: …, STK …, Agribank …`): the
    verb of the gift opening it, and an account, a transfer or a QR code to pay by."""
    text = text.strip()
    return _GIVE.match(text) is not None and _PAY.search(text) is not None
