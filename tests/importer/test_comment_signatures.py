"""A reader's comment printed on its own lines under the story (`Vũ Minh Khoa - 08:40 05/12/2026` | what
they wrote | `Trả lời`) goes, its writer with it, so the page's author stays the story's byline
(`comment_signatures`); a closing byline with its stamp and no reply button under it stays a byline."""

from __future__ import annotations

from bantin.importer.comment_signatures import comment_signatures
from bantin.importer.convert import convert


def _kinds(texts: list[str]) -> list[str]:
    return [kind for kind, _ in comment_signatures([("prose", "")] * len(texts), texts)]


def test_a_comment_goes_with_its_writer() -> None:
    texts = ["Lê Hồng Sơn", "Vũ Minh Khoa - 08:40 05/12/2026", "Bài viết rất bổ ích.", "Trả lời"]
    assert _kinds(texts) == ["prose", "chrome", "chrome", "chrome"]
    ago = ["Trần Thu Hà 2 giờ trước", "Mong có thêm bài về chủ đề này.", "Trả lời Thích (3)"]
    assert _kinds(ago) == ["chrome", "chrome", "chrome"]


def test_a_byline_with_its_stamp_stays() -> None:
    texts = ["Vũ Minh Khoa - 08:40 05/12/2026", "Tin liên quan", "Trả lời bạn đọc về chế độ hưu trí"]
    assert _kinds(texts) == ["prose", "prose", "prose"]  # no reply button, a headline


def test_the_storys_writer_is_the_author() -> None:
    page = "\n".join(
        [
            "Nhật Bản nâng lãi suất lên 0,75%",
            "",
            "Ngân hàng Trung ương Nhật Bản nâng lãi suất điều hành lên 0,75%, mức cao nhất trong ba thập niên.",
            "",
            "Ngày 4/12, Ngân hàng Trung ương Nhật Bản (BOJ) quyết định nâng lãi suất điều hành thêm 0,25 điểm.",
            "Đồng yen tăng giá khoảng 1% so với USD ngay sau quyết định.",
            "Phạm Anh Thư",
            "Bình luận (1)",
            "Vũ Minh Khoa - 08:40 05/12/2026",
            "Bài viết rất bổ ích.",
            "Trả lời",
            "Gửi bình luận",
        ]
    )
    converted = convert(page.encode(), "page.txt", year=2026)
    assert converted.front.author == "Phạm Anh Thư"
    assert "Vũ Minh Khoa" not in converted.body
