"""The registry: validation with lines, and finding entities in Vietnamese text."""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin.core.errors import ContentErrors
from bantin.entities import Kind, Registry
from bantin.tagging.matcher import matcher_for, mentions
from tests.conftest import REPO


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load(REPO / "content" / "entities.yml")


def found(registry: Registry, text: str) -> list[str]:
    return matcher_for(registry).find(text)


def test_registry_entries_are_complete(registry: Registry) -> None:
    assert len(registry) >= 80
    for entity in registry:
        assert entity.name and entity.name_en and entity.description and entity.description_en
    places = [e.id for e in registry.of_kind(Kind.PLACE)]
    assert "lao" in places and "viet-nam" in places
    assert {e.id for e in registry.children("dang-nhan-dan-cach-mang-lao")} >= {
        "ban-kiem-tra-trung-uong-dang-nhan-dan-cach-mang-lao",
        "bo-chinh-tri-dang-nhan-dan-cach-mang-lao",
    }


def test_mentions_are_whole_words_case_sensitive_and_dash_blind(registry: Registry) -> None:
    text = "Hai bên ký Thỏa thuận hợp tác giai đoạn 2022–2026 giữa Uỷ ban Kiểm tra Trung ương và phía Lào."
    named = mentions(registry, text)
    assert named[Kind.EVENT] == ["thoa-thuan-hop-tac-kiem-tra-viet-nam-lao-2022-2026"]
    assert named[Kind.ORGANIZATION] == ["uy-ban-kiem-tra-trung-uong-dang-cong-san-viet-nam"]
    assert named[Kind.PLACE] == ["lao"]
    assert mentions(registry, "ở Làoo và Việt Namm")[Kind.PLACE] == []
    assert mentions(registry, "ủy ban kiểm tra trung ương")[Kind.ORGANIZATION] == []


def test_case_rules(registry: Registry) -> None:
    assert found(registry, "TỔNG BÍ THƯ TRƯỜNG CHINH ĐẾN LÀO") == ["truong-chinh", "lao"]
    assert found(registry, "quốc hội và chính phủ") == []  # common nouns
    assert "bo-nong-nghiep-va-phat-trien-nong-thon" in found(
        registry, "Bộ Nông nghiệp và Phát triển nông thôn"
    )
    assert found(registry, "bên đảng Dân chủ của Mỹ") == ["dang-dan-chu-my", "my"]


def test_longest_name_wins_and_nested_names_count_only_for_parent_and_country(registry: Registry) -> None:
    assert found(registry, "Ban Kiểm tra Trung ương Đảng Nhân dân Cách mạng Lào") == [
        "ban-kiem-tra-trung-uong-dang-nhan-dan-cach-mang-lao",
        "dang-nhan-dan-cach-mang-lao",
        "lao",
    ]
    assert "uy-ban-kiem-tra-trung-uong-dang-cong-san-viet-nam" not in found(
        registry, "Ban Kiểm tra Trung ương Đảng Nhân dân Cách mạng Lào"
    )
    assert found(registry, "Ủy ban Kiểm tra Trung ương Đảng Cộng sản Việt Nam") == [
        "uy-ban-kiem-tra-trung-uong-dang-cong-san-viet-nam",
        "dang-cong-san-viet-nam",
        "viet-nam",
    ]
    assert found(registry, "quan chức tỉnh Lào Cai") == ["lao-cai"]
    assert found(registry, "Chủ tịch UBND Thành phố Hồ Chí Minh") == ["thanh-pho-ho-chi-minh"]


def test_titles_do_not_hide_people(registry: Registry) -> None:
    text = "Đồng chí Võ Văn Thưởng gặp Chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Cẩm Tú và ông Khamphan Phommathat."
    assert mentions(registry, text)[Kind.PERSON] == ["vo-van-thuong", "tran-cam-tu", "khamphan-phommathat"]
    assert found(registry, "Thủ tướng Đức Angela Merkel") == ["duc", "angela-merkel"]


def test_one_word_names_are_not_taken_from_given_names(registry: Registry) -> None:
    assert found(registry, "Phó Chủ tịch Nguyễn Đức Chung và ông Đức") == []
    assert found(registry, "Đức Tuân") == []
    assert found(registry, "Bộ trưởng Trần Tuấn Anh nói. Anh cho biết thêm.") == ["tran-tuan-anh"]
    assert found(registry, "Thủ tướng Anh và Anh hùng Lao động") == ["anh"]
    assert found(registry, "Pháp lệnh về công an") == []
    assert found(registry, "giao tranh ở miền Đông Ukraine") == ["ukraine"]
    assert found(registry, "thị trường Mỹ Latinh và châu Mỹ") == []


def test_ambiguous_names_follow_the_country(registry: Registry) -> None:
    assert found(registry, "Bộ Chính trị đã ban hành quy định. Tỉnh Lào Cai thực hiện.") == [
        "bo-chinh-tri",
        "lao-cai",
    ]
    assert found(registry, "Bộ Chính trị Lào họp.") == ["bo-chinh-tri-dang-nhan-dan-cach-mang-lao", "lao"]
    text = "Ông Tập Cận Bình, Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc."
    assert "ban-chap-hanh-trung-uong-dang-cong-san-viet-nam" not in found(registry, text)
    assert found(registry, "Chính phủ Italy ủng hộ.") == ["italy"]
    assert found(registry, "Chính phủ giao nhiệm vụ.") == ["chinh-phu"]  # no country named: home


def test_credits_are_not_mentions(registry: Registry) -> None:
    assert found(registry, "Toàn cảnh hội đàm. *Ảnh: TTXVN*{: .credit}") == []
    assert found(registry, "Theo TTXVN, hai bên") == ["thong-tan-xa-viet-nam"]


def _load(tmp_path: Path, text: str) -> Registry:
    path = tmp_path / "entities.yml"
    path.write_text(text, encoding="utf-8")
    return Registry.load(path, "entities.yml")


ENTRY = "- id: lao\n  kind: place\n  name: Lào\n  name_en: Laos\n  description: a\n  description_en: b\n"


def _errors(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(ContentErrors) as caught:
        _load(tmp_path, text)
    return [str(e) for e in caught.value.errors]


def test_registry_errors_name_the_line(tmp_path: Path) -> None:
    assert _errors(
        tmp_path,
        ENTRY
        + ENTRY.replace("kind: place", "kind: place\n  extra: 1")
        + ENTRY.replace("id: lao", "id: laos"),
    ) == [
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
    assert _errors(tmp_path, ENTRY + ENTRY)[0] == "entities.yml:7: duplicate id 'lao' (first on line 1)"


def entry(id_: str, kind: str, name: str, extra: str = "") -> str:
    return f"- id: {id_}\n  kind: {kind}\n  name: {name}\n  name_en: x\n  description: a\n  description_en: b\n{extra}"


def test_names_claimed_twice_are_refused(tmp_path: Path) -> None:
    text = (
        entry("viet-nam", "place", "Việt Nam", "  aliases: [VN, vn]\n")
        + entry("vn", "place", "VN")
        + entry("a", "organization", "A", "  aliases: [Uỷ ban X]\n")
        + entry("b", "organization", "B", "  aliases: [Ủy ban X]\n")
    )
    assert _errors(tmp_path, text) == [
        "entities.yml:7: aliases: 'vn' is listed twice for 'viet-nam'",
        "entities.yml:10: name: 'VN' is also a name of 'viet-nam' (line 7); "
        "if both really use it, list it under `ambiguous` in both",
        "entities.yml:27: aliases: 'Ủy ban X' is also a name of 'a' (line 20); "
        "if both really use it, list it under `ambiguous` in both",
    ]


def test_ambiguous_names_need_a_country_and_may_be_shared(tmp_path: Path) -> None:
    places = entry("lao", "place", "Lào") + entry("viet-nam", "place", "Việt Nam")
    shared = entry(
        "quoc-hoi", "organization", "Quốc hội", "  ambiguous: [Quốc hội]\n  country: viet-nam\n"
    ) + entry("quoc-hoi-lao", "organization", "Quốc hội Lào", "  ambiguous: [Quốc hội]\n  country: lao\n")
    assert len(_load(tmp_path, places + shared)) == 4
    bad = entry("x", "organization", "X", "  ambiguous: [Quốc hội]\n")
    assert _errors(tmp_path, places + bad) == [
        "entities.yml:19: ambiguous: needs `country`, the country that resolves these names"
    ]


def test_parent_country_and_dates_are_checked(tmp_path: Path) -> None:
    text = (
        entry("lao", "place", "Lào")
        + entry("a", "organization", "A", "  parent: lao\n  country: nowhere\n")
        + entry("b", "event", "B", "  start: 2017-05-14\n  end: 2017-05\n")
        + entry("c", "event", "C", "  start: 2017-05-14\n  end: 2016\n")
        + entry("d", "person", "D", "  start: 2017\n  wikidata: P31\n")
        + entry("e", "event", "E", "  start: 2017-02-30\n")
    )
    assert _errors(tmp_path, text) == [
        "entities.yml:38: wikidata: String should match pattern '^Q[1-9][0-9]*$'",
        "entities.yml:45: start: Value error, '2017-02-30' is not a real date",
        "entities.yml:13: parent: 'lao' is a place, not an organization",
        "entities.yml:14: country: unknown entity 'nowhere'",
        "entities.yml:30: end: 2016 is before start 2017-05-14",
    ]
    assert _errors(tmp_path, entry("d", "person", "D", "  start: 2017\n")) == [
        "entities.yml:7: start/end: only events have dates"
    ]


def test_parent_cycles_and_useless_excludes_are_refused(tmp_path: Path) -> None:
    text = entry("a", "organization", "A", "  parent: b\n") + entry(
        "b", "organization", "B", "  parent: a\n  exclude: [Z]\n"
    )
    assert _errors(tmp_path, text) == [
        "entities.yml:15: exclude: 'Z' contains none of the names of 'b'",
        "entities.yml:7: parent: 'a' is its own ancestor (a → b → a)",
        "entities.yml:14: parent: 'b' is its own ancestor (b → a → b)",
    ]


def test_a_parent_cycle_is_reported_on_its_members_only(tmp_path: Path) -> None:
    """`c` only leads into the cycle of `a` and `b`: it used to be called its own ancestor."""
    text = (
        entry("c", "organization", "C", "  parent: a\n")
        + entry("a", "organization", "A", "  parent: b\n")
        + entry("b", "organization", "B", "  parent: a\n")
    )
    assert _errors(tmp_path, text) == [
        "entities.yml:14: parent: 'a' is its own ancestor (a → b → a)",
        "entities.yml:21: parent: 'b' is its own ancestor (b → a → b)",
    ]


def test_aliases_too_short_to_tag_with_are_refused(tmp_path: Path) -> None:
    short = "is too short to tag with: an alias needs three letters, or two as an acronym in capitals (EU) or a capitalized syllable (Úc)"
    text = entry("lao", "place", "Lào") + entry(
        "vitamin",
        "organization",
        "Vitamin",
        "  aliases: [A, EU, G7, Úc, Vn, ab, x.y, 'A B', ABC]\n  guarded: [Q]\n  ambiguous: [k]\n  country: lao\n",
    )
    assert _errors(tmp_path, text) == [
        f"entities.yml:13: aliases: 'A' {short}",
        f"entities.yml:13: aliases: 'Vn' {short}",
        f"entities.yml:13: aliases: 'ab' {short}",
        f"entities.yml:13: aliases: 'x.y' {short}",
        f"entities.yml:13: aliases: 'A B' {short}",
        f"entities.yml:15: ambiguous: 'k' {short}",
        f"entities.yml:14: guarded: 'Q' {short}",
    ]
