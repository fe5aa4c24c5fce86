"""A lead peeled off a page's header (a menu, a crumb, a banner run into it): `whole_lead` is the one test
that what follows the cut is the story's lead, prose, a whole sentence of ten words or more (a caller's
own least count a parameter) and no furniture but maybe a commune's address (`plain_lead`). `menus`,
`headline_lead`, `honorific_lead`, `timed_leads`, `portal_menus`, `subject_leads`, `title_crumbs`,
`section_crumbs`, `item_menus` and `org_leads` ask it after their cut."""

from __future__ import annotations

from .furniture import Signals

__all__ = ["plain_lead", "whole_lead"]

_LEAD_WORDS = 10  # a lead's fewest words: a whole sentence


def plain_lead(found: Signals) -> bool:
    """A lead peeled off a header holds no furniture but maybe a commune's address (`… xã Quảng Khê,
    huyện Ba Bể …`), which leads name all the time."""
    return found.strong is None or found.strong == "street address"


def whole_lead(found: Signals, least: int = _LEAD_WORDS) -> bool:
    """`found`, the signals of what follows a header's cut, are a whole lead's: prose, a sentence of
    `least` words or more, plain (`plain_lead`)."""
    return bool(found.prose and found.sentence and found.words >= least and plain_lead(found))
