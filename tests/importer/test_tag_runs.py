"""The page's tags or section under their label run into the story's next sentence (`tag_runs`), and
the detector dropping them while the sentence stays."""

from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.tag_runs import TAG_RUN, tag_run_apart

_BEFORE = "Đoàn công tác hai nước đã khảo sát toàn bộ hướng tuyến trong ba ngày."


def _cut(text: str, headline: str = "") -> list[tuple[str, str]]:
    units = tag_run_apart([Unit(0, _BEFORE), Unit(0, text)], (headline,) if headline else ())
    return [(u.text, u.reason) for u in units[1:]]


def test_a_section_label_is_cut_where_a_count_opens_the_sentence():
    got = _cut(
        "Chuyên mục: Hoạt động đối ngoại Hai nhà lãnh đạo nhất trí phấn đấu kim ngạch thương mại đạt 5 tỷ USD."
    )
    assert got == [
        ("Chuyên mục: Hoạt động đối ngoại", TAG_RUN),
        ("Hai nhà lãnh đạo nhất trí phấn đấu kim ngạch thương mại đạt 5 tỷ USD.", "article text"),
    ]


def test_the_last_tag_ends_before_an_honorific_and_a_full_name():
    got = _cut(
        "Từ khóa: Cầu Treo, chợ biên giới, Bô-ly-khăm-xay Bà Nguyễn Thị Hạnh, tiểu thương, nói: "
        "“Khách Lào trả tiền kíp, tiền Việt đều được”."
    )
    assert got[0] == ("Từ khóa: Cầu Treo, chợ biên giới, Bô-ly-khăm-xay", TAG_RUN)
    assert got[1][0].startswith("Bà Nguyễn Thị Hạnh, tiểu thương, nói:")


def test_the_last_tag_is_a_name_the_headline_prints_whole():
    got = _cut(
        "Tags: đường sắt | Viêng Chăn | Vũng Áng Phía Lào đã hoàn thành phần lớn đoạn Thà Khẹc - Mụ Giạ.",
        "Khảo sát tuyến đường sắt Viêng Chăn - Vũng Áng đoạn qua Hà Tĩnh",
    )
    assert got == [
        ("Tags: đường sắt | Viêng Chăn | Vũng Áng", TAG_RUN),
        ("Phía Lào đã hoàn thành phần lớn đoạn Thà Khẹc - Mụ Giạ.", "article text"),
    ]


def test_no_cut_without_a_sure_start_or_a_sentence_after():
    unsure = "Tags: đường sắt | Viêng Chăn | Vũng Áng Phía Lào đã hoàn thành phần lớn đoạn Thà Khẹc - Mụ Giạ."
    no_stop = "Từ khóa: gia đình, xã hội học Tạp chí Khoa học xã hội Việt Nam"
    prose = "Chuyên mục này được nhiều bạn đọc yêu thích và gửi câu hỏi về tòa soạn mỗi tuần."
    for text in (unsure, no_stop, prose):  # no headline naming `Vũng Áng`: where the tag ends is unknown
        assert _cut(text) == [(text, "article text")]


def test_the_tags_go_and_the_sentence_stays_in_a_one_line_body():
    page = (
        "Title: Chợ biên giới Cầu Treo sôi động dịp cuối năm\nSource: Sở Công Thương\nLink: https://x.vn/a\n"
        "Published Date: 2025-12-22\nAuthor: \nTags: None\nSummary: \nContent: "
        "Những ngày cuối năm, chợ biên giới Cầu Treo đông khách từ tỉnh Bô-ly-khăm-xay sang mua sắm hàng Tết. "
        "Mỗi ngày có hơn 2.000 lượt người qua lại cửa khẩu, tăng gấp đôi so với ngày thường. "
        "Từ khóa: Cầu Treo, chợ biên giới, Bô-ly-khăm-xay Bà Nguyễn Thị Hạnh, tiểu thương, nói: "
        "“Khách Lào trả tiền kíp, tiền Việt đều được, nhiều người còn quét mã QR”. "
        "Ban quản lý chợ đã bố trí thêm lực lượng giữ trật tự trong dịp Tết.\n"
    )
    body = convert(page.encode(), "page.txt", year=2025).body
    assert "Từ khóa" not in body
    assert "Bà Nguyễn Thị Hạnh, tiểu thương, nói:" in body
