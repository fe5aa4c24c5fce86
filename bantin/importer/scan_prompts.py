"""A site's prompt to scan its chat account's code, closing the header and run into the lead on a
one-line scrape (`Zalo` | `OA Công đoàn Hà Tĩnh Quét mã để quan tâm Liên đoàn Lao động tỉnh …`): the
account's name, then the call to scan (`Quét mã`, `Quét mã QR`) and what for (`để quan tâm`, `để theo
dõi`, `để nhận tin`), a few words in lower case, and the lead's first word in a capital after it. After
a header, the prompt is cut off the lead (`page_header`), which stays; a story tells its reader to scan a
code inside a sentence, with its subject (`Người dân quét mã QR để thanh toán …`), never before its lead."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS

__all__ = ["peel_scan_prompt"]

# The account's name (a few words, no stop), the call to scan and its purpose, a capital after it.
_PROMPT = re.compile(
    rf"^(?P<prompt>(?:[^\s.!?]+\s+){{0,8}}?Quét mã(?: QR)?\s+để(?:\s+[{SMALL_LETTERS}]+){{1,3}})"
    rf"\s+(?=[{CAPITALS}])"
)


def peel_scan_prompt(text: str) -> tuple[str, str] | None:
    """(prompt, lead) when `text` opens with a prompt to scan the site's code before the lead, else None."""
    found = _PROMPT.match(text)
    if found is None or len(text[found.end() :].split()) < 8:
        return None
    return found.group("prompt"), text[found.end() :]
