"""A template rendered many times a build, without Jinja copying its globals each time.

Jinja's `Template.render` copies the template's globals out of a `ChainMap` at every call (~30 µs,
a second of a cold build at 10,000 articles); they do not change while a build renders, so
`render_flat` flattens them once per template and passes the context as it is (`shared`), as
Jinja itself does for an `{% include %}`. The pages, the cards, the feeds and their entries use it.
"""

from __future__ import annotations

from typing import Any

import jinja2


def render_flat(
    env: jinja2.Environment, name: str, context: dict[str, Any], flattened: dict[str, dict[str, Any]]
) -> str:
    """`env.get_template(name).render(context)`, the same text; `flattened`: the globals of each
    template by name, kept by the caller for its next renders (they are the environment's)."""
    template = env.get_template(name)
    flat = flattened.get(name)
    if flat is None:
        flat = flattened[name] = dict(template.globals)
    try:
        return "".join(template.root_render_func(template.new_context({**flat, **context}, shared=True)))
    except Exception:
        env.handle_exception()
