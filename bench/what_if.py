"""What-if builds: time our build with a candidate fix patched in at start-up, bantin untouched.

    python bench/what_if.py --articles 1000 [--variants baseline,slug-cache,c-yaml,no-search,all]

Each variant is a whole `python bench/what_if.py --run PATCHES -- <build.py options>` process:
it applies the patches, then runs `python build.py` as usual. The figures say how much a
suggested change would save before anyone writes it properly in bantin/ (the patches are
crude: they only show the size of the prize). Output identity with the baseline is checked.
"""

from __future__ import annotations

import argparse
import functools
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _slug_cache() -> None:
    """Memoize bantin.text.slugify everywhere it was imported (titles are slugified per link)."""
    import bantin.text

    cached = functools.lru_cache(maxsize=None)(bantin.text.slugify)
    for name, module in list(sys.modules.items()):
        if name.startswith("bantin") and getattr(module, "slugify", None) is bantin.text.slugify:
            module.slugify = cached  # type: ignore[attr-defined]
    bantin.text.slugify = cached  # type: ignore[assignment]


def _c_yaml() -> None:
    """Parse front-matter and the registry with libyaml (same resolvers as TextLoader)."""
    import yaml

    import bantin.errors

    class CTextLoader(yaml.CSafeLoader):
        pass

    CTextLoader.yaml_implicit_resolvers = bantin.errors.TextLoader.yaml_implicit_resolvers
    for name, module in list(sys.modules.items()):
        if name.startswith("bantin") and getattr(module, "TextLoader", None) is bantin.errors.TextLoader:
            module.TextLoader = CTextLoader  # type: ignore[attr-defined]


def _no_search() -> None:
    """Skip Pagefind (its share of the build)."""
    import bantin.plugin

    bantin.plugin.index_site = lambda site_dir: 0  # type: ignore[assignment]


PATCHES: dict[str, Callable[[], None]] = {
    "slug-cache": _slug_cache,
    "c-yaml": _c_yaml,
    "no-search": _no_search,
}
VARIANTS = {
    "baseline": [],
    "slug-cache": ["slug-cache"],
    "c-yaml": ["c-yaml"],
    "no-search": ["no-search"],
    "all": ["slug-cache", "c-yaml", "no-search"],
}


def run_patched(patches: list[str], args: list[str]) -> None:
    """Import the build as `build.py` does, apply the patches, run it."""
    import bantin.article
    import bantin.cli
    import bantin.entities
    import bantin.plugin
    import bantin.routes
    import bantin.urls

    for name in patches:
        PATCHES[name]()
    sys.argv = ["build.py", *args]
    bantin.cli.main()


def main(argv: list[str] | None = None) -> int:
    from bench.corpus import Corpus
    from bench.measure import BenchError, run_process, tree_digest
    from bench.tools import PYTHON, Bantin, _env

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="bantin-what-if-"))
    try:
        site = Bantin(workdir)
        site.prepare(Corpus(args.articles))
        print(
            f"| variant ({args.articles:,} articles) | build s | × baseline | same output |\n|---|---|---|---|"
        )
        base_time = None
        base_tree = None
        for variant in args.variants.split(","):
            times = []
            for _ in range(args.runs):
                out = workdir / f"out-{variant}"
                shutil.rmtree(out, ignore_errors=True)
                cmd = [PYTHON, str(Path(__file__).resolve()), "--run", ",".join(VARIANTS[variant])]
                full = [*cmd, "--", "-q", "-d", str(out)]
                try:
                    run = run_process(full, cwd=site.root, env=_env(), log=site.log)
                except BenchError as exc:  # the Pagefind race (see tools.Bantin._build): once more
                    if "JSONDecodeError" not in str(exc):
                        raise
                    run = run_process(full, cwd=site.root, env=_env(), log=site.log)
                times.append(run.seconds)
            seconds = statistics.median(times)
            tree = {k: v for k, v in tree_digest(out).items() if not k.startswith("pagefind/")}
            if base_time is None:
                base_time, base_tree = seconds, tree
            same = "yes" if tree == base_tree else "**no**"
            print(f"| {variant} | {seconds:.2f} | {seconds / base_time:.2f} | {same} |", flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--run":
        rest = sys.argv[3:]
        run_patched([p for p in sys.argv[2].split(",") if p], rest[1:] if rest[:1] == ["--"] else rest)
    else:
        sys.exit(main())
