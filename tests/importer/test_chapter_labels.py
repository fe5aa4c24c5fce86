"""A long read's chapter label opening its text in a news-please page (`Chương 1 - Những đêm diễn giữa
rừng`, `Phần 2: …`; bantin/importer/layouts.py, blind round fixtures/blind_laos12.yml): the story's own
heading, its label and number before its title, stays where the short lines over the text (a menu, a
related story's headline) go."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert


def _vfnd(first: str) -> bytes:
    return "\n".join(
        [
            "Đội văn nghệ xung kích biểu diễn ở bản vùng biên",
            "",
            "Đội văn nghệ xung kích của tỉnh biểu diễn 6 đêm ở các bản dọc biên giới. - Tạp chí Văn nghệ Mẫu",
            "",
            "Văn nghệ › Emagazine",
            "Nghệ nhân làng gốm giữ nghề giữa phố",
            first,
            "Đêm 14/10, sân nhà văn hóa bản Na Ngoi chật kín người. Hơn 300 bà con ngồi quanh sân khấu.",
            "Tiết mục mở màn là điệu múa xòe, cả sân cùng vỗ tay theo nhịp trống.",
            "Các diễn viên ở lại bản ba ngày, dạy bà con hát những làn điệu dân ca mới.",
        ]
    ).encode()


@pytest.mark.parametrize(
    "label", ["Chương 1 - Những đêm diễn giữa rừng", "Phần 2: Hát cho bà con vùng biên", "PHẦN I. ĐÊM DIỄN"]
)
def test_a_chapter_label_over_the_text_stays(label: str) -> None:
    body = convert(_vfnd(label), "a.txt").body
    assert label in body
    assert "Nghệ nhân làng gốm giữ nghề giữa phố" not in body and "Emagazine" not in body


def test_a_related_headline_without_a_chapters_number_still_goes() -> None:
    body = convert(_vfnd("Chương trình nghệ thuật chào mừng ngày hội đại đoàn kết"), "a.txt").body
    assert "Chương trình nghệ thuật chào mừng" not in body
