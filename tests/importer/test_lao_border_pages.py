"""Pages of the border provinces' stations and portals on Laos (blind_laos3): the writers' names
under the story read as the author, and the site's buttons and banners go.

* A place ending in a word of one letter (`cửa khẩu Bờ Y.`, `huyện Nhọt Ú.`) ends the story's last
  sentence; the byline after it is looked for there too (`byline_spots`), as a name's initial
  (`Nguyễn Văn H.`) is no sentence's end for `sentence_starts`.
* A counter with its label first (`Lượt xem: 312`) ends at its count: the name after it is not its,
  even one opening with a letter alone (`Y Blao - Quốc Hưng`, a Central Highlands' name) (`units`).
* A labelled credit right after a button (`… Zalo | In bài Tin, ảnh: Lâm Hiển`) is a unit of its
  own (`widgets.credit_after_buttons`).
* A station's link to its bulletin after the writers' names (`Hồng Sơn - Văn Trường Xem bản tin
  Thời sự 20h …`) is cut off them (`office_bylines.bulletin_after_byline`).
* A banner's button in capitals with its price (`ĐẶT VÉ NGAY - Giá chỉ từ 1.990.000đ`) and a
  quick-read toggle (`ĐỌC NHANH`) alone in their unit are the site's (`shop_calls`, `widgets`)."""

from __future__ import annotations

from bantin.importer import office_bylines
from bantin.importer.byline_spots import split_trailing_byline
from bantin.importer.convert import convert
from bantin.importer.shop_calls import shop_call
from bantin.importer.units import split_units
from bantin.importer.widgets import buttons

from .scrapes import vnsum

_STORY = (
    "Ngày 18/10, tại thành phố Kon Tum, lãnh đạo ba tỉnh Kon Tum, Attapeu và Sê Kông tổ chức hội đàm "
    "thường niên năm 2024. Trong năm, lực lượng biên phòng ba tỉnh đã tổ chức 36 đợt tuần tra song phương "
    "và giải quyết 12 vụ việc xuất nhập cảnh trái phép qua biên giới."
)


def _author(content: str) -> str | None:
    page = vnsum("Ba tỉnh tăng cường hợp tác biên giới", "https://a.vn/b-1.htm", content, date="18/10/2024")
    return convert(page, "page.txt", year=2024).front.author


def test_a_byline_after_a_place_ending_in_a_letter_is_the_author() -> None:
    assert split_trailing_byline("… tại huyện Nhọt Ú. Lò Thị Hương")[1].author == "Lò Thị Hương"
    assert split_trailing_byline("… liên hợp cửa khẩu Bờ Y. Hữu Thắng")[0] == "… liên hợp cửa khẩu Bờ Y."
    page = f"{_STORY} Chủ tịch tỉnh cho biết đã hoàn thành khu kiểm soát cửa khẩu Bờ Y. Lò Thị Hương Tin khác"
    assert _author(page) == "Lò Thị Hương"


def test_a_sentence_naming_someone_by_an_initial_keeps_its_end() -> None:
    assert split_trailing_byline("… gồm ông Nguyễn Văn H. và bà Lê Thị B.")[1] is None
    assert split_trailing_byline("… bị can Nguyễn Văn H. Trần Văn T.")[1] is None  # a stop ends it: no byline


def test_a_view_counter_ends_at_its_count() -> None:
    units = split_units("… cửa khẩu. Lượt xem: 312 Y Blao - Quốc Hưng Từ khóa: #KonTum #Attapeu")
    assert "Lượt xem: 312" in units and "Y Blao - Quốc Hưng" in units
    assert (
        _author(f"{_STORY} Lượt xem: 312 Y Blao - Quốc Hưng Từ khóa: #KonTum #Attapeu")
        == "Y Blao - Quốc Hưng"
    )


def test_a_labelled_credit_after_a_button_is_its_own_unit() -> None:
    units = split_units(
        "… cao tốc. Chia sẻ bài viết: Facebook | Zalo | In bài Tin, ảnh: Lâm Hiển Tin cùng chuyên mục"
    )
    assert "Tin, ảnh: Lâm Hiển" in units
    page = (
        f"{_STORY} Chia sẻ bài viết: Facebook | Zalo | In bài Tin, ảnh: Lâm Hiển Tin cùng chuyên mục Tin khác"
    )
    assert _author(page) == "Lâm Hiển"


def test_a_bulletin_link_after_the_writers_names_is_cut_off_them() -> None:
    text = "… đường 7. Hồng Sơn - Văn Trường Xem bản tin Thời sự 20h ngày 28/11/2024"
    assert [text[i:] for i in office_bylines.bulletin_after_byline(text)] == [
        "Xem bản tin Thời sự 20h ngày 28/11/2024"
    ]
    assert (
        office_bylines.bulletin_after_byline("Người dân có thể Xem bản tin dự báo thời tiết trên sóng VTV.")
        == []
    )
    page = f"{_STORY} Hồng Sơn - Văn Trường Xem bản tin Thời sự 20h ngày 28/11/2024 Tin liên quan"
    assert _author(page) == "Hồng Sơn - Văn Trường"


def test_a_shouted_banner_and_a_quick_read_toggle_are_the_sites() -> None:
    assert shop_call("ĐẶT VÉ NGAY - Giá chỉ từ 1.990.000đ")
    assert not shop_call("HÀ NỘI - Giá từ 1.990.000đ")  # a place in capitals is no button
    assert buttons("ĐỌC NHANH")
    assert not buttons("Học sinh đọc nhanh hơn sau ba tháng luyện tập.")
