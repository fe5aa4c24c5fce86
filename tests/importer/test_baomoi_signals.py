"""The signals the baomoi blind round (fixtures/blind_baomoi.yml) asked for, one by one, each with
the case it must not catch: a sentence placing someone at an address, a paper's regional desk, a
credit before a header of other stories, a photographer's agency closing a caption's credit, an
invitation to look at a video, the wires a writer drew on, a video player's controls, a caption's
credit on the line after its label, and a name that was a link alone on a line."""

from __future__ import annotations

from bantin.importer.bylines import parse_byline
from bantin.importer.captions import split_captions
from bantin.importer.convert import convert
from bantin.importer.parsed import Block
from bantin.importer.placed import placed_only, signals
from bantin.importer.repair import join_broken_lines
from bantin.importer.signed import links_to_the_end

_STORY = [
    "Theo Ban Chỉ huy phòng chống thiên tai tỉnh, lượng nước trong các hồ chứa chỉ đạt khoảng 65% dung tích.",
    "Tỉnh đã chỉ đạo các địa phương chuyển đổi hơn 2.000 ha lúa thiếu nước sang trồng ngô và rau màu.",
    "Các doanh nghiệp đầu mối được yêu cầu bảo đảm nguồn cung, không để gián đoạn.",
]


def _raw(*lines: str) -> bytes:
    """A baomoi raw page: title, blank line, the lines, three blank lines, the lead again."""
    lead = "Các tỉnh miền Trung đã nạo vét kênh mương, tích nước hồ chứa cho vụ Hè Thu năm nay."
    return "\n".join(["Miền Trung chủ động chống hạn", "", *lines, "", "", "", lead]).encode()


def test_an_address_a_sentence_places_someone_at_is_no_footer() -> None:
    quote = "Ông Nguyễn Văn Tám, một nông dân ở xã Điện Quang, thị xã Điện Bàn, chia sẻ:"
    assert placed_only(quote) and signals(quote).strong is None
    footer = "15 Lý Thường Kiệt, phường Bến Nghé, quận 1"
    assert not placed_only(footer) and signals(footer).strong == "street address"
    body = convert(
        _raw(_STORY[0], quote, "“", "Năm nào cũng lo thiếu nước cuối vụ.", _STORY[1]), "p.txt"
    ).body
    assert "chia sẻ:" in body and "“Năm nào" in body


def test_a_papers_regional_desk_names_the_paper() -> None:
    assert parse_byline("Nguyễn Trang/VOV-Miền Trung").source == "VOV"
    assert parse_byline("Quang Duy/TTXVN - Đà Nẵng").source == "TTXVN"
    assert parse_byline("Vũ Dũng/VOV").source == "VOV"


def test_a_credit_before_a_header_of_other_stories_stays() -> None:
    credit_then_header = [
        Block("paragraph", t) for t in ("Theo Người Lao Động", "Tin liên quan", "Giá dầu tăng")
    ]
    assert not links_to_the_end(credit_then_header, [Block("paragraph", "Ngọc Hà")])
    credit_then_headline = [
        Block("paragraph", t) for t in ("Theo VietNamNet", "Đề xuất tăng thuế xăng gây tranh cãi")
    ]
    # no header: the credit still stays (the run of the site's lines starts after it, blind_baomoi2)
    assert not links_to_the_end(credit_then_headline, [Block("paragraph", "Phương Linh")])
    assert links_to_the_end(credit_then_headline[1:], [Block("paragraph", "Phương Linh")])
    page = convert(_raw(*_STORY, "Ngọc Hà", "Theo Người Lao Động", "Tin liên quan", "Giá dầu tăng"), "p.txt")
    assert (page.front.author, page.front.source) == ("Ngọc Hà", "Người Lao Động")
    assert "Giá dầu tăng" not in page.body


def test_a_photographers_agency_closes_the_credit_and_the_byline_follows() -> None:
    blocks = split_captions("Học trò hát xoan tại miếu Lãi Lèn. Ảnh: Trọng Đức/TTXVN Hoàng Thị Hoa")
    assert blocks[0] == Block("caption", "Học trò hát xoan tại miếu Lãi Lèn.", "Ảnh: Trọng Đức/TTXVN")
    assert blocks[1:] == [Block("paragraph", "Hoàng Thị Hoa")]
    assert split_captions("Quang cảnh hội nghị. Ảnh: VGP/Quang Hiếu")[0].credit == "Ảnh: VGP/Quang Hiếu"


def test_an_invitation_to_look_at_a_video_is_no_caption() -> None:
    assert all(
        b.kind == "paragraph" for b in split_captions("CỬU LONG Xem thêm Video: Toàn cảnh cầu Cao Lãnh")
    )
    assert split_captions("Cầu Cao Lãnh sắp hợp long. Video: Minh Hải")[0].kind == "caption"


def test_the_wires_a_writer_drew_on_leave_the_writer() -> None:
    found = parse_byline("Khánh Linh (theo Reuters, Bloomberg)")
    assert found is not None and (found.author, found.source) == ("Khánh Linh", None)
    assert parse_byline("Hà Nội (theo Sở Y tế, Bộ Y tế)") is None  # no wires, no writer
    for foreign in ("Thanh Tâm (theo Reuters, Bangkok Post)", "Như Tâm (theo AFP, New York Times)"):
        found = parse_byline(foreign)  # a wire's name of two words, no Vietnamese syllable in it
        assert found is not None and found.author == foreign.split(" (")[0]
    assert parse_byline("Minh Anh (theo Hà Nội, Huế)") is None  # places, not wires


def test_a_video_players_controls_go() -> None:
    player = "Đang phát 00:00 / 01:45 Tắt tiếng Toàn màn hình"
    body = convert(_raw(_STORY[0], player, _STORY[1]), "p.txt").body
    assert "Tắt tiếng" not in body and "Toàn màn hình" not in body and "2.000 ha" in body


def test_a_captions_credit_on_the_line_after_its_label() -> None:
    assert join_broken_lines(["Ông Trump ký sắc lệnh hôm 23/1. Ảnh:", "Reuters.", "Đoạn mới."]) == [
        "Ông Trump ký sắc lệnh hôm 23/1. Ảnh: Reuters.",
        "Đoạn mới.",
    ]
    assert join_broken_lines(["Danh sách như sau:", "Hà Nội"]) == ["Danh sách như sau:", "Hà Nội"]


def test_a_name_that_was_a_link_alone_on_a_line() -> None:
    lines = ["Tòa án ra lệnh bắt giữ ông Lee, hãng tin", "Yonhap", " cho biết.", "Đoạn mới."]
    assert join_broken_lines(lines) == [
        "Tòa án ra lệnh bắt giữ ông Lee, hãng tin Yonhap cho biết.",
        "Đoạn mới.",
    ]
    assert join_broken_lines(["Nhóm 2: Việt Nam, Lào", "Theo", " Ngôi sao"]) == [
        "Nhóm 2: Việt Nam, Lào",
        "Theo Ngôi sao",
    ]  # a credit's first word is no name
    assert join_broken_lines(["Ông nói.", "Yonhap", " cho biết"]) == ["Ông nói.", "Yonhap cho biết"]


def test_a_line_ending_with_a_word_that_ties_it_goes_on_with_the_link_on_the_next() -> None:
    lines = [
        "Phó Thủ tướng đề nghị doanh nghiệp phối hợp với",
        "Bộ Công chính và Vận tải Lào",
        "nghiên cứu thêm.",
    ]
    assert join_broken_lines(lines) == [
        "Phó Thủ tướng đề nghị doanh nghiệp phối hợp với Bộ Công chính và Vận tải Lào nghiên cứu thêm."
    ]
    assert join_broken_lines(["Kết quả vòng 5", "Hà Nội thắng 2-1"]) == ["Kết quả vòng 5", "Hà Nội thắng 2-1"]
