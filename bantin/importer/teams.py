"""A newsroom's team signing a story as one (`Nhóm Phóng viên`, `Nhóm PV`, `Nhóm tác giả`), and a
securities firm's analysts signing a note or a report (`Phòng Phân tích`, `Nhóm phân tích Simplize`).

A forum's roundup of readers' letters, an investigation by several reporters, is signed by the team,
not by a name: `bylines` reads the signature as the story's writer (what the page prints under the
story is then the page's), as it reads `PV` or `Nhóm thực hiện:` with a name after it. The words are
the newsroom's own (a team of reporters or writers), so no group a story speaks of (`Nhóm Wagner`)."""

from __future__ import annotations

import re

__all__ = ["team"]

_TEAM = re.compile(
    r"Nhóm (?:[Pp]hóng viên|PV|P\.V|[Tt]ác giả|[Pp]hóng viên điều tra)|"
    # … and a securities firm's analysts signing its note, the firm's name after them or none
    r"(?:Nhóm|Phòng|Trung tâm|Khối|Bộ phận) [Pp]hân tích(?: [A-ZĐ][\w&-]*){0,3}"
)


def team(text: str) -> bool:
    """`text` is a newsroom's team's signature and nothing else."""
    return _TEAM.fullmatch(text.strip()) is not None
