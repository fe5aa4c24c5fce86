"""A related list's header run into the story's next line, one stated sentence (`header_sentences`)."""

from bantin.importer.furniture import Unit
from bantin.importer.header_sentences import header_sentence_apart


def _texts(*texts: str) -> list[str]:
    return [u.text for u in header_sentence_apart([Unit(0, t) for t in texts])]


def test_header_is_cut_off_a_stated_sentence():
    got = _texts(
        "Bài viết cùng chuyên mục Bảng giá ngô hạt tại cửa khẩu ngày 15/10: 6.200 đồng/kg (loại 1), "
        "5.800 đồng/kg (loại 2)."
    )
    assert got == [
        "Bài viết cùng chuyên mục",
        "Bảng giá ngô hạt tại cửa khẩu ngày 15/10: 6.200 đồng/kg (loại 1), 5.800 đồng/kg (loại 2).",
    ]


def test_headlines_and_a_footer_sentence_stay_whole():
    footer = (
        "Tin mới nhất Thép Xanh Nam Định mở bán vé trận gặp Hà Nội FC Câu lạc bộ Bóng đá Thép Xanh Nam Định."
    )
    headlines = "Tin liên quan Hà Nội: Phố sách đông vui ngày cuối tuần Giá vàng hôm nay tăng mạnh"
    two = "Xem thêm Sơn La: xuất khẩu tăng mạnh. Giá ngô hôm nay giảm nhẹ ở nhiều tỉnh biên giới."
    assert _texts(footer, headlines, two) == [footer, headlines, two]
