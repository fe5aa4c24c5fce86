"""`python build.py import --translate NAME`: import, then machine English for what was written."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from bantin.cli import main

from ..conftest import REPO, Project
from .conftest import configure
from .servers import Behaviour, serve

SEED = REPO / "content" / "raw" / "2021" / "001_aef7be2cffcbd401.txt"


def test_import_then_translate_with_a_local_libre_server(project: Project, tmp_path: Path) -> None:
    raw = tmp_path / "bai.txt"
    shutil.copy(SEED, raw)
    with serve(Behaviour("libre", api_key="x")) as url:
        configure(project, provider="libre", timeout=1, retries=2, backoff=0.05, backoff_max=0.2, url=url)
        result = CliRunner().invoke(
            main, ["-f", str(project.config), "import", "--year", "2021", "--translate", "libre", str(raw)],
            env={"LIBRE_API_KEY": "x"},
        )  # fmt: skip
    assert result.exit_code == 0, result.output
    written = [line for line in result.stdout.splitlines() if line.endswith(".md")]
    assert len(written) == 1  # stdout stays the list of files written
    text = Path(written[0]).read_text(encoding="utf-8")
    assert "title_en_by: machine:libre" in text and "summary_en_by: machine:libre" in text
    assert "en_source_sha256: " in text
    assert "translated 1 / skipped 0 / failed 0" in result.stderr
    assert project.build("--strict").exit_code == 0


def test_import_translate_without_network_still_imports(project: Project, tmp_path: Path) -> None:
    """The provider cannot be reached: the article is imported, English stays empty, exit 1."""
    configure(
        project,
        provider="libre",
        timeout=1,
        retries=1,
        backoff=0.05,
        backoff_max=0.1,
        url="http://127.0.0.1:9/",
    )
    raw = tmp_path / "bai.txt"
    shutil.copy(SEED, raw)
    result = CliRunner().invoke(
        main, ["-f", str(project.config), "import", "--year", "2021", "--translate", "libre", str(raw)],
        env={"LIBRE_API_KEY": "x"},
    )  # fmt: skip
    assert result.exit_code == 1
    (article,) = list((project.content / "articles").rglob("*.md"))
    assert "title_en: ''" in article.read_text(encoding="utf-8")
    assert "Traceback" not in result.output
