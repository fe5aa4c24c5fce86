"""Build speed at newsroom scale: our build against bare MkDocs, Hugo and Pelican.

    python bench/run.py --articles 1000 [5000 10000] [--compare mkdocs,hugo,hugo-lite,pelican] [--runs 3]
                        [--json out.json] [--scenarios cold,nosearch,noop,edit,add,serve,search]

For each N it generates N synthetic articles (bench/corpus.py) in a temporary folder, never in
content/, prepares one site per tool from them (bench/tools.py) and times whole processes
(bench/measure.py), taking the median of `--runs` runs. Cold builds alternate between tools
round by round, so a burst of load on the shared machine hits every tool alike. Our own build
is also timed rebuilding with nothing changed, after one edited and after one added article,
in `serve` (edit → page served changes), and Pagefind's indexing on its own. Every build must
write all its pages or the run stops. See bench/README.md for what the figures mean.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # `python bench/run.py`: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import Corpus
from bench.measure import TRASH, BenchError, Output, Series
from bench.tools import HUGO, PELICAN, TOOLS, Bantin, Tool

#: Pause before the first corpus size and between sizes, after deleting outputs (see
#: `measure.discard`): a build right after a large deletion (the last run's, this run's previous
#: size) creates its files up to half again slower on this machine's file system.
SETTLE_S = 90
SCENARIOS = ("cold", "nosearch", "noop", "edit", "add", "serve", "search")
LABELS = {
    "cold": "cold full build",
    "nosearch": "cold full build, search apart (`search: false`)",
    "noop": "rebuild, nothing changed",
    "edit": "rebuild after 1 edited article",
    "add": "rebuild after 1 added article",
    "serve_first": "serve: first build",
    "serve_page": "serve: edit → page served changed",
    "serve_done": "serve: edit → rebuild finished",
    "search": "search index alone (Pagefind)",
}


def say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def version(cmd: Sequence[str]) -> str | None:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=30).stdout.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return None


def bench_one(
    count: int,
    names: Sequence[str],
    runs: int,
    our_runs: int,
    scenarios: set[str],
    workdir: Path,
    identity: bool,
) -> dict[str, Any]:
    """All measurements for one corpus size: `runs` cold builds of every tool, alternating, and
    `our_runs` of each of our other scenarios (at 10,000 articles each of ours takes minutes)."""
    say(f"{count} articles: generating the corpus")
    corpus = Corpus(count)
    tools: list[Tool] = []
    skipped: dict[str, str] = {}
    for name in ["bantin", *names]:
        why = TOOLS[name].available()
        if why:
            say(f"skipping {name}: {why}")
            skipped[name] = why
            continue
        tool = TOOLS[name](workdir)
        tool.prepare(corpus)
        tools.append(tool)
    ours = tools[0]
    assert isinstance(ours, Bantin)
    cold = {t.name: Series() for t in tools}
    outputs: dict[str, Output] = {}
    extra = {key: Series() for key in ("nosearch", "noop", "edit", "add", "search")}
    differing: list[str] | None = None
    edited = corpus.articles[len(corpus.articles) // 2]
    load_before = os.getloadavg()
    for r in range(runs):
        order = tools[r % len(tools) :] + tools[: r % len(tools)]  # alternate who goes first
        for tool in order:
            if tool is ours and "nosearch" in scenarios:  # cold too: before the cold build's cache
                run = extra["nosearch"].add(ours.build_without_search())
                say(
                    f"round {r + 1}/{runs} bantin: cold without search {run.seconds:.2f} s, {run.max_rss_mb:.0f} MB"
                )
            if "cold" in scenarios or tool is ours:
                run = cold[tool.name].add(tool.build())
                outputs[tool.name] = tool.check(corpus)
                say(f"round {r + 1}/{runs} {tool.name}: cold {run.seconds:.2f} s, {run.max_rss_mb:.0f} MB")
            if tool is not ours or r >= our_runs:
                continue
            if "search" in scenarios:
                search = ours.index_search()
                if search:
                    extra["search"].add(search)
            if "noop" in scenarios:
                run = extra["noop"].add(ours.rebuild())
                say(f"round {r + 1}/{runs} bantin: nothing changed {run.seconds:.2f} s")
            if "edit" in scenarios:
                ours.edit(edited, f"round-{r}")
                run = extra["edit"].add(ours.rebuild())
                ours.check(corpus)
                say(f"round {r + 1}/{runs} bantin: 1 edited {run.seconds:.2f} s")
                if identity and r == min(runs, our_runs) - 1:
                    differing = ours.same_as_cold(workdir)
                    say(f"output after the edit vs a cold build: {len(differing)} file(s) differ")
            if "add" in scenarios:
                ours.add(corpus.article(count + r))
                run = extra["add"].add(ours.rebuild())
                ours.check(corpus)
                ours.remove_added()
                say(f"round {r + 1}/{runs} bantin: 1 added {run.seconds:.2f} s")
    serve: dict[str, Any] = {}
    if "serve" in scenarios:
        say("serve: first build, then one edit per run")
        load = os.getloadavg()
        first, to_page, to_done, cpu = ours.serve_rebuilds(edited, min(runs, our_runs), free_port())
        serve = {"first_s": first, "page_changed_s": to_page, "rebuild_done_s": to_done, "cpu_s": cpu,
                 "load_average_before": load, "load_average_after": os.getloadavg()}  # fmt: skip
        say(f"serve: first build {first:.2f} s, edit → page {to_page}, CPU {cpu:.1f} s")
    load_after = os.getloadavg()
    result: dict[str, Any] = {
        "articles": count,
        "entities": len(corpus.entities),
        "runs": runs,
        "our_runs": min(runs, our_runs),
        "load_average_before": load_before,
        "load_average_after": load_after,
        "skipped": skipped,
        "tools": {
            t.name: {
                "cold": cold[t.name].as_dict(),
                "expected_article_pages": t.expected_pages(corpus),
                "output": vars(outputs[t.name]) if t.name in outputs else None,
            }
            for t in tools
        },
        "bantin": {
            **{key: series.as_dict() if series.runs else None for key, series in extra.items()},
            "serve": serve or None,
            "identical_to_cold": None if differing is None else not differing,
            "differing_files": differing[:50] if differing else [],
        },
    }
    result["targets"] = targets(result)
    return result


def fastest_hugo(tools: dict[str, Any]) -> float | None:
    """Hugo's cold time for ratios and targets: the faster of `hugo` and `hugo-lite` (the
    stricter yardstick for us; `.Related` makes Hugo 0.111 superlinear)."""
    times = [tools[n]["cold"]["median_s"] for n in ("hugo", "hugo-lite") if n in tools]
    return min(times, default=None)


def _median(values: Sequence[float]) -> float | None:
    ordered = sorted(values)
    if not ordered:
        return None
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def targets(result: dict[str, Any]) -> dict[str, Any]:
    """Where we stand against the team's targets (they are set for 10,000 articles)."""
    tools = result["tools"]
    b = result["bantin"]
    # The targets report search indexing apart: our cold build without it when it was measured.
    apart = (b.get("nosearch") or {}).get("median_s")
    ours = apart or tools["bantin"]["cold"]["median_s"]
    which = "without search" if apart else "with search"
    hugo = fastest_hugo(tools)
    pelican = tools.get("pelican", {}).get("cold", {}).get("median_s")
    full = tools["bantin"]["cold"]["median_s"]  # with search
    indexed = (
        tools.get("hugo-lite-pagefind", {}).get("cold", {}).get("median_s")
    )  # Hugo's site, then Pagefind
    noop = (b.get("noop") or {}).get("median_s")
    edit = (b.get("edit") or {}).get("median_s")
    peak = max(
        (
            s["max_rss_mb"]
            for s in [tools["bantin"]["cold"], b.get("nosearch"), b.get("noop"), b.get("edit"), b.get("add")]
            if s
        ),
        default=None,
    )

    def verdict(ok: bool | None, text: str) -> dict[str, Any]:
        return {"met": ok, "value": text}

    return {
        "cold_at_most_2x_hugo": verdict(
            None if not hugo else ours <= 2 * hugo, f"{ours / hugo:.1f}× Hugo ({which})" if hugo else "n/a"
        ),
        "cold_with_search_at_most_2x_hugo": verdict(
            None if not hugo else full <= 2 * hugo,
            f"{full / hugo:.1f}× Hugo" + (f"; {full / indexed:.1f}× Hugo with Pagefind" if indexed else ""),
        )
        if hugo
        else verdict(None, "n/a"),
        "cold_3x_faster_than_pelican": verdict(
            None if not pelican else ours * 3 <= pelican,
            f"Pelican takes {pelican / ours:.2f}× our time {which} (needs ≥ 3)" if pelican else "n/a",
        ),
        "noop_faster_than_hugo_cold": verdict(
            None if not (hugo and noop) else noop < hugo,
            f"{noop:.2f} s vs {hugo:.2f} s" if hugo and noop else "n/a",
        ),
        "edit_faster_than_hugo_cold": verdict(
            None if not (hugo and edit) else edit < hugo,
            f"{edit:.2f} s vs {hugo:.2f} s" if hugo and edit else "n/a",
        ),
        "edit_output_identical_to_cold": verdict(b["identical_to_cold"], str(b["identical_to_cold"])),
        "peak_memory_under_1_gb": verdict(
            None if peak is None else peak < 1024, f"{peak:.0f} MB" if peak else "n/a"
        ),
    }


def _s(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _ratio(a: float | None, b: float | None) -> str:
    return "n/a" if not a or not b else f"{a / b:.1f}×"


def table(result: dict[str, Any]) -> str:
    """The figures of one corpus size as Markdown tables (pasted as-is into bench/README.md)."""
    tools = result["tools"]
    hugo = fastest_hugo(tools)
    bare = tools.get("mkdocs", {}).get("cold", {}).get("median_s")
    n = result["articles"]
    lines = [
        f"**{n:,} articles**, {result['entities']} entities, median of {result['runs']} cold run(s) "
        f"and {result['our_runs']} run(s) of our other scenarios; "
        f"load average {result['load_average_before'][0]:.2f} before, {result['load_average_after'][0]:.2f} after",
        "",
        "| tool | cold build s | ms/article | × Hugo | × bare MkDocs | peak MB | output MB | files | HTML pages |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, t in tools.items():
        cold = t["cold"]["median_s"]
        out = t["output"] or {}
        lines.append(
            f"| {name} | {_s(cold)} | {cold / n * 1000:.1f} | {_ratio(cold, hugo)} | {_ratio(cold, bare)} "
            f"| {t['cold']['max_rss_mb']:.0f} | {out.get('bytes', 0) / 1e6:.1f} | {out.get('files', 0):,} "
            f"| {out.get('pages', 0):,} |"
        )
    for name, why in result["skipped"].items():
        lines.append(f"| {name} | n/a ({why}) | | | | | | | |")
    b = result["bantin"]
    serve = b["serve"] or {}
    rows = [
        ("cold", tools["bantin"]["cold"]),
        ("nosearch", b.get("nosearch")),
        ("noop", b["noop"]),
        ("edit", b["edit"]),
        ("add", b["add"]),
        (
            "serve_first",
            {"median_s": serve.get("first_s"), "runs_s": [serve.get("first_s")]} if serve else None,
        ),
        (
            "serve_page",
            {"median_s": _median(serve["page_changed_s"]), "runs_s": serve["page_changed_s"]}
            if serve
            else None,
        ),
        (
            "serve_done",
            {"median_s": _median(serve["rebuild_done_s"]), "runs_s": serve["rebuild_done_s"]}
            if serve
            else None,
        ),
        ("search", b["search"]),
    ]
    lines += [
        "",
        "| our build | median s | × Hugo cold | runs s | peak MB |",
        "|---|---|---|---|---|",
    ]
    for key, series in rows:
        if not series:
            lines.append(f"| {LABELS[key]} | n/a | | | |")
            continue
        runs = ", ".join(f"{x:.2f}" for x in series["runs_s"] if x is not None)
        peak = series.get("max_rss_mb")
        lines.append(
            f"| {LABELS[key]} | {_s(series['median_s'])} | {_ratio(series['median_s'], hugo)} | {runs} "
            f"| {'' if peak is None else f'{peak:.0f}'} |"
        )
    lines += ["", "| target (set for 10,000 articles) | met | value |", "|---|---|---|"]
    for key, v in result["targets"].items():
        met = {True: "yes", False: "**no**", None: "n/a"}[v["met"]]
        lines.append(f"| {key.replace('_', ' ')} | {met} | {v['value']} |")
    if b["differing_files"]:
        lines += ["", f"Files differing from a cold build: {', '.join(b['differing_files'][:10])}"]
    return "\n".join(lines)


def settle(why: str) -> None:
    """Write out what the file system holds in memory and wait `SETTLE_S`, so that files freed
    just before are not what the next timed build pays for."""
    os.sync()
    say(f"waiting {SETTLE_S} s for the file system to settle ({why})")
    time.sleep(SETTLE_S)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000], help="corpus size(s)")
    parser.add_argument(
        "--compare", default="mkdocs,hugo,hugo-lite,pelican", help="other tools, comma-separated"
    )
    parser.add_argument("--runs", type=int, default=3, help="cold builds per tool (median)")
    parser.add_argument(
        "--our-runs", type=int, help="runs of our rebuild, serve and search scenarios (default: --runs)"
    )
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--scenarios", default=",".join(SCENARIOS), help=f"subset of {','.join(SCENARIOS)}")
    parser.add_argument("--no-identity-check", action="store_true", help="skip the edit-vs-cold comparison")
    parser.add_argument(
        "--no-settle",
        action="store_true",
        help=f"do not wait {SETTLE_S} s for the file system before the first size",
    )
    parser.add_argument("--workdir", type=Path, help="keep the generated sites here (default: a temp dir)")
    parser.add_argument("--report", type=Path, metavar="JSON", help="only print the tables of an earlier run")
    args = parser.parse_args(argv)
    if args.report:
        for res in json.loads(args.report.read_text(encoding="utf-8"))["results"]:
            res["targets"] = targets(res)
            print(table(res) + "\n")
        return 0
    names = [n for n in args.compare.split(",") if n]
    scenarios = set(args.scenarios.split(","))
    unknown = [n for n in names if n not in TOOLS or n == "bantin"] + sorted(scenarios - set(SCENARIOS))
    if unknown:
        parser.error(f"unknown tool or scenario: {', '.join(unknown)}")
    info = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "hugo": version([HUGO, "version"]) if HUGO else None,
        "pelican": version([str(PELICAN), "--version"]) if PELICAN.exists() else None,
        "uptime": version(["uptime"]),
    }
    results = []
    if not args.no_settle:
        settle("before the first builds: what ran before may have deleted many files")
    for count in args.articles:
        parent = args.workdir or Path(tempfile.mkdtemp(prefix="bantin-bench-"))
        workdir = parent / f"n{count}"
        shutil.rmtree(workdir, ignore_errors=True)
        workdir.mkdir(parents=True)
        try:
            our_runs = args.our_runs or args.runs
            identity = not args.no_identity_check
            results.append(bench_one(count, names, args.runs, our_runs, scenarios, workdir, identity))
        except BenchError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        finally:
            shutil.rmtree(workdir / TRASH, ignore_errors=True)
            if not args.workdir:
                shutil.rmtree(parent, ignore_errors=True)
        print(table(results[-1]) + "\n", flush=True)
        if count != args.articles[-1]:  # what was just deleted would slow the next builds down
            settle("after deleting the outputs")
    if len(results) > 1:
        print("| articles | our cold ms/article | Hugo cold ms/article |\n|---|---|---|")
        for res in results:
            n = res["articles"]
            hugo = fastest_hugo(res["tools"])
            print(
                f"| {n:,} | {res['tools']['bantin']['cold']['median_s'] / n * 1000:.1f} "
                f"| {'n/a' if not hugo else f'{hugo / n * 1000:.2f}'} |"
            )
    if args.json:
        args.json.write_text(json.dumps({"machine": info, "results": results}, indent=2), encoding="utf-8")
        say(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
