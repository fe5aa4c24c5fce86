"""Tagging a long text costs memory and time in proportion to it (issue 22, item 2).

The matcher used to keep a copy of the chosen list per span and rescan every raw match for each
chosen name: 105 KB of `Việt Nam và Lào. ` took 470 MB to import, 420 KB more than 4 GB. The
bounds below are generous (several times what the matcher needs) and far below what the
quadratic matcher took; each big text runs in its own process so its peak is its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from tests.conftest import REPO

#: Runs in a fresh interpreter: the registry is loaded and compiled first, then the work whose
#: peak (tracemalloc, Python's own allocations) is reported with its size.
_PROBE = textwrap.dedent(
    """
    import json, sys, tracemalloc
    from pathlib import Path
    from bantin.entities import Registry
    from bantin.tagging.matcher import matcher_for, mentions
    from bantin.importer.convert import convert

    registry = Registry.load(Path("content/entities.yml"))
    matcher_for(registry)
    what, unit, times = sys.argv[1], sys.argv[2], int(sys.argv[3])
    text = "Việt Nam và Lào hợp tác\\n\\nHà Nội, ngày 15/10/2021 – " + unit * times
    tracemalloc.start()
    if what == "tag":
        named = mentions(registry, text)
        places = named["place"]
    else:
        places = convert(text.encode(), "x.txt", registry=registry, year=2021).front.places
    peak = tracemalloc.get_traced_memory()[1]
    print(json.dumps({"bytes": len(text.encode()), "peak": peak, "places": places}))
    """
)


def _probe(what: str, unit: str, times: int) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, what, unit, str(times)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return json.loads(done.stdout)


def test_tagging_memory_grows_linearly_with_the_text() -> None:
    small = _probe("tag", "Việt Nam và Lào. ", 2_000)
    large = _probe("tag", "Việt Nam và Lào. ", 8_000)
    assert small["places"] == large["places"] == ["viet-nam", "lao", "ha-noi"]
    # four times the text: about four times the memory (the quadratic matcher took sixteen)
    assert large["peak"] < 6 * small["peak"], (small, large)


def test_a_five_megabyte_article_is_tagged_within_a_memory_bound() -> None:
    paragraph = (
        "Chiều 15/10, tại Hà Nội, đoàn đại biểu Việt Nam và Lào đã trao đổi kinh nghiệm "
        "về công tác xây dựng Đảng và hợp tác giữa hai nước trong giai đoạn mới.\n\n"
    )
    result = _probe("tag", paragraph, 5_000_000 // len(paragraph.encode()) + 1)
    assert result["bytes"] >= 5_000_000
    assert result["places"] == ["viet-nam", "lao", "ha-noi"]
    assert result["peak"] < 40 * result["bytes"], result  # ~200 MB at most for 5 MB


def test_the_issue_text_imports_within_a_memory_bound() -> None:
    """The issue's own case: 126 KB of one sentence took ~500 MB to import."""
    result = _probe("import", "Việt Nam và Lào. ", 6_000)
    assert result["places"] == ["viet-nam", "lao", "ha-noi"]
    assert result["peak"] < 60 * 2**20, result
