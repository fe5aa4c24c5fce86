"""A photo's credit said again under the next photo of the page (a gallery whose photos are credited
alike: `Ảnh: Làng Văn hóa`), printed with no stop before what follows it.

`captions` reads a credit's end from the words after it, and a name with a word in lower case in it
(`Làng Văn hóa`) may read as a credit's first word and the next sentence (`Làng` | `Văn hóa …`) when the
closing byline follows it (`Ảnh: Làng Văn hóa Mai Linh`). A credit the page printed whole under an
earlier photo is the same credit here: the longer reading wins, where the words after it go on with
no word cut in two."""

from __future__ import annotations

__all__ = ["credited_before"]


def credited_before(window: str, credit: str, cut: int, earlier: list[str]) -> tuple[str, int]:
    """(the credit, where the text after it begins) at the start of `window`: `credit` and `cut` as
    `captions` read them, or a longer credit of `earlier` (the page's credits read before) that
    `window` opens with and `credit` begins; the credit is added to `earlier` for the next photo's."""
    for said in sorted(set(earlier), key=len, reverse=True):
        if len(said) <= len(credit) or not said.startswith(credit) or not window.startswith(said):
            continue
        following = window[len(said) : len(said) + 1]
        if not (following.isalpha() and following.islower()) and not following.isdigit():
            credit, cut = said, len(said)  # `Làng Văn hóa` | `Mai Linh`, `Làng Văn hóa` | `Các em …`
            break
    earlier.append(credit)
    return credit, cut
