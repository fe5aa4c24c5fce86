"""On an aggregator's page that links back to the original, the paper's name stamped with its time over
the story names the publisher even when it runs to ten words, as a province's review does (`Tạp chí
Khoa học và Công nghệ Quảng Bình 10:05 03/12/2026`, `Tạp chí Kinh tế - xã hội Hải Phòng …`): a dash
between words is no word, and a name of more than eight words opens with a paper's kind (`Tạp chí`,
`Báo`, `Đài`), where a menu's items before the page's time run as long (`paper_stamps`). A page that links back to nothing stamps no paper, as before."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.paper_stamps import paper_stamp

_LEAD = "Tỉnh đưa vào vận hành trạm quan trắc mặn tự động thứ 12 trên sông Gianh."


def _page(stamp: str, link_back: bool = True) -> bytes:
    return "\n".join(
        [
            "Vận hành trạm quan trắc mặn tự động trên sông Gianh",
            "",
            stamp,
            "Ngày 4/12, Sở Khoa học và Công nghệ đưa vào vận hành trạm quan trắc mặn tự động thứ 12 trên sông "
            "Gianh, truyền số liệu về trung tâm điều hành mỗi 15 phút.",
            "Số liệu giúp các xã ven sông chủ động lấy nước tưới cho vụ Đông Xuân.",
            "Hải Yến",
            *(["Xem nguồn"] if link_back else []),
            "",
            "",
            "",
            _LEAD,
        ]
    ).encode()


def test_a_ten_word_name_stamped_with_its_time_is_the_publisher() -> None:
    for name in ("Tạp chí Khoa học và Công nghệ Quảng Bình", "Tạp chí Kinh tế - xã hội Hải Phòng ngày nay"):
        assert paper_stamp(f"{name} 10:05 03/12/2026") is not None
        front = convert(_page(f"{name} 10:05 03/12/2026"), "page.txt", year=2026).front
        assert front.source == name


def test_a_menu_of_nine_words_before_the_time_is_no_paper() -> None:
    assert (
        paper_stamp("Autopro Xe Tư vấn Đánh giá Xe điện Thị trường 12/02/2024 08:01 AMVinFast công bố")
        is None
    )


def test_a_page_linking_back_to_nothing_is_not_named_by_a_stamp() -> None:
    front = convert(
        _page("Tạp chí Khoa học và Công nghệ Quảng Bình 10:05 03/12/2026", False), "page.txt"
    ).front
    assert front.source != "Tạp chí Khoa học và Công nghệ Quảng Bình"
