"""`indented_json` writes what `json.dumps(value, ensure_ascii=False, indent=1)` writes."""

from __future__ import annotations

import json
from collections import OrderedDict
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bantin.site.feeds import indented_json

TEXT = st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from('"\\/\n\t\x00\x1fđĐ–…\u2028'))
LEAVES = st.one_of(
    TEXT, st.integers(), st.booleans(), st.none(), st.floats(allow_nan=True, allow_infinity=True)
)
VALUES = st.recursive(
    LEAVES,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=3).map(tuple),
        st.dictionaries(TEXT, inner, max_size=4),
        st.dictionaries(st.integers() | st.booleans() | st.none(), inner, max_size=2),
    ),
    max_leaves=25,
)


def expected(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1)


@settings(max_examples=2000, deadline=None)
@given(VALUES)
def test_the_same_text_as_json_dumps(value: Any) -> None:
    assert indented_json(value) == expected(value)


def test_a_feeds_shape_and_values_json_writes_its_own_way() -> None:
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": 'Tin "Việt" – Lào',
        "authors": [{"name": "Tin"}],
        "items": [{"id": "https://x/1/", "tags": [], "meta": {}}, {"n": 3, "ok": True, "no": None}],
    }
    assert indented_json(feed) == expected(feed)
    assert indented_json({}) == "{}" and indented_json([]) == "[]"
    for odd in (OrderedDict(a=1), {"x": 1.5}, {"x": float("nan")}, {"x": [1, {2: "b"}]}, "s"):
        assert indented_json(odd) == expected(odd)
