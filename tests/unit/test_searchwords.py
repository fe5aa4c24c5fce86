"""Syllable pairs for the search index (bantin.site.search.words), and the search page's own half.

The search page (theme/assets/searchwords.js) turns a query into the tokens this module puts in
the index; the two must agree. Its query rewriting and ranking are tested with Node's test
runner (tests/unit/searchwords.test.mjs), run from here when Node is installed (CI installs it
for axe-core)."""

from __future__ import annotations

import json
import pickle
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from bantin.site.search.words import (
    BODY,
    PAGES,
    SMALL,
    TITLE,
    Indexed,
    PageWords,
    common,
    fields,
    fold,
    pair_tokens,
)

REPO = Path(__file__).resolve().parents[2]
NODE = shutil.which("node")
ARTICLE = """<!doctype html><html lang="vi"><head><title>x</title></head><body>
<article class="article" data-pagefind-body>
  <header class="article-header"><h1 data-pagefind-meta="title">Công an Hà Nội ra quân</h1>
  <p class="meta"><time>Thứ Hai</time></p></header>
  <aside class="summary-en" lang="en" data-pagefind-ignore><p>Hanoi police on patrol</p></aside>
  <div class="body prose"><p>Lực lượng công an thủ đô &amp; Hà Nội tuần tra.</p>
  <p>Công an phường, công an xã.</p></div>
</article>
<section class="related" data-pagefind-ignore><p>Tin liên quan khác</p></section>
</body></html>"""

SAMPLES = [
    "Hà Nội, thủ đô của Việt Nam",
    "Đảng viên đang học; Điện Biên Phủ 1954",
    "Uỷ ban Kiểm tra Trung ương — Hoà bình",
    "CHDCND Lào và Campuchia: hợp tác",
    "Tổng thống Donald Trump nói",
]


def page_words(page: str) -> PageWords | None:
    indexed = Indexed.of(page)
    return indexed.words() if indexed else None


def for_index(page: str, found: dict[str, str]) -> str:
    indexed = Indexed.of(page)
    return indexed.html(found) if indexed else page


def test_fold_and_pairs() -> None:
    assert fold("Đảng") == "dang"
    assert list(pair_tokens("Hồ Chí Minh")) == ["qqhochi", "qqchiminh"]
    assert list(pair_tokens("công an, hà nội 2021 việt nam")) == ["qqcongan", "qqhanoi", "qqvietnam"]


def test_a_page_gives_its_headline_and_its_indexed_text() -> None:
    words = page_words(ARTICLE)
    assert words is not None
    assert words.title == ["qqcongan", "qqanha", "qqhanoi", "qqnoira", "qqraquan"]
    assert words.text["qqcongan"] == 4  # headline, text twice, "Công an phường"
    assert "qqhanoipolice" not in words.text and "qqpolice" not in " ".join(words.text)  # ignored
    assert "qqtinlien" not in words.text  # outside the indexed element
    assert words.text["qqdoha"] == 0  # "thủ đô & Hà Nội": no pair across punctuation
    assert page_words("<html><body><p>Không có phần được chỉ mục</p></body></html>") is None


def test_the_pairs_packed_by_the_render_workers_are_the_same_once_unpacked() -> None:
    words = page_words(ARTICLE)
    assert words is not None
    again = pickle.loads(pickle.dumps(words.packed())).unpacked()
    assert again == words and list(again.text.items()) == list(words.text.items())
    assert PageWords([], Counter()).packed().unpacked() == PageWords([], Counter())


def test_pairs_of_the_text_are_kept_when_they_recur() -> None:
    words = page_words(ARTICLE)
    assert words is not None
    small = fields({"a": words})
    assert set(small["a"][TITLE].split()) == set(words.title)
    assert "qqlucluong" in small["a"][BODY]  # a small part keeps every pair
    assert "qqcongan" not in small["a"][BODY]  # already in the headline's field
    others = {f"other{i}": PageWords([], Counter({f"qqkhac{i}": 1})) for i in range(SMALL)}
    once = page_words(ARTICLE.replace("tuần tra", "tuần tra đêm khuya"))
    assert once is not None
    part = {**others, **{str(i): words for i in range(PAGES)}, "once": once}
    kept = fields(part)
    assert "qqdemkhuya" not in kept["once"][BODY]  # seen once, on fewer than PAGES pages
    assert "qqanphuong" in kept["once"][BODY] and "qqanphuong" in kept["0"][BODY]  # on PAGES + 1
    assert common(part) == set() and PAGES > 1


def test_pairs_most_pages_of_a_large_part_hold_are_left_out() -> None:
    words = page_words(ARTICLE)
    assert words is not None
    other = page_words(ARTICLE.replace("Lực lượng", "Đội"))
    assert other is not None
    many = {**{str(i): words for i in range(SMALL)}, "other": other}
    kept = fields(many)
    assert "qqanphuong" in common(many) and "qqanphuong" not in kept["other"].get(BODY, "")
    assert set(kept["other"][TITLE].split()) == set(other.title)  # the headline keeps all of its own
    few = {str(i): words for i in range(SMALL - 1)}
    assert common(few) == set() and "qqanphuong" in fields(few)["0"][BODY]  # too few pages to tell


def test_pagefind_reads_the_indexed_element_its_language_and_the_tokens() -> None:
    page = for_index(ARTICLE, {TITLE: "qqcongan", BODY: "qqhanoi"})
    assert page.startswith('<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body><article')
    assert "Tin liên quan khác" not in page and "Hanoi police" in page  # Pagefind skips the aside
    assert page.endswith(
        '</article><i data-pagefind-meta="vt:qqcongan"></i><i data-pagefind-meta="vb:qqhanoi"></i></body></html>'
    )
    nested = ARTICLE.replace("<p>Công an phường", "<article><p>Công an phường").replace(
        "xã.</p>", "xã.</p></article>"
    )
    assert "xã.</p></article></div>\n</article><i" in for_index(nested, {TITLE: "qqcongan"})
    assert Indexed.of(ARTICLE.replace("</article>", "")) is None  # its end is unknown: the page as it is


@pytest.mark.skipif(NODE is None, reason="Node is not installed")
def test_the_search_page_makes_the_same_tokens() -> None:
    script = (
        f"import {{ pairTokens }} from {json.dumps((REPO / 'theme/assets/searchwords.js').as_uri())};"
        f"console.log(JSON.stringify({json.dumps(SAMPLES)}.map(pairTokens)));"
    )
    done = subprocess.run(
        [NODE, "--input-type=module", "-e", script], capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout) == [list(pair_tokens(text)) for text in SAMPLES]


@pytest.mark.skipif(NODE is None, reason="Node is not installed")
def test_the_search_pages_query_rewriting_and_ranking() -> None:
    done = subprocess.run(
        [NODE, "--test", str(REPO / "tests" / "unit" / "searchwords.test.mjs")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
