"""On one line (the vnsum layout) a story that ends with a list has no stop before the writer's name,
and the list of other stories runs on after it (`… Ngủ đủ giấc đêm hôm trước Khánh Linh Tin khác …`):
the name, after a word in small letters and right before the list's header, is the byline
(`unstopped_bylines.signed_before_header`, cut by `units`), so the list's items above it stay the story's and
the author is read; a name the story gives after a preposition or a title (`của Trần Thanh Bình`,
`Thượng úy Minh Trang`), a share bar's brands (`Chia sẻ Facebook Zalo`), and a name after a comment
box's buttons, a form's fields or a menu in title case (`Thích (326) Trả lời Hoa Sữa`), are no byline. A list's
item in thousands glued to the item before it (`… ở xa3.000 suất quà …`) is cut there
(`core.glued_words`)."""

from __future__ import annotations

from bantin.core.glued_words import glued_words
from bantin.importer.convert import convert
from bantin.importer.unstopped_bylines import signed_before_header


def _vnsum(content: str) -> str:
    return (
        "Title: Hiến máu tình nguyện Lễ hội Xuân hồng\nSource: hoi.example.org.vn\n"
        "Link: https://hoi.example.org.vn/tin-tuc/hien-mau-tinh-nguyen-le-hoi-xuan-hong-902345.html\n"
        "Published Date: 25/02/2024 10:00\nAuthor: \nTags: None\nSummary: \nContent: " + content + "\n"
    )


_PAGE = (
    "Ngày 25/2, Hội Chữ thập đỏ tỉnh phối hợp với Bệnh viện Đa khoa tỉnh tổ chức Lễ hội Xuân hồng 2024, thu "
    "về 1.850 đơn vị máu.Người tham gia đông nhất là đoàn viên thanh niên và sinh viên các trường đại học."
    "Tình nguyện viên hiến máu tại lễ hội. Ảnh: Khánh LinhNgười hiến máu cần lưu ý:Ăn nhẹ, không uống rượu "
    "bia trước khi hiến máuMang theo căn cước công dânNgủ đủ giấc đêm hôm trước Khánh Linh Tin khác Trao 50 "
    "suất quà cho người nghèo ở Cam Lâm Tập huấn sơ cấp cứu cho ngư dân"
)


def test_the_name_before_a_lists_header_after_an_unstopped_item_is_the_byline() -> None:
    text = "Mang theo căn cước công dânNgủ đủ giấc đêm hôm trước Khánh Linh"
    assert text[signed_before_header(text) :] == "Khánh Linh"


def test_a_name_after_a_preposition_or_a_rank_or_a_share_bars_brands_is_no_byline() -> None:
    assert signed_before_header("Tiểu thuyết Mùa nước nổi của Trần Thanh Bình") is None
    assert signed_before_header("tặng quà cho gia đình chính sách Thượng úy Minh Trang") is None
    assert signed_before_header("Hoàng Việt Chia sẻ Facebook Zalo") is None


def test_a_name_after_a_comment_boxs_buttons_a_forms_fields_or_a_menu_is_no_byline() -> None:
    assert signed_before_header("các con nên người. Thích (326) Trả lời Hoa Sữa") is None
    assert signed_before_header("Đăng ký nhận bảng giá dự án: Điền họ tên, số điện thoại Lê Mai") is None
    assert signed_before_header("khó khăn trong vùng. Pháp âm Nghe tụng Kinh Dược Sư") is None


def test_the_lists_last_items_stay_and_the_writer_is_read() -> None:
    converted = convert(_vnsum(_PAGE).encode(), "page.txt")
    assert "Mang theo căn cước công dân" in converted.body
    assert "Ngủ đủ giấc đêm hôm trước" in converted.body
    assert "Tin khác" not in converted.body and "Khánh Linh Tin" not in converted.body
    assert converted.front.author == "Khánh Linh"


def test_an_item_in_thousands_glued_to_the_item_before_it_is_cut_there() -> None:
    text = "còn trao:1.500 vé máy bay, vé tàu cho công nhân ở xa3.000 suất quà Tết cho đoàn viên"
    assert [text[cut : cut + 9] for cut in glued_words(text)] == ["3.000 suấ"]
    assert glued_words("tiêm kích Su30 mới và đội U23 Việt Nam") == []
