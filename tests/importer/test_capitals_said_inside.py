"""A related headline run into the story's next sentence is not cut at a word the page writes in a
capital inside its sentences, between two words in lower case (`… suất quà Tết cho hội viên …`, the
page saying `so với Tết năm trước`), when a later word opens the sentence by another sign than the lower
case around it (an office that reports, `Hội Nông dân tỉnh Mây đề nghị …`): there the capital is the
word's own, a feast's (`linked_headlines.said_inside`). With no such start after it the cut stands (`…
vận hành | Thống đốc Lê Văn An nhấn mạnh …`, a title the page says inside too), and a capital the page
prints nowhere else inside a sentence opens one as before (`… vùng lũ | Dự báo …`)."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.linked_headlines import headline_end, said_inside

FIRST = "Theo Hội Nông dân tỉnh Mây, số hộ cần hỗ trợ dịp Tết năm nay tăng gần gấp đôi so với Tết năm trước."
SECOND = "Nhiều hộ ở các xã ven sông mất trắng vụ lúa mùa sau đợt lũ cuối tháng 10."
HEADLINE = "Hội Nông dân tỉnh Mây trao 800 suất quà Tết cho hội viên vùng lũ"
SENTENCE = "Hội Nông dân tỉnh Mây đề nghị các cơ sở hội rà soát hộ khó khăn trước ngày 15/1 để kịp hỗ trợ."
LAST = "Hội viên cần hỗ trợ có thể liên hệ trực tiếp chi hội ở thôn, bản."


def _end(headline: str, sentence: str, first: str = FIRST) -> str:
    units = [Unit(0, first), Unit(1, SECOND), Unit(2, "Đọc thêm:"), Unit(3, f"{headline} {sentence}")]
    words = units[3].text.split()
    k = headline_end(words, units, 3)
    return " ".join(words[:k]) if k is not None else ""


def test_a_capital_said_inside_the_pages_sentences_gives_way_to_a_signed_start() -> None:
    units = [Unit(0, FIRST), Unit(1, SECOND), Unit(2, "Đọc thêm:"), Unit(3, f"{HEADLINE} {SENTENCE}")]
    assert "Tết" in said_inside(units, 3) and "Dự" not in said_inside(units, 3)
    assert _end(HEADLINE, SENTENCE) == HEADLINE  # not `… suất quà`


def test_with_no_signed_start_after_it_the_cut_stands() -> None:
    first = "Sáng 8/10, ông Lê Văn An và Thống đốc Ngân hàng tỉnh Mây ký thỏa thuận hợp tác về thanh toán."
    headline = "Kết nối thanh toán bằng mã QR giữa hai tỉnh chính thức vận hành"
    sentence = (
        "Thống đốc Lê Văn An nhấn mạnh kết nối thanh toán giúp người dân hai tỉnh mua bán thuận tiện hơn."
    )
    assert _end(headline, sentence, first) == headline


def test_a_capital_said_nowhere_inside_still_opens_the_sentence() -> None:
    headline = "Hội Nông dân tỉnh Mây trao 800 suất gạo cho hội viên vùng lũ"
    sentence = "Dự báo trong tuần tới nước lũ ở các xã ven sông còn lên, nhiều hộ chưa thể gieo cấy lại."
    assert _end(headline, sentence) == headline


def test_the_headline_goes_and_the_sentence_stays_whole() -> None:
    page = ["Nông dân vùng lũ đón Tết", "", "Hội Nông dân tỉnh Mây chăm lo Tết cho hội viên.", "", FIRST,
            SECOND, f"Đọc thêm: {HEADLINE} {SENTENCE}", LAST, "Thu Hà"]  # fmt: skip
    body = convert("\n".join(page).encode(), "page.txt", year=2017, sources={}).body
    assert "vùng lũ Hội" not in body and "suất quà" not in body
    assert SENTENCE in body and FIRST in body and LAST in body
