"""What gets translated: Vietnamese sentences, the lead summary, the source hash, the field rule."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bantin.core.prose import paragraphs as prose_paragraphs
from bantin.translate.fields import Decision, decide, plan
from bantin.translate.lead import Source, lead_summary
from bantin.translate.sentences import pack, split_sentences


@pytest.mark.parametrize(
    "text",
    [
        "Ông gặp PGS.TS. Nguyễn Văn A tại TP. Hồ Chí Minh.",
        "Tp. Hồ Chí Minh đón ThS. Lê Văn B và Th.S Trần C cùng GS. Đỗ D, TS. Phạm E.",
        "Hơn 1.000 người tham dự, tăng 3,5% so với ngày 15/10/2021 và 2.5 lần năm trước.",
        "Theo Chinhphu.vn và nhandan.vn, ông H.Vũ cho biết.",
        "Mưa lớn kéo dài… Sáng nay nước vẫn dâng.",
        "Mưa lớn kéo dài... Sáng nay nước vẫn dâng.",
        "Đội U.23 Việt Nam thắng.",
    ],
)
def test_abbreviations_numbers_domains_and_ellipses_do_not_end_a_sentence(text: str) -> None:
    assert split_sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Hai bên hội đàm. Sau đó ký kết.", ["Hai bên hội đàm.", "Sau đó ký kết."]),
        ("Ngày 15/10. Hai bên gặp nhau.", ["Ngày 15/10.", "Hai bên gặp nhau."]),
        ("Theo Chinhphu.vn. Bộ trưởng nói.", ["Theo Chinhphu.vn.", "Bộ trưởng nói."]),
        ("Tôi đã gặp ông. Sau đó về nhà.", ["Tôi đã gặp ông.", "Sau đó về nhà."]),
        ('Ông nói: "Cảm ơn bà." Bà cười.', ['Ông nói: "Cảm ơn bà."', "Bà cười."]),
        ("Có thật không? Có! Đúng vậy.", ["Có thật không?", "Có!", "Đúng vậy."]),
    ],
)
def test_sentence_ends(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


def test_pack_fills_chunks_up_to_the_limit_without_splitting_sentences() -> None:
    sentences = ["Một hai ba.", "Bốn năm sáu bảy.", "Tám."]
    assert pack(sentences, 28) == ["Một hai ba. Bốn năm sáu bảy.", "Tám."]
    assert pack(sentences, 27) == ["Một hai ba.", "Bốn năm sáu bảy. Tám."]


def test_pack_measures_in_bytes_when_asked() -> None:
    sentence = "Đồng chí Võ Văn Thưởng."  # 23 characters, 32 bytes in UTF-8
    assert pack([sentence, sentence], 47) == [f"{sentence} {sentence}"]
    assert pack([sentence, sentence], 47, lambda s: len(s.encode())) == [sentence, sentence]


@given(
    st.lists(st.text(alphabet="aăbđệ .", min_size=1, max_size=40), min_size=1, max_size=8),
    st.integers(min_value=3, max_value=60),
)
def test_pack_keeps_every_word_in_order_and_every_chunk_under_the_limit(
    sentences: list[str], limit: int
) -> None:
    sentences = [" ".join(s.split()) for s in sentences if s.split()]
    chunks = pack(sentences, limit)
    assert all(0 < len(c) <= limit for c in chunks)
    assert "".join("".join(chunks).split()) == "".join("".join(sentences).split())


BODY = """\
Chú thích ảnh – *Ảnh: TTXVN*{: .credit}
{: .caption }

![Ảnh](anh.jpg)

Câu **đầu tiên** có [liên kết](https://example.org). Câu thứ hai ở TP. Hồ Chí Minh.

## Tiêu đề phụ

Câu thứ ba. Câu thứ tư rất dài, dài hơn nhiều so với các câu trước đó trong bài viết này.
"""


def test_captions_images_and_headings_are_not_prose() -> None:
    paragraphs = list(prose_paragraphs(BODY))
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("Câu **đầu tiên**")


def test_lead_is_plain_text_whole_sentences_within_the_limit() -> None:
    assert lead_summary(BODY, None, 600) == (
        "Câu đầu tiên có liên kết. Câu thứ hai ở TP. Hồ Chí Minh. Câu thứ ba. "
        "Câu thứ tư rất dài, dài hơn nhiều so với các câu trước đó trong bài viết này."
    )
    assert (
        lead_summary(BODY, None, 70) == "Câu đầu tiên có liên kết. Câu thứ hai ở TP. Hồ Chí Minh. Câu thứ ba."
    )
    assert lead_summary(BODY, None, 5) == "Câu đầu tiên có liên kết."  # one sentence at least


def test_the_lead_key_comes_first_and_is_not_repeated() -> None:
    body = "Sapo của bài.\n\nĐoạn hai.\n"
    assert lead_summary(body, "Sapo của bài.", 600) == "Sapo của bài. Đoạn hai."
    assert lead_summary("Đoạn một.\n", "Sapo riêng.", 600) == "Sapo riêng. Đoạn một."
    assert lead_summary("", None, 600) == ""


def test_source_hash_changes_with_title_or_summary() -> None:
    base = Source("Tiêu đề", "Tóm tắt.")
    assert base.sha256 == Source("Tiêu đề", "Tóm tắt.").sha256
    assert base.sha256 != Source("Tiêu đề mới", "Tóm tắt.").sha256
    assert base.sha256 != Source("Tiêu đề", "Tóm tắt khác.").sha256


H = "a" * 64


@pytest.mark.parametrize(
    ("meta", "force", "decision"),
    [
        ({"title_en": "", "title_en_by": ""}, False, Decision.FILL),
        ({}, False, Decision.FILL),
        ({"title_en": None, "title_en_by": "machine:google"}, False, Decision.FILL),
        ({"title_en": "Hand", "title_en_by": "editor"}, True, Decision.EDITOR),
        ({"title_en": "Hand"}, True, Decision.EDITOR),  # text without `_by` is an editor's
        ({"title_en": "", "title_en_by": "editor"}, True, Decision.EDITOR),  # claimed by an editor
        ({"title_en": "Old", "title_en_by": "machine:libre", "en_source_sha256": H}, False, Decision.CURRENT),
        ({"title_en": "Old", "title_en_by": "machine:libre", "en_source_sha256": H}, True, Decision.FORCE),
        (
            {"title_en": "Old", "title_en_by": "machine:libre", "en_source_sha256": "b" * 64},
            False,
            Decision.REFRESH,
        ),
        ({"title_en": "Old", "title_en_by": "machine:libre"}, False, Decision.REFRESH),  # no hash: unknown
    ],
)
def test_field_decisions(meta: dict[str, str], force: bool, decision: Decision) -> None:
    assert decide(meta, "title_en", "title_en_by", H, force) is decision


def test_a_summary_without_vietnamese_text_is_left_alone() -> None:
    decided = plan({}, H, "", force=False)
    assert decided.title is Decision.FILL and decided.summary is Decision.NO_SOURCE
    assert plan({"title_en": "T", "summary_en": "S"}, H, "x", False).reason() == "written by an editor"
