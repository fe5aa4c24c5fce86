"""A writer's name with a workplace after it, as a journal signs a paper (`TS. Ngô Thị Thanh Huyền -
Học viện Tài chính`, `Nguyễn Thị Thanh Hương, Trường Đại học Đà Lạt`, `ThS. Lê Hoàng Nam (Tạp chí …)`):
`edges` cuts a closing byline from the chrome run on after it, and must not cut inside such a name
(`TS. Ngô` | `Thị Thanh Huyền - …`), which the words up to the workplace's mark (a dash, a comma, a
bracket) finish."""

from __future__ import annotations

from ..tagging.kinds import SURNAMES

__all__ = ["name_goes_on"]

_DASHES = ("-", "–")


def name_goes_on(words: list[str], n: int) -> int:
    """How many words after `words[:n]` finish the name they end inside (0: none): after the writer's
    titles (`PGS.TS.`, `ThS.`), a family name and fewer than four words, then one to three words in
    title case (four words in all at most) right before a dash, a comma or a bracket opening the
    workplace."""
    name = [w for w in words[:n] if "." not in w]
    if not name or name[0] not in SURNAMES or len(name) >= 4 or any(w in _DASHES for w in words[:n]):
        return 0
    for k, word in enumerate(words[n : n + 3], start=1):
        bare = word.removesuffix(",")
        if not (bare.istitle() and bare.isalpha()) or len(name) + k > 4:
            return 0
        after = words[n + k : n + k + 1]
        if word.endswith(",") or (after and (after[0] in _DASHES or after[0].startswith("("))):
            return k
    return 0
