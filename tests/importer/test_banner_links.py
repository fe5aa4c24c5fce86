"""Headlines of other stories run into the site's app banner at the page's very end (`banner_links`):
the run goes; the story's last sentence, even with a button's words and names in capitals, stays."""

from __future__ import annotations

from bantin.importer.banner_links import banner_links
from bantin.importer.convert import convert

from .scrapes import vnsum

RUN = "Cách ủ phân chuồng đúng cách Trồng rau sạch trên sân thượng Tải App Nông Mẫu để đọc tin nhanh hơn"


def test_headlines_run_into_an_app_banner_after_the_sites_chrome_go() -> None:
    kinds = [("prose", ""), ("chrome", "follow"), ("prose", "")]
    texts = ["Nông dân nên bón phân vào chiều mát.", "Theo dõi Nông Mẫu trên Google News", RUN]
    assert banner_links(kinds, texts)[-1][0] == "chrome"


def test_the_storys_last_sentence_stays() -> None:
    kinds = [("prose", ""), ("chrome", "ad"), ("prose", "")]
    last = "Người dân cần theo dõi thời tiết tại tỉnh Đồng Tháp và huyện Tháp Mười để tải app cảnh báo"
    assert banner_links(kinds, ["Mở đầu câu chuyện.", "Quảng cáo", last]) == kinds  # one joint only
    assert (
        banner_links([("prose", ""), ("prose", "")], ["Mở đầu.", RUN])[-1][0] == "prose"
    )  # no chrome before
    assert banner_links(kinds, ["Mở đầu.", "Quảng cáo", RUN + "."]) == kinds  # a full stop: a sentence


def test_the_page_loses_the_run_and_keeps_its_story() -> None:
    story = (
        "Mật độ sâu cuốn lá trên lúa xuân đang tăng nhanh ở nhiều xã của huyện Yên Mẫu. "
        "Cán bộ khuyến nông khuyến cáo bà con thăm đồng thường xuyên và chỉ phun thuốc khi mật độ vượt ngưỡng. "
        "Nên phun vào chiều mát, không phun khi trời sắp mưa để thuốc không bị rửa trôi."
    )
    raw = vnsum(
        "Phòng trừ sâu cuốn lá hại lúa xuân", "https://nongmau.vn/sau-cuon-la-a1.html",
        f"{story} Theo dõi Nông Mẫu trên Google News {RUN}",
    )  # fmt: skip
    body = convert(raw, "trang.txt", year=2024, sources={}).body
    assert "Nên phun vào chiều mát" in body and "Tải App" not in body and "sân thượng" not in body
