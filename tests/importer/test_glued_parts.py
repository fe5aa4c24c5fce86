"""The page's parts glued by a one-line scrape with no space or one space (fixtures/blind_glued2.yml):
a menu's last item glued to a lead opening with a brand in small letters (`Thủ thuậtiPhone 16 …`), a
byline glued to the site's address opening the footer (`Thảo NguyênKenhsinhvien.vn - …`), a list's
row glued after its unit to a foreign name (`615 USD/tấnPhilippines …`) are cut apart
(`core.glued_words`); a menu's items glued apart over the lead, `Tin tức` among them, go
(`bounds.article_start`, `item_menus.house_menu`); a lead opening with its day before the rows it
introduces stays (`bounds.dated_lead`); a menu's last items before a lead opening with its quarter
(`… Phong thủy Quý II, giá thuê …`) and a news site's sections before a lead whose subject is the site
itself (`… Pháp luật Phóng sự Công an TP.HCM vừa …`) go (`item_menus`); the site's own name and its
address after a dash open the footer (`selfdescribed`); and a story's sentence naming the site's own
address as where its offer is had stays (`unit_kinds`). The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.core.glued_words import glued_words
from bantin.core.sentences import pieces
from bantin.importer.convert import convert
from bantin.importer.item_menus import peel_menu_over_site
from bantin.importer.selfdescribed import describes


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Thủ thuậtiPhone 16Pro và iPhone 16 Pro Max", ["Thủ thuật", "iPhone 16Pro và iPhone 16 Pro Max"]),
        ("Thảo NguyênKenhsinhvien.vn - Kênh thông tin", ["Thảo Nguyên", "Kenhsinhvien.vn - Kênh thông tin"]),
        ("Gạo Jasmine: 615 USD/tấnPhilippines vẫn là", ["Gạo Jasmine: 615 USD/tấn", "Philippines vẫn là"]),
        ("Lê HợiChia sẻ Tweet", ["Lê Hợi", "Chia sẻ Tweet"]),  # a syllable's own `i`, not a brand's
        ("đặt trước tại FPTShop.com.vn được giảm", ["đặt trước tại FPTShop.com.vn được giảm"]),
        ("ứng dụng VssID trên iPhone", ["ứng dụng VssID trên iPhone"]),
        ("giá 16 USD/kgPlus", ["giá 16 USD/kgPlus"]),  # no Vietnamese on either side: a brand's shape
    ],
)
def test_glued_parts_are_cut_apart_and_a_storys_own_words_stay(text: str, parts: list[str]) -> None:
    assert pieces(text, glued_words(text)) == parts


def _page(content: str, summary: str = "", source: str = "Tin Công nghệ", link: str = "") -> str:
    link = link or "https://tincongnghe.vn/tin-tuc/bai-viet-1234.html"
    page = (
        f"Title: Bài viết thử\nSource: {source}\nLink: {link}\nPublished Date: 10/10/2024 08:15\n"
        f"Author: \nTags: None\nSummary: {summary}\nContent: {content}\n"
    )
    return convert(page.encode(), "page.txt", year=2017).body


def test_a_menus_items_glued_apart_go_with_tin_tuc_among_them() -> None:
    body = _page(
        "Tin tứcĐánh giáTư vấnThủ thuậtiPhone 16Pro chính thức mở bán tại Việt Nam từ ngày 27/9 với giá từ "
        "28,99 triệu đồng.Máy dùng chip A18 Pro, màn hình 6,3 inch và camera chính 48MP. Hoàng Nam",
    )
    assert body.startswith("iPhone 16Pro chính thức mở bán")
    assert "Tin tức" not in body and "Thủ thuật" not in body


def test_a_lead_opening_with_its_day_stays_over_the_rows_it_introduces() -> None:
    body = _page(
        "Tài chínhNgân hàngChứng khoánBảo hiểmSáng 10/10, Vietcombank giữ nguyên biểu lãi suất tiết kiệm "
        "tại quầy.Lãi suất tiết kiệm tại quầy:Kỳ hạn 1 tháng: 1,6%/nămKỳ hạn 6 tháng: 2,9%/nămCác ngân hàng "
        "thương mại cổ phần nhỏ đang niêm yết lãi suất cao hơn, phổ biến từ 5%/năm đến 6%/năm. Hồng Hạnh",
        summary="Vietcombank giữ nguyên biểu lãi suất tiết kiệm tại quầy trong tháng 10.",
    )
    assert body.startswith("Sáng 10/10, Vietcombank giữ nguyên")
    assert "Kỳ hạn 6 tháng: 2,9%/năm" in body
    assert "Bảo hiểm" not in body


def test_a_menus_last_items_go_before_a_lead_opening_with_its_quarter() -> None:
    body = _page(
        "Trang chủ Thị trường Dự án Phong thủy Quý II, giá thuê văn phòng tại TP.HCM tiếp tục đi ngang, theo "
        "báo cáo của một công ty tư vấn bất động sản. Tỷ lệ lấp đầy toàn thị trường đạt 88%, giảm 1 điểm "
        "phần trăm so với quý trước. Vũ Phong",
    )
    assert body.startswith("Quý II, giá thuê văn phòng")


def test_a_news_sites_sections_go_before_a_lead_whose_subject_is_the_site() -> None:
    def called(text: str) -> bool:
        return "công an tp.hcm" in text.casefold()

    lead = (
        "Công an TP.HCM vừa bắt giữ 5 đối tượng lừa đảo qua mạng, chiếm đoạt hơn 10 tỷ đồng của nhiều người."
    )
    assert peel_menu_over_site(f"Tin chính An ninh trật tự Pháp luật Phóng sự {lead}", called) == (
        "Tin chính An ninh trật tự Pháp luật Phóng sự",
        lead,
    )
    # a body's name holding the site's (`Sở Y tế | Cà Mau`) is the lead's subject, no menu's item
    lead = "Sở Y tế Cà Mau vừa ban hành kế hoạch phòng, chống sốt xuất huyết năm 2024 trước khi vào mùa mưa."
    assert (
        peel_menu_over_site(f"Trang chủ Giới thiệu Tin tức Hỏi đáp Liên hệ {lead}", lambda t: "Cà Mau" in t)
        is None
    )
    # three items are too few
    lead = (
        "Công an TP.HCM vừa bắt giữ 5 đối tượng lừa đảo qua mạng, chiếm đoạt hơn 10 tỷ đồng của nhiều người."
    )
    assert peel_menu_over_site(f"Tin chính Pháp luật Phóng sự {lead}", called) is None


def test_the_sites_name_and_its_address_after_a_dash_open_the_footer() -> None:
    body = _page(
        "Bảo tàng Dân tộc học Việt Nam khai mạc trưng bày Gốm Chăm Bàu Trúc với hơn 100 hiện vật.Trưng bày "
        "mở cửa đến hết tháng 12/2024. Bảo tàng Dân tộc học Việt Nam - Đường Nguyễn Văn Huyên, Cầu Giấy, Hà "
        "Nội. Điện thoại: 024 3756 2193",
        source="Bảo tàng Dân tộc học Việt Nam",
        link="https://vme.org.vn/tin-tuc/khai-mac-trung-bay-2024.html",
    )
    assert body.rstrip().endswith("Trưng bày mở cửa đến hết tháng 12/2024.")


def test_a_storys_sentence_naming_the_sites_address_as_where_its_offer_is_had_stays() -> None:
    sentence = "Khách đặt trước tại FPTShop.com.vn được giảm thêm 2 triệu đồng khi thu cũ đổi mới."
    body = _page(
        "iPhone 16 Pro chính thức mở bán tại Việt Nam từ ngày 27/9 với giá từ 28,99 triệu đồng cho bản "
        f"128GB. {sentence} Hoàng Nam",
        source="FPT Shop",
        link="https://fptshop.com.vn/tin-tuc/tin-moi/iphone-16-pro-mo-ban-178456",
    )
    assert sentence in body


def test_other_stories_headlines_before_the_sites_name_and_address_are_not_cut_from_them() -> None:
    class Site:
        host, name = "nhahatkich.vn", "Nhà hát Kịch"

        def called(self, text: str) -> bool:
            return "nhà hát kịch" in text.casefold()

    footer = "Nhà hát Kịch - Số 11 Ngõ 40 Tạ Quang Bửu, Hà Nội"
    assert describes(f"Lịch diễn tháng 12 Mua vé {footer}", Site()) is None
    found = describes(f"Trưng bày mở cửa đến hết tháng 12. {footer}", Site())
    assert found is not None and found.start() > 0
