"""A line of the story listing figures with commas, after its last sentence and with no verb (`Gạo
IR 504 9.200 đồng/kg, gạo thơm Jasmine 12.500 đồng/kg, …`), stays; a site's box of prices in the same
place, its cells side by side or between bars, goes. The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.listed_figures import lists_figures

STORY = [
    "Sáng 12/6, giá gạo nguyên liệu tại các tỉnh đồng bằng sông Cửu Long tiếp tục tăng nhẹ so với tuần trước.",
    "Theo các thương lái, nguồn cung giảm vì nhiều nơi đã thu hoạch xong vụ đông xuân.",
    "Giá bán lẻ tại chợ Cần Thơ hôm nay như sau.",
]
LISTED = (
    "Gạo IR 504 9.200 đồng/kg, gạo thơm Jasmine 12.500 đồng/kg, nếp Long An 11.000 đồng/kg, tấm 8.300 đồng/kg"
)
BOX = "Bảng giá nông sản 12/06 Lúa IR 504 6.800 7.000 Lúa Đài Thơm 8 7.600 7.800 Nếp 7.200 7.400"


def _body(last: str) -> str:
    lead = "Giá gạo nguyên liệu ở miền Tây tăng nhẹ do nguồn cung giảm sau vụ đông xuân."
    page = "\n".join(["Giá gạo miền Tây tăng nhẹ", "", *STORY, last, "Ngọc Hân", "", "", "", lead])
    return convert(page.encode(), "page.txt", year=2017).body


def test_a_list_of_figures_the_story_writes_after_its_last_sentence_stays() -> None:
    assert LISTED in _body(LISTED)


def test_a_box_of_prices_after_the_story_goes() -> None:
    body = _body(BOX)
    assert STORY[-1] in body and "6.800" not in body


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (LISTED, True),
        ("Top 5 mã tăng mạnh: VCB 92.300 (+2,1%), BID 48.650 (+1,8%), CTG 35.100 (+1,5%)", True),
        ("Quảng Ninh 11,03%; Hải Phòng 10,34%; Bắc Ninh 9,12%; Hà Nội 6,27%", True),
        (BOX, False),  # cells side by side
        ("USD 24.790 ▲ 20, EUR 27.312 ▼ 15 | JPY 167,45 ▲ 0,32 | Vàng SJC 81,30", False),  # bars
        ("Giấy phép số 52/GP-BTTTT, Điện thoại: 024.3936.6383, Fax: 024.3936.6384", False),  # a footer
        ("JPY 158,21 167,45 CNY 3.332 3.474", False),  # decimal commas only
    ],
)
def test_a_list_is_items_parted_by_commas_each_with_a_figure(text: str, listed: bool) -> None:
    assert lists_figures(text) is listed
