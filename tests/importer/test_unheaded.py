"""Other stories' leads printed after the story's closing byline with no headline over them
(bantin/importer/unheaded.py): a run of two whole sentences or more sharing no name and no pair of
words with the story goes; the byline and every sentence that names the story again, goes on from
it, or stands with no byline before it, stays."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.unheaded import byline_before_lead_apart

STORY = [
    "Sáng 12/3, Hợp tác xã Rau sạch Tân Phú (huyện Đồng Xoài) đã xuất bán lô rau cải đầu tiên trồng trong nhà màng.",
    "Nhà màng rộng 3.000 m2 được đầu tư hệ thống tưới nhỏ giọt và cảm biến độ ẩm với kinh phí gần 2 tỷ đồng.",
    "Giám đốc hợp tác xã, bà Lương Thị Hoa, cho biết mỗi tuần nhà màng cho thu hoạch khoảng 1,5 tấn rau.",
    "“Rau trồng trong nhà màng ít sâu bệnh, không phải phun thuốc nên được các bếp ăn trường học đặt hàng”, bà Hoa nói.",
    "Hợp tác xã dự kiến mở rộng thêm 2 nhà màng trong năm nay để cung cấp rau cho các siêu thị trong tỉnh.",
]
LEADS = [
    "Chiều 11/3, đội tuyển bóng chuyền nữ của tỉnh đã giành chiến thắng 3-1 trước đội khách ở vòng bảng giải vô địch quốc gia.",
    "Hơn 200 đoàn viên thanh niên vừa ra quân dọn vệ sinh môi trường, trồng cây xanh dọc tuyến đường ven sông của thành phố.",
    "Bảo tàng tỉnh khai trương phòng trưng bày chuyên đề về gốm cổ với gần 300 hiện vật được sưu tầm từ nhiều địa phương.",
]


def _page(content: str) -> str:
    return (
        "Title: Rau nhà màng Tân Phú vào vụ thu hoạch\nSource: baotraxanh.vn\nLink: https://baotraxanh.vn/a-1.html\n"
        "Published Date: N/A\nAuthor: \nTags: None\nSummary: Hợp tác xã Rau sạch Tân Phú xuất bán lô rau đầu tiên.\n"
        f"Content: {content}\n"
    )


def _body(*parts: str) -> str:
    """The body, with the author the byline gave (which `convert` takes out of it)."""
    converted = convert(_page(" ".join(parts)).encode(), "page.txt", year=2017)
    return f"{converted.body} {converted.front.author or ''}"


def test_other_stories_leads_after_the_byline_go_and_the_byline_stays() -> None:
    body = _body(*STORY, "Minh Khôi", *LEADS)
    assert all(sentence in body for sentence in STORY[1:])
    assert "Minh Khôi" in body
    assert not any(lead[:40] in body for lead in LEADS)


def test_a_byline_run_into_the_first_lead_is_cut_from_it() -> None:
    body = _body(*STORY, "Minh Khôi " + LEADS[0], *LEADS[1:])
    assert "Minh Khôi" in body
    assert not any(lead[:40] in body for lead in LEADS)


def test_a_sentence_naming_the_story_again_keeps_the_run() -> None:
    again = "Bà Hoa cho biết hợp tác xã sẽ mời thêm các bếp ăn của bệnh viện đến tham quan mô hình nhà màng."
    body = _body(*STORY, "Minh Khôi", LEADS[0], again)
    assert LEADS[0][:40] in body and again in body


def test_a_run_going_on_from_the_story_stays() -> None:
    going_on = "Tuy nhiên, " + LEADS[1][0].lower() + LEADS[1][1:]
    body = _body(*STORY, "Minh Khôi", going_on, LEADS[2])
    assert going_on[:40] in body and LEADS[2][:40] in body


def test_with_no_byline_before_them_the_last_sentences_stay() -> None:
    body = _body(*STORY, *LEADS)
    assert all(lead[:40] in body for lead in LEADS)


def test_one_sentence_after_the_byline_stays() -> None:
    body = _body(*STORY, "Minh Khôi", LEADS[1])
    assert LEADS[1][:40] in body


def test_a_name_run_into_a_dated_lead_is_a_byline_only_past_the_storys_start() -> None:
    units = [Unit(0, text) for text in ("Đầu bài.", "Câu hai.", "Minh Khôi Chiều 11/3, đội tuyển thắng 3-1.")]
    assert [u.text for u in byline_before_lead_apart(units)][2:] == [
        "Minh Khôi",
        "Chiều 11/3, đội tuyển thắng 3-1.",
    ]
    at_start = [Unit(0, "Minh Khôi Chiều 11/3, đội tuyển thắng 3-1."), *units[:2]]
    assert byline_before_lead_apart(at_start) == at_start
    said = [*units[:2], Unit(0, "Hà Nội chiều 11/3 trời mưa to.")]
    assert byline_before_lead_apart(said) == said
