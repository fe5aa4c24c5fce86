"""Fingerprints: equal data gives equal keys, any change a new one, memo or not."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bantin.incremental.fingerprint import digest
from bantin.site.listings import Paginator
from bantin.site.routes import Listing, PageKind, Route, Values


@dataclass(frozen=True)
class _Names(Values):
    names: list[str]


def _route(title: str, items: list[str]) -> Route:
    page = Paginator(number=1, count=1, total=len(items), items=(), newer_url=None, older_url=None)
    return Route("a/", "vi", PageKind.HOME, title, "en/a/", Listing(_Names(items), page),
                 updated=dt.date(2024, 1, 2))  # fmt: skip


def test_equal_routes_have_equal_fingerprints_and_changes_show() -> None:
    one = digest("build", _route("Tin", ["x", "y"]))
    assert one == digest("build", _route("Tin", ["x", "y"]))
    assert one != digest("build", _route("Tin", ["x", "z"]))  # a change deep inside the context
    assert one != digest("build", _route("Tin mới", ["x", "y"]))
    assert one != digest("other build", _route("Tin", ["x", "y"]))


def test_a_shared_memo_gives_the_same_fingerprints() -> None:
    shared = _Names(["x", "y"])
    routes = [Route(f"{n}/", "vi", PageKind.SEARCH, "T", "en/", shared) for n in range(3)]
    memo: dict[int, tuple[object, str]] = {}
    with_memo = [digest("b", route, memo=memo) for route in routes]
    assert with_memo == [digest("b", route) for route in routes]
    assert len(set(with_memo)) == 3  # the urls differ
    assert any(value is shared for value, _ in memo.values())  # walked once, held by the memo
