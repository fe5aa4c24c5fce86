"""The registry: validation with lines, and finding entities in Vietnamese text."""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin.entities import Kind, Registry
from bantin.errors import ContentErrors
from tests.conftest import REPO


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load(REPO / "content" / "entities.yml")


def test_registry_entries_are_complete(registry: Registry) -> None:
    assert len(registry) >= 15
    for entity in registry:
        assert entity.name and entity.name_en and entity.description and entity.description_en
    assert [e.id for e in registry.of_kind(Kind.PLACE)] == ["lao", "viet-nam"]


def test_mentions_are_whole_words_case_sensitive_and_dash_blind(registry: Registry) -> None:
    text = "Hai bên ký Thỏa thuận hợp tác giai đoạn 2022–2026 giữa Uỷ ban Kiểm tra Trung ương và phía Lào."
    found = registry.mentions(text)
    assert found[Kind.EVENT] == ["thoa-thuan-hop-tac-kiem-tra-viet-nam-lao-2022-2026"]
    assert found[Kind.ORGANIZATION] == ["uy-ban-kiem-tra-trung-uong-dang-cong-san-viet-nam"]
    assert found[Kind.PLACE] == ["lao"]
    assert registry.mentions("Người Lào-Cai")[Kind.PLACE] == ["lao"]  # hyphen is a word boundary
    assert registry.mentions("ở Làoo và Việt Namm")[Kind.PLACE] == []
    assert registry.mentions("ủy ban kiểm tra trung ương")[Kind.ORGANIZATION] == []


def test_nested_names_tag_their_parent(registry: Registry) -> None:
    found = registry.mentions("Ban Kiểm tra Trung ương Đảng Nhân dân Cách mạng Lào")
    assert found[Kind.ORGANIZATION] == [
        "ban-kiem-tra-trung-uong-dang-nhan-dan-cach-mang-lao",
        "dang-nhan-dan-cach-mang-lao",
    ]


def _load(tmp_path: Path, text: str) -> Registry:
    path = tmp_path / "entities.yml"
    path.write_text(text, encoding="utf-8")
    return Registry.load(path, "entities.yml")


ENTRY = "- id: lao\n  kind: place\n  name: Lào\n  name_en: Laos\n  description: a\n  description_en: b\n"


def test_registry_errors_name_the_line(tmp_path: Path) -> None:
    with pytest.raises(ContentErrors) as caught:
        _load(
            tmp_path,
            ENTRY
            + ENTRY.replace("kind: place", "kind: place\n  extra: 1")
            + ENTRY.replace("id: lao", "id: laos"),
        )
    assert [str(e) for e in caught.value.errors] == [
        "entities.yml:9: extra: unknown key (typo?)",
        "entities.yml:14: id 'laos' should be the slug of its name: 'lao'",
    ]


def test_registry_yaml_error_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ContentErrors) as caught:
        _load(tmp_path, ENTRY + "- id: [x\n")
    assert str(caught.value.errors[0]).startswith("entities.yml:7: invalid YAML")
    with pytest.raises(ContentErrors) as missing:
        Registry.load(tmp_path / "none.yml", "none.yml")
    assert str(missing.value.errors[0]) == "none.yml: entity registry not found"


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ContentErrors) as caught:
        _load(tmp_path, ENTRY + ENTRY)
    assert str(caught.value.errors[0]) == "entities.yml:7: duplicate id 'lao' (first on line 1)"
