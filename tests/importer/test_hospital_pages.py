"""Hospitals' and clinics' own news pages (fixtures/blind_hospitals.yml): an expert's sentence giving
advice in a list with no stops stays though the page's footer runs on after it (speakers.py,
head_word_menus.py), a writer's name of four words keeps its office after a dash and its last words
(name_words.py, byline_spots.py), a byline run into a chat button keeps only the name (edges.py), and a
doctor's card's buttons after the credit of who vouched for the advice go (reviewed_by.py, widgets.py)."""

from __future__ import annotations

from bantin.importer.byline_spots import split_trailing_byline
from bantin.importer.convert import convert
from bantin.importer.doctor_cards import doctor_card_apart
from bantin.importer.furniture import Unit
from bantin.importer.head_word_menus import head_word_menu_apart
from bantin.importer.name_words import goes_on_to_dash
from bantin.importer.reviewed_by import reviewer_starts
from bantin.importer.shop_calls import shop_call, shop_call_cuts
from bantin.importer.speakers import about_to_speak, speaks_after_name
from bantin.importer.widgets import buttons, buttons_after_credit


def _page(content: str) -> tuple[str, str | None]:
    text = (
        "Title: Cảnh báo trẻ em bị tổn thương mắt do đồ chơi\nSource: Bệnh viện Mắt\n"
        "Link: https://benhvienmat.vn/tin-tuc/canh-bao.html\nPublished Date: 12/11/2024 10:00\n"
        f"Author: \nTags: None\nSummary: \nContent: {content}\n"
    )
    converted = convert(text.encode(), "page.txt", year=2017)
    return converted.body, converted.front.author


_STORY = (
    "Trang chủ Tin tức Trong tháng qua, bệnh viện tiếp nhận 14 trẻ bị chấn thương mắt do súng đồ chơi. "
    "Bệnh nhi 8 tuổi bị bạn bắn vào mắt trái, thị lực chỉ còn đếm ngón tay 1 m. "
)
_ADVICE = (
    "TS.BS Phạm Ngọc Đông, Giám đốc bệnh viện khuyến cáo: Không cho trẻ chơi súng bắn đạn nhựa "
    "Che mắt bằng gạc sạch và đưa trẻ đến cơ sở nhãn khoa gần nhất"
)


def test_an_expert_giving_advice_after_a_comma_is_no_byline() -> None:
    body, author = _page(_STORY + _ADVICE + " Phòng Công tác xã hội")
    assert "Che mắt bằng gạc sạch và đưa trẻ đến cơ sở nhãn khoa gần nhất" in body
    assert author != "TS.BS Phạm Ngọc Đông"


def test_the_words_before_a_colon_say_the_expert_speaks() -> None:
    words = _ADVICE.split()
    assert speaks_after_name(words, 2)  # `TS.BS Phạm | Ngọc Đông, Giám đốc …`: the name goes on
    assert speaks_after_name(words, 4)
    assert about_to_speak("BSCKII Lê Văn Tám, Trưởng khoa Hồi sức tích cực lưu ý:")
    # a byline with its office after a comma, then a box's label: no verb of speaking
    assert not speaks_after_name("Thu Hương, Phòng Công tác xã hội Hotline: 1900 6612".split(), 2)
    assert not speaks_after_name("Minh Anh Tin liên quan: Giá vàng hôm nay".split(), 2)


def test_advice_run_on_into_a_menu_of_departments_stays_and_the_menu_goes() -> None:
    footer = " Khoa Kết giác mạc Khoa Glôcôm Khoa Mắt trẻ em Số 85 Bà Triệu, Hà Nội Tổng đài: 1900 6068"
    body, _ = _page(_STORY + _ADVICE + footer)
    assert "Che mắt bằng gạc sạch" in body
    assert "Glôcôm" not in body and "1900 6068" not in body


def test_a_menu_whose_items_share_their_word_is_cut_off_the_last_unit() -> None:
    text = "đưa trẻ đến cơ sở nhãn khoa gần nhất Khoa Kết giác mạc Khoa Glôcôm Khoa Đáy mắt - Màng bồ đào"
    units = head_word_menu_apart([Unit(0, "Câu đầu."), Unit(0, text)])
    assert [u.text for u in units][1:] == [
        "đưa trẻ đến cơ sở nhãn khoa gần nhất",
        "Khoa Kết giác mạc Khoa Glôcôm Khoa Đáy mắt - Màng bồ đào",
    ]
    # a sentence naming departments has its commas; two items are no menu; only the last unit is cut
    for kept in ("Khoa Nội, Khoa Ngoại và Khoa Sản tiếp nhận người bệnh", "ra viện Khoa Nội Khoa Ngoại"):
        assert [u.text for u in head_word_menu_apart([Unit(0, kept)])] == [kept]
    header = Unit(0, "Tin tức Khoa phòng Khoa Nội Khoa Ngoại Khoa Sản Bệnh viện vừa tiếp nhận …")
    assert head_word_menu_apart([header, Unit(0, "Câu cuối.")])[0] == header


def test_a_name_of_four_words_keeps_its_last_words_and_its_office() -> None:
    assert goes_on_to_dash("Hồ Thị Thanh Hiền - Phòng Công tác xã hội".split(), 2)
    assert goes_on_to_dash("Bài: Minh Khuê - Ảnh: Lê Hà".split(), 2)
    assert not goes_on_to_dash("Minh Anh Tin liên quan - Giá vàng".split(), 2)
    assert not goes_on_to_dash("ThS. Nguyễn Thu Hà - Học viện Hành chính Quốc gia".split(), 2)
    rest, byline = split_trailing_byline(
        "Sau 7 ngày, người bệnh đã đi lại. Hồ Thị Thanh Hiền - Phòng Công tác xã hội"
    )
    assert rest == "Sau 7 ngày, người bệnh đã đi lại." and byline and byline.author == "Hồ Thị Thanh Hiền"
    _, author = _page(
        _STORY + "Sau 7 ngày, người bệnh đã đi lại nhẹ nhàng. Hồ Thị Thanh Hiền - Phòng Công tác xã hội "
        "Các tin khác Hội nghị Tim mạch miền Trung mở rộng lần thứ 12 Điện thoại: 0234 3822 325"
    )
    assert author == "Hồ Thị Thanh Hiền"


def test_a_byline_run_into_a_chat_button_keeps_the_name_only() -> None:
    body, author = _page(_STORY + "Minh Phương Chat Zalo Gọi ngay Tin liên quan Thai phụ nên ăn gì?")
    assert author == "Minh Phương"
    assert "Chat" not in body


def test_a_doctors_card_after_the_credit_of_who_vouched_for_the_advice_goes() -> None:
    credit = (
        "Bài viết được tham vấn chuyên môn bởi ThS.BS Trần Quốc Hòa - Khoa Ngoại Tiết niệu, Bệnh viện Đa khoa "
        "Quốc tế Thu Cúc"
    )
    text = credit + " Xem hồ sơ Đặt lịch với bác sĩ"
    assert reviewer_starts(text) == [text.index("ThS.BS")]
    assert buttons_after_credit(text) == [len(credit) + 1, len(text)]
    assert all(
        buttons(b) for b in ("Xem hồ sơ Đặt lịch với bác sĩ", "Đặt hẹn Tìm bác sĩ", "Nhận tư vấn miễn phí")
    )
    body, _ = _page(credit + " Xem hồ sơ Đặt lịch với bác sĩ Sỏi thận thường không gây triệu chứng gì cả.")
    assert credit in body and "Xem hồ sơ" not in body


def test_a_saved_pages_author_keeps_the_title_as_the_markup_spells_it() -> None:
    story = "".join(
        f"<p>{s}</p>"
        for s in (
            "Viêm gan B lây qua đường máu, đường tình dục và từ mẹ sang con, không lây qua ăn uống chung.",
            "Virus viêm gan B không lây qua đường tiêu hóa nên ăn chung không làm lây bệnh cho người thân.",
            "Các thành viên trong gia đình nên xét nghiệm HBsAg và anti-HBs, tiêm đủ 3 mũi vắc xin viêm gan B.",
        )
    )
    page = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Viêm gan B có lây không?</title>'
        '<meta property="article:published_time" content="2024-12-03T10:15:00+07:00"></head><body><main>'
        f'<article><h1>Viêm gan B có lây không?</h1>{story}<p class="author">BS.CKI Trương Văn Lợi</p>'
        "</article></main></body></html>"
    )
    assert convert(page.encode(), "page.html", year=2017).front.author == "BS.CKI Trương Văn Lợi"


def test_a_clinics_offer_and_its_button_go_and_the_next_sentence_stays() -> None:
    box = "Ưu đãi tháng 12: giảm 30% chi phí niềng răng Nhận tư vấn miễn phí"
    assert shop_call(box)
    text = f"{box} Người có bệnh nha chu, sâu răng cần điều trị ổn định trước khi niềng."
    assert shop_call_cuts(text) == {len(box)}


def test_a_doctors_signature_after_the_last_item_and_the_card_after_it_are_cut_apart() -> None:
    item = "Không hút thuốc, hạn chế rượu bia"
    signature = "ThS.BS Đỗ Minh Khoa - Khoa Tim mạch, Bệnh viện Hoàn Mỹ Sài Gòn"
    card = "ThS.BS Đỗ Minh Khoa Chuyên khoa: Tim mạch 15 năm kinh nghiệm Đặt lịch hẹn"
    units = doctor_card_apart([Unit(0, f"{item} {signature} {card}")])
    assert [u.text for u in units] == [item, signature, card]
    # a sentence naming the doctor after a grammar word, or a title opening the unit, stays whole
    for text in (
        "Theo lời khuyên của ThS.BS Lê An - Khoa Nội, người bệnh nên ăn nhạt.",
        f"{signature} {card}",
    ):
        assert [u.text for u in doctor_card_apart([Unit(0, text)])] == [text]
    body, author = _page(
        _STORY + f"Lời khuyên của bác sĩ: Ăn dưới 5 g muối mỗi ngày {item} {signature} {card}"
    )
    assert author == "ThS.BS Đỗ Minh Khoa" and item in body and "Đặt lịch hẹn" not in body
