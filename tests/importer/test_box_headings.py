"""A box's heading left with nothing under it at the story's end goes; a name or a byline there stays
for the byline pass (`box_headings`, `body.take_credits`)."""

from bantin.importer.box_headings import box_heading
from bantin.importer.convert import convert

_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Cửa khẩu Cầu Treo đông xe dịp cuối năm | Báo Hà Tĩnh</title></head><body>
<main><article><h1>Cửa khẩu Cầu Treo đông xe dịp cuối năm</h1>
<time>Thứ Hai, 16/12/2024, 08:15</time>
<p>Dịp cuối năm, cửa khẩu quốc tế Cầu Treo đón hơn 300 lượt phương tiện chở hàng mỗi ngày, tăng mạnh so với tháng trước.</p>
<p>Chị Bun Mi, tài xế người Lào ở huyện Khăm Cợt, nói: “Thủ tục bây giờ nhanh lắm, chỉ mất nửa giờ là xong”.</p>
{box}
<p><a rel="author" href="/tac-gia">Minh Quân</a></p>
</article></main></body></html>"""


def _body(box: str) -> str:
    return convert(_PAGE.replace("{box}", box).encode(), "cau-treo.html").body


def test_a_box_heading_with_nothing_under_it_goes() -> None:
    body = _body('<div class="box-interest"><h3>Quan tâm</h3></div>')
    assert "Quan tâm" not in body
    assert "chỉ mất nửa giờ là xong" in body


def test_the_shapes() -> None:
    assert box_heading("Quan tâm")
    assert box_heading("Đọc thêm")
    assert not box_heading("Gia Khoa")  # a name: the byline pass reads it
    assert not box_heading("Gia Khoa (TTVN)")
    assert not box_heading(
        "Hai bên thống nhất triển khai kế hoạch hợp tác năm tới"
    )  # a subhead whose text went
    assert not box_heading("Giai đoạn 2025-2030")  # a figure
    assert not box_heading("TIN LIÊN QUAN")  # capitals: a logo's or a label other passes judge
