"""A station's writer signs with the place the station is named after (`Thành Trung - Phú Thọ` on a
story of `Đài PT-TH Phú Thọ`): the place is the publisher's, not a second writer's name, so it comes
off the author. A second name the publisher's does not hold stays (`Văn Hùng - Thu Hà`)."""

from __future__ import annotations


def without_own_place(author: str | None, source: str | None) -> str | None:
    """`Thành Trung - Phú Thọ` of `Đài PT-TH Phú Thọ` → `Thành Trung`."""
    if not author or not source or " - " not in author:
        return author
    writer, _, place = author.rpartition(" - ")
    words, named = place.split(), source.split()
    if not writer.strip() or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return author
    ends = named[-len(words) :] == words and len(named) > len(words)  # the station's name ends with it
    return writer.strip() if ends else author
