"""A page's prompt run into a caption with no stop of its own, a file's download with its format and size
(`Tải bản đồ (PDF, 1,4 MB) Nguồn: …`) or a call to act on a link (`Bình chọn ảnh đẹp … tại đây Học sinh
…`), ends the caption's reach back to the last stop (`caption_prompts`): the caption stays, the prompt
goes; a caption with such words and its stop stays whole."""

from __future__ import annotations

from bantin.importer.caption_prompts import caption_start
from bantin.importer.convert import convert

_LEAD = (
    "Ngày 4/12, Sở Giáo dục và Đào tạo tỉnh tổ chức ngày hội đọc sách cho hơn 3.000 học sinh tiểu học "
    "tại thư viện tỉnh."
)
_SECOND = (
    "Ban tổ chức trao 500 cuốn sách cho thư viện các trường vùng khó khăn và phát động cuộc thi kể chuyện."
)
_CAPTION = "Học sinh Trường Tiểu học Lê Lợi đọc sách tại góc thư viện."
_CLOSING = "Ngày hội kéo dài đến hết ngày 6/12 với nhiều hoạt động giao lưu cùng các nhà văn."


def _page(content: str) -> bytes:
    return (
        "Title: Ngày hội đọc sách cho học sinh tiểu học\nSource: Sở Giáo dục và Đào tạo tỉnh Mẫu\n"
        "Link: https://sogddt.example.vn/ngay-hoi-doc-sach.html\nPublished Date: 2026-12-05T10:00:00+07:00\n"
        f"Author: \nTags: None\nSummary: \nContent: {content}\n"
    ).encode()


def test_a_prompt_opening_a_caption_ends_its_reach() -> None:
    called = f"{_SECOND} Bình chọn ảnh đẹp “Em yêu sách” tại đây {_CAPTION} "
    assert called[caption_start(called, len(_SECOND) + 1) :].startswith(_CAPTION)
    filed = f"{_SECOND} Tải bản đồ (PDF, 1,4 MB) Nguồn: Thư viện tỉnh "
    assert filed[caption_start(filed, len(_SECOND) + 1) :] == "Nguồn: Thư viện tỉnh "
    said = f"{_SECOND} Gửi sách tặng thư viện tại đây. {_CAPTION} "  # a sentence with its stop
    assert caption_start(said, len(_SECOND) + 1) == len(_SECOND) + 1


def test_the_caption_stays_and_the_prompt_goes() -> None:
    called = f"{_LEAD} {_SECOND} Bình chọn ảnh đẹp “Em yêu sách” tại đây {_CAPTION} Ảnh: Thu Hà {_CLOSING}"
    body = convert(_page(called), "p.txt").body
    assert _CAPTION in body and "Bình chọn" not in body and _CLOSING in body
    sent = f"{_LEAD} {_SECOND} Gửi ảnh dự thi “Em yêu sách” tại đây {_CAPTION} Ảnh: Thu Hà {_CLOSING}"
    assert "Gửi ảnh" not in convert(_page(sent), "p.txt").body
    filed = f"{_LEAD} {_SECOND} Tải bản đồ (PNG, 1,4 MB) Nguồn: Thư viện tỉnh Đồ họa: Minh Anh Hoàng Nam"
    body = convert(_page(filed), "p.txt").body
    assert "Nguồn: Thư viện tỉnh" in body and "Tải bản đồ" not in body
