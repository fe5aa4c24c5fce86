"""What a one-line scrape runs together at the story's end and inside it, on pages written for these
tests: a source's credit run into other stories' headlines (`edges._credit_apart`), a list's rows glued
after a figure's unit (`core.glued_words`), and the story's own phone line after its last photo
kept (`story_contacts`)."""

from __future__ import annotations

from bantin.core.glued_words import glued_words
from bantin.importer.convert import convert

from .scrapes import vnsum

STORY = (
    "Công an tỉnh vừa khởi tố giám đốc một công ty bất động sản về tội lừa đảo chiếm đoạt tài sản.",
    "Theo cơ quan điều tra, người này ký hợp đồng góp vốn với 120 khách hàng, chiếm đoạt hơn 40 tỷ đồng.",
)


def _convert(content: str, link: str = "https://baomauson.vn/khoi-to-giam-doc-cong-ty-bat-dong-san-12.html"):
    return convert(
        vnsum("Khởi tố giám đốc công ty bất động sản", link, content), "p.txt", year=2024, sources={}
    )


def test_a_source_credit_run_into_other_stories_headlines_is_cut_from_them() -> None:
    tail = "Theo TTXVN Cảnh giác chiêu lừa bán đất nền qua mạng xã hội Bắt nhóm đối tượng làm giả sổ đỏ"
    body = _convert(" ".join(STORY) + " " + tail).body
    assert all(line in body for line in STORY)
    assert "Cảnh giác" not in body and "làm giả sổ đỏ" not in body


def test_a_lists_rows_glued_after_a_figures_unit_are_cut_apart() -> None:
    text = "Giá tại vườn:Ruột đỏ loại 1: 28.000 đồng/kgRuột trắng loại 1: 15.000 đồng/kgNông dân thu hoạch."
    cuts = glued_words(text)
    assert text.index("Ruột trắng") in cuts and text.index("Nông dân") in cuts
    assert glued_words("Tốc độ 60 km/hCao điểm") == []  # no Vietnamese letter: a unit's own spelling
    assert glued_words("Tốc độ 60 km/hTheo quy định") == [14]  # but a sentence's preposition opens one


def test_the_storys_phone_line_after_its_last_photo_stays() -> None:
    content = (
        "Các đơn vị vận tải thủy tăng thêm 12 chuyến tàu mỗi ngày trên tuyến ra đảo dịp Tết.Sở yêu cầu các "
        "tàu trang bị đủ áo phao, không chở quá số người quy định.Tàu cao tốc đón khách tại bến. Ảnh: THP"
        "Hành khách có thể đặt vé qua số điện thoại: 0225 3747 888. Hoàng Hà Tin liên quan Đảo đón hơn 2 "
        "triệu lượt khách năm 2024 Đài Phát thanh và Truyền hình Mẫu Sơn. Địa chỉ: Số 1 Lý Tự Trọng"
    )
    body = _convert(content).body
    assert "Hành khách có thể đặt vé qua số điện thoại: 0225 3747 888." in body
