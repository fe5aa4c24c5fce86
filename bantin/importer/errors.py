"""The one error the importer reports for a file it cannot import: a reason, one line."""

from __future__ import annotations


class BadInput(Exception):
    """A raw file that cannot become an article; `str()` is the reason shown to the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(" ".join(reason.split()))
        self.reason = " ".join(reason.split())

    def __str__(self) -> str:
        return self.reason
