"""The site selling room for notices: the `Đăng thông báo` / `Đăng cáo phó` service ad beside a notice
(`Đăng cáo phó trên báo in và báo điện tử: 1.500.000 đồng/lần`, `Nhận đăng thông báo đấu giá tài sản
…`, `Đăng rao vặt, thông báo mất giấy tờ: 120.000 đồng/tin`, `Liên hệ đăng tin buồn: …`). Notices,
obituaries and classified ads are printed for a fee, and the page that shows one advertises the
service next to it, with a price per notice or a phone number to book it: the site's, not the notice's.

The signal is the verb of the service (`đăng`, to run in the paper) opening the unit, or after the
site's `Nhận` / `Liên hệ` / `Bảng giá`, before the kind of notice it sells, with the price or phone of
the service after a colon, or alone as the button. A notice never opens by selling its own printing."""

from __future__ import annotations

import re

from .furniture import PHONE

__all__ = ["REASON", "notice_service"]

#: The reason a service ad for notices goes.
REASON = "the site's ad for running notices (its price, its phone)"

_KINDS = r"(?:thông báo|cáo phó|tin buồn|rao vặt|tin tuyển dụng|thông cáo|lời cảm ơn)"
_SELLS = re.compile(rf"^(?:(?:nhận|liên hệ|bảng giá|giá)\s+)?đăng\s+{_KINDS}\b", re.IGNORECASE)
_BUTTON = 6  # words of a button (`Đăng thông báo`, `Đăng cáo phó`)


def notice_service(text: str) -> bool:
    """`text` advertises the site's service of running notices (`Đăng cáo phó: 1.500.000 đồng/lần`): the
    verb of the service with a phone, a colon's field, or alone as a button (a story's sentence may open
    with `Đăng thông báo …` and goes on). A price alone (`5.000 đồng/lần`) is none: stories quote fees."""
    text = text.strip()
    sells = _SELLS.match(text)
    return sells is not None and (bool(PHONE.search(text)) or len(text.split()) <= _BUTTON or ":" in text)
