"""Precision and recall of the tagger on hand-tagged articles (tests/entities/gold.yml).

Micro-averaged over every (article, entity) pair. The acceptance bar on unseen real articles is
precision ≥ 0.95 and recall ≥ 0.8; here the bar is the same, on our own test articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bantin.core.frontmatter_edit import split
from bantin.entities import Registry
from bantin.tagging.command import tagging_text
from bantin.tagging.matcher import matcher_for
from tests.conftest import REPO

HERE = Path(__file__).parent
GOLD: dict[str, list[str]] = yaml.safe_load((HERE / "gold.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load(REPO / "content" / "entities.yml")


def tags_of(path: Path, registry: Registry) -> list[str]:
    parts = split(path.read_text(encoding="utf-8"))
    assert parts is not None
    meta = yaml.safe_load(parts.front)
    return matcher_for(registry).find(tagging_text(meta, parts.tail))


def test_gold_names_only_registry_entities(registry: Registry) -> None:
    assert len(GOLD) >= 17
    assert [i for ids in GOLD.values() for i in ids if i not in registry] == []


def test_precision_and_recall(registry: Registry) -> None:
    hits = proposed = expected = 0
    report = []
    for name, gold in GOLD.items():
        found = set(tags_of(HERE / name, registry))
        wanted = set(gold)
        hits += len(found & wanted)
        proposed += len(found)
        expected += len(wanted)
        if found != wanted:
            report.append(f"{name}: extra {sorted(found - wanted)}, missed {sorted(wanted - found)}")
    precision, recall = hits / proposed, hits / expected
    print(f"precision {precision:.3f} recall {recall:.3f} over {len(GOLD)} articles")
    assert precision >= 0.95, report
    assert recall >= 0.8, report
