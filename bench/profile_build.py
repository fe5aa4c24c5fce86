"""Where our build's time goes: `python bench/profile_build.py --articles 2000 [--top 30] [--keep DIR]`.

Builds a generated corpus once under cProfile (`python -m cProfile build.py`, a whole process
like the benchmark) and prints the stages the team can act on, then the top functions. cProfile
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
    ("read content: load_site (front-matter YAML, pydantic)", "bantin/content.py", "load_site"),
    ("  of which YAML compose + load", "yaml/__init__.py", "compose"),
    ("  of which YAML load", "yaml/__init__.py", "load"),
    ("routes: build_routes", "bantin/routes.py", "build_routes"),
    ("slugify (python-slugify), all callers", "bantin/text.py", "slugify"),
    ("  of which Article.effective_slug (not cached)", "bantin/article.py", "effective_slug"),
    ("Markdown: page.render (convert per page)", "mkdocs/structure/pages.py", "render"),
    ("  of which a new Markdown converter per page", "markdown/core.py", "__init__"),
    ("  of which Markdown.convert", "markdown/core.py", "convert"),
    ("Article.lead_text (Markdown + nh3 per lead)", "bantin/article.py", "plain_text"),
    ("Jinja: template render (pages, feeds, sitemap)", "jinja2/environment.py", "render"),
    ("  of which base.html", "theme/base.html", "root"),
    ("  of which partials/listing.html", "theme/partials/listing.html", "root"),
    ("nh3 sanitize (on_page_content)", "bantin/sanitize.py", "sanitize_html"),
    ("MkDocs url filter / relative URLs", "mkdocs/utils/__init__.py", "get_relative_url"),
    ("writing files (mkdocs.utils.write_file)", "mkdocs/utils/__init__.py", "write_file"),
    ("plugin on_page_context", "bantin/plugin.py", "on_page_context"),
    ("feeds: write_feeds", "bantin/feeds.py", "write_feeds"),
    ("search: Pagefind index_site (a subprocess; waiting)", "bantin/search.py", "index_site"),
    ("MkDocs nav + file collection (get_navigation)", "mkdocs/structure/nav.py", "get_navigation"),
    ("Python imports (every import_module)", "importlib/__init__.py", "import_module"),
]


def find(stats: dict[Key, tuple], suffix: str, name: str) -> list[Key]:
    return [k for k in stats if k[0].endswith(suffix) and k[2] == name]


def cumulative(stats: dict[Key, tuple], keys: Iterable[Key]) -> float:
    """Cumulative time of functions, not counting recursive re-entries twice."""
    return sum(stats[k][3] for k in keys)


def from_caller(stats: dict[Key, tuple], callee: Key, caller_suffix: str, caller_name: str) -> float:
    """Time spent in `callee` when called from one caller (pstats keeps it per caller)."""
    callers = stats[callee][4]
    return sum(v[3] for k, v in callers.items() if k[0].endswith(caller_suffix) and k[2] == caller_name)


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
        keys = find(stats, suffix, name)
        if not keys:
            continue
        seconds = cumulative(stats, keys)
        lines.append(f"| {label} | {seconds:.1f} | {seconds / total:.0%} |")
    imports = find(stats, "importlib/__init__.py", "import_module")
    if imports:
        failed = from_caller(stats, imports[0], "slugify/_legacy.py", "_transliterate")
        lines.append(
            f"| python-slugify re-trying `import unidecode` on every call | {failed:.1f} | {failed / total:.0%} |"
        )
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
    args = parser.parse_args(argv)
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="bantin-profile-"))
    try:
        workdir.mkdir(parents=True, exist_ok=True)
        site = Bantin(workdir)
        shutil.rmtree(site.root, ignore_errors=True)
        site.prepare(Corpus(args.articles))
        wall = None if args.no_wall else site.build().seconds
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
