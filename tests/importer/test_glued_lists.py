"""On one line (the vnsum layout) a list's header, its numbered items and the credit before the next
paragraph run together with no space. A word in capitals alone (an acronym closing a credit or an item:
`AGU`, `THPT`) glued to a Vietnamese word with its mark (`… Truyền thông AGUDịp này, …`, `… học bạ
THPTPhương thức 3: …`) is cut there (`core.glued_words`); a brand glues capitals to a word with no mark
(`VPBank`, `PVOil`, `VNPost`). An item labelled in words and numbered, glued to the text before it
(`… ứng dụng VNeID:Bước 1: Đăng nhập …`), is cut there when a sibling (one more, one less) stands in
the same text (`numbered_items.glued_items`), so the item's words (`Đăng nhập`) no longer make the
list's header and its first step one unit of login chrome."""

from __future__ import annotations

from bantin.core.glued_words import glued_words
from bantin.importer.convert import convert
from bantin.importer.numbered_items import glued_items


def _vnsum(content: str) -> str:
    return (
        "Title: Phường Tân Lập hướng dẫn đăng ký tạm trú trực tuyến\nSource: https://tanlap.example.gov.vn\n"
        "Link: https://tanlap.example.gov.vn/tin-tuc/phuong-tan-lap-huong-dan-dang-ky-tam-tru-truc-tuyen-12.html\n"
        "Published Date: 30/01/2024 10:00\nAuthor: \nTags: None\nSummary: \nContent: " + content + "\n"
    )


def test_an_acronym_glued_to_a_marked_word_is_cut_there_a_brand_is_not() -> None:
    text = "Ảnh: Trung tâm Truyền thông AGUDịp này, trường tặng vé xe"
    assert [text[c:][:3] for c in glued_words(text)] == ["Dịp"]
    text = "Xét học bạ THPTPhương thức 3: Xét tuyển thẳng"
    assert [text[c:][:6] for c in glued_words(text)] == ["Phương"]
    assert glued_words("Khách hàng của VPBank, PVOil và VNPost được ưu đãi") == []


def test_a_numbered_item_glued_to_the_text_before_it_is_cut_where_a_sibling_stands() -> None:
    text = "Các bước thực hiện:Bước 1: Đăng nhập ứng dụng mức 2Bước 2: Chọn thủ tục"
    assert [text[c:][:6] for c in glued_items(text)] == ["Bước 1", "Bước 2"]
    assert glued_items("Xem chi tiết tại:Bước 1: Đăng nhập ứng dụng") == []  # no sibling: no list


def test_the_lists_header_and_its_first_step_stay_the_storys() -> None:
    page = (
        "Trang chủ Tin tức Văn bản Liên hệ Thời gian qua, Công an phường Tân Lập phối hợp với Đoàn Thanh "
        "niên lập tổ hỗ trợ người dân đăng ký tạm trú trực tuyến tại trụ sở và ở các khu phố.Các bước đăng "
        "ký tạm trú trên ứng dụng VNeID:Bước 1: Đăng nhập ứng dụng VNeID bằng tài khoản định danh mức 2Bước "
        "2: Chọn Thủ tục hành chính, chọn Khai báo tạm trúBước 3: Nhập thông tin nơi ở và gửi hồ sơTừ đầu "
        "tháng 1 đến nay, phường đã tiếp nhận hơn 620 hồ sơ đăng ký tạm trú trực tuyến. Ngọc Thủy"
    )
    body = convert(_vnsum(page).encode(), "page.txt").body
    assert "Các bước đăng ký tạm trú trên ứng dụng VNeID:" in body
    assert "Bước 1: Đăng nhập ứng dụng VNeID bằng tài khoản định danh mức 2" in body
