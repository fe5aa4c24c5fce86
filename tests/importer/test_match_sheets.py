"""A match's sheet printed in its story (`Bàn thắng:`, each side's scorers and line-up after its name
and a colon, `Thẻ vàng: …`): it stays, though the headline opens with a side's name the sheet repeats
(`series_links.same_good` counts a headline's first words followed by a colon as a label, not another
page of a series) and though, in baomoi's raw layout, it stands before the first sentence
(`bounds.listed_lead`: a label with its colon over items labelled so); a series' links and a menu over
the story still go."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.series_links import same_good

_SHEET = [
    "Bàn thắng:",
    "Hà Nội FC: Văn Quyết 56', Hai Long 78'",
    "Nam Định: Hendrio 23'",
    "Đội hình xuất phát:",
    "Hà Nội FC: Văn Chuẩn, Thành Chung, Việt Anh, Văn Kiên, Xuân Mạnh, Văn Tùng, Hùng Dũng, Văn Quyết",
    "Nam Định: Nguyên Mạnh, Văn Vĩ, Lucas Alves, Tiến Dụng, Văn Công, Tuấn Anh, Hendrio, Văn Toàn",
    "Thẻ vàng: Thành Chung, Tiến Dụng",
]


def _vnsum(body: str) -> bytes:
    lead = "Bị dẫn trước ở hiệp một, Hà Nội FC ghi hai bàn trong nửa sau để đánh bại Nam Định 2-1."
    return (
        "Title: Hà Nội FC ngược dòng hạ Nam Định trên sân Hàng Đẫy\nSource: Thể thao 247\n"
        "Link: https://example.vn/ha-noi-fc-nguoc-dong.html\nPublished Date: 2025-02-15T21:10:00+07:00\n"
        f"Author: \nTags: None\nSummary: {lead}\nContent: Thể thao 247 V.League Bảng xếp hạng {lead} {body}\n"
    ).encode()


def test_a_sheet_whose_sides_the_headline_names_stays() -> None:
    after = "Với chiến thắng này, Hà Nội FC vươn lên thứ ba với 21 điểm, kém Nam Định 3 điểm."
    body = convert(
        _vnsum(" ".join([*_SHEET, after, "Minh Khôi Tin nóng Tin mới"])), "page.txt", year=2017
    ).body
    for line in _SHEET:
        assert line in body


def test_the_series_other_pages_still_go() -> None:
    kinds = [("short", "")]
    links = ["Giá vàng hôm nay 27/10 tăng mạnh Giá vàng hôm nay 26/10 đi ngang"]
    assert same_good(kinds, links, [False], "Giá vàng hôm nay 28/10: SJC tăng")[0][0] == "chrome"
    sheet = [" ".join(_SHEET)]
    assert same_good(kinds, sheet, [False], "Hà Nội FC ngược dòng hạ Nam Định")[0][0] == "short"


def _raw(lines: list[str]) -> bytes:
    lead = "Đội tuyển futsal Việt Nam thắng Myanmar 4-1 trong trận ra quân giải futsal Đông Nam Á."
    return "\n".join(["Futsal Việt Nam thắng Myanmar 4-1", "", *lines, "", "", "", lead]).encode()


def test_a_sheet_before_the_first_sentence_of_a_raw_page_stays() -> None:
    sheet = ["Bàn thắng:", "Việt Nam: Đắc Huy 8', Văn Hiếu 19', Minh Trí 27', 35'", "Myanmar: Kyaw Zin 31'"]
    story = "HLV Diego Giustozzi hài lòng với tinh thần của các học trò sau chuyến tập huấn tại Tây Ban Nha."
    body = convert(
        _raw([*sheet, story, "Phúc Nguyên", "Tin cùng chuyên mục", "Chia sẻ"]), "page.txt", year=2017
    ).body
    for line in sheet:
        assert line in body


def test_a_menu_over_a_raw_page_still_goes() -> None:
    story = "HLV Diego Giustozzi hài lòng với tinh thần của các học trò sau chuyến tập huấn tại Tây Ban Nha."
    lines = ["Trang chủ", "Thể thao", "Bóng đá", "Futsal", story, "Phúc Nguyên", "Tin cùng chuyên mục"]
    body = convert(_raw(lines), "page.txt", year=2017).body
    assert "Bóng đá" not in body and story in body
