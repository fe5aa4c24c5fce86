"""A sentence that opens by putting a person: a role of two syllables in a capital, the person's name,
then where they work or study between commas, then what they did (`Sinh viên Souksavanh Phommachanh,
Trường Đại học Bách khoa Hà Nội, chia sẻ …`, `Giám đốc Lê Văn Hòa, Công ty Chè Tân Uyên, cho biết …`).

Run into a headline that ends with a name (`Xem thêm:` | `Lưu học sinh Lào đón Tết tại Hà Nội Sinh
viên …`), a word in capitals after the name is no cut by itself (`Hà Nội Sinh` could be a name going
on); such an opening is: no name goes on in lower case to a second name closed by a comma, then a
place closed by a comma, then a word in lower case (`edges.headline_end` cuts there)."""

from __future__ import annotations

__all__ = ["introduces_person"]

_NAME = (2, 4)  # a person's name: two to four words
_PLACE = 12  # the most words of where they work


def introduces_person(words: list[str]) -> bool:
    """`words` open with a person put by role, name and place, then a word in lower case (see the
    module's docstring)."""
    if len(words) < 6 or not words[0].istitle() or not (words[1].isalpha() and words[1].islower()):
        return False
    name = 0
    for word in words[2 : 2 + _NAME[1]]:
        if not word.istitle():
            return False
        name += 1
        if word.endswith(","):
            break
    else:
        return False
    if name < _NAME[0]:
        return False
    rest = words[2 + name :]
    for k, word in enumerate(rest[:_PLACE]):
        if word.endswith(","):
            return k > 0 and k + 1 < len(rest) and rest[k + 1].isalpha() and rest[k + 1].islower()
    return False
