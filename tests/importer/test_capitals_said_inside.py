"""A related headline run into the story's next sentence is not cut at a word the page writes in a
capital inside its sentences, between two words in lower case (`… suất quà Tết cho đoàn viên …`, the
page saying `so với Tết năm trước`): there the capital is the word's own, a feast's or an office's, so
lower case on both sides of it tells no sentence's start, and the cut is made where another sign opens
one (an office that reports, `Bưu điện tỉnh Mây cho biết …`): `linked_headlines.said_inside`. A
capital the page prints nowhere else inside a sentence still opens one (`… vùng lũ Dự báo …`)."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.linked_headlines import headline_end, said_inside

FIRST = "Theo Bưu điện tỉnh Mây, sản lượng bưu gửi dịp Tết năm nay dự kiến tăng 20% so với Tết năm trước."
SECOND = "Bưu điện mở thêm 12 điểm nhận hàng tại các xã vùng cao, làm việc cả thứ Bảy và Chủ nhật."
HEADLINE = "Bưu điện tỉnh Mây chuyển miễn phí quà Tết cho bộ đội đồn biên phòng"
SENTENCE = (
    "Bưu điện tỉnh Mây cho biết các bưu gửi đi nước ngoài cần khai báo hải quan trước ngày 20/1 để kịp "
    "phát trước Tết."
)
LAST = "Người dân có thể tra cứu hành trình bưu gửi trên ứng dụng của Bưu điện tỉnh Mây."


def _units(headline: str, sentence: str) -> list[Unit]:
    return [Unit(0, FIRST), Unit(1, SECOND), Unit(2, "Đọc thêm:"), Unit(3, f"{headline} {sentence}")]


def test_a_capital_said_inside_the_pages_sentences_is_no_start() -> None:
    units = _units(HEADLINE, SENTENCE)
    assert "Tết" in said_inside(units, 3) and "Dự" not in said_inside(units, 3)
    words = units[3].text.split()
    assert " ".join(words[: headline_end(words, units, 3)]) == HEADLINE


def test_a_capital_said_nowhere_inside_still_opens_the_sentence() -> None:
    headline = "Bưu điện tỉnh Mây chuyển miễn phí hàng cứu trợ cho bà con vùng lũ"
    sentence = "Dự báo trong tuần tới lượng bưu gửi về các xã vùng lũ còn tăng mạnh, nhất là hàng cứu trợ."
    words = f"{headline} {sentence}".split()
    assert " ".join(words[: headline_end(words, _units(headline, sentence), 3)]) == headline


def test_the_headline_goes_and_the_sentence_stays_whole() -> None:
    first = (
        "Theo Hội Nông dân tỉnh Mây, số hộ cần hỗ trợ dịp Tết năm nay tăng gần gấp đôi so với Tết năm trước."
    )
    headline = "Hội Nông dân tỉnh Mây trao 800 suất quà Tết cho hội viên vùng lũ"
    sentence = (
        "Hội Nông dân tỉnh Mây đề nghị các cơ sở hội rà soát hộ khó khăn trước ngày 15/1 để kịp hỗ trợ."
    )
    last = "Hội viên cần hỗ trợ có thể liên hệ trực tiếp chi hội ở thôn, bản."
    page = ["Nông dân vùng lũ đón Tết", "", "Hội Nông dân tỉnh Mây chăm lo Tết cho hội viên.", "", first,
            "Nhiều hộ ở các xã ven sông mất trắng vụ lúa mùa sau đợt lũ cuối tháng 10.",
            f"Đọc thêm: {headline} {sentence}", last, "Thu Hà"]  # fmt: skip
    body = convert("\n".join(page).encode(), "page.txt", year=2017, sources={}).body
    assert "vùng lũ Hội" not in body and "suất quà" not in body
    assert sentence in body and first in body and last in body
