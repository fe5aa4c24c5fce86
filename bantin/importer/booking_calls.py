"""A clinic's, hospital's or pharmacy's call to its customers to book or to ring it, closing its
health pages: `Để đặt lịch tiêm chủng, Quý khách vui lòng bấm số HOTLINE hoặc đặt lịch trực tiếp TẠI
ĐÂY.`, `Để được tư vấn và đặt lịch lấy mẫu xét nghiệm tại nhà, Quý khách vui lòng liên hệ tổng đài …`.

It reads as a sentence (stop words, a full stop), often with no phone number in it (the number is
behind a button), so neither the sentence's shape nor a contact's fields tell it from the story. What
does is who it speaks to and what it asks: the site's customers (`Quý khách`, which a newsroom's
story never calls its readers, nor the people it reports on) asked to book, to call or to download
the app. A notice the story reports (`Người dân có thể gọi … để được tư vấn`) speaks to no customer.
A word in capitals (`HOTLINE`) may cut the call in two: `continues_call` says the piece after it is
the call's end, to go with it."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence

__all__ = ["REASON", "booking_call", "continues_call"]

#: The reason a booking call is dropped.
REASON = "the site's call to its customers to book or to ring it"

_CUSTOMERS = re.compile(r"(?<!\w)[Qq]uý khách(?: hàng)?(?!\w)")
_ASKED = re.compile(
    r"(?<!\w)(?:đặt lịch|đặt hẹn|đăng ký khám|đăng ký tư vấn|hotline|tổng đài|bấm số|"
    r"gọi(?: ngay)?(?: số| tới| đến)|liên hệ|tải (?:ứng dụng|app))(?!\w)",
    re.IGNORECASE,
)
_LONGEST = 45  # words: one sentence
_TAIL = 12  # words: the end of the call after a word in capitals cut it


def booking_call(text: str) -> bool:
    """`text` is a sentence of a site asking its customers to book, to call or to get its app."""
    return (
        len(text.split()) <= _LONGEST
        and _CUSTOMERS.search(text) is not None
        and _ASKED.search(text) is not None
    )


def continues_call(before: str, text: str) -> bool:
    """`text` is the end of the booking call `before`, cut off it with no stop between them."""
    return (
        booking_call(before)
        and not ends_sentence(before)
        and len(text.split()) <= _TAIL
        and ends_sentence(text)
    )
