"""A cut headline completed from its link takes each missing word as the page prints it
(`title_words.Words`); of runs as long, the form a sentence prints inside it, not the capital a
sentence's start gives the same words (`… tuyển sinh đại học chính quy năm 2024`, from `… tốt nghiệp
THPT năm 2024`, not the lead's `Năm 2024, Trường …`). A word printed only at a sentence's start keeps
its capital: it may be a name."""

from __future__ import annotations

from bantin.importer.title_words import Words
from bantin.importer.titles import complete

_URL = "https://qnu.example.edu.vn/tin-tuc/truong-cong-bo-phuong-thuc-tuyen-sinh-dai-hoc-chinh-quy-nam-2024-2451.html"
_TEXTS = [
    "Năm 2024, Trường tuyển 4.300 chỉ tiêu đại học chính quy cho 52 ngành.",
    "Phương thức 1: Xét kết quả thi tốt nghiệp THPT năm 2024",
]


def test_the_form_inside_a_sentence_wins_over_a_sentences_capital() -> None:
    title, changed = complete("Trường công bố phương thức tuyển sinh...", _URL, _TEXTS)
    assert changed and title == "Trường công bố phương thức tuyển sinh đại học chính quy năm 2024"


def test_a_run_printed_only_at_a_sentences_start_keeps_its_capital() -> None:
    assert Words(["Hà Nội có mưa rào.", "Sáng nay trời rét."]).longest(["ha", "noi"], None) == (
        2,
        "Hà Nội",
        None,
    )
