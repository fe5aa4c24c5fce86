"""A video's or a related story's headline run into the next sentence, which opens with an office's name
(`Xem video: Nước lũ tràn qua cầu Tràng Tiền Đài Khí tượng Thủy văn thành phố Huế dự báo …`,
blind_sample12): the sentence starts at the office's head (`Đài`), not at a word inside its name
(`Thủy văn`), so it stays whole; a sentence opening with a clause after a name is cut as before."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.linked_headlines import headline_end

from .scrapes import vnsum

FIRST = "Chiều 8/11, mực nước sông Hương tại trạm Kim Long vượt báo động 3, hàng nghìn nhà dân bị ngập sâu."
AFTER = (
    "Đài Khí tượng Thủy văn thành phố Huế dự báo mưa lớn còn kéo dài đến hết ngày 10/11, có nơi trên 500 mm."
)
CENTRE = (
    "Trung tâm Dự báo Khí tượng Thủy văn quốc gia cảnh báo lũ trên các sông còn lên nhanh trong 24 giờ tới."
)


def test_the_sentence_starts_at_the_office_s_head() -> None:
    words = f"Nước lũ tràn qua cầu Tràng Tiền {AFTER}".split()
    assert headline_end(words, [], 0) == 7
    words = f"Người dân sơ tán khỏi vùng trũng thấp ở Huế {CENTRE}".split()
    assert headline_end(words, [], 0) == 10


def test_a_clause_after_an_office_s_name_is_cut_as_before() -> None:
    words = "Đoàn công tác làm việc với Sở Y tế Sáng nay, các bác sĩ cho biết bệnh nhân đã ổn định.".split()
    assert headline_end(words, [], 0) == words.index("Sáng")


def test_the_sentence_after_a_video_s_title_stays_whole() -> None:
    content = f"{FIRST} Xem video: Nước lũ tràn qua cầu Tràng Tiền {AFTER} Võ Thạnh Tin liên quan"
    page = vnsum(title="Huế mưa lớn, sông Hương vượt báo động 3", link="https://hue-mau.vn/xa-hoi/lu-a3.html",
                 content=content, date="2026-11-08T16:45:00+07:00")  # fmt: skip
    body = convert(page, "page.txt", year=2026).body
    assert AFTER in body
    assert "Xem video" not in body
