"""A journal's name over its current issue in the sidebar (`Tạp chí Y học cộng đồng` over `Số 11/2023
(số 318)`), past the story's end under the related list: a box showing the issue, not the story's
credit, so it goes and names no publisher (`chrome`'s `_ISSUE`); a credit under the story, with no
issue under it, still names its paper."""

from __future__ import annotations

from bantin.importer.convert import convert

_STORY = [
    "Ngày 20/11, tại Hà Nội, Hội Y tế công cộng Việt Nam tổ chức hội thảo về chăm sóc sức khỏe người cao tuổi.",
    "Các đại biểu cho rằng mạng lưới y tế cơ sở cần được đầu tư để theo dõi bệnh mạn tính tại nhà.",
    "Hội thảo thống nhất kiến nghị bổ sung bác sĩ gia đình cho các trạm y tế xã trong năm tới.",
]
_TAIL = [
    "In bài",
    "Về đầu trang",
    "Các tin khác",
    "Thông báo thu hội phí năm 2023",
    "Lớp tập huấn kỹ năng truyền thông",
]


def _page(closing: list[str]) -> bytes:
    lines = [
        "Hội thảo chăm sóc sức khỏe người cao tuổi",
        "",
        "Hội thảo bàn giải pháp chăm sóc người cao tuổi.",
        "",
    ]
    return "\n".join([*lines, *_STORY, *closing, "", "", "", "Hội thảo bàn giải pháp."]).encode()


def test_a_journals_issue_box_names_no_publisher() -> None:
    converted = convert(_page([*_TAIL, "Tạp chí Y học cộng đồng", "Số 11/2023 (số 318)"]), "p.txt", year=2023)
    assert converted.front.source is None
    assert "Tạp chí Y học cộng đồng" not in converted.body
    assert all(line in converted.body for line in _STORY)


def test_a_credit_with_no_issue_under_it_names_its_paper() -> None:
    converted = convert(_page(["Theo Tạp chí Y học cộng đồng", *_TAIL]), "p.txt", year=2023)
    assert converted.front.source == "Tạp chí Y học cộng đồng"
