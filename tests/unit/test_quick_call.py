"""`QuickCallContext.call` gives what Jinja's own `Context.call` gives, for every kind of callable;
`quick_escape` what markupsafe's `escape` gives."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import jinja2
import markupsafe
import pytest
from jinja2.runtime import Context
from markupsafe import Markup

from bantin.site.templates import QuickCallContext, QuickEscapeTemplate, quick_escape


def plain(*args: Any, **kwargs: Any) -> tuple[Any, ...]:
    return ("plain", args, tuple(sorted(kwargs.items())))


@jinja2.pass_context
def wants_context(context: Any, value: Any) -> tuple[Any, ...]:
    return ("context", context.get("who"), value)


@jinja2.pass_environment
def wants_environment(environment: Any, value: Any) -> tuple[Any, ...]:
    return ("environment", environment.globals.get("site"), value)


@jinja2.pass_eval_context
def wants_eval_context(eval_context: Any, value: Any) -> tuple[Any, ...]:
    return ("eval", eval_context.autoescape, value)


def stops() -> Any:
    raise StopIteration


class Thing:
    def method(self, value: Any) -> tuple[Any, ...]:
        return ("method", value)

    @jinja2.pass_context
    def context_method(self, context: Any, value: Any) -> tuple[Any, ...]:
        return ("context method", context.get("who"), value)


class CallsWithContext:
    @jinja2.pass_context
    def __call__(self, context: Any, value: Any) -> tuple[Any, ...]:
        return ("callable", context.get("who"), value)


CALLABLES = [
    plain,
    wants_context,
    wants_environment,
    wants_eval_context,
    Thing().method,
    Thing().context_method,
    CallsWithContext(),
    partial(plain, "first"),
    lambda value: ("lambda", value),
    "abc".upper,
    dt.date(2021, 10, 15).isoformat,
    len,
]


def contexts() -> tuple[Context, Context]:
    made = []
    for kind in (Context, QuickCallContext):
        env = jinja2.Environment(autoescape=True)
        env.globals["site"] = "digest"
        env.context_class = kind
        made.append(env.from_string("").new_context({"who": "page"}))
    return made[0], made[1]


@pytest.mark.parametrize("function", CALLABLES, ids=repr)
@pytest.mark.parametrize("extra", [{}, {"_loop_vars": {"who": "loop"}}, {"_block_vars": {"who": "block"}}])
def test_the_same_result_as_jinjas_call(function: Any, extra: dict[str, Any]) -> None:
    jinjas, ours = contexts()
    assert type(ours) is QuickCallContext
    name = getattr(function, "__name__", "")
    args = () if name in ("upper", "isoformat") else ("abc",) if function is len else ("x",)
    expected = jinjas.call(function, *args, **dict(extra))
    assert ours.call(function, *args, **dict(extra)) == expected


def test_a_stopiteration_is_undefined_as_in_jinja() -> None:
    jinjas, ours = contexts()
    assert isinstance(jinjas.call(stops), jinja2.Undefined)
    assert isinstance(ours.call(stops), jinja2.Undefined)


def test_templates_use_it() -> None:
    env = jinja2.Environment(autoescape=True)
    env.context_class = QuickCallContext
    template = env.from_string(
        "{{ f(1) }} {% for i in [2] %}{{ f(i) }}{{ c(i) }}{% endfor %} {{ d.isoformat() }}"
    )
    html = template.render(f=lambda v: v * 10, c=wants_context, d=dt.date(2021, 10, 15), who="me")
    assert html == "10 20(&#39;context&#39;, &#39;me&#39;, 2) 2021-10-15"


def test_the_globals_it_knows_are_jinjas() -> None:
    """A context keeps the names of its template's globals (Jinja reads them when a template is
    imported as a module): the same set, from a ChainMap or a dict."""
    loader = jinja2.DictLoader(
        {
            "macros.html": "{% macro hello(who) %}Hello {{ who }} of {{ site }}{% endmacro %}",
            "page.html": '{% import "macros.html" as m with context %}{{ m.hello(who) }}',
        }
    )
    made = {}
    for kind in (Context, QuickCallContext):
        env = jinja2.Environment(loader=loader, autoescape=True)
        env.context_class = kind
        env.globals.update(site="digest", extra=1)
        template = env.get_template("page.html", globals={"local": 2})
        context = template.new_context({"who": "readers"})
        made[kind] = (context.globals_keys, template.render(who="readers"))
        assert type(context) is kind
        plain = jinja2.runtime.new_context(env, "x", {}, {"x": 1}, globals={"a": 1})
        assert type(plain) is kind and plain.globals_keys == {"a"}  # globals as a dict
    assert made[Context] == made[QuickCallContext]
    assert made[QuickCallContext][0] >= {"site", "extra", "local"}
    assert made[QuickCallContext][1] == "Hello readers of digest"


class Html:
    def __html__(self) -> str:
        return "<b>safe</b>"


@pytest.mark.parametrize(
    "value",
    ["", "plain", "Tỉnh ủy & <script>'\"", Markup("<i>x</i>"), 42, 1.5, None, Html(), ["a", "<"]],
    ids=repr,
)
def test_quick_escape_is_markupsafes(value: Any) -> None:
    ours, theirs = quick_escape(value), markupsafe.escape(value)
    assert type(ours) is type(theirs) is Markup
    assert ours == theirs


def test_templates_escape_with_it_and_write_the_same() -> None:
    source = "{{ a }}|{{ b }}|{{ c }}|{% for x in d %}{{ x }}{% endfor %}{% block z %}{{ a }}{% endblock %}"
    values = {"a": "<&>'\"", "b": Markup("<em>ok</em>"), "c": 3, "d": ["<", Html()]}
    made = []
    for quick in (False, True):
        env = jinja2.Environment(autoescape=True)
        if quick:
            env.template_class = QuickEscapeTemplate
        template = env.from_string(source)
        assert (template.root_render_func.__globals__["escape"] is quick_escape) is quick
        made.append(template.render(values))
    assert (
        made[0] == made[1] == "&lt;&amp;&gt;&#39;&#34;|<em>ok</em>|3|&lt;<b>safe</b>&lt;&amp;&gt;&#39;&#34;"
    )
