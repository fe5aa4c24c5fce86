"""The lettered answer options of a quiz run into the text (`A. 11/3/1945 B. 19/8/1945 C. 2/9/1945`).

A paper's quiz (a contest on a province's history, a test of traffic law) prints each question with
its options `A.`, `B.`, `C.` (`D.`), and on one line (the vnsum layout) they run on. A capital letter
with its stop after a number reads as a unit of measure ending a sentence (`sạc nhanh 25 W.`), which
cut an option's letter off its answer and left a date opening the next unit (`19/8/1945 C.`), a
teaser's stamp to the chrome detector. Letters that follow one another from `A`, three at least, each
alone before its stop and an answer opening in capitals or figures, each close after the one before
(an option is short), are a list's options: each starts a unit, its answer stays with it. Persons a
court report leaves unnamed (`anh Nguyễn Văn A. cùng chị Trần Thị B. …`) are none.
"""

from __future__ import annotations

import re

__all__ = ["answer_options"]

# `A. `, `B. ` alone (no word of its own: `TP. `, `Th. ` are abbreviations) before the answer
_OPTION = re.compile(r"(?:^|(?<=\s))([A-F])\.\s+(?=\S)")
_LEAST = 3
_LONGEST = 80  # characters from an option to the next: an answer, not a sentence


def answer_options(text: str) -> dict[int, int]:
    """Where the lettered options of a quiz in `text` start, each with where its answer starts: runs
    of letters following one another from `A` (`A. … B. … C. …`), three at least."""
    out: dict[int, int] = {}
    run: list[re.Match[str]] = []
    for match in _OPTION.finditer(text):
        letter, answer = match.group(1), text[match.end()]
        if not (answer.isupper() or answer.isdigit()):
            run = []
        elif letter == "A":
            run = [match]
        elif run and ord(letter) == ord(run[-1].group(1)) + 1 and match.start() - run[-1].end() <= _LONGEST:
            run.append(match)
        else:
            continue
        if len(run) >= _LEAST:
            out.update((m.start(), m.end()) for m in run)
    return out
