"""`entities suggest [PATH…]`: names in the articles that the registry does not know yet.

It lists name-like spans, most frequent first, each with an example sentence, so an editor can
add the real ones to `content/entities.yml`: runs of capitalized words (Atsusuke Kawada, Hội
đồng Bảo an), names led by a word such as "Hội nghị", "Đại hội", "Diễn đàn", "Bộ", "Ủy ban"
(up to their last capitalized word: "Hội nghị Phát triển ngành tôm Việt Nam"), acronyms
(JETRO) and single foreign words inside a sentence (Avdeevka). Spans the registry already
matches are cut out first. It reads article files (front-matter skipped) and raw text files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import click

from ..core.frontmatter_edit import split
from ..entities import Registry
from .matcher import is_syllable, match_form

#: Words that start a name of an event or organization and are followed by lower-case words.
HEADS = (
    "Hội nghị", "Đại hội", "Diễn đàn", "Hội thảo", "Lễ", "Kỷ niệm", "Chiến dịch", "Hiệp định",
    "Bộ", "Ủy ban", "Ban", "Hội đồng", "Tổ chức", "Liên minh", "Liên đoàn", "Ngân hàng", "Quỹ",
    "Viện", "Học viện", "Trường", "Tập đoàn", "Công ty", "Đảng", "Hiệp hội", "Cơ quan", "Tòa án",
    "Văn phòng", "Tổng cục", "Cục", "Sở", "Đài", "Báo",
)  # fmt: skip
_EVENT_HEADS = ("Hội nghị", "Đại hội", "Diễn đàn", "Hội thảo", "Lễ", "Kỷ niệm", "Chiến dịch")
#: Capitalized words that begin a sentence or a title rather than a name.
_LEADERS = frozenset(
    "Theo Trong Tại Ngày Sau Khi Với Về Các Những Hai Ông Bà Đồng Thủ Tổng Chủ Phó Cựu Tân Nhưng Tuy "
    "Nếu Đây Đó Này Hôm Sáng Chiều Tối Năm Tháng Từ Đến Cho Và Vì Do Để Một Mỗi Ảnh Nguồn Video Thượng "
    "Đại Trung Thiếu Giám Trưởng Thứ Bộ Ngoại Thẩm Phát Người Nhà Cố Tiền Hậu Anh Chị".split()
)
_TOKEN = re.compile(r"\w(?:[\w&'.-]*\w)?|[^\w\s]")
#: Abbreviations that are not names.
_NOT_NAMES = frozenset("USD GDP FDI ODA TW TƯ CNXH XHCN UBND HĐND GS TS PGS ThS CLB HLV ĐT TP NXB".split())
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐ0-9&]{1,9}$")
_NUMBERISH = re.compile(r"^(?:\d+|[IVXLC]+)$")


@dataclass
class Found:
    """One suggested name: how often it was seen and where first."""

    count: int = 0
    example: str = ""
    files: set[str] = field(default_factory=set)


def _cap(word: str) -> bool:
    return word[:1].isupper()


def _spans(sentence: str) -> list[str]:
    words = _TOKEN.findall(sentence)
    out: list[str] = []
    i = 0
    while i < len(words):
        head = next((h for h in HEADS if words[i : i + len(h.split())] == h.split()), None)
        if head is not None:
            j = i + len(head.split())
            tail = words[j : j + 10]
            stop = next((k for k, w in enumerate(tail) if not w[:1].isalnum()), len(tail))
            tail = tail[:stop]
            last = max((k for k, w in enumerate(tail) if _cap(w) or _NUMBERISH.match(w)), default=-1)
            if last == 0 and len(tail) > 1 and not _cap(tail[1]):
                last = 1  # a two-syllable word: Bộ Nội vụ, Bộ Tư pháp
            if tail and _cap(tail[0]) and last >= 0:
                out.append(" ".join(words[i : j + last + 1]))
                i = j + last + 1
                continue
        if _cap(words[i]):
            j = i
            while j < len(words) and (_cap(words[j]) or (j > i and _NUMBERISH.match(words[j]))):
                j += 1
            run = words[i:j]
            while run and run[0] in _LEADERS:
                run = run[1:]
            if run and run[0] in _NOT_NAMES:
                run = run[1:]
            if len(run) >= 2 or (run and _ACRONYM.match(run[0])):
                out.append(" ".join(run))
            elif run and i > 0 and not is_syllable(run[0]) and len(run[0]) > 3:
                out.append(run[0])
            i = max(j, i + 1)
            continue
        i += 1
    return [s.strip(".'-") for s in out if len(s.strip(".'-")) > 1]


def suggest(texts: dict[str, str], registry: Registry) -> list[tuple[str, Found]]:
    """Unknown name-like spans in `texts` (name → text), most frequent first."""
    found: dict[str, Found] = {}
    for name, text in texts.items():
        form = match_form(text)
        known = registry.matcher.matches(form)
        chars = list(form)
        for m in known:  # cut known names out, so what is left around them is new
            chars[m.start : m.end] = ["|"] * (m.end - m.start)
        masked = "".join(chars)
        for sentence in _SENTENCE.findall(masked):
            for span in _spans(sentence):
                entry = found.setdefault(span, Found())
                entry.count += 1
                entry.files.add(name)
                if not entry.example:
                    start = masked.find(sentence)
                    entry.example = " ".join(form[start : start + len(sentence)].split())[:200]
    return sorted(found.items(), key=lambda kv: (-kv[1].count, kv[0]))


def guess_kind(span: str) -> str:
    if span.startswith(_EVENT_HEADS):
        return "event"
    if span.startswith(HEADS) or _ACRONYM.match(span):
        return "organization"
    return "person?" if 2 <= len(span.split()) <= 4 else "?"


def read_text(path: Path) -> str:
    """An article's title and body, or a raw file's text."""
    text = path.read_text(encoding="utf-8", errors="replace")
    parts = split(text)
    if parts is None:
        return text
    title = re.search(r"^title:[ \t]*(.*)$", parts.front, re.M)
    return (title.group(1).strip("'\" ") + "\n\n" if title else "") + parts.tail.split("\n", 1)[-1]


@click.group("entities")
def entities_group() -> None:
    """Work with the entity registry."""


@entities_group.command("suggest")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--min-count", default=1, show_default=True, help="Only names seen this often.")
@click.option("--limit", default=60, show_default=True, help="Show at most this many names (0: all).")
@click.option("-f", "--config-file", metavar="FILE", default=None, help="MkDocs configuration file.")
def suggest_command(paths: tuple[Path, ...], min_count: int, limit: int, config_file: str | None) -> None:
    """List names found in articles (or raw .txt files) that the registry lacks."""
    from ..project import find_project

    project = find_project(config_file)
    registry = project.registry_or_exit() or Registry([])
    files: list[Path] = []
    for path in paths or (project.articles_path,):
        files += [p for p in path.rglob("*") if p.suffix in (".md", ".txt")] if path.is_dir() else [path]
    texts = {str(p): read_text(p) for p in sorted(dict.fromkeys(files)) if p.is_file()}
    rows = [(s, f) for s, f in suggest(texts, registry) if f.count >= min_count]
    for span, entry in rows[: limit or None]:
        click.echo(f"{entry.count:4}  {span}  [{guess_kind(span)}]\n      {entry.example}")
    click.echo(f"{len(rows)} name(s) not in the registry, in {len(texts)} file(s)", err=True)
