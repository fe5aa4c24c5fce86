"""The shape of a person's name when it is not written as a Vietnamese name in Vietnamese letters.

Names of the Central Highlands' peoples carry an apostrophe (`H'Hen Niê`, `K'Sor Nhai`, `Ksor
H'Thu`), Korean and Thai names a hyphen (`Lee Jae-hyun`, `Bahiddha-nukara`), and Lao, Thai, Western
names and Vietnamese names typed without their marks are plain ASCII (`Sonexay Siphandone`, `Phan
Anh`). A credit parser that takes only letters for a name's word cuts `H'Hen` off its name, and a
detector that reads five ASCII words in title case as an English menu (`Home Politics Economy
Travel Culture`) drops a byline of two writers (`Phan Anh - Ksor H'Thu`). `name_word` and
`names_list` read those shapes; `highland_name` tells a one-word name (`H'Mai`, `K'Bình`) from a
foreign outlet's (`L'Express`), both ASCII words with an apostrophe.
"""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS, is_syllable

__all__ = ["goes_on_to_dash", "highland_name", "name_word", "names_list"]

# A word in title case, its parts joined by an apostrophe or a hyphen (`H'Hen`, `K'Sor`, `Jae-hyun`).
_NAME_WORD = re.compile(
    rf"[{CAPITALS}][{SMALL_LETTERS}]*(?:['’\-][{CAPITALS}{SMALL_LETTERS}][{SMALL_LETTERS}]+)*"
)
# Where the names of a list part (`Phan Anh - Ksor H'Thu`, `Phan Anh, Ksor H'Thu`).
_APART = re.compile(r"\s+[-–]\s+|\s*,\s+|\s+và\s+")


def name_word(word: str) -> bool:
    """A word of a name in title case: `Chị`, `Hen`, and with an apostrophe or a hyphen inside
    (`H'Hen`, `K'Sor`, `Jae-hyun`); a name in capitals (`NGUYỄN`) or a lone letter is none."""
    return _NAME_WORD.fullmatch(word) is not None and any(c.islower() for c in word)


def names_list(text: str) -> bool:
    """Two names or more joined by a dash, a comma or `và`, each of two to four words in title case
    (`Phan Anh - Ksor H'Thu`): the writers of a story. A menu's items are one word each (`Home -
    News - Sports`), or not joined at all (`Home Politics Economy Travel Culture`)."""
    parts = _APART.split(text.strip())
    return len(parts) >= 2 and all(2 <= len(p.split()) <= 4 and all(map(name_word, p.split())) for p in parts)


# A name of the Central Highlands' peoples: a letter, an apostrophe, a syllable (`H'Mai`, `K'Bình`).
_HIGHLAND = re.compile(rf"[{CAPITALS}]['’](?P<syllable>[{CAPITALS}][{SMALL_LETTERS}]+)")


def highland_name(word: str) -> bool:
    """`H'Mai`, `K'Bình`: a person's name (a woman's `H'`, a K'Ho's `K'` …) whose part after
    the apostrophe is a syllable of the language, not a foreign outlet's word (`L'Express`, `L'Equipe`)."""
    found = _HIGHLAND.fullmatch(word)
    return found is not None and is_syllable(found.group("syllable").lower())


_DASHES = ("-", "–")
_MIDDLE_ONLY = frozenset({"Thị", "Văn"})  # a middle name's syllable, which ends no one's name


def goes_on_to_dash(words: list[str], n: int) -> bool:
    """The name `words[:n]` goes on in capitals to a dash (`Bài: Minh Khuê - Ảnh: …`), two words more
    when it stops on a middle name's syllable (`Hồ Thị | Thanh Hiền - Phòng Công tác xã hội`): the name
    is not cut before the dash."""
    reach = (n + 1, n + 2) if 0 < n <= len(words) and words[n - 1] in _MIDDLE_ONLY else (n + 1,)
    dash = next((k for k in reach if k < len(words) and words[k] in _DASHES), None)
    return dash is not None and all(w[:1].isupper() for w in words[n:dash])
