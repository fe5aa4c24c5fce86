"""A story opening with a post it quotes in short lines, the post's counters under them, keeps them all
(`Người đăng video, anh Đỗ Văn Hiếu, viết:` | `"Nước rút rồi, …"` | `1,2 triệu lượt xem · …`); a page's
head, which names no one about to speak, still goes, and so do its counters."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.posted_quotes import speaker_opening
from bantin.importer.quoted_counters import quoted_counters

_UNITS = [
    "Cộng đồng mạng",
    "Người đăng video, anh Đỗ Văn Hiếu, viết:",
    '"Nước rút rồi, cả xóm ra dọn.',
    'Không ai bảo ai."',
    "1,2 triệu lượt xem · 86K lượt thích · 12K lượt chia sẻ",
    "Một bình luận nhận nhiều lượt thích nhất:",
    '"Nhìn các chú bộ đội mà thương quá.',
    'Cảm ơn các chú!" - 24K lượt thích',
    "Anh Hiếu cho biết đã quay video bằng điện thoại từ tầng hai nhà mình ở phường Túc Duyên.",
]
_POST = [  # the page's lines: a quotation on its line, split into its sentences' units
    "Cộng đồng mạng",
    "Người đăng video, anh Đỗ Văn Hiếu, viết:",
    '"Nước rút rồi, cả xóm ra dọn. Không ai bảo ai."',
    "1,2 triệu lượt xem · 86K lượt thích · 12K lượt chia sẻ",
    "Một bình luận nhận nhiều lượt thích nhất:",
    '"Nhìn các chú bộ đội mà thương quá. Cảm ơn các chú!" - 24K lượt thích',
    _UNITS[-1],
]


def _page(lines: list[str]) -> bytes:
    lead = "Đoạn video quay cảnh người dân Thái Nguyên dọn bùn sau lũ được chia sẻ hàng trăm nghìn lượt."
    title = "Video quay cảnh nước lũ rút ở Thái Nguyên gây sốt mạng"
    tail = ["Phương Linh", "Bình luận", "Thích", "Chia sẻ", "Tin liên quan"]
    return "\n".join([title, "", f"{lead} - Báo Mẫu", "", *lines, *tail]).encode()


def test_the_speaker_over_the_quotation_opens_the_story() -> None:
    kinds = [("chrome", ""), ("short", ""), ("short", ""), ("short", ""), ("chrome", ""), ("prose", "")]
    texts = _UNITS[:5] + _UNITS[-1:]
    opened = [kind for kind, _ in speaker_opening(kinds, texts, 5)]
    assert opened == ["chrome", "prose", "short", "short", "chrome", "prose"]
    unquoted = [*texts[:2], "Nước rút rồi, cả xóm ra dọn.", *texts[3:]]  # no quotation under it: nothing
    assert speaker_opening(kinds, unquoted, 5) == kinds


def test_a_posts_counters_after_its_short_lines_stay_inside_the_story() -> None:
    texts = _UNITS[1:5] + _UNITS[-1:]
    kinds = [("prose", ""), ("short", ""), ("short", ""), ("chrome", ""), ("prose", "")]
    assert quoted_counters(kinds, texts)[3][0] == "prose"
    unbegun = [("short", ""), *kinds[1:]]  # no story before them: the page's
    assert quoted_counters(unbegun, texts)[3][0] == "chrome"
    ended = [*kinds[:4], ("chrome", "")]  # the page's furniture after them: the story is over
    assert quoted_counters(ended, texts)[3][0] == "chrome"


def test_the_page_keeps_the_quoted_post_and_drops_its_head() -> None:
    body = " ".join(convert(_page(_POST), "page.txt", year=2017).body.split())
    for line in _POST[1:]:
        assert line in body, line
    assert "Cộng đồng mạng" not in body


def test_a_head_naming_no_speaker_still_goes() -> None:
    head = ["Cộng đồng mạng", "Video nổi bật", '"Nước rút rồi, cả xóm ra dọn. Không ai bảo ai."']
    body = convert(_page([*head, *_POST[-1:]]), "page.txt", year=2017).body
    assert "Video nổi bật" not in body and "Cộng đồng mạng" not in body
