"""A one-line body whose story's last line has no stop, two writers' names run on after it (`… nơi cư
trú Thu Hà - Minh Đức`), then the page's tags under their label (`Từ khóa: …`), its share bar, and the
section's headlines run into the masthead (`… thuê cho tội phạm Chuyên trang … - Báo Công an nhân
dân.`), which reads as one sentence. The tags are the site's, not a paper's keywords over its story:
one unit of prose after them is no story going on (`paper_front`). The pages are written for these
tests."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.paper_front import KEYWORDS, paper_front

STORY = (
    "Công an thành phố vừa phát đi cảnh báo về thủ đoạn giả danh nhân viên điện lực gọi điện yêu cầu người "
    "dân cài ứng dụng lạ. Theo cơ quan công an, đối tượng đọc đúng họ tên, địa chỉ và mã khách hàng của "
    "nạn nhân, rồi đe dọa sẽ cắt điện trong ngày. Từ đầu tháng 10 đến nay, đã có 14 người bị lừa với tổng "
    "số tiền gần 2,3 tỷ đồng."
)
LAST = "Người dân phát hiện dấu hiệu lừa đảo có thể báo ngay cho Công an phường nơi cư trú"
TAGS = "Từ khóa: lừa đảo trực tuyến, giả danh điện lực"
TAIL = (
    "Chia sẻ Facebook Zalo Cảnh giác chiêu lừa tuyển cộng tác viên bán hàng online Bắt nhóm đối tượng mở "
    "tài khoản ngân hàng thuê cho tội phạm Chuyên trang Cảnh giác - Báo Mẫu. Tổng biên tập: Lê Văn Minh."
)


def _page() -> bytes:
    return (
        "Title: Cảnh báo thủ đoạn giả danh nhân viên điện lực\nSource: canhgiac.example.vn\n"
        "Link: https://canhgiac.example.vn/canh-bao-gia-danh-dien-luc-745321/\n"
        "Published Date: 14/11/2024 09:30\n"
        f"Author: \nTags: None\nSummary: \nContent: {STORY} {LAST} Thu Hà - Minh Đức {TAGS} {TAIL}\n"
    ).encode()


def test_the_tags_with_one_unit_of_prose_after_them_are_the_sites() -> None:
    kinds = [("prose", ""), ("chrome", "tags"), ("chrome", "buttons"), ("prose", "")]
    texts = ["Câu cuối của bài.", TAGS, "Chia sẻ", "Tin khác Chuyên trang X - Báo Mẫu."]
    assert paper_front(kinds, texts)[1] == ("chrome", "tags")


def test_a_papers_keywords_with_its_story_after_them_stay() -> None:
    kinds = [("prose", ""), ("chrome", "tags"), ("prose", ""), ("prose", "")]
    texts = ["Tóm tắt của bài.", TAGS, "1. Đặt vấn đề. Lừa đảo tăng.", "Bài viết phân tích."]
    assert paper_front(kinds, texts)[1] == ("prose", KEYWORDS)


def test_the_last_line_stays_and_the_tags_go() -> None:
    converted = convert(_page(), "page.txt")
    assert LAST in converted.body
    assert "Từ khóa" not in converted.body and "Chia sẻ" not in converted.body
