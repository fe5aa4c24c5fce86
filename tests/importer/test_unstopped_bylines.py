"""The writer's name run on from the story's last line with no stop (`unstopped_bylines`): cut off and
read as the byline when only the page's furniture follows; a place after a preposition or an
administrative word, a name in the story's middle, and a line with its stop stay as they are."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.unstopped_bylines import unstopped_cut

_LINE = (
    "Ông Trần Văn Bình, Giám đốc một bến xe ở huyện Thanh Trì, cho biết mỗi chuyến thêm được khoảng 20 khách"
)


def _page(body: str) -> bytes:
    return (
        "Title: Bến xe Nước Ngầm tăng chuyến dịp cuối năm\nSource: Báo Thủ Đô\n"
        "Link: https://example.vn/ben-xe-nuoc-ngam-tang-chuyen.html\nPublished Date: 2024-12-02T08:15:00+07:00\n"
        "Author: \nTags: None\nSummary: Bến xe Nước Ngầm tăng thêm 40 chuyến mỗi ngày từ ngày 7/12.\n"
        f"Content: Bến xe Nước Ngầm tăng thêm 40 chuyến mỗi ngày từ ngày 7/12. {body}\n"
    ).encode()


def test_a_name_closing_a_last_line_with_no_stop_is_the_writer() -> None:
    assert unstopped_cut(f"{_LINE} Hoài Nam") == (_LINE, "Hoài Nam")
    body = f"{_LINE} Hoài Nam Tin liên quan Hà Nội phạt nguội hơn 3.000 trường hợp vi phạm Chia sẻ Bình luận"
    converted = convert(_page(body), "page.txt", year=2017)
    assert converted.front.author == "Hoài Nam"
    assert _LINE in converted.body


def test_a_place_after_a_preposition_or_an_administrative_word_stays() -> None:
    assert unstopped_cut("Đoàn xe chở hàng cứu trợ rời Hà Nội lúc 5h sáng và dự kiến đến Đồng Văn") is None
    assert unstopped_cut("Mỗi ngày có thêm khoảng 20 chuyến xe khách chạy từ bến xe về huyện Gia Lâm") is None


def test_a_line_with_its_stop_or_a_name_opening_it_stays() -> None:
    assert unstopped_cut(f"{_LINE}. Hoài Nam") is None
    assert (
        unstopped_cut("Hoài Nam là người đầu tiên mua vé xe khách tại bến trong ngày đầu mở bán vé") is None
    )
