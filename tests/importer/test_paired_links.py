"""Two links between a pipe, both opening with the same word (`Thư viện ảnh | Thư viện video`), run into
a one-line scrape between two of the story's sentences, are a site's pair of its own pages and go; the
sentences on both sides stay (`link_bars`)."""

from bantin.importer.convert import convert
from bantin.importer.link_bars import link_bar_cuts

_PAGE = """Title: Khai giảng lớp tiếng Lào cho cán bộ xã biên giới Quảng Trị
URL: https://example.vn/khai-giang-lop-tieng-lao.html
Published Date: 2025-03-12
Content: Sáng 12/3, Trường Chính trị Lê Duẩn tỉnh Quảng Trị khai giảng lớp bồi dưỡng tiếng Lào cho 40 cán bộ các xã biên giới huyện Hướng Hóa. Lớp học kéo dài ba tháng, mỗi tuần hai buổi tại trụ sở trường. {pair} Học viên Hồ Văn Lâm, cán bộ xã Hướng Lập, chia sẻ: “Xã tôi giáp bản A Xóc, biết tiếng Lào thì giải quyết việc nhanh hơn”. Lớp học sẽ bế giảng vào giữa tháng 6 với bài kiểm tra giao tiếp cuối khóa. Hồ Cầu
"""


def _body(pair: str) -> str:
    return convert(_PAGE.replace("{pair}", pair).encode(), "khai-giang.txt").body


def test_a_pair_of_links_with_the_same_first_word_goes() -> None:
    body = _body("Thư viện ảnh | Thư viện video")
    assert "Thư viện" not in body
    assert "mỗi tuần hai buổi tại trụ sở trường." in body
    assert "Học viên Hồ Văn Lâm, cán bộ xã Hướng Lập" in body


def test_other_pairs_are_left_to_other_readers() -> None:
    text = "Lớp học kéo dài ba tháng. {} Học viên Hồ Văn Lâm, cán bộ xã Hướng Lập, chia sẻ: “Biết tiếng Lào thì tốt”."
    assert not link_bar_cuts(text.format("Đặt mua tạp chí | Số mới nhất"))  # no word in common first
    assert not link_bar_cuts(text.format("Năm 2023 | Năm 2024"))  # figures: a table's row
    assert not link_bar_cuts(
        "Lớp học kéo dài ba tháng. Thư viện ảnh | Thư viện video Xem thêm."
    )  # no sentence after


def test_the_sentence_after_a_bar_before_the_end_stays() -> None:
    page = _PAGE.replace(
        " Lớp học sẽ bế giảng vào giữa tháng 6 với bài kiểm tra giao tiếp cuối khóa. Hồ Cầu", ""
    )
    for bar in ("Thư viện ảnh | Thư viện video", "Thư viện ảnh | Thư viện video | Tư liệu"):
        body = convert(page.replace("{pair}", bar).encode(), "khai-giang.txt").body
        assert "Thư viện" not in body  # a bar inside the story: no tail of chrome starts at it (bounds)
        assert "biết tiếng Lào thì giải quyết việc nhanh hơn”." in body
