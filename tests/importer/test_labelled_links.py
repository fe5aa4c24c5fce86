"""A related link under a list's header and its colon (`Tin cùng sự kiện: …`) or a video's title under its
label, run into the story's next sentence in a one-line body, is cut from the sentence where it starts:
a subject pointing back (`Kết quả này`) or an office that reports (`Sở … cho biết`)."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.labelled_links import labelled_link_apart
from bantin.importer.linked_headlines import headline_end


def _body(content: str) -> str:
    raw = (
        "Title: Phạt doanh nghiệp xả thải vượt chuẩn ra sông Thị Vải\nSource: Công nghiệp & Môi trường\n"
        "Link: https://x.vn/phat-doanh-nghiep-a1.html\nPublished Date: N/A\nAuthor: \nTags: None\nSummary: \n"
        f"Content: {content}\n"
    )
    return convert(raw.encode(), "page.txt", year=2025).body


_FIRST = (
    "Chủ tịch UBND TP Hồ Chí Minh vừa ký quyết định xử phạt 1,2 tỷ đồng đối với một công ty vì xả nước thải"
    " vượt quy chuẩn ra sông Thị Vải. Ngoài phạt tiền, công ty bị đình chỉ hoạt động của hệ thống xử lý nước"
    " thải trong 4 tháng và buộc phải khắc phục."
)
_LAST = (
    "Sở Nông nghiệp và Môi trường cho biết sẽ tăng cường quan trắc tự động tại các khu công nghiệp ven sông"
    " trong thời gian tới."
)


def test_a_labelled_link_goes_and_the_sentence_after_it_stays() -> None:
    body = _body(f"{_FIRST} Tin cùng sự kiện: Sông Thị Vải hồi sinh sau 15 năm {_LAST} Phương Thảo")
    assert _LAST in body
    assert "hồi sinh" not in body


def test_the_label_is_cut_off_as_its_own_unit() -> None:
    units = [Unit(0, _FIRST), Unit(0, f"Tin cùng sự kiện: Sông Thị Vải hồi sinh sau 15 năm {_LAST}")]
    out = labelled_link_apart(units)
    assert [u.text for u in out[1:]] == ["Tin cùng sự kiện: Sông Thị Vải hồi sinh sau 15 năm", _LAST]
    assert out[1].keep and out[2].keep


def test_a_video_title_ends_before_a_subject_pointing_back() -> None:
    words = (
        "Highlights Nam Định 2-1 Công an Hà Nội Kết quả này giúp Nam Định vươn lên thứ 3 trên bảng xếp hạng"
        " với 7 điểm."
    ).split()
    assert " ".join(words[: headline_end(words, [], 0)]) == "Highlights Nam Định 2-1 Công an Hà Nội"


def test_an_office_tied_to_the_headline_starts_nothing() -> None:
    words = (
        "Bổ nhiệm Phó Giám đốc Sở Y tế cho biết nhiều việc cần làm ngay trong mùa dịch sốt xuất huyết năm nay."
    ).split()
    assert headline_end(words, [], 0) is None  # `Giám đốc Sở`: the office is the title's
