"""A broadcaster's address of its province's letters and `tv` (camautv.vn) names the station that
signs its footer with its whole name (`Đài Phát thanh và Truyền hình Cà Mau.`): the footer is the
site's own, so the other stories' headlines run in before it go, and the byline before them is the
story's (`station_names.hosted_by`, asked by `chrome.Site.called`); a paper of the same province is
not the station."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.station_names import hosted_by


def test_a_stations_whole_name_is_its_tv_hosts() -> None:
    assert hosted_by("camautv.vn", "Đài Phát thanh và Truyền hình Cà Mau")
    assert hosted_by("phuthotv.vn", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH PHÚ THỌ")
    assert not hosted_by("camautv.vn", "Báo Cà Mau")
    assert not hosted_by("baocamau.vn", "Đài Phát thanh và Truyền hình Cà Mau")


PAGE = """Title: Cà Mau mở vụ khai thác cá ngừ cuối năm
Source: camautv.vn
Link: https://camautv.vn/ca-mau-mo-vu-khai-thac-ca-ngu-cuoi-nam-34567.html
Published Date: 19/12/2024 10:20
Author:
Tags: None
Summary: Hơn 300 tàu cá của Cà Mau ra khơi khai thác cá ngừ đại dương vụ cuối năm.
Content: Hơn 300 tàu cá của Cà Mau ra khơi khai thác cá ngừ đại dương vụ cuối năm, chủ yếu ở vùng \
biển Trường Sa.Lực lượng Biên phòng tỉnh nhắc ngư dân duy trì thiết bị giám sát hành trình. Hữu Tài \
Cà Mau thu hoạch tôm vụ cuối năm Năm Căn có thêm chợ đầu mối thủy sản Đài Phát thanh và Truyền hình \
Cà Mau. Chịu trách nhiệm nội dung: Giám đốc Đài. Địa chỉ: Số 1 Nguyễn Tất Thành, phường 8, TP Cà Mau
"""


def test_headlines_run_into_the_stations_footer_go_and_the_byline_is_the_storys() -> None:
    converted = convert(PAGE.encode(), "page.txt", year=2024)
    assert converted.front.author == "Hữu Tài"
    assert "thu hoạch tôm" not in converted.body
    assert converted.body.rstrip().endswith("giám sát hành trình.")
