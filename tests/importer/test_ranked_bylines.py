"""An officer's rank signs a writer's name as a degree does (`Đại tá Lê Văn Bình`, `Thượng tá, ThS.
Trần Minh Đức`, `answerers.expert`): the closing byline run into a button after the story's last
sentence (`… Trần Minh Đức In bài viết`) is cut from it, the rank kept with the name, even where the
rank's and the degree's words make the run longer than the five words of a name of its own
(`edges.closing_byline_apart`)."""

from __future__ import annotations

import pytest

from bantin.importer.answerers import expert
from bantin.importer.convert import convert

_LAST = "Bài viết đề xuất bốn nhóm giải pháp nâng cao hiệu quả phòng ngừa tội phạm ở khu dân cư."


def _page(tail: str) -> bytes:
    return (
        "Title: Phòng ngừa tội phạm ở khu dân cư\nSource: Tạp chí Mẫu\n"
        "Link: https://tapchi.example.vn/phong-ngua-toi-pham.html\nPublished Date: 2026-12-02T08:00:00+07:00\n"
        "Author: \nTags: None\nSummary: Mô hình tổ tự quản góp phần giảm 12% số vụ trộm cắp.\n"
        "Content: Mô hình tổ tự quản an ninh trật tự góp phần giảm 12% số vụ trộm cắp tài sản trong năm. "
        f"{_LAST} {tail} Tin khác Nâng cao chất lượng công tác tiếp công dân\n"
    ).encode()


@pytest.mark.parametrize(
    "signed",
    ["Thượng tá, ThS. Trần Minh Đức", "Đại tá Lê Văn Bình", "Trung tá, TS. Hoàng Thị Thu Hà"],
)
def test_a_ranked_byline_before_a_button_is_the_author(signed: str) -> None:
    converted = convert(_page(f"{signed} In bài viết"), "p.txt", year=2026)
    assert _LAST in converted.body
    assert converted.front.author == signed
    assert "In bài viết" not in converted.body


def test_a_rank_titles_a_signature() -> None:
    assert expert("Thiếu tướng Phạm Văn Long") == "Thiếu tướng Phạm Văn Long"
    assert expert("Đại úy Lê An, Hội Cựu chiến binh xã Tân Lập") == "Đại úy Lê An"
    assert expert("Đại hội Nguyễn Văn An") is None  # no rank
