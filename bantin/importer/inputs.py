"""The files an import reads: files as named, and a folder's pages found in it (`.txt`, `.html`,
`.htm`, and `.md` files with a scraper's header, so a folder's `README.md` or notes stay out), each
link that leads out of its folder refused with one line."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from ..core.files import leads_out
from .markdown_headers import not_a_scrape

SUFFIXES = (".txt", ".html", ".htm")
FOLDER_SUFFIXES = (*SUFFIXES, ".md")  # a folder's .md only with a scraper's header


def collect(paths: list[Path], err: TextIO) -> tuple[list[Path], bool]:
    """Files to import: files as given, folders searched for .txt/.html/.htm and for scraped .md
    (sorted)."""
    files: list[Path] = []
    ok = True
    for path in paths:
        if path.is_dir():
            found = []
            refused = False
            for candidate in sorted(path.rglob("*")):
                if not (candidate.is_file() and candidate.suffix.lower() in FOLDER_SUFFIXES):
                    continue
                if leads_out(candidate, path):
                    print(f"error: {candidate}: a link to a file outside {path}; not imported", file=err)
                    ok, refused = False, True
                    continue
                if candidate.suffix.lower() == ".md" and (why := _not_a_scrape(candidate)):
                    print(f"note: {candidate}: {why}; not imported (name the file to import it)", file=err)
                    continue
                found.append(candidate)
            if not found and not refused:
                print(
                    f"error: {path}: no pages to import in this folder (.txt, .html, .htm, or .md "
                    "with a scraper's header)",
                    file=err,
                )
                ok = False
            files.extend(found)
        elif path.exists() and leads_out(path, path.parent):
            # Named, as a shell's `*` names every file of a folder: its target is as unseen as that
            # of a link found in a folder, so the same rule.
            print(f"error: {path}: a link to a file outside {path.parent}; not imported", file=err)
            ok = False
        elif path.exists():
            files.append(path)
        else:
            print(f"error: {path}: no such file or folder", file=err)
            ok = False
    return files, ok


def _not_a_scrape(path: Path) -> str | None:
    """Why a folder's .md file is no scraped page, read from its head; None to import it (a file that
    cannot be read is imported, so its error is named)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(65536)
    except OSError:
        return None
    return not_a_scrape(head.decode("utf-8-sig", errors="replace"))
