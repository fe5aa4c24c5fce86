"""A related list's lone header between the story's last two paragraphs, a speaker's quoted sentence
after it (`Bài viết cùng chuyên mục` | `… nói: “…”.`), no longer ends the story before that sentence;
a list's headline or lead after the header still goes."""

from __future__ import annotations

from bantin.importer.convert import convert

from .scrapes import vnsum

_STORY = (
    "Sáng 5/2, tại thành phố Pắc-xế, Hội người Việt Nam tỉnh Chăm-pa-xắc tổ chức gặp mặt đầu Xuân với hơn "
    "300 hội viên và khách mời. Đến dự có Tổng Lãnh sự Việt Nam tại Pắc-xế và Phó Tỉnh trưởng tỉnh "
    "Chăm-pa-xắc Khăm Phăn Xu Li Ny."
)
_QUOTE = "Phó Tỉnh trưởng Khăm Phăn Xu Li Ny nói: “Bà con người Việt là một phần của Chăm-pa-xắc”."


def _body(after_header: str) -> str:
    content = (
        f"Trang chủ Giới thiệu Tin tức Thư viện ảnh {_STORY} Bài viết cùng chuyên mục {after_header} "
        "Hoàng Hà Vu Lan báo hiếu tại chùa Bửu Sơn, Pắc-xế Bản quyền thuộc Hội người Việt Nam tỉnh Chăm-pa-xắc"
    )
    page = vnsum("Người Việt ở Pắc-xế gặp mặt đầu Xuân", "https://hoinguoiviet.la/tin/gap-mat.html", content)
    return " ".join(convert(page, "page.txt", year=2017).body.split())


def test_the_speakers_sentence_after_the_lone_header_stays() -> None:
    body = _body(_QUOTE)
    assert _QUOTE in body and "Bài viết cùng chuyên mục" not in body and "Vu Lan báo hiếu" not in body


def test_a_lists_lead_after_the_header_still_goes() -> None:
    lead = "Hội người Việt Nam tỉnh Chăm-pa-xắc tổ chức lễ Vu Lan báo hiếu cho hơn 500 bà con."
    body = _body(lead)
    assert lead not in body and "Khăm Phăn Xu Li Ny." in body
