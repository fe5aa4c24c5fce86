"""Other stories' leads printed after the story with no headline and no byline before them (issue 15's
blind_teasers2, the dev set's gap) read as the story's own closing sentences: no shape, stamp or word
the story shares tells them apart on one page. Two pages of the same section imported together print
the same box of leads, and what the pages of one site end with alike is the site's (`repetition.py`):
the leads go, each page's own last sentences stay."""

from __future__ import annotations

from bantin.importer import chrome
from bantin.importer.convert import convert, remember

from .scrapes import vnsum

LEADS = (
    "Sáng 27/5, tại huyện Tân Yên, Hội Nông dân tỉnh tổ chức tọa đàm về phát triển kinh tế trang trại gắn "
    "với xây dựng nông thôn mới. Từ đầu năm đến nay, toàn tỉnh đã trồng mới hơn 4.000 ha rừng tập trung, "
    "vượt 10% kế hoạch."
)
FOOTER = "Báo Núi Bắc điện tử. Tổng biên tập: Nguyễn Văn Thành. Giấy phép số 12/GP-BTTTT"
STORIES = {
    "vai-thieu-vao-vu-som": [
        "Năm nay, vải thiều ở huyện Lục Sơn chín sớm hơn mọi năm khoảng 10 ngày, giá bán đầu vụ từ 35.000 "
        "đến 45.000 đồng/kg.",
        "Theo UBND huyện, toàn huyện có hơn 15.000 ha vải, sản lượng ước đạt 95.000 tấn.",
        "Gia đình ông Hoàng Văn Đức ở xã Phượng Sơn có 3 ha vải, mỗi ngày thu hoạch khoảng 1 tấn quả.",
        "Để hỗ trợ tiêu thụ, huyện đã mở 12 điểm cân vải và bán hàng qua các sàn thương mại điện tử.",
    ],
    "ga-doi-vao-vu": [
        "Những ngày này, nông dân huyện Yên Sơn đang thu hoạch gà đồi phục vụ thị trường dịp lễ.",
        "Ông Nguyễn Văn Hòa ở xã Đồng Tâm nuôi 5.000 con gà mỗi lứa, lãi khoảng 100 triệu đồng.",
        "Gà đồi của huyện đã được cấp chỉ dẫn địa lý và có mặt ở nhiều siêu thị lớn.",
        "Huyện đang hỗ trợ người nuôi áp dụng quy trình an toàn sinh học để giảm dịch bệnh.",
    ],
}


TITLES = {"vai-thieu-vao-vu-som": "Vải thiều Lục Sơn vào vụ sớm", "ga-doi-vao-vu": "Gà đồi Yên Sơn vào vụ"}


def _page(slug: str, story: list[str]) -> bytes:
    return vnsum(
        title=TITLES[slug],
        link=f"https://baonuibac.vn/nong-nghiep/{slug}-2341234.html",
        content=" ".join([*story, LEADS, FOOTER]),
        source="baonuibac.vn",
    )


def test_the_same_leads_after_two_stories_of_a_section_go_when_imported_together() -> None:
    memory = chrome.SiteMemory()
    pages = {slug: _page(slug, story) for slug, story in STORIES.items()}
    for slug, data in pages.items():
        remember(data, f"{slug}.txt", memory)
    for slug, data in pages.items():
        body = convert(data, f"{slug}.txt", year=2024, memory=memory).body
        assert all(sentence in body for sentence in STORIES[slug])
        assert "Hội Nông dân tỉnh tổ chức tọa đàm" not in body and "rừng tập trung" not in body
