"""Front-matter values beyond plain text: times, site paths, corrections.

Each is checked here, once, for every reader of an article file (the build, `tag`, `translate`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, field_validator

_MOMENT = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
)


def parse_moment(text: str) -> dt.datetime | None:
    """`2021-10-15T09:30:00+07:00`, `2021-10-15 09:30` or `2021-10-15` as an aware time (a
    time without an offset is UTC; a date alone, the start of its day), or None if it is none."""
    text = text.strip()
    if not _MOMENT.fullmatch(text):
        return None
    text = re.sub(r"^(\d{4}-\d{2}-\d{2}) (\d)", r"\1T\2", text).replace(" ", "")
    text = re.sub(r"T(\d):", r"T0\1:", text)
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


_SEGMENT = re.compile(r"[A-Za-z0-9_~-][A-Za-z0-9._~-]*")


def site_path(text: str) -> str:
    """An old address of a page, checked and tidied to `a/b/` (raises ValueError, said plainly).

    Relative to the site (no scheme, not absolute), plain URL-safe segments (no `..`, `.`,
    spaces, queries or fragments), a Vietnamese path (the English one is `en/` + it)."""
    text = text.strip()
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", text) or text.startswith("//"):
        raise ValueError(f"'{text}' must be a path of this site (2021/10/old-slug/), not an address")
    if text.startswith(("/", "\\")):
        raise ValueError(f"'{text}' must be relative to the site (2021/10/old-slug/), not absolute")
    segments = text.removesuffix("/").split("/")
    if any(s in (".", "..") for s in segments):
        raise ValueError(f"'{text}' may not contain '.' or '..'")
    if not all(_SEGMENT.fullmatch(s) for s in segments):
        raise ValueError(f"'{text}': only letters, digits and - _ . ~ between slashes")
    if segments[0] == "en":
        raise ValueError(f"'{text}': write the Vietnamese path; its English page is made under en/")
    return "/".join(segments) + "/"


#: A path of the site, as an old address of a page (`2021/10/old-slug/`): relative, plain
#: URL-safe segments (no scheme, no `..`, not absolute). `site_path` checks and tidies it.
SitePath = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300), AfterValidator(site_path)
]
OneLineText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, pattern=r"^[^\n]*$")]


class Correction(BaseModel):
    """One dated correction of an article (`corrections:`), told to readers at its end."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    date: dt.date
    text: OneLineText
    text_en: OneLineText | None = None

    @field_validator("text_en", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if value is None or (isinstance(value, str) and not value.strip()) else value

    @field_validator("text", "text_en", mode="after")
    @classmethod
    def _nfc(cls, value: str | None) -> str | None:
        return unicodedata.normalize("NFC", value) if value else None

    def text_in(self, lang: str) -> str:
        """The correction in a language: its English, else the Vietnamese."""
        return (self.text_en or self.text) if lang == "en" else self.text
