"""An SVG in content is published only when it is a picture and nothing more (issue 22, item 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin.site.content_files import inert_svg

SVG = 'xmlns="http://www.w3.org/2000/svg"'

INERT = {
    "empty": f"<svg {SVG}/>\n",
    "a drawing": f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- logo --><svg {SVG} xmlns:xlink="http://www.w3.org/1999/xlink" '
    'viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="10" height="10" '
    'style="stroke:red"/><use xlink:href="#g"/><style>rect{fill:blue}</style><text>Việt Nam</text></svg>',
}

ACTIVE = {
    "script": f"<svg {SVG}><script>alert(1)</script></svg>",
    "handler": f'<svg {SVG} OnLoad="alert(1)"/>',
    "foreign object": f'<svg {SVG}><foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></body></foreignObject></svg>',
    "xhtml inside": f'<svg {SVG}><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></svg>',
    "link": f'<svg {SVG}><a href="javascript:alert(1)"><text>x</text></a></svg>',
    "animation": f'<svg {SVG}><animate attributeName="href" values="javascript:alert(1)"/></svg>',
    "entity": f'<!DOCTYPE svg [<!ENTITY x "y">]><svg {SVG}>&x;</svg>',
    "style sheet": f'<?xml-stylesheet type="text/xsl" href="e.xsl"?><svg {SVG}/>',
    "instruction": f"<svg {SVG}><?foo bar?></svg>",
    "outside reference": f'<svg {SVG} xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="http://e.example/x.svg#a"/></svg>',
    "no namespace": "<svg><script>alert(1)</script></svg>",
    "another encoding": f'<?xml version="1.0" encoding="ISO-2022-JP"?><svg {SVG}/>',
    "not closed": f"<svg {SVG}>",
}


@pytest.mark.parametrize("name", INERT)
def test_a_picture_is_inert(tmp_path: Path, name: str) -> None:
    path = tmp_path / "x.svg"
    path.write_text(INERT[name], encoding="utf-8")
    assert inert_svg(path)


@pytest.mark.parametrize("name", ACTIVE)
def test_anything_more_is_active(tmp_path: Path, name: str) -> None:
    path = tmp_path / "x.svg"
    path.write_text(ACTIVE[name], encoding="utf-8")
    assert not inert_svg(path)


def test_utf16_is_active(tmp_path: Path) -> None:
    path = tmp_path / "x.svg"
    path.write_bytes(INERT["empty"].encode("utf-16"))
    assert not inert_svg(path)
