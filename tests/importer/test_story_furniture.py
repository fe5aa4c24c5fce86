"""The signals the blind round on a story's own furniture (tests/importer/fixtures/blind_series.yml)
needed, each checked on its own with lines of our own: a newsroom's note run into the menu above it
starts a unit, a box of facts inside the story or signed under stays (a portal's box of services after
the story goes), and one part of the series alone under its note is the next part announced. A site's
disclaimer under every opinion piece goes by repetition, the writer's own note stays."""

from __future__ import annotations

import pytest

from bantin.importer import chrome
from bantin.importer.chrome import detect
from bantin.importer.convert import convert, remember
from bantin.importer.fact_boxes import row_cuts
from bantin.importer.newsroom_notes import note_starts
from bantin.importer.parsed import Block
from bantin.importer.units import split_units

STORY = "Hai bên đã ký biên bản hợp tác giai đoạn mới tại trụ sở của tỉnh vào chiều nay."
MORE = STORY.replace("chiều", "sáng")


def _kept(lines: list[str]) -> list[str]:
    return [u.text for u in detect([Block("paragraph", line) for line in lines]) if u.keep]


@pytest.mark.parametrize(
    ("menu", "note"),
    [
        ("Trang chủ Pháp luật Xét xử", "Đính chính: Trong bài đăng ngày 3/4, chúng tôi ghi nhầm tên bị cáo."),
        (
            "Kinh tế Đầu tư Đăng ký nhận tin",
            "Lời tòa soạn: Báo ghi nhận ý kiến của các chuyên gia về giải pháp.",
        ),
        (
            "Văn hóa Di sản",
            "LTS: Ca trù là di sản cần bảo vệ khẩn cấp, loạt bài ghi lại những người giữ lửa.",
        ),
        ("Thời sự Xã hội", "Ghi chú của tòa soạn: Tên một số nhân vật trong bài đã được thay đổi."),
    ],
)
def test_a_newsrooms_note_run_into_the_menu_starts_a_unit(menu: str, note: str) -> None:
    assert split_units(f"{menu} {note} {STORY}")[-2:] == [note, STORY]
    assert note_starts(f"{menu} {note}") == [len(menu) + 1]


def test_a_label_of_a_sentence_is_no_newsrooms_note() -> None:
    assert note_starts("Ông Lâm nói về việc đính chính: Chúng tôi đã sửa.") == []
    assert note_starts("LTS: Loạt bài về nông thôn mới.") == []  # nothing before it to cut from


def test_the_rows_of_a_box_run_into_one_line_come_apart() -> None:
    text = (
        "Thông tin cần biết Chu kỳ kiểm định xe dưới 7 năm: 24 tháng Lệ phí cấp giấy: 40.000 đồng Thanh Tùng"
    )
    assert split_units(text) == [
        "Thông tin cần biết",
        "Chu kỳ kiểm định xe dưới 7 năm: 24 tháng",
        "Lệ phí cấp giấy: 40.000 đồng",
        "Thanh Tùng",
    ]
    assert row_cuts("Tòa soạn: 61 Trần Thúc Nhẫn, TP Huế Giấy phép: 24 tháng Hai") == []  # no box: a footer


def test_a_box_of_facts_signed_under_is_the_storys() -> None:
    lines = [
        STORY,
        MORE,
        "Thông tin cần biết",
        "Sản lượng năm 2023: 1.200 tấn",
        "Giá bán: 80.000 đồng/kg",
        "Nông Thanh",
    ]
    assert _kept(lines) == lines


def test_a_box_of_facts_between_paragraphs_is_the_storys() -> None:
    lines = [STORY, "Thông tin cần biết", MORE, "Hoài Linh"]
    assert _kept(lines) == lines


def test_a_portals_box_of_services_after_the_story_goes() -> None:
    lines = [STORY, MORE, "Hoài Linh", "Thông tin cần biết", "Thời tiết", "Giá cả thị trường"]
    assert _kept(lines) == [STORY, MORE, "Hoài Linh"]


def test_one_part_alone_under_the_series_note_is_the_next_part_announced() -> None:
    assert _kept([STORY, MORE, "(Còn nữa)", "Bài 3: Siết chặt vòng vây", "Việt Hà"]) == [
        STORY,
        MORE,
        "Bài 3: Siết chặt vòng vây",
        "Việt Hà",
    ]


def test_the_links_to_the_series_other_parts_still_go() -> None:
    parts = ["Bài 1: Khi tín dụng đen về làng", "Bài 3: Những cái bẫy lãi ngày"]
    assert _kept([STORY, MORE, "(Còn nữa)", *parts, "Minh Quân"]) == [STORY, MORE, "Minh Quân"]


def test_the_authors_box_after_the_story_is_no_box_of_facts() -> None:
    about = "Bé Ba thích nấu ăn và chia sẻ những món ngon của quê nhà với bạn đọc từ năm 2015."
    comment = "Cảm ơn chị, em đã nấu thử món canh này cho cả nhà và thành công rồi."
    kept = _kept([STORY, MORE, "Về tác giả", about, "3 bình luận", comment])
    assert "Về tác giả" not in kept


_DISCLAIMER = (
    "Bài viết thể hiện quan điểm riêng của tác giả, không nhất thiết phản ánh quan điểm của Báo Mẫu."
)


def _opinion(slug: str, story: str, note: str) -> bytes:
    return (
        f"Title: {story[:40]}\nSource: Báo Mẫu\nLink: https://baomau.example.vn/{slug}.html\n"
        "Published Date: 17/4/2024\nAuthor: \nTags: None\nSummary: \n"
        f"Content: Góc nhìn Kinh tế {story} {note} Nguyễn Hữu Phước {_DISCLAIMER} Tin cùng chuyên mục\n"
    ).encode()


def test_a_sites_disclaimer_under_every_opinion_piece_goes_and_the_writers_note_stays() -> None:
    note = "(*) Tác giả là tiến sĩ kinh tế, giảng viên Trường Đại học Kinh tế Quốc dân."
    one = _opinion("a-1", f"{STORY} Nguyên nhân đầu tiên là tài sản thế chấp của doanh nghiệp nhỏ.", note)
    other = _opinion(
        "b-2", f"{MORE} Nhà ở xã hội vẫn thiếu ở hầu hết các thành phố lớn.", "(*) Tác giả là luật sư."
    )
    memory = chrome.SiteMemory()
    remember(one, "a.txt", memory)
    remember(other, "b.txt", memory)
    body = convert(one, "a.txt", year=2024, memory=memory).body
    assert "quan điểm riêng" not in body  # every opinion page of the site prints it: the site's
    assert "Tác giả là tiến sĩ kinh tế" in body and STORY in body


def test_the_header_of_the_series_other_parts_is_cut_from_the_byline_before_it() -> None:
    text = f"{STORY} {MORE} (Còn nữa) Minh Quân Cùng loạt bài Bài 1: Khi tín dụng đen về làng"
    assert "Minh Quân" in _kept(split_units(text))
    assert "Cùng loạt bài" not in _kept(split_units(text))
