"""Press releases as the wires print them and newsrooms reprint them (blind round
fixtures/blind_pressreleases.yml): a wire's dateline (`SINGAPORE, ngày 5 tháng 12 năm 2024 /PRNewswire/
--`, `TOKYO--(BUSINESS WIRE)--`) opens the story; the release's media contact under its issuer's `Về …`
paragraph stays; the wire's notes (a translation's disclaimer, `Tổ chức phát hành chịu trách nhiệm …`,
`Logo - https://…`, `Xem nội dung gốc …`) and its lists of other releases go."""

from __future__ import annotations

from bantin.importer.agency_datelines import agency_dateline, dateline_back
from bantin.importer.anchors import cut_after_menu
from bantin.importer.convert import convert
from bantin.importer.disclaimers import DISCLAIMER, NOTICE
from bantin.importer.furniture import Unit
from bantin.importer.headline_lead import split_at_headline
from bantin.importer.release_contacts import release_contacts
from bantin.importer.vocabulary import RELATED_HEADERS

from .scrapes import vnsum


def _dateline(head: str) -> str | None:
    start = agency_dateline(head)
    return None if start is None else head[start:]


def test_a_wire_s_dateline_is_the_release_s_opening_after_the_menu() -> None:
    menu = "PR Newswire Tin tức Vận tải và Logistics Tiếng Việt "
    wire = "BÌNH DƯƠNG, Việt Nam, ngày 2 tháng 12 năm 2024 /PRNewswire/ --"
    assert _dateline(menu + wire) == wire  # the menu's title-case items before a place in capitals
    for dateline in (
        "SINGAPORE, ngày 5 tháng 12 năm 2024 /PRNewswire/ --",
        "TOKYO--(BUSINESS WIRE)--",
        "HẢI PHÒNG, 27 tháng 11 năm 2024 - (ACN Newswire) -",
        "TP HỒ CHÍ MINH, VIỆT NAM - Media OutReach Newswire - Ngày 10 tháng 12 năm 2024 -",
        "Hà Nội, ngày 9 tháng 1 năm 2025 –",
    ):
        assert _dateline(f"Tin tức Thông cáo báo chí Năng lượng {dateline}") == dateline
    assert _dateline("Tin tức EN VI Hà Nội, ngày 9 tháng 1 năm 2025 –") == "Hà Nội, ngày 9 tháng 1 năm 2025 –"
    assert (
        _dateline("Tin Sacombank STB 34.150 +0,89% TP.HCM, ngày 28/10/2024 –") == "TP.HCM, ngày 28/10/2024 –"
    )
    assert _dateline("ESP Viêng Chăn (Nhân Dân) -") == "Viêng Chăn (Nhân Dân) -"  # as before
    assert (
        agency_dateline("Quan hệ Việt Nam - Campuchia, ngày 5 tháng 12 năm") is None
    )  # no dash after the day


def test_a_wire_s_day_cut_off_as_a_stamp_goes_back_with_its_place_to_the_lead() -> None:
    units = [
        Unit(0, "Media OutReach Newswire Tin tức TP HỒ CHÍ MINH, VIỆT NAM - Media OutReach Newswire -"),
        Unit(0, "Ngày 10 tháng 12 năm 2024 -"),
        Unit(0, "Ví điện tử Lumina Pay ra mắt dịch vụ chuyển tiền từ Hàn Quốc về Việt Nam."),
    ]
    texts = [unit.text for unit in dateline_back(units)]
    assert texts == [
        "Media OutReach Newswire Tin tức",
        "TP HỒ CHÍ MINH, VIỆT NAM - Media OutReach Newswire - Ngày 10 tháng 12 năm 2024 - Ví điện tử Lumina Pay"
        " ra mắt dịch vụ chuyển tiền từ Hàn Quốc về Việt Nam.",
    ]


def test_a_wire_s_dateline_is_no_menu_before_the_headline_s_words() -> None:
    text = (
        "HẢI PHÒNG, 27 tháng 11 năm 2024 - (ACN Newswire) - Hoshino Chemical khởi công nhà máy sơn gốc nước"
        " công suất 60.000 tấn mỗi năm tại Khu kinh tế Đình Vũ - Cát Hải."
    )
    assert split_at_headline(text, "Hoshino Chemical khởi công nhà máy sơn gốc nước tại Hải Phòng") is None


def test_a_menu_cut_in_two_before_a_lead_the_summary_words_otherwise_is_cut_off() -> None:
    units = [
        Unit(0, "EVN Trang chủ"),
        Unit(
            0,
            "Tin tức Thông cáo báo chí Tập đoàn Điện lực Việt Nam (EVN) chỉ đạo các đơn vị bảo đảm cấp điện.",
        ),
    ]
    summary = ("Tập đoàn Điện lực Việt Nam chỉ đạo các đơn vị bảo đảm cấp điện.",)
    texts = [unit.text for unit in cut_after_menu(units, summary)]
    assert texts[1] == "Tin tức Thông cáo báo chí"
    assert texts[2].startswith("Tập đoàn Điện lực Việt Nam (EVN)")
    lone = [Unit(0, "Tối 25/8,"), Unit(0, "tại Nhà hát Tập đoàn Điện lực Việt Nam tổ chức đêm nhạc lớn.")]
    assert cut_after_menu(lone, summary) == lone  # a sentence's opening before it: no menu


def test_a_wire_s_notes_are_disclaimers_and_its_links_start_a_unit() -> None:
    for note in (
        "Văn bản gốc của thông cáo này được soạn thảo bằng ngôn ngữ nguồn.",
        "Bản dịch chỉ nhằm mục đích tham khảo; văn bản bằng ngôn ngữ gốc là phiên bản duy nhất có giá trị.",
        "Tổ chức phát hành chịu trách nhiệm hoàn toàn đối với nội dung của thông báo này.",
    ):
        assert DISCLAIMER.search(note), note
    bond = "Tổ chức phát hành chịu trách nhiệm về nội dung bản cáo bạch trái phiếu đã công bố."
    assert not DISCLAIMER.search(bond)  # an issuer of bonds answering for its own papers: the story's
    glued = (
        "Email: ha@saomai.vn Logo - https://mma.prnewswire.com/media/1/Logo.jpg Xem nội dung gốc: https://x"
    )
    assert [m.start() for m in NOTICE.finditer(glued)] == [glued.index("Logo"), glued.index("Xem")]


def test_a_paper_s_and_a_wire_s_lists_of_other_releases_are_lists() -> None:
    for header in ("tin doanh nghiệp khác", "thông cáo báo chí khác từ nguồn này", "tin phát hành khác"):
        assert header in RELATED_HEADERS, header


def _decided(*units: tuple[str, bool]) -> list[Unit]:
    return [Unit(0, text, keep, "") for text, keep in units]


class _Site:
    host, name, menu = "prnewswire.com", "PR Newswire", ()

    def called(self, text: str) -> bool:
        return "prnewswire" in text.casefold().replace(" ", "")


def test_a_release_s_media_contact_under_its_issuer_s_paragraph_stays() -> None:
    units = _decided(
        ("Dự án có tổng vốn đầu tư 35 triệu USD.", True),
        ("Về Sao Mai Logistics: Thành lập năm 2016, công ty có 900 bưu cục.", True),
        ("Xem phiên bản gốc trên businesswire.com: https://www.businesswire.com/news/1/en/", False),
        ("Liên hệ truyền thông:", False),
        ("Nguyễn Thu Hà", False),
        ("Trưởng phòng Truyền thông", False),
        ("Điện thoại: +84 28 3822 6688", False),
        ("Thông cáo báo chí khác", False),
        ("© 2024 Cision US Inc.", False),
    )
    kept = [unit.text for unit in release_contacts(units, _Site()) if unit.keep]
    assert kept[2:] == [
        "Liên hệ truyền thông:",
        "Nguyễn Thu Hà",
        "Trưởng phòng Truyền thông",
        "Điện thoại: +84 28 3822 6688",
    ]
    own = _decided(
        ("Về Sacombank: Ngân hàng thành lập năm 1991.", True), ("Liên hệ báo chí: ask@sacombank.com", False)
    )

    class _Bank(_Site):
        def called(self, text: str) -> bool:
            return "sacombank" in text.casefold()

    assert release_contacts(own, _Bank()) == own  # the issuer's own newsroom: its standing press box
    signed = _decided(
        ("Về Saigon Co.op: Liên hiệp thành lập năm 1989.", True),
        ("Liên hệ báo chí: Phòng Truyền thông - ĐT: 028 3832 3251", False),
        ("© 2024 Saigon Co.op", False),
    )
    assert release_contacts(signed, _Site()) == signed  # the page's copyright is the issuer's: its newsroom
    footer = _decided(
        ("Về Sao Mai: công ty có 900 bưu cục.", True),
        ("© 2024 Báo Mẫu", False),
        ("Liên hệ: 024 3822 6688", False),
    )
    assert release_contacts(footer, _Site()) == footer  # after the site's copyright: the site's
    bare = _decided(("Tập đoàn công bố kết quả kinh doanh.", True), ("Liên hệ: 024 3822 6688", False))
    assert release_contacts(bare, _Site()) == bare  # no issuer's paragraph: no release to close


def test_a_wire_s_page_keeps_its_release_whole_and_drops_the_wire_s_notes() -> None:
    content = (
        "Business Wire Trang chủ Tin tức Tiếng Việt TOKYO--(BUSINESS WIRE)--Kaneda Robotics công bố dòng robot"
        " cộng tác KR-7 dành cho các xưởng sản xuất vừa và nhỏ, bán tại Việt Nam từ tháng 1/2025. Giá bán dự"
        " kiến từ 19.000 USD, thấp hơn khoảng 30% so với thế hệ trước. Giới thiệu về Kaneda Robotics Kaneda"
        " Robotics, thành lập năm 1989 tại Osaka, sản xuất robot công nghiệp cho hơn 40 quốc gia. Văn bản gốc"
        " của thông cáo này được soạn thảo bằng ngôn ngữ nguồn. Bản dịch chỉ nhằm mục đích tham khảo; văn bản"
        " bằng ngôn ngữ gốc là phiên bản duy nhất có giá trị pháp lý. Xem phiên bản gốc trên businesswire.com:"
        " https://www.businesswire.com/news/home/20241120005123/en/ Liên hệ: Kaneda Robotics, Phòng Quan hệ"
        " công chúng Yuko Tanabe, +81 6 6123 4567 pr@kaneda-robotics.jp Chia sẻ Thêm từ Business Wire"
        " © 2024 Business Wire, Inc."
    )
    raw = vnsum(
        "Kaneda Robotics ra mắt cánh tay robot cộng tác tại Đông Nam Á",
        "https://www.businesswire.com/news/home/20241120005123/vi/",
        content,
        source="Business Wire",
        summary="Kaneda Robotics công bố dòng robot cộng tác KR-7 dành cho các xưởng sản xuất vừa và nhỏ.",
        date="2024-11-20T14:00:00+07:00",
    )
    body = convert(raw, "page.txt", year=2024).body
    for line in (
        "TOKYO--(BUSINESS WIRE)--Kaneda Robotics",
        "Giới thiệu về Kaneda",
        "Yuko Tanabe",
        "pr@kaneda",
    ):
        assert line.replace("_", "\\_") in body, line
    for chrome in ("Văn bản gốc", "Bản dịch", "Xem phiên bản gốc", "Chia sẻ", "Tiếng Việt", "©"):
        assert chrome not in body, chrome
