"""A story's numbered subheading run into its section's first sentence, which says it again
(`glued_teasers`): no related story's teaser is numbered, so both stay; an unnumbered headline run into
the lead that repeats it still goes."""

from __future__ import annotations

from bantin.importer.furniture import LINKED_HEADLINE, Unit
from bantin.importer.glued_teasers import TEASER_LEAD, glued_teaser_apart


def _cut(text: str) -> list[tuple[str, str]]:
    return [(unit.text, unit.reason) for unit in glued_teaser_apart([Unit(0, text)])]


_HEAD = "Nâng mức giảm trừ gia cảnh cho người nộp thuế"
_SECTION = "Mức giảm trừ gia cảnh cho người nộp thuế là 15,5 triệu đồng/tháng, cho mỗi người phụ thuộc là 6,2 triệu đồng."


def test_a_numbered_subheading_and_the_section_that_repeats_it_stay() -> None:
    for number in ("2.", "III.", "3)"):
        text = f"{number} {_HEAD} {_SECTION}"
        assert _cut(text) == [(text, "article text")]


def test_the_same_pair_with_no_number_is_a_teaser_and_goes() -> None:
    assert _cut(f"{_HEAD} {_SECTION}") == [(_HEAD, LINKED_HEADLINE), (_SECTION, TEASER_LEAD)]
