"""`bantin.tagging.discover`: whole names, kinds from evidence, aliases; on texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bantin.entities import Registry
from bantin.tagging import gazetteer, kinds
from bantin.tagging.discover import discover
from bantin.tagging.matcher import matcher_for
from bantin.tagging.suggest import entities_group
from tests.conftest import REPO

TEXT = """\
Sáng 3/5, Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa mới bế mạc tại Thủ đô.
Ông Phạm Quang Vinh, Bộ trưởng Bộ Công chính và Vận tải Lào, cho biết Bộ Công chính và Vận tải Lào sẽ kiểm tra.
Đoàn công tác của huyện Sa Nạ Khăm thăm Viện Hàn lâm Khoa học xã hội Lào.
Tổ chức Sở hữu Trí tuệ Thế giới (WIPO) cảnh báo về bản quyền. WIPO kêu gọi các nước hợp tác.
Thủ tướng Campuchia Samdech Chea Vannak tiếp Đại sứ Việt Nam - bí thư thứ nhất cũng dự.
Đoàn đại biểu TP Tam Kỳ đến Ulaanbaatar và Bratislava, rồi sang New York.
Bộ trưởng Lào Vilay Khounsavath gặp ông Vilay Khounsavath lần nữa, và Khounsavath nói rõ.
Ông Xổm-xạ-vạt Lềnh-xạ-vắt nhắc lại. Ông Xổm Xạ Vạt Lềnh Xạ Vắt nói thêm.
Đại biểu Thành phố Tam Kỳ dự Hội thảo Hữu nghị Thái Nguyên – Luông Pha Băng.
"""


@pytest.fixture(scope="module")
def found() -> dict[str, dict]:
    registry = Registry.load(REPO / "content" / "entities.yml")
    return {c.name: c.as_json() for c in discover({"a.txt": TEXT}, registry)}


def test_names_end_after_their_last_word_group(found: dict[str, dict]) -> None:
    assert "Viện Hàn lâm Khoa học xã hội Lào" in found
    assert "Bộ Công chính và Vận tải Lào" in found
    assert "Hội thảo Hữu nghị Thái Nguyên – Luông Pha Băng" in found
    assert not any(name.endswith((" Trung", " Khoa", "-bí", " cho")) for name in found)
    assert not any("bí thư" in name for name in found)


def test_kinds_come_from_heads_titles_and_gazetteers(found: dict[str, dict]) -> None:
    assert found["Phạm Quang Vinh"]["kind"] == "person"
    assert found["Bộ Công chính và Vận tải Lào"]["kind"] == "organization"
    assert found["Hội thảo Hữu nghị Thái Nguyên – Luông Pha Băng"]["kind"] == "event"
    for place in ("Ulaanbaatar", "Bratislava", "New York", "Sa Nạ Khăm", "Tam Kỳ"):
        assert found[place]["kind"] == "place", place
    assert found["Ulaanbaatar"]["name_en"] == "Ulaanbaatar"


def test_other_forms_become_aliases(found: dict[str, dict]) -> None:
    assert "WIPO" in found["Tổ chức Sở hữu Trí tuệ Thế giới"]["aliases"]
    assert "WIPO" not in found
    assert "Samdech Chea Vannak" in found["Chea Vannak"]["aliases"]
    assert set(found["Tam Kỳ"]["aliases"]) >= {"TP Tam Kỳ", "Thành phố Tam Kỳ"}
    assert "Khounsavath" in found["Vilay Khounsavath"]["aliases"]
    lao = [
        c for c in found.values() if gazetteer.loose(c["name"]) == gazetteer.loose("Xổm Xạ Vạt Lềnh Xạ Vắt")
    ]
    assert len(lao) == 1 and lao[0]["kind"] == "person" and lao[0]["count"] == 2


def test_a_known_country_after_a_head_gives_the_country(found: dict[str, dict]) -> None:
    assert found["Vilay Khounsavath"]["country"] == "lao"
    assert found["Bộ Công chính và Vận tải Lào"]["country"] == "lao"


def test_english_names_without_a_translator() -> None:
    assert kinds.english_name("person", "Võ Văn Thưởng") == "Vo Van Thuong"
    assert kinds.english_name("person", "Đặng Thị Ngọc Thịnh") == "Dang Thi Ngoc Thinh"
    assert kinds.english_name("place", "Hy Lạp") == "Greece"
    assert kinds.english_name("place", "Luông Pha Băng") == "Luang Prabang"
    assert kinds.english_name("place", "Hàm Thuận Bắc") == "Ham Thuan Bac"
    assert kinds.english_name("organization", "JETRO") == "JETRO"
    assert kinds.english_name("organization", "Bộ Nội vụ") == ""


def test_gazetteer_tables_are_complete() -> None:
    before = gazetteer.vietnam_provinces()
    assert len(before) == 63 and len({p.merged_into or p.name for p in before}) == 34
    assert all(
        p.merged_into in {q.name for q in before if not q.merged_into} for p in before if p.merged_into
    )
    assert len(gazetteer.laos_provinces()) == 18


def test_suggest_json_lists_one_object_per_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "content" / "articles").mkdir(parents=True)
    (tmp_path / "content" / "entities.yml").write_bytes((REPO / "content" / "entities.yml").read_bytes())
    raw = tmp_path / "a.txt"
    raw.write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(entities_group, ["suggest", "--json", "--limit", "0", str(raw)])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    keys = {
        "name",
        "kind",
        "aliases",
        "count",
        "articles",
        "example",
        "confidence",
        "id",
        "name_en",
        "country",
    }
    assert rows and all(keys <= row.keys() for row in rows)
    assert all(row["kind"] in ("person", "organization", "event", "place") for row in rows)
    assert all(row["articles"] == [str(raw)] for row in rows)


def test_provinces_in_persons_names_are_not_tagged() -> None:
    registry = Registry.load(REPO / "content" / "entities.yml")
    text = (
        "Ông Nguyễn Thái Bình làm việc tại tỉnh Thái Bình và Hà Nam. Bà Lê Thị Hà Nam gặp ông Trần Hải Phòng."
    )
    assert matcher_for(registry).find(text) == ["thai-binh", "ha-nam"]
    assert matcher_for(registry).find("Đoàn đại biểu Thái Bình Dương và Thành phố Huế") == [
        "thai-binh-duong",
        "hue",
    ]


def test_sessions_keep_their_ordinal_and_organizer_and_english_names_their_kind() -> None:
    registry = Registry.load(REPO / "content" / "entities.yml")
    text = (
        "Hai Thủ tướng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam – Lào tại Hà Nội.\n"
        "Tờ Daily Mail cho biết đội bóng Leeds United sẽ dự Europa League, còn Trường Hữu nghị 80 và "
        "Bệnh viện Hữu nghị Việt Đức được khen thưởng.\n"
    )
    found = {c.name: c for c in discover({"a.txt": text}, registry)}
    session = found["Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam – Lào"]
    assert session.kind == "event" and session.parent == "uy-ban-lien-chinh-phu-viet-nam-lao"
    assert found["Daily Mail"].kind == "organization" and found["Leeds United"].kind == "organization"
    assert found["Europa League"].kind == "event"
    assert "Trường Hữu nghị 80" in found and "Bệnh viện Hữu nghị Việt Đức" in found


def test_the_ends_of_a_road_are_places_and_initials_name_no_one() -> None:
    text = (
        "Xe khách va chạm trên cao tốc Trảng Bom – Long Khánh sáng 3/4. Quốc lộ Na Rì – Cao Sơn sạt lở. "
        "Xe chạy trên tuyến Thạch Hà – Lộc Bình từ năm ngoái. Tuyến Hòa Mạc – Bắc Lãng cũng vậy. Ông La Văn Sơn cho biết. "
        "Chị Lê Thị H. bị thương nhẹ; anh Phan Đình Q. (SN 1990) bị tạm giữ."
    )
    found = {c.name: c for c in discover({"a.txt": text}, Registry.load(REPO / "content" / "entities.yml"))}
    for place in ("Trảng Bom", "Long Khánh", "Na Rì", "Cao Sơn", "Thạch Hà", "Lộc Bình", "Bắc Lãng"):
        assert found[place].kind == "place", place
    assert found["La Văn Sơn"].kind == "person"
    assert not any(name.startswith(("Lê Thị", "Phan Đình")) for name in found)


def test_examples_are_the_sentences_as_printed() -> None:
    """The reviewer reads the sentence as the article prints it: no space put after a bracket, in
    a date or around a slash, registry names as written, a spaced dash kept spaced."""
    registry = Registry.load(REPO / "content" / "entities.yml")
    text = (
        "Chiều 18/2, Công an tỉnh Thừa Thiên Huế khởi tố tài xế Phan Đình Kiều (SN 1969, trú tại xã Đăk Blà) "
        "trên cao tốc Cam Lộ – La Sơn, đoạn qua Km48+200. Việt Nam và Lào ký kết."
    )
    found = {c.name: c for c in discover({"a.txt": text}, registry)}
    example = found["Phan Đình Kiều"].example
    assert example == text.split(". ")[0] + "."
