"""A magazine's units around its features (blind round fixtures/blind_magazines.yml): its subscription wall
run into the story (`Bài viết dành cho thành viên Trở thành thành viên chỉ từ 99.000đ/tháng`, `Bạn còn 1
bài viết miễn phí trong tháng`), an ad's label between a list's item and a sentence, a slideshow's counter
under its label (`Ảnh: 1/12`) go; the editor's note (`Lời tòa soạn: …`) stays, and a writer's name before
the author's card that prints it again (`Lê Ngọc Quang Tác giả Lê Ngọc Quang …`) is the byline, whole."""

from __future__ import annotations

from bantin.importer.ad_labels import ad_label_cuts
from bantin.importer.captions import split_captions
from bantin.importer.convert import convert
from bantin.importer.edges import closing_byline_apart
from bantin.importer.furniture import Unit, signals
from bantin.importer.paywalls import paywall, paywall_cuts
from bantin.importer.photo_albums import album
from bantin.importer.units import split_units

from .scrapes import vnsum


def test_a_subscription_wall_is_the_site_s() -> None:
    assert paywall("Bài viết dành cho thành viên Trở thành thành viên chỉ từ 99.000đ/tháng")
    assert paywall("Bạn còn 1 bài viết miễn phí trong tháng")
    assert paywall("Bài viết dành cho thành viên Đăng nhập để đọc tiếp")
    assert not paywall("Bài viết dành cho thành viên chiếm 20% lượt đọc của tạp chí.")  # a story's sentence


def test_a_wall_run_into_the_next_sentence_is_cut_off_it() -> None:
    text = (
        "Cha mẹ vẫn giữ quyền quyết định. Bài viết dành cho thành viên Trở thành thành viên chỉ từ "
        "99.000đ/tháng Chuyên gia khuyên nên tách bạch hội đồng gia đình và hội đồng quản trị."
    )
    assert "Bài viết dành cho thành viên Trở thành thành viên chỉ từ 99.000đ/tháng" in split_units(text)
    metered = (
        "Giá cao hơn 20%. Bạn còn 1 bài viết miễn phí trong tháng Doanh nghiệp năm 2024 có 850 lao động."
    )
    assert metered.index(" Doanh nghiệp") in paywall_cuts(metered)
    told = "Bài viết dành cho thành viên chiếm 20% lượt đọc, theo tòa soạn."
    assert not paywall_cuts(told)  # a sentence goes on in lower case


def test_a_walled_feature_keeps_its_story_and_its_byline() -> None:
    story = (
        "Tạp chí Mẫu Số 45 Góc nhìn Chưa đến một phần ba doanh nghiệp gia đình có kế hoạch chuyển giao rõ ràng. "
        "Nhiều người con đi du học về muốn thay đổi cách làm, trong khi cha mẹ vẫn giữ quyền quyết định. "
        "Bài viết dành cho thành viên Đăng nhập để đọc tiếp Quỳnh Trân Cùng chuyên mục Doanh nhân và chữ tín"
    )
    raw = vnsum("Thế hệ thứ hai", "https://example.vn/the-he.html", story, source="example.vn")
    converted = convert(raw, "page.txt", year=2024)
    assert "dành cho thành viên" not in converted.body and "đọc tiếp" not in converted.body
    assert "vẫn giữ quyền quyết định." in converted.body
    assert converted.front.author == "Quỳnh Trân"


def test_an_ad_s_label_between_a_list_item_and_a_sentence_is_cut() -> None:
    text = "3 tòa soạn dùng AI để dịch tin quốc tế Quảng cáo Ông Phạm Đức Minh cho biết AI giúp nhiều."
    start = text.index("Quảng cáo")
    assert {start, start + len("Quảng cáo")} <= ad_label_cuts(text)
    assert not ad_label_cuts("Ông là chủ tịch Hiệp hội Quảng cáo Việt Nam nhiệm kỳ mới.")  # a name's part
    assert not ad_label_cuts("Doanh thu từ dịch vụ Quảng cáo Google tăng mạnh.")  # no function word after


def test_the_editor_s_note_is_the_story_s() -> None:
    assert signals("Lời tòa soạn: Bài viết nằm trong chuyên đề AI và báo chí của số tháng 12.").strong is None
    assert signals("Tòa soạn: 36 Bùi Thị Xuân, quận 1, TP HCM").strong is not None  # the footer's field


def test_a_slideshow_s_counter_under_the_label_is_no_credit() -> None:
    assert album("Ảnh: 1/12")
    blocks = split_captions("Khán giả trẻ không quay lưng với cải lương. Ảnh: 1/12")
    assert all(block.credit is None for block in blocks)


def test_the_byline_before_an_author_s_card_is_the_whole_name() -> None:
    units = [
        Unit(0, "Bản gốc hiện được lưu ở nhiều thư viện châu Âu và ở Bảo tàng Lịch sử Quốc gia."),
        Unit(0, "Lê Ngọc Quang Tác giả Lê Ngọc Quang Cộng tác viên chuyên mục Lịch sử Xem tất cả bài viết"),
    ]
    assert [u.text for u in closing_byline_apart(units)][1] == "Lê Ngọc Quang"
