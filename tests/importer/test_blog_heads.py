"""Over the story of a small portal's or a blog's page in the news-please layout (round
`blind_newsplease5`): the credit of the doctor who vouched for a health page's advice stays
(`reviewed_by`, `layouts`), so does a listicle's first item right over the sentence on it when its
second item follows in the story (`numbered_runs`), and a blog's stamp `Gửi vào Thứ Sáu, …` dates the
page (`dates`)."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.reviewed_by import reviewed_credit

ADVICE = [
    "Theo Quỹ Giấc ngủ Quốc gia Mỹ, giấc ngủ trưa lý tưởng kéo dài từ 10 đến 20 phút.",
    "Ngủ quá 30 phút, cơ thể dễ rơi vào giai đoạn ngủ sâu, khi thức dậy sẽ thấy uể oải.",
    "Nếu bị mất ngủ về đêm, bạn nên hạn chế ngủ trưa hoặc ngủ trước 15 giờ.",
]


def _vfnd(title: str, description: str, *lines: str) -> bytes:
    return "\n".join([title, "", description, "", *lines]).encode() + b"\n"


def test_a_reviewers_credit_over_the_text_stays_its_colon_glued_or_not() -> None:
    for credit in ("Tham vấn y khoa:Bác sĩ Nguyễn Thường Hanh", "Tham vấn y khoa: Bác sĩ Nguyễn Thường Hanh"):
        assert reviewed_credit(credit)
        page = _vfnd(
            "Ngủ trưa bao lâu là đủ?",
            "Một giấc ngủ trưa ngắn giúp tỉnh táo hơn.",
            "Sống khỏe",
            credit,
            *ADVICE,
            "Thảo Vy",
        )
        converted = convert(page, "ngu-trua.txt", year=2018)
        assert "Nguyễn Thường Hanh" in converted.body, credit
        assert "Sống khỏe" not in converted.body and converted.front.author == "Thảo Vy"


LISTICLE = [
    "1. Café Sách Nhã Nam",
    "Nằm trên đường Nguyễn Thị Minh Khai, quán có hơn 3.000 đầu sách để khách đọc miễn phí.",
    "2. Tiệm sách Cá Chép",
    "Không gian ba tầng, tầng trên cùng có ban công nhìn ra hàng me.",
    "3. Đường Sách TP HCM",
    "Con đường sách dài hơn 100 m nằm cạnh Bưu điện Thành phố, mở cửa đến 22 giờ.",
]


def test_a_listicles_first_item_over_its_sentence_stays_with_its_second_item_after() -> None:
    page = _vfnd(
        "7 quán cà phê sách ở Sài Gòn",
        "Những nơi bạn có thể ngồi cả buổi chiều với một cuốn sách.",
        "Lifestyle",
        "12.03.2018",
        *LISTICLE,
        "Mây",
    )
    converted = convert(page, "ca-phe-sach.txt", year=2018)
    assert all(line.split(". ", 1)[-1] in converted.body for line in LISTICLE)  # `1\\. …` in Markdown
    assert "Lifestyle" not in converted.body


def test_a_blogs_stamp_sent_on_a_weekday_dates_the_page() -> None:
    page = _vfnd(
        "Vỉa hè Sài Gòn, ai được dùng?",
        "Chiến dịch đòi lại vỉa hè ở quận 1 làm dấy lên câu hỏi về quyền sử dụng không gian công cộng.",
        "Gửi vào Thứ Sáu, 03/03/2017 - 8:31am",
        "42 phản hồi",
        "Những ngày qua, quận 1 ra quân dọn dẹp vỉa hè trên nhiều tuyến đường trung tâm.",
        "Người đi bộ vui mừng, nhưng nhiều hộ bán hàng rong mất kế sinh nhai.",
        "Hoàng Minh",
    )
    converted = convert(page, "via-he.txt", year=2017)
    assert str(converted.front.date) == "2017-03-03" and not converted.front.date_estimated
    assert "Gửi vào" not in converted.body
