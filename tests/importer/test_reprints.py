"""A copy's frame around a story (blind round fixtures/blind_paginated.yml): a search engine's cache banner,
an archive's notice that the article is old, a printer-friendly or text-only version's controls, the pager
of a story cut over pages and its link to the next part go; the writer's name run into them is read, the
banner's date is the copy's, not the page's, and the story's own sentences about pages and printing stay."""

from __future__ import annotations

import datetime as dt

from bantin.importer.convert import convert
from bantin.importer.reprints import notice_spans, reprint_chrome, reprint_cuts
from bantin.importer.units import split_units

from .scrapes import vnsum

_BANNER = (
    "Đây là bản lưu trong bộ nhớ cache của Google của https://baomau.vn/tin-a-123.html. Đây là ảnh chụp "
    "nhanh của trang web như đã xuất hiện vào 2 thg 2, 2024 11:05:40 GMT. Trang hiện tại có thể đã thay "
    "đổi trong thời gian chờ đợi."
)


def test_a_pager_and_the_copies_controls_are_the_copy_s() -> None:
    for text in ("Trang 1 2 3 Tiếp >", "1 2 3 Tiếp theo »", "Trang: 1 | 2 | 3", "« Trang trước", "Trang sau »",
                 "Trang 2/3", "Trang tiếp theo", "Bản in", "In bài viết", "Đóng cửa sổ", "Xem bản đầy đủ",
                 "Phiên bản đầy đủ Phiên bản chỉ văn bản Xem nguồn", "Xem tiếp phần 2: Bài toán xanh hóa",
                 "In từ: https://baomau.vn/tin-a-123.html", _BANNER):  # fmt: skip
        assert reprint_chrome(text), text


def test_the_story_s_sentences_about_pages_and_printing_stay() -> None:
    for text in (
        "Trang 3 của bản báo cáo ghi rõ, nhiều kiểm sát viên còn lúng túng.",
        "Ngay từ bản in đầu tiên, kinh tế tư nhân đã được xác định là một động lực.",
        "Xem tiếp phần 2 của chương trình, khán giả sẽ gặp lại các thí sinh.",
        "Bài viết được đăng cách đây 6 năm gây nhiều tranh cãi trên mạng xã hội.",
        "1 2 3",  # neither `Trang` nor a pager's word: figures
    ):
        assert not reprint_chrome(text), text
    assert not reprint_cuts("Trang 1 2 và 3 của hồ sơ ghi tên các bị can.")  # a sentence's words after


def test_a_pager_or_a_next_part_link_run_into_the_byline_is_cut_from_it() -> None:
    assert "Thanh Hà" in split_units("Dự án không thể hòa vốn. Trang 1 2 3 Tiếp > Thanh Hà")
    assert "Quang Hiếu" in split_units("Hơn 400 đồng đội. Quang Hiếu 1 2 3 Tiếp theo »")
    text = "Nhiều cơ hội. Xem tiếp phần 2: Bài toán xanh hóa chuỗi cung ứng Hoài Phương"
    assert split_units(text)[-2:] == ["Xem tiếp phần 2: Bài toán xanh hóa chuỗi cung ứng", "Hoài Phương"]


def test_a_banner_and_an_old_article_s_notice_are_one_unit_each() -> None:
    assert notice_spans(_BANNER) == [(0, len(_BANNER))]
    notice = "Bài viết đã được đăng cách đây hơn 6 năm. Một số thông tin có thể không còn phù hợp."
    assert notice in split_units(f"{notice} Doanh thu quảng cáo của báo in giảm mạnh.")
    assert reprint_chrome(notice)


def test_a_cached_page_is_dated_by_its_own_stamp_not_the_cache_s() -> None:
    content = (
        f"{_BANNER} Phiên bản đầy đủ Phiên bản chỉ văn bản Xem nguồn Báo Mẫu Kinh tế Cập nhật: 15/01/2024 08:40 "
        "Người nuôi tôm hùm lo lắng khi giá tôm giảm mạnh trong hai tháng qua. Giá tôm hùm xanh hiện chỉ còn "
        "650.000 đồng mỗi kg. Hồng Ngân"
    )
    converted = convert(
        vnsum("Nghề nuôi tôm hùm gặp khó", "https://baomau.vn/tin-a-123.html", content), "p.txt"
    )
    assert converted.front.date == dt.date(2024, 1, 15)
    assert converted.front.author == "Hồng Ngân"
    assert "cache" not in converted.body and "Phiên bản" not in converted.body
