"""An aggregator's repost, known by its link back to the original (`Xem bài gốc`) or by another
paper's name stamped with a time over the story, is published by the original paper, not by the
aggregator its scraper names; a paper quoting a wire under its own story stays its publisher
(reposts.py, header.py)."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.reposts import credit_alone, original_paper, reposted

NAMES = ["Báo Mẫu Sơn", "Báo Mẫu", "Tin Nhà Nông", "Báo Đồi Thông"]


@pytest.mark.parametrize(
    "text",
    [
        "… Nguồn: Báo Mẫu Sơn Xem bài gốc Tin nóng",
        "Xem nguồn bài viết",
        "Xem nguồn",
        "Đọc bài gốc trên Báo Mẫu",
    ],
)
def test_a_link_back_to_the_original_marks_a_repost(text: str) -> None:
    assert reposted([text])


@pytest.mark.parametrize(
    "text", ["Nguồn: Báo Mẫu Sơn", "Xem thêm: Nông dân vào mùa", "Nguồn nước sạch về bản"]
)
def test_a_credit_or_a_related_link_alone_does_not(text: str) -> None:
    assert not reposted([text])


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("Tin nóng Báo Mẫu Sơn · 3 giờ trước Nông dân huyện …", "Báo Mẫu Sơn"),
        ("Kinh tế Tin Nhà Nông | 18/04/2024 10:40 Giá lúa …", "Tin Nhà Nông"),
        ("Báo Mẫu - 16/05/2024 09:20", "Báo Mẫu"),
        ("… Đọc bài gốc trên Báo Đồi Thông Thích Bình luận Chia sẻ", "Báo Đồi Thông"),
        ("Xem thêm tin tức từ Tin Nhà Nông Phản hồi", "Tin Nhà Nông"),
    ],
)
def test_the_original_is_the_paper_stamped_over_the_story_or_linked_back_to(text: str, paper: str) -> None:
    assert original_paper([text], NAMES, own="Báo Tổng Hợp") == paper


def test_the_pages_own_name_stamped_over_its_story_names_no_other_paper() -> None:
    assert original_paper(["Báo Mẫu Sơn · 3 giờ trước Nông dân …"], NAMES, own="Báo Mẫu Sơn") is None


def test_a_name_starting_with_no_capital_is_no_stamped_paper() -> None:
    assert original_paper(["Kiểm sát 24h 18/06/2024 15:05"], ["24h"], own="Báo Bảo vệ pháp luật") is None


def test_a_credit_runs_no_further_than_the_link_back() -> None:
    assert credit_alone("Báo Mẫu Sơn Xem bài gốc Tin cùng chuyên mục") == "Báo Mẫu Sơn"


def _vnsum(source: str, content: str) -> bytes:
    return (
        f"Title: Nông dân vào mùa thu hoạch mận\nSource: {source}\nLink: \nPublished Date: 2024-05-14\n"
        f"Author: \nTags: None\nSummary: \nContent: {content}\n"
    ).encode()


STORY = (
    "Nông dân huyện Mộc Châu bước vào vụ thu hoạch mận hậu sớm hơn mọi năm khoảng một tuần. Năm nay toàn "
    "huyện có hơn 2.000 ha mận, sản lượng ước đạt 20.000 tấn. Giá bán tại vườn từ 15.000 đến 20.000 đồng/kg."
)


def test_an_aggregators_repost_is_the_original_papers() -> None:
    content = f"Tin mới Thời sự Kinh tế {STORY} Nguồn: Báo Sơn La Xem bài gốc Tin nóng Đọc nhiều"
    front = convert(_vnsum("Tổng Hợp Tin", content), "page.txt", sources={"baosonla.vn": "Báo Sơn La"}).front
    assert front.source == "Báo Sơn La"


def test_a_paper_quoting_a_wire_stays_its_own_publisher() -> None:
    content = f"Trang chủ Kinh tế {STORY} Theo TTXVN Tin cùng chuyên mục"
    front = convert(_vnsum("Báo Sơn La", content), "page.txt", sources={"baosonla.vn": "Báo Sơn La"}).front
    assert front.source == "Báo Sơn La"


def test_a_saved_pages_author_field_that_is_a_credit_names_the_original() -> None:
    page = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Nông dân vào mùa mận - Tổng Hợp Tin'
        '</title><meta property="og:site_name" content="Tổng Hợp Tin"></head><body><article>'
        f"<h1>Nông dân vào mùa mận</h1><p>{STORY}</p>"
        '<p class="author">Nguồn: Báo Sơn La</p></article></body></html>'
    )
    front = convert(page.encode(), "page.html", sources={"baosonla.vn": "Báo Sơn La"}).front
    assert front.source == "Báo Sơn La"
