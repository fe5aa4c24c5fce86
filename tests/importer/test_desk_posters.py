"""A post's label with the desk as its writer run into the lead (fixtures/blind_vnsum2.yml: `… Multimedia
Đăng bởi: Ban biên tập Nhóm sinh viên Đại học Bách khoa …`): the lead starts at the capital after the
desk (`field_starts`), so the label and its value go with the header; a person's name after the label
is left to the bylines."""

from __future__ import annotations

from bantin.importer.field_starts import field_cuts

LEAD = "Nhóm sinh viên Đại học Bách khoa Đà Nẵng giành giải nhất cuộc thi sáng tạo kỹ thuật."


def test_the_lead_starts_after_the_desk() -> None:
    text = f"Multimedia Đăng bởi: Ban biên tập {LEAD}"
    assert text.index("Nhóm") - 1 in field_cuts(text)


def test_a_person_after_the_label_is_not_cut() -> None:
    text = f"Đăng bởi: Nguyễn Văn An {LEAD}"
    assert text.index("Nhóm") - 1 not in field_cuts(text)
