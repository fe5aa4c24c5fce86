"""Where our build's time goes: `python bench/profile_build.py --articles 2000 [--top 30] [--keep DIR]`.

Builds a generated corpus once under cProfile (`python -m cProfile build.py`, a whole process
like the benchmark, cold: no page cache, and rendering in one process, `workers: 1`, since
cProfile cannot see forked workers) and prints the stages the team can act on, then the top
functions. The wall time beside it is a normal cold build (rendering on every core). cProfile
roughly doubles the time of Python-heavy code, so stages are given as shares of the profiled
total, beside the wall time of an unprofiled build of the same corpus. Stages overlap where one
runs inside another (slugify runs inside template rendering), so the shares do not add to 100%.
"""

from __future__ import annotations

import argparse
import io
import pstats
import shutil
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import Corpus
from bench.measure import run_process
from bench.tools import PYTHON, REPO, Bantin, _env

Key = tuple[str, int, str]

#: (label, file suffix, function name): the cumulative time of that function is the stage's.
STAGES: list[tuple[str, str, str]] = [
    ("whole build (mkdocs build())", "mkdocs/commands/build.py", "build"),
    ("read content: load_site (front-matter, pydantic)", "bantin/site/content.py", "load_site"),
    ("  of which YAML load", "bantin/core/errors.py", "parse_yaml"),
    ("routes: build_routes", "bantin/site/routes.py", "build_routes"),
    ("page fingerprints (cache keys)", "bantin/incremental/fingerprint.py", "digest"),
    ("render every digest page (Renderer.render)", "bantin/site/render.py", "render"),
    ("  of which Markdown bodies (one shared converter)", "bantin/site/render.py", "_body"),
    ("    of which Markdown itself (what plain paragraphs leave it)", "markdown/core.py", "convert"),
    ("  of which article cards (memoized per language)", "bantin/site/render.py", "_card"),
    ("  of which Jinja templates (pages and cards)", "bantin/site/render.py", "_template"),
    ("  of which base.html, with the page's blocks it calls", "theme/base.html", "root"),
    ("  of which base.html itself (head, masthead, sections, footer)", "theme/base.html", "-blocks"),
    ("  of which partials/listing.html", "theme/partials/listing.html", "root"),
    ("nh3 sanitize", "bantin/site/sanitize.py", "sanitize_html"),
    ("Article.lead_text (Markdown + nh3 per lead)", "bantin/core/article.py", "plain_text"),
    ("url filter / relative URLs (site/relative.py)", "bantin/site/templates.py", "url_filter"),
    ("writing pages and feeds (folders, files)", "bantin/site/outputs.py", "write_new"),
    ("page cache: keep (hard links)", "bantin/incremental/cache.py", "keep"),
    ("feeds: Feeds.write", "bantin/site/feeds.py", "write"),
    ("sitemap: write_sitemap", "bantin/site/sitemap.py", "write_sitemap"),
    ("search: Pagefind, two year parts at once (waiting for them)", "bantin/site/builder.py", "_index"),
    ("MkDocs' own pages (about, 404): _build_page", "mkdocs/commands/build.py", "_build_page"),
    ("Python imports (every import_module)", "importlib/__init__.py", "import_module"),
]


def find(stats: dict[Key, tuple], suffix: str, name: str) -> list[Key]:
    return [k for k in stats if k[0].endswith(suffix) and k[2] == name]


def cumulative(stats: dict[Key, tuple], keys: Iterable[Key]) -> float:
    """Cumulative time of functions, not counting recursive re-entries twice."""
    return sum(stats[k][3] for k in keys)


def less_blocks(stats: dict[Key, tuple], keys: list[Key]) -> float:
    """The cumulative time of a parent template's `root` less that of the child templates'
    blocks it calls (`block_content`…): the layout's own work, not the page's."""
    blocks = sum(
        timing[3]
        for key, value in stats.items()
        if key[2].startswith("block_")
        for caller, timing in value[4].items()
        if caller in keys
    )
    return cumulative(stats, keys) - blocks


def report(prof: Path, top: int, wall: float | None, articles: int) -> str:
    ps = pstats.Stats(str(prof))
    stats: dict[Key, tuple] = ps.stats  # type: ignore[attr-defined]
    total = max(v[3] for v in stats.values())
    lines = [
        f"Profile of `python build.py` at {articles:,} articles: {total:.1f} s under cProfile"
        + (f", {wall:.1f} s unprofiled" if wall else ""),
        "",
        "| stage | profiled s | share |",
        "|---|---|---|",
    ]
    for label, suffix, name in STAGES:
        keys = find(stats, suffix, name.removeprefix("-blocks") or "root")
        if not keys:
            continue
        seconds = less_blocks(stats, keys) if name == "-blocks" else cumulative(stats, keys)
        lines.append(f"| {label} | {seconds:.1f} | {seconds / total:.0%} |")
    for title, order in (("cumulative", "cumulative"), ("own time", "tottime")):
        out = io.StringIO()
        pstats.Stats(str(prof), stream=out).sort_stats(order).print_stats(top)
        body = out.getvalue()
        body = body[body.index("ncalls") :] if "ncalls" in body else body
        lines += ["", f"Top {top} functions by {title}:", "", "```", body.rstrip(), "```"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--keep", type=Path, help="keep the project and the .prof file here")
    parser.add_argument("--no-wall", action="store_true", help="skip the unprofiled build")
    parser.add_argument(
        "--no-search", action="store_true", help="profile the build without search (`search: false`)"
    )
    args = parser.parse_args(argv)
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="bantin-profile-"))
    try:
        workdir.mkdir(parents=True, exist_ok=True)
        site = Bantin(workdir)
        shutil.rmtree(site.root, ignore_errors=True)
        site.prepare(Corpus(args.articles))
        wall = None if args.no_wall else site.build().seconds
        # One process (forked workers would be invisible to cProfile) and no page cache: cold.
        config = site.root / "mkdocs.yml"
        text = config.read_text(encoding="utf-8").replace(
            "      per_page:", "      workers: 1\n      per_page:", 1
        )
        if args.no_search:
            text = text.replace("      per_page:", "      search: false\n      per_page:", 1)
        config.write_text(text, encoding="utf-8")
        shutil.rmtree(site.root / ".cache", ignore_errors=True)
        prof = workdir / "build.prof"
        cmd = [PYTHON, "-m", "cProfile", "-o", str(prof), str(REPO / "build.py"), "-q", "-d", "profiled"]
        run_process(cmd, cwd=site.root, env=_env(), log=site.log)
        print(report(prof, args.top, wall, args.articles))
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
