"""The benchmark's corpus generator makes valid articles that our real build accepts.

Timings live in bench/; this only keeps the generator from rotting: 20 articles, a strict
build with our configuration and theme, one page per article in each language.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bantin.core.article import read_article
from bantin.core.text import slugify
from bantin.entities import Kind, Registry
from bench.corpus import Corpus
from tests.conftest import REPO, make_project


def test_registry_is_valid_and_has_every_kind(tmp_path: Path) -> None:
    corpus = Corpus(0, entities=120)
    corpus.write(tmp_path)
    registry = Registry.load(tmp_path / "entities.yml")
    assert len(registry) == 120
    assert {e.kind for e in registry} == set(Kind)
    assert all(e.id == slugify(e.name) for e in registry)


def test_articles_validate_and_look_like_ours(tmp_path: Path) -> None:
    corpus = Corpus(20)
    corpus.write(tmp_path)
    registry = Registry.load(tmp_path / "entities.yml")
    for spec in corpus.articles:
        article = read_article(tmp_path / "articles" / spec.path, spec.path, registry)
        assert 3 <= len(spec.entity_ids) <= 8
        assert article.title_en and article.summary_en and article.title_en_by and article.summary_en_by
        assert "{: .credit}\n{: .caption }" in article.body
        assert len(article.body.split("\n\n")) >= 6  # several paragraphs and the caption
        assert spec.path.startswith(f"{article.date.year}/{article.date.isoformat()}-")


def test_the_same_seed_gives_the_same_corpus() -> None:
    assert [a.path for a in Corpus(10).articles] == [a.path for a in Corpus(10).articles]


def test_our_build_accepts_the_corpus(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", with_seeds=False)
    corpus = Corpus(20)
    corpus.write(project.content)
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, str(REPO / "build.py"), "--strict", "-d", str(out)],
        cwd=project.root, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    for spec in corpus.articles:
        assert (out / spec.url / "index.html").is_file()
        assert (out / "en" / spec.url / "index.html").is_file()
