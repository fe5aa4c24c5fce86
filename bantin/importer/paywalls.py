"""A magazine's subscription wall printed where its free part of a feature ends: the wall's notice
(`Bài viết dành cho thành viên`), the meter of free reads (`Bạn còn 2 bài viết miễn phí trong tháng`),
its offer and buttons (`Trở thành thành viên chỉ từ 99.000đ/tháng`, `Đăng nhập để đọc tiếp và lưu bài
viết`), which may stand over the lead too. A one-line scrape runs the wall into the story's next
paragraph, which the wall's readers do not see but a scraper keeps (`… lớn nhỏ. Bài viết dành cho
thành viên Trở thành thành viên chỉ từ 99.000đ/tháng Chuyên gia khuyên …`). The wall's items open in
a capital with words no sentence of a story puts so (a reader's count of free articles, a
membership's price per month), and have no stop: `paywall_cuts` says where a run of them starts and
where it ends, before the capital of the next sentence; `paywall` names a unit that is such a run and
nothing else. A story telling of paywalls (`Bài viết dành cho thành viên chiếm 20% lượt đọc.`) goes on
in lower case and ends with its stop, and stays."""

from __future__ import annotations

import re

from ..core.text import CAPITALS

__all__ = ["PAYWALL", "paywall", "paywall_cuts"]

#: The reason such a unit is the site's.
PAYWALL = "a magazine's subscription wall (its notice, its meter of free reads, its offer)"

_MEMBER = r"(?:thành viên|hội viên)"
_PRICE = r"[\d.,]+\s*(?:đ|đồng|VNĐ)(?:\s*/\s*(?:tháng|năm))?"  # a membership's (`99.000đ/tháng`)
_ITEM = (
    rf"(?:(?:Bài viết|Nội dung)(?: này)? (?:chỉ )?dành cho {_MEMBER}"
    r"|Bạn còn \d{1,2} bài(?: viết)? miễn phí(?: trong tháng(?: này)?| tháng này)?"
    rf"|(?:Trở thành|Đăng ký(?: làm)?) {_MEMBER}(?: chỉ)?(?: từ {_PRICE})?"
    r"|(?:Đăng nhập|Đăng ký) (?:để )?(?:đọc tiếp|lưu bài viết)"
    r"(?: và (?:lưu|theo dõi|bình luận)(?: bài viết)?)?)"
)
_BUTTON = r"(?:Đăng ký ngay|Đăng nhập|Đăng ký)"
_RUN = rf"(?<!\S){_ITEM}(?:\s+(?:{_ITEM}|{_BUTTON}))*"
_CUTS = re.compile(rf"{_RUN}(?=\s+[{CAPITALS}]|\s*$)")
_WHOLE = re.compile(rf"\s*{_RUN}\s*")


def paywall_cuts(text: str) -> set[int]:
    """Where each run of a subscription wall's items in `text` starts and ends (a capital after it)."""
    return {i for m in _CUTS.finditer(text) for i in m.span()}


def paywall(text: str) -> bool:
    """`text` is a subscription wall's run of items, nothing else."""
    return bool(_WHOLE.fullmatch(text))
