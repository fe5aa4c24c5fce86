"""The two seed articles: importing their raw files gives back what the editors committed,
except the English fields an editor wrote by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bantin.core.article import read_article
from bantin.entities import Registry
from bantin.importer.convert import convert

ROOT = Path(__file__).resolve().parents[2]
SEEDS = [
    (
        "000_e5388cc7fb59f897.txt",
        "2021-10-15-chia-se-kinh-nghiem-ve-cong-tac-xay-dung-dang-giua-viet-nam-va-lao.md",
    ),
    (
        "001_aef7be2cffcbd401.txt",
        "2021-12-08-tang-cuong-hop-tac-giua-uy-ban-kiem-tra-trung-uong-dang-viet-nam-lao.md",
    ),
]
COMPARED = (
    "title",
    "date",
    "source",
    "author",
    "source_sha256",
    "date_estimated",
    "slug",
    "lead",
    "keywords",
)
#: Tag lists: the same entities; their order is the editor's (`tag --write` appends).
TAGS = ("organizations", "people", "events", "places", "tagged_by_registry")


@pytest.mark.parametrize(("raw", "committed"), SEEDS)
def test_seed_import_matches_the_committed_article(raw: str, committed: str, tmp_path: Path) -> None:
    registry = Registry.load(ROOT / "content" / "entities.yml")
    data = (ROOT / "content" / "raw" / "2021" / raw).read_bytes()
    converted = convert(data, raw, year=2021, registry=registry, today=dt.date(2030, 1, 1))
    expected = read_article(ROOT / "content" / "articles" / "2021" / committed, committed, registry)
    written = tmp_path / committed
    written.write_text(converted.markdown(), encoding="utf-8")
    got = read_article(written, committed, registry)
    assert got.body == expected.body
    for field in COMPARED:
        assert getattr(got, field) == getattr(expected, field), field
    for field in TAGS:
        assert sorted(getattr(got, field)) == sorted(getattr(expected, field)), field
    assert got.title_en is None and got.summary_en is None
    assert converted.warnings == ()
