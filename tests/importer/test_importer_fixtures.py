"""Every fixture converts to exactly its expected article, which reads back as a valid article."""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin.core.article import read_article
from bantin.entities import Registry

from .expected import convert_fixture, expected_path, inputs

FIXTURES = inputs()


def test_there_are_fixtures_for_every_layout() -> None:
    layouts = {p.parent.name for p in FIXTURES}
    assert layouts == {"paragraphs", "baomoi-raw", "flat", "vnsum", "vfnd", "html"}
    assert all(sum(p.parent.name == layout for p in FIXTURES) >= 2 for layout in layouts)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixture_matches_expected(path: Path, test_registry: Registry) -> None:
    expected = expected_path(path)
    assert expected.exists(), f"run `python -m tests.importer.regen` to create {expected.name}"
    converted = convert_fixture(path, test_registry)
    assert converted.markdown() == expected.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_layout_is_detected(path: Path, test_registry: Registry) -> None:
    assert convert_fixture(path, test_registry).layout == path.parent.name


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_expected_file_is_a_valid_article(path: Path, test_registry: Registry) -> None:
    article = read_article(expected_path(path), "x.md", test_registry)
    assert article.title and article.body.strip()
    assert article.source_sha256 and len(article.source_sha256) == 64


def test_boilerplate_never_reaches_a_body(test_registry: Registry) -> None:
    chrome = ("Rate this post", "Content is protected", "Phản hồi", "Các tin khác", "Xem thêm", "Tin liên quan",
              "Liên kết website", "Xem nhiều nhất", "Đăng nhập", "Quên mật khẩu", "Ảnh 1.", "Độc giả gọi",
              "Tiếng Việt", "English", "VOV VOV", " - VnExpress", "./.", "&nbsp;", "&quot;")  # fmt: skip
    for path in FIXTURES:
        body = convert_fixture(path, test_registry).body
        for phrase in chrome:
            assert phrase not in body, f"{path.name}: {phrase!r} left in the body"


def test_captions_keep_their_credit_apart(test_registry: Registry) -> None:
    for path in FIXTURES:
        for block in convert_fixture(path, test_registry).body.split("\n\n"):
            if "Ảnh:" in block:
                assert "*Ảnh:" in block and block.endswith("{: .caption }"), f"{path.name}: {block!r}"
