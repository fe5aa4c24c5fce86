"""How a vnsum story ends when its last lines are a list or a byline then other stories' headlines, and
the site's tagline after its title when the link closes with an id.

* Short lines with no stop closing a story are its list when a line before them announces it with its
  colon (`… khi gặp người ngưng tim:Gọi ngay cấp cứu 115`, then `Ép tim liên tục …`, `Dùng máy …`):
  no shop's offer over the tail (`announced_items`, asked by `bounds.article_end`).
* After the writer's name, a section's header alone (`Tin mới`) then headlines: the article ended at the
  name (`marked_ends.after_byline`), so the headlines and the footer run into them go and the writer is read.
* A tagline the link's slug leaves out (`… - Cấp nước Đà Nẵng` for `/dawaco-dam-bao-…-2024-t402.html`) goes
  though the slug closes with the site's id (`suffixes`); not a year closing the slug (`-1945`), nor words
  inside a quote the headline opened (`"80 năm … - Những mốc son lịch sử"`)."""

from __future__ import annotations

from bantin.importer.announced_items import announced_item
from bantin.importer.convert import convert
from bantin.importer.suffixes import source_of_title


def _vnsum(title: str, link: str, content: str) -> str:
    return (
        f"Title: {title}\nSource: https://example.com.vn\nLink: {link}\n"
        "Published Date: 09/02/2024 10:00\nAuthor: \nTags: None\nSummary: \nContent: " + content + "\n"
    )


def test_the_items_a_header_announces_with_its_colon_stay_before_the_tail() -> None:
    page = (
        "Trang chủ Tin tức Liên hệ Ông T. (56 tuổi) đang đi bộ thì gục xuống, được người đi đường đưa vào bệnh "
        "viện trong tình trạng ngưng tim.Ê kíp cấp cứu lập tức ép tim, sốc điện và đặt nội khí quản; sau 25 "
        "phút tim người bệnh đập trở lại.Khuyến cáo của bác sĩ khi gặp người ngưng tim:Gọi ngay cấp cứu "
        "115Ép tim liên tục với tần số 100 - 120 lần mỗi phútDùng máy sốc điện tự động nếu có Phòng Công tác "
        "xã hội Bài viết khác Bệnh viện trực Tết Giáp Thìn Hội thảo cập nhật điều trị đột quỵ Đường dây "
        "nóng: 0969 871 010"
    )
    link = "https://example.com.vn/cap-cuu/cuu-song-nguoi-dan-ong-ngung-tim-1.html"
    body = convert(_vnsum("Cứu sống người đàn ông ngưng tim", link, page).encode(), "page.txt").body
    assert "Ép tim liên tục với tần số 100 - 120 lần mỗi phút" in body
    assert "Dùng máy sốc điện tự động nếu có" in body
    assert "Bài viết khác" not in body and "Hội thảo" not in body


def test_a_section_header_after_the_byline_ends_the_article() -> None:
    page = (
        "Trang chủ Tin tức Giá vé Liên hệ Từ ngày 15/2 đến 25/2, công ty chạy thêm 8 đoàn tàu từ Vinh, Đồng "
        "Hới và Huế về Hà Nội để phục vụ khách trở lại làm việc sau Tết.Giờ chạy các đoàn tàu tăng cường:Tàu "
        "SE21: Vinh đi lúc 13h00, đến Hà Nội lúc 19h30Tàu SE23: Đồng Hới đi lúc 8h20, đến Hà Nội lúc 19h05"
        "Khách mua vé khứ hồi được giảm 5% giá vé chiều về. Quốc Khánh Tin mới Đường sắt Hà Nội khai trương "
        "tàu du lịch Hà Nội - Hải Phòng Ga Hà Nội đón hơn 20.000 lượt khách dịp Tết Công ty Cổ phần Vận tải "
        "Đường sắt Hà Nội. Địa chỉ: 130 Lê Duẩn, Đống Đa, Hà Nội"
    )
    link = "https://example.com.vn/tin-tuc/chay-them-8-doan-tau-phuc-vu-khach-sau-tet-n2024.html"
    converted = convert(_vnsum("Chạy thêm 8 đoàn tàu phục vụ khách sau Tết", link, page).encode(), "page.txt")
    assert "Khách mua vé khứ hồi được giảm 5% giá vé chiều về." in converted.body
    assert "khai trương" not in converted.body and "20.000 lượt khách" not in converted.body
    assert converted.front.author == "Quốc Khánh"


def test_a_tagline_the_slug_leaves_out_goes_though_the_site_id_closes_the_slug() -> None:
    title = "Dawaco đảm bảo cấp nước an toàn dịp Tết Giáp Thìn 2024 - Cấp nước Đà Nẵng"
    slug = "dawacodambaocapnuocantoandiptetgiapthin2024t402"
    assert source_of_title(title, ("dawaco.com.vn",), slug=slug)[0] == title.split(" - ")[0]
    assert source_of_title(title, ("dawaco.com.vn",), slug=slug + "thanhkhe")[0] == title  # a slug's words
    quoted = 'Trưng bày chuyên đề "80 năm Quân đội nhân dân Việt Nam - Những mốc son lịch sử"'
    slug = "trungbaychuyende80namquandoinhandanvietnam1945"  # a year, or a quote going on: the headline's
    assert source_of_title(quoted, ("btlsqsvn.org.vn",), slug=slug)[0] == quoted


def test_a_speakers_name_or_a_sentence_before_the_lines_announces_no_list() -> None:
    kinds = [("prose", ""), ("short", ""), ("short", "")]
    header = "Khuyến cáo của bác sĩ khi gặp người ngưng tim:Gọi ngay cấp cứu 115"
    assert announced_item(kinds, [header, "Ép tim liên tục", "Dùng máy sốc điện"], 2)
    speaker = "Anh Phạm Văn Tài: Khoảng 15 triệu đồng một ao"
    assert not announced_item(kinds, [speaker, "Tập trước Tập sau", "Đăng ký kênh YouTube"], 2)
    said = "Anh Tài nói về chi phí: Khoảng 15 triệu đồng một ao."
    assert not announced_item(kinds, [said, "Tập trước Tập sau", "Đăng ký kênh YouTube"], 2)
