"""An office signing a portal's story with a dash between its two jobs (`Phòng Văn hóa - Thông tin
huyện` in the page's author box): trafilatura reads only the words before the dash, and the box's whole
name is the author (`authors.office_signature`, `html._fuller`); a writer's desk after a dash (`Minh
Anh - Báo Mẫu`) opens with no body's head and is no office's."""

from __future__ import annotations

import pytest

from bantin.importer.authors import office_signature
from bantin.importer.convert import convert

_STORY = (
    "<p>Sáng 5/12, Ủy ban nhân dân huyện Mẫu Sơn tổ chức khai mạc Hội chợ sản phẩm nông nghiệp, làng nghề "
    "năm 2026 với hơn 120 gian hàng của các hợp tác xã, hộ kinh doanh trong và ngoài huyện.</p>"
    "<p>Hội chợ giới thiệu các sản phẩm OCOP, nông sản sạch và đồ thủ công mỹ nghệ của đồng bào dân tộc "
    "thiểu số; nhiều gian hàng bán theo hình thức thanh toán không dùng tiền mặt.</p>"
    "<p>Trong thời gian diễn ra hội chợ còn có các hoạt động văn nghệ, thi ẩm thực và trò chơi dân gian "
    "thu hút đông đảo người dân và du khách.</p>"
)


def _page(signature: str) -> bytes:
    return (
        "<html><head><title>Khai mạc Hội chợ sản phẩm nông nghiệp huyện Mẫu Sơn</title></head><body>"
        "<article><h1>Khai mạc Hội chợ sản phẩm nông nghiệp huyện Mẫu Sơn</h1>"
        '<time datetime="2026-12-05T09:00:00+07:00">05/12/2026 09:00</time>'
        f'{_STORY}<p class="author" style="text-align:right"><em>{signature}</em></p></article>'
        "</body></html>"
    ).encode()


@pytest.mark.parametrize("office", ["Phòng Văn hóa - Thông tin huyện", "Ban Tuyên giáo - Dân vận Huyện ủy"])
def test_an_offices_two_jobs_sign_the_story(office: str) -> None:
    assert convert(_page(office), "page.html", year=2026).front.author == office


def test_only_a_bodys_name_with_two_jobs_is_an_office() -> None:
    assert office_signature("Phòng Văn hóa - Thông tin huyện")
    assert not office_signature("Phòng Văn hóa")  # one job: trafilatura reads it whole
    assert not office_signature("Minh Anh - Báo Mẫu")  # a writer and the paper's desk
    assert not office_signature("Báo Mẫu - Ban Thời sự")  # a paper's desk
    assert not office_signature("Ban Tổ chức - Số 12, đường Hùng Vương")  # an address, no job
