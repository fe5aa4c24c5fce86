"""`translate` end to end: CliRunner on the click command, real subprocesses, the offline build."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from bantin.core.article import FrontMatter
from bantin.core.frontmatter_edit import parse
from bantin.translate.command import run_translate, translate_command
from bantin.translate.lead import Source, lead_summary

from ..conftest import REPO, Project
from .conftest import EDITOR, IMPORTED, configure, options, snapshot, write
from .netguard import PRELUDE
from .servers import Behaviour, serve, silent_server, toy_english

#: The editor wrote the title (no `_by`), the summary is still empty.
MIXED = """\
---
title: Hợp tác kiểm tra Đảng Việt Nam – Lào
date: 2021-12-08
title_en: Vietnam and Laos step up Party inspection cooperation
summary_en:
---

Ngày 8/12, hai bên hội đàm trực tuyến. Hai bên nhất trí tiếp tục hợp tác giai đoạn 2022-2026.
"""

COMMAND = "from bantin.translate.command import translate_command; translate_command()"


@pytest.fixture
def site(project: Project) -> Project:
    """A project with three articles and short HTTP timeouts in mkdocs.yml."""
    configure(project, timeout=1, retries=2, backoff=0.05, backoff_max=0.2)
    folder = project.content / "articles" / "2023"
    write(folder, "imported.md", IMPORTED)
    write(folder, "editor.md", EDITOR)
    write(folder, "mixed.md", MIXED)
    return project


@pytest.fixture
def libre() -> Iterator[tuple[str, Behaviour]]:
    behaviour = Behaviour("libre", api_key="x")
    with serve(behaviour) as url:
        yield url, behaviour


def invoke(project: Project, *args: str) -> Result:
    return CliRunner().invoke(translate_command, ["-f", str(project.config), *args])


def meta(path: Path) -> dict[str, object]:
    return dict(parse(path.read_bytes()).meta)


def articles(project: Project) -> Path:
    return project.content / "articles" / "2023"


def test_acceptance_fills_empty_english_and_leaves_editor_text_byte_for_byte(
    site: Project, libre: tuple[str, Behaviour]
) -> None:
    url, server = libre
    result = invoke(site, "--provider", "libre", "--url", url, "--api-key", "x")
    assert result.exit_code == 0, result.output
    folder = articles(site)
    assert result.stdout.splitlines() == [
        f"{folder / 'imported.md'}: title_en, summary_en",
        f"{folder / 'mixed.md'}: summary_en",
        "translated 2 / skipped 1 / failed 0",
    ]
    # Nothing on stderr but MkDocs' notes on options the plugin does not declare yet.
    assert all("Unrecognised configuration name: translate_" in line for line in result.stderr.splitlines())
    assert (folder / "editor.md").read_text(encoding="utf-8") == EDITOR

    imported = meta(folder / "imported.md")
    doc = parse(IMPORTED.encode())
    lead = lead_summary(doc.body, None, 600)
    assert imported["title_en"] == toy_english("Quảng Bình sơ tán hơn 2.000 hộ dân trước lũ")
    assert imported["summary_en"] == toy_english(lead)
    assert lead.startswith("Trước diễn biến") and "Bộ đội" not in lead and "Chủ động" not in lead
    assert imported["title_en_by"] == imported["summary_en_by"] == "machine:libre"
    assert imported["en_source_sha256"] == Source(str(doc.meta["title"]), lead).sha256
    FrontMatter.model_validate(imported)

    mixed = (folder / "mixed.md").read_text(encoding="utf-8")
    assert mixed.startswith(MIXED.split("summary_en:")[0])  # the editor's title line as it was
    assert meta(folder / "mixed.md")["summary_en_by"] == "machine:libre"
    assert {r.params["api_key"] for r in server.requests} == {"x"}


def test_a_second_run_skips_everything_without_asking_the_server(
    site: Project, libre: tuple[str, Behaviour]
) -> None:
    url, server = libre
    invoke(site, "--provider", "libre", "--url", url, "--api-key", "x")
    before, asked = snapshot(site.content), len(server.requests)
    result = invoke(site, "--provider", "libre", "--url", url, "--api-key", "x")
    assert result.exit_code == 0 and result.stdout.splitlines()[-1] == "translated 0 / skipped 3 / failed 0"
    assert snapshot(site.content) == before and len(server.requests) == asked


def test_a_link_to_an_article_elsewhere_is_not_read(
    site: Project, libre: tuple[str, Behaviour], tmp_path: Path
) -> None:
    url, _ = libre
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    write(elsewhere, "outside.md", IMPORTED)
    link = articles(site) / "outside.md"
    link.symlink_to(elsewhere / "outside.md")
    result = invoke(site, "--provider", "libre", "--url", url, "--api-key", "x")
    assert result.exit_code == 1
    assert f"error: {link}: a link to a file outside {link.parent}; not read" in result.stderr
    assert result.stdout.splitlines()[-1] == "translated 2 / skipped 1 / failed 0"
    assert (elsewhere / "outside.md").read_text(encoding="utf-8") == IMPORTED and link.is_symlink()


def test_changed_vietnamese_is_translated_again_unless_an_editor_took_over(
    site: Project, libre: tuple[str, Behaviour]
) -> None:
    url, _ = libre
    invoke(site, "--provider", "libre", "--url", url, "--api-key", "x")
    path = articles(site) / "imported.md"
    path.write_text(path.read_text(encoding="utf-8").replace("Trước diễn biến", "Do"), encoding="utf-8")
    result = invoke(site, "--provider", "libre", "--url", url, "--api-key", "x")
    # The title did not change: the translation memory has it; the summary is asked for again.
    assert result.stdout.splitlines()[-1] == (
        "translated 1 / skipped 2 / failed 0 (1 text(s) from the translation memory)"
    )
    assert str(meta(path)["summary_en"]).startswith("[en] do mua lon")

    # The editor rewrites the summary and claims it: a later change of the Vietnamese leaves it.
    text = path.read_text(encoding="utf-8").replace("summary_en_by: machine:libre", "summary_en_by: editor")
    text = text.replace("Do mưa", "Vì mưa")
    path.write_text(text, encoding="utf-8")
    result = invoke(site, "--provider", "libre", "--url", url, "--api-key", "x", "--force-machine")
    assert result.exit_code == 0
    after = path.read_text(encoding="utf-8")
    assert str(meta(path)["summary_en"]).startswith("[en] do mua lon")  # the editor's, untouched
    assert meta(path)["title_en_by"] == "machine:libre"

    def without_hash(text: str) -> list[str]:
        return [line for line in text.splitlines() if not line.startswith("en_source_sha256:")]

    assert after != text and without_hash(after) == without_hash(text)  # only the hash line changed


def test_force_machine_translates_unchanged_machine_fields_again(
    site: Project, libre: tuple[str, Behaviour]
) -> None:
    url, server = libre
    invoke(site, "--provider", "libre", "--url", url, "--api-key", "x")
    asked = len(server.requests)
    result = invoke(site, "--provider", "libre", "--url", url, "--api-key", "x", "--force-machine")
    assert result.stdout.splitlines()[-1] == "translated 2 / skipped 1 / failed 0"
    assert len(server.requests) == asked + 3  # imported: title and summary; mixed: summary
    assert (articles(site) / "editor.md").read_text(encoding="utf-8") == EDITOR


def test_a_server_that_never_answers_ends_the_command_with_exit_1_and_nothing_changed(site: Project) -> None:
    before = snapshot(site.root)
    started = time.monotonic()
    with silent_server() as url:
        result = invoke(site, "--provider", "libre", "--url", url)
    assert time.monotonic() - started < 60
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")] == [
        f"error: {articles(site) / 'imported.md'}: libre: no answer within 1 s ({url.removeprefix('http://')})",
        "error: stopped; 1 more file(s) not attempted",
    ]
    assert result.stdout.splitlines() == ["translated 0 / skipped 1 / failed 1"]
    assert snapshot(site.root) == before


def test_a_broken_file_fails_alone(site: Project, libre: tuple[str, Behaviour]) -> None:
    url, _ = libre
    broken = write(articles(site), "broken.md", "---\ntitle: [Hỏng\n---\nThân bài.\n")
    wrong = write(articles(site), "wrong.md", "---\ntitle: Sai\ndate: 2023-02-30\n---\nThân bài.\n")
    result = invoke(site, "--provider", "libre", "--url", url, "--api-key", "x")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1] == "translated 2 / skipped 1 / failed 2"
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {broken}:2: invalid YAML front-matter: expected ',' or ']', but got '<stream end>'",
        f"error: {wrong}:3: date: Input should be a valid date or datetime, day value is outside expected range"
        "; fix the file first",
    ]
    assert broken.read_text(encoding="utf-8").startswith("---\ntitle: [Hỏng")
    assert wrong.read_text(encoding="utf-8") == "---\ntitle: Sai\ndate: 2023-02-30\n---\nThân bài.\n"


def test_provider_and_url_from_mkdocs_yml(site: Project, libre: tuple[str, Behaviour]) -> None:
    url, server = libre
    configure(site, provider="libre", url=url)
    result = invoke(site, "--api-key", "x", str(articles(site) / "mixed.md"))
    assert result.exit_code == 0 and len(server.requests) == 1
    # The configured URL is the LibreTranslate server's: another provider does not get it.
    result = invoke(site, "--provider", "google", str(articles(site) / "imported.md"))
    assert result.exit_code == 1 and "google: cannot resolve" in result.stderr
    assert len(server.requests) == 1


def test_unknown_provider_and_missing_path(site: Project) -> None:
    result = invoke(site, "--provider", "babelfish")
    assert result.exit_code == 1 and result.stderr.strip().endswith(
        "error: unknown provider 'babelfish'; choose one of: google, mymemory, libre, microsoft, yandex"
    )
    result = invoke(site, str(site.root / "nowhere"))
    assert result.exit_code == 1 and "no such file or folder" in result.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal(site: Project, libre: tuple[str, Behaviour]) -> None:
    url, _ = libre
    out, err = io.StringIO(), _Terminal()
    code = run_translate([articles(site)], options("libre", url, "x"), out, err)
    assert code == 0 and "Translating" in err.getvalue() and "100%" in err.getvalue()
    assert out.getvalue().splitlines()[-1] == "translated 2 / skipped 1 / failed 0"


def run_process(project: Project, *args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    """The command in a real Python process, with the network guard, from the project folder."""
    return subprocess.run(
        [sys.executable, "-c", PRELUDE + COMMAND, *args],
        cwd=project.root,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "SITE_URL": "https://example.org/"},
    )


def test_subprocess_translates(site: Project, libre: tuple[str, Behaviour]) -> None:
    url, _ = libre
    result = run_process(site, "--provider", "libre", "--url", url, "--api-key", "x")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "translated 2 / skipped 1 / failed 0"
    assert meta(articles(site) / "imported.md")["title_en_by"] == "machine:libre"


def test_subprocess_with_a_silent_server_exits_1_within_a_minute(site: Project) -> None:
    before = snapshot(site.root)
    started = time.monotonic()
    with silent_server() as url:
        result = run_process(site, "--provider", "libre", "--url", url)
    assert time.monotonic() - started < 60
    assert result.returncode == 1 and "no answer within 1 s" in result.stderr
    assert snapshot(site.root) == before


BUILD = """
import json, sys
import bantin.translate.command  # as the CLI will, once `translate` is registered
from bantin.cli import main
try:
    main(["-f", "mkdocs.yml", "-d", sys.argv[1]])
except SystemExit as exit:
    code = exit.code
print(json.dumps({"code": code, "loaded": sorted(m for m in sys.modules if m.startswith(("deep_translator", "bantin.translate.transport")))}))
"""


def test_the_build_works_offline_and_never_loads_deep_translator(
    site: Project, libre: tuple[str, Behaviour]
) -> None:
    if "en_source_sha256" in FrontMatter.model_fields:  # translated files build once the key is in the schema
        url, _ = libre
        assert run_process(site, "--provider", "libre", "--url", url, "--api-key", "x").returncode == 0
    result = subprocess.run(
        [sys.executable, "-c", PRELUDE + BUILD, str(site.root / "out")],
        cwd=site.root,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "SITE_URL": "https://example.org/"},
    )
    report = json.loads(result.stdout.splitlines()[-1])
    assert report == {"code": 0, "loaded": []}, result.stderr
    assert (site.root / "out" / "index.html").exists()


def test_a_fresh_checkout_takes_its_english_from_the_translation_memory(
    site: Project, libre: tuple[str, Behaviour]
) -> None:
    """A deploy starts from the committed articles every time: the memory in the cache, not the
    provider, gives the English it made last time."""
    url, behaviour = libre
    path = articles(site) / "imported.md"
    committed = path.read_text(encoding="utf-8")
    assert invoke(site, "--provider", "libre", "--url", url, "--api-key", "x").exit_code == 0
    first = path.read_text(encoding="utf-8")
    asked = len(behaviour.requests)
    assert asked >= 2 and (site.root / ".cache" / "translations.json").is_file()

    path.write_text(committed, encoding="utf-8")  # the next deploy's checkout
    result = invoke(site, "--provider", "libre", "--url", url, "--api-key", "x")
    assert result.exit_code == 0 and "from the translation memory" in result.stdout
    assert len(behaviour.requests) == asked  # nothing sent again
    assert path.read_text(encoding="utf-8") == first


def test_a_broken_translation_memory_is_started_afresh(site: Project, libre: tuple[str, Behaviour]) -> None:
    url, behaviour = libre
    memory = site.root / ".cache" / "translations.json"
    memory.parent.mkdir(parents=True, exist_ok=True)
    memory.write_text("[not a memory", encoding="utf-8")
    assert invoke(site, "--provider", "libre", "--url", url, "--api-key", "x").exit_code == 0
    assert behaviour.requests and json.loads(memory.read_text(encoding="utf-8"))


def test_the_options_come_from_the_plugin_checked_once(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    from bantin.plugin import BantinConfig
    from bantin.translate import providers
    from bantin.translate.options import DEFAULTS, PROVIDERS, TranslateConfig, load_options

    assert PROVIDERS == tuple(providers.PROVIDERS) and issubclass(BantinConfig, TranslateConfig)
    text = project.config.read_text(encoding="utf-8")
    configure(project, timeout=2.5, retries=0, lead_chars=300)
    options = load_options(str(project.config))
    assert (options.provider.http.timeout, options.provider.http.retries, options.lead_chars) == (2.5, 0, 300)
    assert options.provider.http.backoff == DEFAULTS.translate_backoff == 0.5
    for bad, said in (
        ("timeout=0", "more than 0"),
        ("retries=true", "a number"),
        ("lead_chars=-1", "at least 0"),
    ):
        project.config.write_text(text, encoding="utf-8")
        key, value = bad.split("=")
        configure(project, **{key: value})
        caplog.clear()
        result = invoke(project, str(project.root / "nowhere"))  # MkDocs logs the option, then stops
        assert result.exit_code == 1 and "configuration error" in result.stderr, bad
        assert f"option 'translate_{key}': must be" in caplog.text and said in caplog.text, bad
