"""Front-matter's data made without PyYAML's constructor is the constructor's own, or left to it."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from bantin.core.errors import TextLoader, parse_yaml

DOCUMENTS = [
    "title: Tin\ndate: 2021-10-15\norganizations:\n- a\n- b\npeople: []\ndraft: false\n",
    'title: \'Có dấu: hai chấm\'\nsummary_en: "Quoted \\u00e9 \\"x\\""\nlead: |\n  Dòng một\n  Dòng hai\n',
    "folded: >\n  một\n  hai\nempty:\nnull_word: null\ntilde: ~\n",
    "yes_word: yes\nOn: on\nupper: TRUE\nquoted_bool: 'true'\n",
    "count: 3\nratio: 1.5\nhex: 0x1f\nseconds: 1:30\n",  # numbers: the constructor's
    "date_estimated: true\nupdated: 2021-10-15T10:00:00+07:00\n",
    "a: &x [1, 2]\nb: *x\n",  # an alias: one list, shared
    "a: &s text\nb: *s\n",
    "base: &b {x: 1}\nmerged:\n  <<: *b\n  y: 2\n",
    "nested:\n  - {id: a, names: [x, y]}\n  - id: b\n",
    "? [complex, key]\n: value\n",
    "1: number key\n",
    "null: null key\n",
    "explicit: !!str 123\nflag: !!bool yes\nnothing: !!null x\n",
    "bad_flag: !!bool maybe\n",
    "- a list\n- at the top\n",
    "just text\n",
    "'quoted': 1\n\"x\": y\n",
    "",
    "# only a comment\n",
]


def _constructor(text: str) -> Any:
    loader = TextLoader(text)
    try:
        node = loader.get_single_node()
        return None if node is None else loader.construct_document(node)
    finally:
        loader.dispose()


def _outcome(fn: Any, text: str) -> tuple[str, Any]:
    try:
        return "ok", fn(text)
    except Exception as exc:
        return "error", type(exc)


@pytest.mark.parametrize("text", DOCUMENTS)
def test_the_data_is_the_constructors(text: str) -> None:
    expected = _outcome(_constructor, text)
    got = _outcome(lambda t: parse_yaml(t)[1], text)
    assert got == expected
    if got[0] == "ok":
        assert repr(got[1]) == repr(expected[1])  # types too (True is not 1)


def test_an_alias_is_one_object_as_the_constructor_makes_it() -> None:
    data = parse_yaml("a: &x [1, 2]\nb: *x\n")[1]
    assert data["a"] is data["b"]
    data = parse_yaml("a: &x [p, q]\nb: *x\n")[1]
    assert data["a"] is data["b"]


def test_a_key_given_twice_is_still_an_error_naming_both_lines() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match=r"duplicate key 'title' \(first on line 1\)"):
        parse_yaml("title: a\ndate: 2021-10-15\ntitle: b\n")
    with pytest.raises(yaml.constructor.ConstructorError, match="duplicate key 'id'"):
        parse_yaml("- id: a\n  id: b\n")
