"""One article, from its Markdown file to the pages that show it.

The front-matter schema lives here and nowhere else: reading validates it (every error with its
file and line), writing dumps the same fields in the same order, so an editor's file and the
importer's output look alike.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Self

import markdown
import nh3
import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from ..entities import LAST_YEAR, EntityId, Kind, Registry
from . import prose, yamldump
from .errors import ContentError, ContentErrors, parse_yaml, validation_errors, yaml_line, yaml_problem
from .fields import Correction, SitePath, parse_moment
from .text import slugify

Provenance = Annotated[str, StringConstraints(pattern=r"^(editor|machine:[a-z0-9][a-z0-9_.-]*)$")]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=100)]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]

#: The dates an article may carry: a year outside is a typo (2201 for 2021), and the site's
#: formats need a bound (the sitemap's gzip stamp ends in 2106). The importer's own range.
FIRST_DATE, LAST_DATE = dt.date(1900, 1, 1), dt.date(LAST_YEAR, 12, 31)

#: Keys every article file shows, even when empty, so editors see what to fill in.
ALWAYS_WRITTEN = (
    "title", "date", "source", "organizations", "people", "events", "places",
    "title_en", "summary_en", "title_en_by", "summary_en_by",
)  # fmt: skip


class FrontMatter(BaseModel):
    """The YAML header of an article file, exactly as editors write it."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    title: Annotated[str, StringConstraints(min_length=1, pattern=r"^[^\n]*$")]
    date: dt.date
    source: str | None = None
    author: str | None = None
    source_url: str | None = None
    lead: str | None = None
    organizations: list[EntityId] = Field(default_factory=list)
    people: list[EntityId] = Field(default_factory=list)
    events: list[EntityId] = Field(default_factory=list)
    places: list[EntityId] = Field(default_factory=list)
    #: Entities an editor took off this article: tagging never puts them back.
    removed_entities: list[EntityId] = Field(default_factory=list)
    #: What the registry proposed when it last tagged the article; a proposed id missing from
    #: the tag lists was removed by an editor (see `python build.py tag`).
    tagged_by_registry: list[EntityId] = Field(default_factory=list)
    title_en: str | None = None
    summary_en: str | None = None
    title_en_by: Provenance | None = None
    summary_en_by: Provenance | None = None
    #: sha256 of the Vietnamese a machine translated (title and lead), so `translate` knows
    #: when the Vietnamese changed and the machine English is out of date.
    en_source_sha256: Sha256 | None = None
    keywords: list[str] = Field(default_factory=list)
    slug: Slug | None = None
    #: Old addresses of the article (site paths): each gets a page sending readers on.
    aliases: list[SitePath] = Field(default_factory=list)
    #: When the article was last changed in substance (`updated: YYYY-MM-DD`).
    updated: dt.date | None = None
    #: Corrections, each dated: told at the end of the article and on the corrections page.
    corrections: list[Correction] = Field(default_factory=list)
    draft: bool = False
    date_estimated: bool = False
    source_sha256: Sha256 | None = None
    #: The moment of `date` when it carries a time (`2021-10-15T09:30:00+07:00`), made from
    #: `date` (never written by editors): before it, the article is not published.
    published: dt.datetime | None = Field(default=None, exclude=True)

    @model_validator(mode="before")
    @classmethod
    def _time_of_date(cls, data: Any) -> Any:
        """`date` with a time: the day as written goes to `date`, the moment to `published`."""
        if not isinstance(data, dict):
            return data
        if data.get("published") is not None and not isinstance(data["published"], dt.datetime):
            # written in the file (its YAML gives text, never datetimes), not made from `date`
            raise ValueError("published: unknown key (typo?); write the time in `date`")
        value = data.get("date")
        if isinstance(value, str) and (moment := parse_moment(value)) is not None and len(value.strip()) > 10:
            data = {**data, "date": value.strip()[:10], "published": moment}  # the day as written
        return data

    @field_validator("date", mode="before")
    @classmethod
    def _date_only(cls, value: Any) -> Any:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, str):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
                raise ValueError(
                    "must be a date written YYYY-MM-DD, or with a time: YYYY-MM-DDTHH:MM[:SS][+07:00]"
                )
            return value.strip()
        return value

    @field_validator("date", mode="after")
    @classmethod
    def _sane_date(cls, value: dt.date) -> dt.date:
        if not FIRST_DATE <= value <= LAST_DATE:
            raise ValueError(f"{value.isoformat()} is outside {FIRST_DATE.year}–{LAST_DATE.year} (a typo?)")
        return value

    @field_validator(
        "organizations",
        "people",
        "events",
        "places",
        "removed_entities",
        "tagged_by_registry",
        "keywords",
        "corrections",
        "aliases",
        mode="before",
    )
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return [] if value is None else value

    @field_validator(
        "source", "author", "source_url", "lead", "title_en", "summary_en", "title_en_by", "summary_en_by",
        "slug", "source_sha256", "en_source_sha256", "updated", mode="before",
    )  # fmt: skip
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        """An empty field (`title_en: ''`, `source:`) means "not known yet"."""
        return None if value is None or (isinstance(value, str) and not value.strip()) else value

    @field_validator("source", "author", "lead", "title_en", "summary_en", "source_url", mode="after")
    @classmethod
    def _nfc_text(cls, value: str | None) -> str | None:
        return unicodedata.normalize("NFC", value) if value else None

    @field_validator("title", mode="after")
    @classmethod
    def _nfc(cls, value: str) -> str:
        return unicodedata.normalize("NFC", value)

    @field_validator("source_url", mode="after")
    @classmethod
    def _web_url(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^\s/]+", value, re.IGNORECASE):
            raise ValueError("must be an http:// or https:// address")
        return value

    def entity_ids(self, kind: Kind) -> list[str]:
        return list(getattr(self, kind.field))

    @cached_property
    def published_at(self) -> dt.datetime:
        """When the article is published: the time of `date`, else the start of its day (UTC)."""
        if self.published is not None:
            return self.published
        return dt.datetime(self.date.year, self.date.month, self.date.day, tzinfo=dt.UTC)

    @cached_property
    def modified(self) -> dt.date | None:
        """The last change readers are told of: `updated` or the newest correction."""
        return max([d for d in (self.updated, *(c.date for c in self.corrections)) if d], default=None)

    @cached_property
    def updated_at(self) -> dt.datetime:
        """When the article last changed: its publication, or a later change (`modified`)."""
        changed = self.modified
        if changed is None:
            return self.published_at
        return max(self.published_at, dt.datetime(changed.year, changed.month, changed.day, tzinfo=dt.UTC))

    def model_copy(self, **options: Any) -> Self:
        """A copy without what `cached_property` kept (stale if `update` changed a field)."""
        copied = super().model_copy(**options)
        for name in copied.__dict__.keys() - type(self).model_fields.keys():
            del copied.__dict__[name]
        return copied

    def is_due(self, now: dt.datetime) -> bool:
        """Published by `now` (an aware time): not scheduled for later."""
        return self.published_at <= now

    def english_title_by(self) -> str | None:
        """Who wrote the English title: the stated provenance, else an editor if there is one."""
        return self.title_en_by or ("editor" if self.title_en else None)

    def english_summary_by(self) -> str | None:
        return self.summary_en_by or ("editor" if self.summary_en else None)

    def to_yaml_dict(self) -> dict[str, Any]:
        """The fields to write, in schema order: the always-shown ones, then the set ones."""
        data = self.model_dump()
        if self.published is not None:  # the time an editor gave, as they wrote it
            data["date"] = self.published.isoformat()
        out: dict[str, Any] = {}
        for key, value in data.items():
            if key in ALWAYS_WRITTEN:
                out[key] = "" if value is None else value
            elif value not in (None, False, []):
                out[key] = value
        return out


class Article(FrontMatter):
    """An article: its front-matter, its Markdown body and the file it came from."""

    body: str = Field(default="", exclude=True)
    src_uri: str = Field(default="", exclude=True)
    #: Where things are in the file, so later checks can name a line: the body's first line,
    #: and the line of each front-matter key.
    body_line: int = Field(default=1, exclude=True)
    key_lines: dict[str, int] = Field(default_factory=dict, exclude=True)
    #: sha256 of the file's bytes: what the page cache knows the article by.
    file_sha256: str = Field(default="", exclude=True)

    def line_of(self, text: str) -> int | None:
        """Line of the first occurrence of `text` in the body, counted in the file."""
        index = self.body.find(text)
        return None if index < 0 else self.body_line + self.body.count("\n", 0, index)

    @cached_property
    def effective_slug(self) -> str:
        """URL slug: the `slug` key if an editor set one, else the slug of the title."""
        return url_slug(self.title, self.slug)

    @cached_property
    def lead_text(self) -> str:
        """The lead as plain text: the `lead` key, else the body's first paragraph of prose."""
        if self.lead:
            return self.lead
        first = next(prose.paragraphs(self.body), None)
        return plain_text(first) if first is not None else ""


def url_slug(title: str, slug: str | None = None) -> str:
    """The slug of an article's URL: `slug` if an editor set one, else the slug of the title
    ("bai-viet" for a title without letters). The one rule the build and the importer share."""
    return slug or slugify(title) or "bai-viet"


@functools.lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    """One Markdown converter for plain-text leads (building one costs more than converting)."""
    return markdown.Markdown(extensions=["attr_list"])


def plain_text(fragment: str) -> str:
    """Markdown fragment → plain text (no tags, entities decoded). Most leads are plain prose,
    whose text Markdown would leave as it is: they skip the converter (thousands a build)."""
    if prose.is_plain(fragment):
        return " ".join(fragment.split())
    rendered = _converter().reset().convert(fragment)
    return " ".join(html.unescape(nh3.clean(rendered, tags=set())).split())


#: Where the front-matter starts and ends: a first line of three dashes (after any BOM), and
#: the next line of three dashes or more.
_OPEN = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_CLOSE = re.compile(r"^-{3,}[ \t]*\r?$", re.MULTILINE)
_BLANK_LINES = re.compile(r"\A(?:[ \t]*\r?\n)+")


@dataclass(frozen=True)
class Split:
    """A Markdown text cut into its opening `---` line (with any BOM), the YAML, and the rest.

    The one reading of where an article's front-matter ends: the build, `tag`, `translate` and
    the importer all cut a file here."""

    head: str
    front: str
    tail: str  # the closing `---` line and the body

    @property
    def text(self) -> str:
        return self.head + self.front + self.tail

    @property
    def body(self) -> str:
        """The Markdown after the closing `---` line and the blank lines after it."""
        close = _CLOSE.match(self.tail)
        return _BLANK_LINES.sub("", self.tail[close.end() if close else 0 :].lstrip("\r\n"))

    @property
    def body_line(self) -> int:
        """The line of the file the body starts on."""
        text = self.text
        return text.count("\n", 0, len(text) - len(self.body)) + 1


def split(text: str) -> Split | None:
    """The front-matter of a Markdown text, or None if it has none or it is not closed."""
    opening = _OPEN.match(text)
    closing = _CLOSE.search(text, opening.end()) if opening else None
    if opening is None or closing is None:
        return None
    start, end = opening.end(), closing.start()
    return Split(text[:start], text[start:end], text[end:])


def split_problem(text: str) -> str:
    """Why `split` found no front-matter in `text`."""
    if _OPEN.match(text):
        return "front-matter is not closed by a '---' line"
    return "no front-matter: the file must start with a '---' line"


def _line_of_byte(data: bytes, index: int) -> int:
    return data.count(b"\n", 0, index) + 1


def read_article(
    path: Path, src_uri: str, registry: Registry | None = None, display: str | None = None
) -> Article:
    """Read and validate one article file; raise ContentErrors listing every problem in it.

    `display` is the name errors use for the file (by default its path).
    """
    name = display or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ContentErrors([ContentError(name, f"cannot read: {exc.strerror or exc}")]) from None
    if b"\0" in data:
        raise ContentErrors(
            [ContentError(name, "binary file, not Markdown", _line_of_byte(data, data.index(b"\0")))]
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = _line_of_byte(data, exc.start)
        raise ContentErrors([ContentError(name, f"not UTF-8 (byte {exc.start})", line)]) from None
    if not text.strip():
        raise ContentErrors([ContentError(name, "empty file")])
    text = text.replace("\r\n", "\n")
    parts = split(text)
    if parts is None:
        raise ContentErrors([ContentError(name, split_problem(text), 1)])
    try:  # blank lines for the opening line, so YAML's lines are the file's
        node, meta = parse_yaml("\n" * parts.head.count("\n") + parts.front)
    except yaml.YAMLError as exc:
        problem, where = yaml_problem(exc)
        raise ContentErrors([ContentError(name, f"invalid YAML front-matter: {problem}", where)]) from None
    if not isinstance(meta, dict):
        raise ContentErrors([ContentError(name, "front-matter must be a mapping of keys to values", 2)])
    try:
        header = FrontMatter.model_validate(meta)
    except ValidationError as exc:
        raise ContentErrors(validation_errors(name, exc, node)) from None
    if registry is not None:
        unknown = [
            ContentError(name, f"{kind.field}: {issue}", yaml_line(node, (kind.field, i)))
            for kind in Kind
            for i, entity_id in enumerate(header.entity_ids(kind))
            if (issue := registry.problem(kind, entity_id))
        ]
        if unknown:
            raise ContentErrors(unknown)
    key_lines = (
        {k.value: k.start_mark.line + 1 for k, _ in node.value} if isinstance(node, yaml.MappingNode) else {}
    )
    return Article.model_construct(
        **dict(header),
        body=parts.body.strip("\n") + "\n",
        src_uri=src_uri,
        body_line=parts.body_line,
        key_lines=key_lines,
        file_sha256=hashlib.sha256(data).hexdigest(),
    )


def dump_article(header: FrontMatter, body: str) -> str:
    """The Markdown file for an article: YAML front-matter (readable Vietnamese) and body."""
    return yamldump.post(header.to_yaml_dict(), body)
