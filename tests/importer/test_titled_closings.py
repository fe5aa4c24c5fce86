"""A titled writer's name run into the box after the story's last sentence (`Luật sư Trần Văn Khoa Gửi
câu hỏi tư vấn`, `edges.closing_byline_apart`): the profession's title in lower case (`sư`) no longer
keeps the name from being cut off and read as the byline, as a name in title case is."""

from __future__ import annotations

from bantin.importer.convert import convert

_STORY = (
    "Đáp: Theo Điều 46 Bộ luật Lao động năm 2019, người lao động làm việc thường xuyên từ đủ 12 tháng được "
    "nhận trợ cấp thôi việc. Mỗi năm làm việc được trợ cấp một nửa tháng tiền lương."
)


def _page(closing: str) -> bytes:
    return (
        "Title: Nghỉ việc có được trợ cấp thôi việc?\nSource: Báo Pháp Lý\nLink: https://example.vn/tro-cap.html\n"
        "Published Date: 2024-11-26T10:00:00+07:00\nAuthor: \nTags: None\nSummary: Bạn đọc hỏi về trợ cấp thôi việc.\n"
        f"Content: Hỏi: Tôi làm việc 6 năm, nay muốn nghỉ việc, có được trợ cấp không? {_STORY} {closing}\n"
    ).encode()


def test_a_lawyer_s_title_and_name_before_the_question_box_sign_the_answer() -> None:
    closing = (
        "Luật sư Trần Văn Khoa Gửi câu hỏi tư vấn Họ và tên Email Nội dung câu hỏi Gửi Tin cùng chuyên mục"
    )
    converted = convert(_page(closing), "page.txt", year=2017)
    assert converted.front.author == "Luật sư Trần Văn Khoa"
    assert "Mỗi năm làm việc được trợ cấp một nửa tháng tiền lương." in converted.body
