"""`entities suggest` on news of kinds its rules were not written on (fixtures/unseen_names.yml).

Lao and Cambodian leaders and places in Vietnamese spelling, ministries and their departments,
companies, schools, clubs, events with their term, roads, villages, brands, deities, anonymized
people, a headline in capitals: each name whole and of the right kind, nothing that is no entity.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bantin.entities import Registry
from bantin.tagging.discover import discover
from tests.conftest import REPO

CASES = yaml.safe_load((Path(__file__).parent / "fixtures" / "unseen_names.yml").read_text(encoding="utf-8"))
EXPECTED = [(name, kind) for kind, names in CASES["names"].items() for name in names]


@pytest.fixture(scope="module")
def found() -> dict[str, dict]:
    registry = Registry.load(REPO / "content" / "entities.yml")
    return {c.name: c.as_json() for c in discover(CASES["texts"], registry)}


@pytest.mark.parametrize(("name", "kind"), EXPECTED, ids=[n for n, _ in EXPECTED])
def test_whole_names_with_their_kind(found: dict[str, dict], name: str, kind: str) -> None:
    assert name in found, sorted(n for n in found if n.split()[0] == name.split()[0])
    assert found[name]["kind"] == kind


def test_no_name_is_cut_or_swallows_the_next_words(found: dict[str, dict]) -> None:
    """No other candidate begins like an expected name and is a piece or an extension of it."""
    wrong = [
        (other, name)
        for name, _ in EXPECTED
        for other in found
        if other not in CASES["known_cuts"]
        and other != name
        and len(name.split()) > 1
        and (other.startswith(name) or name.startswith(other + " "))
    ]
    assert wrong == []


def test_no_entity_proposed_for_brands_deities_initials_and_headlines(found: dict[str, dict]) -> None:
    assert [n for n in CASES["absent"] if n in found] == []
    assert not any(n.startswith(("Ôtô", "Xe ", "Thần ", "Nguyễn Văn A")) for n in found)


def test_other_forms_join_the_name_they_follow(found: dict[str, dict]) -> None:
    for name, forms in CASES["aliases"].items():
        assert set(forms) <= set(found[name]["aliases"]), name
    for name, forms in CASES["not_aliases"].items():
        assert not set(forms) & set(found[name]["aliases"]), name


def test_countries_from_the_names_around(found: dict[str, dict]) -> None:
    assert {n: found[n]["country"] for n in CASES["countries"]} == CASES["countries"]


@pytest.mark.xfail(strict=True, reason="known gap: 'Ban Quản lý dự án 85' is cut before its lower-case words")
def test_known_gaps(found: dict[str, dict]) -> None:
    assert [n for n in CASES["known_cuts"] if n in found] == []
