"""`bantin.importer.credit_bodies`: where a credit naming a body ends, when the next sentence follows
with no stop; on credits written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.captions import parse_credit
from tests.importer.test_signed_tails import STORY, convert_page


@pytest.mark.parametrize(
    ("text", "credit", "rest"),
    [
        ("Bộ Y tế Số ca mắc mới tăng nhẹ.", "Bộ Y tế", "Số ca mắc mới tăng nhẹ."),
        (
            "Trung tâm Y tế huyện Mường Tè Năm nay, huyện có 20 ca.",
            "Trung tâm Y tế huyện Mường Tè",
            "Năm nay",
        ),
        (
            "Ban Tổ chức cung cấp Chương trình thu hút 500 vận động viên.",
            "Ban Tổ chức cung cấp",
            "Chương trình",
        ),
        ("Công an tỉnh cung cấp Đối tượng bị bắt giữ.", "Công an tỉnh cung cấp", "Đối tượng"),
        (
            "Viện Vệ sinh dịch tễ Trung ương Các chuyên gia khuyến cáo.",
            "Viện Vệ sinh dịch tễ Trung ương",
            "Các",
        ),
        ("Sở Giáo dục và Đào tạo Hà Nội Kỳ thi diễn ra.", "Sở Giáo dục và Đào tạo Hà Nội", "Kỳ thi"),
        (
            "Đại sứ quán Việt Nam tại Lào Buổi lễ diễn ra trang trọng.",
            "Đại sứ quán Việt Nam tại Lào",
            "Buổi lễ",
        ),
        (
            "Hội Hữu nghị Việt - Lào tỉnh Nghệ An Hai bên trao đổi.",
            "Hội Hữu nghị Việt - Lào tỉnh Nghệ An",
            "Hai",
        ),
        (
            "Hội Liên hiệp Phụ nữ tỉnh Lào Cai Các hội viên tham gia.",
            "Hội Liên hiệp Phụ nữ tỉnh Lào Cai",
            "Các",
        ),
        ("Sở Văn hóa Hà Nam Năm nay, tỉnh đón khách.", "Sở Văn hóa Hà Nam", "Năm nay"),
        ("Bộ Ngoại giao Hai bên nhất trí.", "Bộ Ngoại giao", "Hai bên"),
        ("Cục Hàng không Việt Nam Các hãng bay tăng chuyến.", "Cục Hàng không Việt Nam", "Các hãng"),
        ("Ban Tuyên giáo Trung ương Hội nghị diễn ra trực tuyến.", "Ban Tuyên giáo Trung ương", "Hội nghị"),
        ("Ủy ban nhân dân tỉnh Sơn La Tỉnh đã hỗ trợ 2.000 hộ.", "Ủy ban nhân dân tỉnh Sơn La", "Tỉnh đã"),
        ("Tòa án nhân dân tối cao Phiên tòa diễn ra.", "Tòa án nhân dân tối cao", "Phiên tòa"),
        ("Thông tấn xã Lào Hai bên nhất trí mở rộng hợp tác.", "Thông tấn xã Lào", "Hai bên"),
        ("Tạp chí Cộng sản. Sau đó, đoàn đến thăm bảo tàng.", "Tạp chí Cộng sản", "Sau đó"),
        # the story's words stay the story's: a place or a group that opens the next sentence
        ("Bộ Y tế Số ca tăng.", "Bộ Y tế", "Số ca tăng."),
        ("Tòa án nhân dân tối cao Phiên tòa diễn ra.", "Tòa án nhân dân tối cao", "Phiên tòa"),
        ("Bộ Y tế Hà Nội ghi nhận 200 ca.", "Bộ Y tế", "Hà Nội ghi nhận"),
        ("Bộ Quốc phòng Lễ phục K08 cơ bản giống quân phục.", "Bộ Quốc phòng", "Lễ phục K08"),
        ("Cục Thống kê Số liệu cho thấy tăng trưởng.", "Cục Thống kê", "Số liệu"),
        ("Bộ GD&ĐT Thanh Hương Thích Chia sẻ", "Bộ GD&ĐT", "Thanh Hương"),  # a byline after it
        # a body's own name of two words, then a byline of two: four words in title case
        ("NXB Hồng Đức Thu Trang Sách liên quan", "NXB Hồng Đức", "Thu Trang"),
        ("Nhà xuất bản Hồng Đức Thu Trang", "Nhà xuất bản Hồng Đức", "Thu Trang"),
        ("NXB Trẻ Thu Trang Sách liên quan", "NXB Trẻ", "Thu Trang"),  # three: a name of one word
        ("NXB Trẻ Nguyễn Văn An cho biết sách bán chạy.", "NXB Trẻ", "Nguyễn Văn An"),  # a family name
        # read the usual way: an agency after a slash, a writer's role in brackets, a name, glued words
        ("Bộ Y tế/TTXVN Số ca mắc tăng.", "Bộ Y tế/TTXVN", "Số ca"),
        ("Nhà hát Tuổi trẻ Ngọc Anh (thực hiện) Gửi bình luận", "Nhà hát Tuổi trẻ", "Ngọc Anh"),
        ("Trường Giang Ngày 5/3, mưa lớn.", "Trường Giang", "Ngày 5/3"),
        ("UBND tỉnh Hà GiangBình luận Gửi", "UBND tỉnh Hà Giang", "Bình luận"),
    ],
)
def test_a_bodys_name_is_the_credit_and_the_next_sentence_begins_after_it(
    text: str, credit: str, rest: str
) -> None:
    found, cut = parse_credit(text)
    assert found == credit
    assert text[cut:].startswith(rest)


def test_a_credit_naming_a_body_leaves_the_next_paragraph_whole() -> None:
    caption = "Lực lượng y tế phun khử khuẩn tại khu dân cư. Ảnh: Trung tâm Y tế huyện Mường Tè"
    page = convert_page(f"{' '.join(STORY)} {caption} Năm nay, huyện ghi nhận 20 ca sốt xuất huyết.")
    assert "*Ảnh: Trung tâm Y tế huyện Mường Tè*{: .credit}" in page.body
    assert "\n\nNăm nay, huyện ghi nhận 20 ca sốt xuất huyết." in page.body


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Nhật Bắc Xuất khẩu tháng 1 tăng 42% so với cùng kỳ.", "Nhật Bắc"),  # a photographer, no `Nhật báo`
        ("Nhật báo Nhân Dân Theo đó, hai bên nhất trí.", "Nhật báo Nhân Dân"),
        ("Báo Quân đội nhân dân Theo Bộ Quốc phòng, đề án sẽ hoàn thành.", "Báo Quân đội nhân dân"),
    ],
)
def test_a_publications_first_word_needs_its_partner(text: str, credit: str) -> None:
    assert parse_credit(text)[0] == credit


@pytest.mark.parametrize(
    ("text", "credit"),
    [("VFF HLV Kim Sang-sik hài lòng với kết quả.", "VFF"), ("VGP PGS.TS Nguyễn Văn An phát biểu.", "VGP")],
)
def test_a_persons_abbreviated_title_after_a_credit_opens_the_next_sentence(text: str, credit: str) -> None:
    assert parse_credit(text)[0] == credit
