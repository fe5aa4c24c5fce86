"""What the vnsum scrape's own publishers print (blind_vnsum): a photo's credit glued to the next
sentence with no space and no marks on either syllable (`Ảnh: Thanh HàNgười dân …`), a reader's
question naming a place in brackets right after the government paper's dateline (`(Chinhphu.vn) -
Ông Lê Văn Nam (Thái Bình) hỏi …`), and one related headline run into the closing byline at the very
end of the page (`Hoàng Lan Giá điện tăng từ tháng 3`)."""

from __future__ import annotations

import pytest

from bantin.importer.captions import parse_credit
from bantin.importer.convert import convert
from bantin.importer.menus import peel_menu

from .scrapes import vnsum


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Thanh HaNguoi dan xep hang tu sang som.", "Thanh Ha"),
        ("Minh AnhBan quản lý cho biết sẽ mở cửa lại.", "Minh Anh"),
        ("Quang MinhDu khách xếp hàng từ sáng sớm.", "Quang Minh"),
    ],
)
def test_a_glued_credit_splits_between_two_plain_syllables(text: str, credit: str) -> None:
    found, cut = parse_credit(text)
    assert found == credit
    assert text[cut:][:1].isupper()


@pytest.mark.parametrize("brand", ["YouTube", "PayPal", "TikTok", "LinkedIn"])
def test_a_brands_glued_words_are_not_split(brand: str) -> None:
    assert parse_credit(f"{brand} Ông Nam cho biết") == (brand, len(brand) + 1)


def test_a_name_in_brackets_after_a_dateline_is_no_end_of_a_header() -> None:
    lead = (
        "(Chinhphu.vn) - Ông Lê Văn Nam (Thái Bình) làm việc tại doanh nghiệp được 5 năm thì bị cho "
        "thôi việc trước khi hết hợp đồng."
    )
    assert peel_menu(lead) is None


def test_a_readers_question_opening_the_body_stays_whole() -> None:
    content = (
        "(Chinhphu.vn) - Ông Lê Văn Nam (Thái Bình) làm việc tại doanh nghiệp được 5 năm thì bị cho thôi "
        "việc trước khi hết hợp đồng. Ông hỏi có được trợ cấp thôi việc không? Về vấn đề này, Bộ Lao động "
        "trả lời như sau: người lao động làm việc từ đủ 12 tháng trở lên được hưởng trợ cấp thôi việc."
    )
    page = vnsum(
        "Hỏi đáp về trợ cấp thôi việc",
        "https://baochinhphu.vn/hoi-dap-tro-cap-thoi-viec-1022403.htm",
        content,
    )
    body = convert(page, "page.txt", year=2024).body
    assert "Ông Lê Văn Nam (Thái Bình) làm việc tại doanh nghiệp" in body


STORY = (
    "Từ ngày 1/3, giá bán lẻ điện bình quân tăng thêm 4,5%, lên hơn 2.000 đồng mỗi kWh.Theo Bộ Công "
    "Thương, mức tăng giúp bù đắp một phần chi phí sản xuất điện trong năm qua.Hộ gia đình dùng 200 kWh "
    "mỗi tháng sẽ trả thêm khoảng 20.000 đồng."
)


def test_one_related_headline_after_the_closing_byline_goes() -> None:
    page = vnsum(
        "Giá điện tăng 4,5% từ đầu tháng 3",
        "https://vnexpress.net/gia-dien-tang-4-5-tu-dau-thang-3-4715001.html",
        f"{STORY} Hoàng Lan Bảng giá điện sinh hoạt theo bậc từ tháng 3",
        summary="Giá bán lẻ điện bình quân tăng 4,5% từ ngày 1/3, lên hơn 2.000 đồng mỗi kWh.",
    )
    body = convert(page, "page.txt", year=2024).body
    assert "Hộ gia đình dùng 200 kWh" in body
    assert "Bảng giá điện" not in body


def test_an_editors_note_after_the_closing_byline_stays() -> None:
    page = vnsum(
        "Giá điện tăng 4,5% từ đầu tháng 3",
        "https://vnexpress.net/gia-dien-tang-4-5-tu-dau-thang-3-4715001.html",
        f"{STORY} Hoàng Lan Tên một số nhân vật đã được thay đổi",
        summary="Giá bán lẻ điện bình quân tăng 4,5% từ ngày 1/3, lên hơn 2.000 đồng mỗi kWh.",
    )
    body = convert(page, "page.txt", year=2024).body
    assert "Tên một số nhân vật đã được thay đổi" in body
