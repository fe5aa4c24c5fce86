"""A journal's citation widget run into the closing byline (fixtures/blind_journals.yml: `TS. Phạm Văn
Tuyết, Trường Đại học Luật Hà Nội Trích dẫn: Phạm Văn Tuyết (2024), Tạp chí Luật học, số 12, …`): its
label, with a colon or before `bài viết`, starts a field of its own (`field_starts`), so the byline
signs the paper and the citation goes with the widgets after it; a sentence's `trích dẫn` stays."""

from __future__ import annotations

from bantin.importer.field_starts import field_cuts

SIGNED = "TS. Phạm Văn Tuyết, Trường Đại học Luật Hà Nội"


def test_the_citation_s_label_starts_a_field() -> None:
    text = f"{SIGNED} Trích dẫn: Phạm Văn Tuyết (2024), Tạp chí Luật học, số 12, tr. 3-15."
    assert len(SIGNED) + 1 in field_cuts(text)
    text = f"{SIGNED} Trích dẫn bài viết APA Chicago"
    assert len(SIGNED) + 1 in field_cuts(text)


def test_a_sentence_citing_something_is_not_cut() -> None:
    text = "Tác giả Trích dẫn nhiều nguồn tư liệu quý về lịch sử vùng đất này."
    assert not field_cuts(text)
    assert not field_cuts("Bài viết trích dẫn: “Dân là gốc”.")
