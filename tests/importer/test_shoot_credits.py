"""A fashion gallery's captions (blind round fixtures/blind_lifestyle.yml): a shoot's crew credited
between a caption's text and its photo's credit (`Stylist: …`), and a credit owned by the person shown
(`Ảnh: IG nhân vật`) before the gallery's next counter. Every caption stays whole with its credits,
and the gallery's counters go."""

from __future__ import annotations

from bantin.importer.captions import split_captions
from bantin.importer.convert import convert
from bantin.importer.credit_ends import foreign_then_writer
from bantin.importer.shoot_credits import caption_start

from .scrapes import vnsum


def test_a_crew_s_credit_before_the_photo_s_is_the_caption_s_not_its_sentence() -> None:
    before = "Bài viết mở đầu. Lan Khuê mặc váy lụa đỏ. Stylist: Mì Vũ. Trang điểm: Kye Nguyễn."
    start = before.index("Stylist")
    assert caption_start(before, start) == before.index("Lan Khuê")
    assert caption_start("Đoạn đầu. Lan Khuê mặc váy lụa đỏ.", 10) == 10  # no crew: the sentence as it was
    blocks = split_captions(f"{before} Ảnh: Minh Hà")
    assert blocks[-1].kind == "caption" and blocks[-1].text.startswith("Lan Khuê mặc váy lụa đỏ. Stylist")


def test_a_gallery_s_counters_after_credits_owned_by_the_person_shown_go() -> None:
    story = (
        "Tuần qua, các mỹ nhân Việt chuộng gam màu trung tính cho những sự kiện cuối năm. "
        "1/4 Lan Khuê chọn đầm lụa trắng dự tiệc. Ảnh: IG nhân vật "
        "2/4 Minh Hằng mặc vest đen phối quần ống rộng. Stylist: Kelbin Lei. Ảnh: IG nhân vật "
        "3/4 Hoàng Thùy diện váy ánh bạc. Ảnh: Lê Hà "
        "Giới thời trang nhận xét các sao ngày càng chuộng phụ kiện bản lớn trong mùa lễ hội."
    )
    raw = vnsum("Sao mặc đẹp tuần qua", "https://example.vn/sao-mac-dep.html", story, source="example.vn")
    body = convert(raw, "page.txt", year=2024).body
    assert "1/4" not in body and "2/4" not in body and "3/4" not in body
    assert "*Ảnh: IG nhân vật*" in body
    assert "Minh Hằng mặc vest đen phối quần ống rộng. Stylist: Kelbin Lei." in body
    assert "ngày càng chuộng phụ kiện bản lớn trong mùa lễ hội." in body


def test_a_foreign_magazine_s_credit_run_into_the_closing_byline_parts_from_it() -> None:
    assert foreign_then_writer("Women's Health Thanh Tâm") == ("Women's Health", "Thanh Tâm")
    assert foreign_then_writer("Getty Images Hà Nội") == ("Getty Images Hà Nội", "")  # a place: the credit's
    assert foreign_then_writer("Thanh Hà Lê Minh") == ("Thanh Hà Lê Minh", "")  # Vietnamese words: one name
    story = (
        "Bài tập kéo giãn năm phút giúp giảm đau lưng cho người ngồi nhiều. "
        "Huấn luyện viên Lê Hoa hướng dẫn tư thế rắn hổ mang. Ảnh: Vogue Living Minh Châu "
        "Bài tập 7 phút đốt mỡ bụng Đăng ký nhận bản tin"
    )
    raw = vnsum("Kéo giãn cho dân văn phòng", "https://example.vn/keo-gian.html", story, source="example.vn")
    converted = convert(raw, "page.txt", year=2024)
    assert converted.front.author == "Minh Châu"
    assert "*Ảnh: Vogue Living*" in converted.body and "đốt mỡ bụng" not in converted.body
