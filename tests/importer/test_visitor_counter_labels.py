"""A portal's visitors' counter run into the closing byline on a one-line page (`… Vi Thảo Đang truy cập
56 Tổng lượt truy cập 845.920 …`): `Đang truy cập`, `Đang online`, `Đang trực tuyến` before a count are a
field's label (`field_starts`), so the writer's name is cut off it and read as the byline, and the
counter goes with the footer. A sentence saying who is online goes on with words, not a bare count."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert

_STORY = (
    "Sáng 2/12, Hội đồng nhân dân xã Mẫu Sơn họp chuyên đề, thông qua 6 nghị quyết về đầu tư công và "
    "hỗ trợ học sinh bán trú. Các đại biểu thống nhất dành 3,2 tỷ đồng sửa chữa đường vào thôn Nà Pản "
    "trước mùa mưa năm 2027."
)


def _page(tail: str) -> bytes:
    return (
        "Title: HĐND xã Mẫu Sơn họp chuyên đề\nSource: Hội đồng nhân dân xã Mẫu Sơn\n"
        "Link: https://hdnd.mauson.example.vn/ky-hop.html\nPublished Date: 2026-12-03T10:00:00+07:00\n"
        "Author: \nTags: None\nSummary: Xã dành 3,2 tỷ đồng sửa đường.\n"
        f"Content: Trang chủ Giới thiệu Kỳ họp Tin tức {_STORY} {tail}\n"
    ).encode()


@pytest.mark.parametrize(
    "counter",
    [
        "Đang truy cập 56 Tổng lượt truy cập 845.920",
        "Đang online: 12 Tổng lượt truy cập: 1.204.553",
        "Đang trực tuyến 7 Hôm nay 311",
    ],
)
def test_a_counter_after_the_byline_leaves_the_writer(counter: str) -> None:
    converted = convert(_page(f"Vi Thảo {counter} Địa chỉ: Số 1 đường Mẫu, xã Mẫu Sơn"), "p.txt", year=2026)
    assert converted.front.author == "Vi Thảo"
    assert "truy cập" not in converted.body and "trực tuyến" not in converted.body
    assert "thôn Nà Pản" in converted.body


def test_a_sentence_about_who_is_online_stays() -> None:
    sentence = "Đang truy cập cổng dịch vụ công, nhiều người dân phản ánh hệ thống chậm vào giờ cao điểm."
    body = convert(_page(f"{sentence} Vi Thảo"), "p.txt", year=2026).body
    assert sentence in body
