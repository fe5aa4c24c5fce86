"""Where the page names its writer: with their title over the lead (`TS. NGUYỄN VĂN HÙNG`), not a
header line to drop; alone right over the lead; in a line of credits closing the story (`Nội dung:
Hoàng Yến - Ảnh: Minh Đức - Thiết kế: Thu Trang`). And a menu's section names in English (`Star
Cine`) are no byline."""

from __future__ import annotations

import pytest

from bantin.importer.bounds import foreign_label
from bantin.importer.convert import Converted, convert
from bantin.importer.furniture import Unit
from bantin.importer.writers import titled_writer, titled_writer_apart
from bantin.tagging.kinds import name_case

from .scrapes import vnsum

LEAD = "Khối đoàn kết các dân tộc là nguồn sức mạnh, động lực chủ yếu của sự nghiệp xây dựng đất nước."
STORY = (
    "Thời gian qua, Mặt trận các cấp đã đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở.",
    "Cuộc vận động xây dựng nông thôn mới được triển khai rộng khắp, huy động hàng nghìn tỷ đồng.",
    "Tuy nhiên, ở một số nơi, công tác giám sát còn hình thức, chưa phát huy quyền làm chủ của người dân.",
)


def convert_page(content: str, summary: str = LEAD) -> Converted:
    data = vnsum(
        "Phát huy sức mạnh khối đoàn kết các dân tộc",
        "https://tapchimau.vn/phat-huy-suc-manh-khoi-doan-ket-cac-dan-toc-123.html",
        content,
        source="Tạp chí Mẫu",
        summary=summary,
    )
    return convert(data, "trang.txt", year=2024, sources={})


@pytest.mark.parametrize(
    ("head", "author"),
    [
        ("TS. NGUYỄN VĂN HÙNG Học viện Chính trị khu vực III", "TS. Nguyễn Văn Hùng"),
        ("PGS.TS TRẦN THỊ MAI ANH Trường Đại học Mẫu Sơn", "PGS.TS Trần Thị Mai Anh"),
        ("Đại tá, ThS. LÊ VĂN BÌNH", "Đại tá, ThS. Lê Văn Bình"),
    ],
)
def test_a_titled_writer_over_the_lead_is_the_author(head: str, author: str) -> None:
    page = convert_page(f"Trang chủ Chính trị {head} {LEAD} {' '.join(STORY)}")
    assert page.front.author == author
    assert LEAD in page.body and STORY[-1] in page.body
    assert author.split()[-1].upper() not in page.body  # the name in capitals left the body


def test_a_titled_writer_is_cut_off_what_runs_into_it() -> None:
    units = titled_writer_apart([Unit(0, f"TS. NGUYỄN VĂN HÙNG Học viện Chính trị {LEAD}")])
    assert [u.text for u in units] == ["TS. NGUYỄN VĂN HÙNG", f"Học viện Chính trị {LEAD}"]
    # A coach's title before a name in a sentence is no writer: it opens no header unit alone.
    assert not titled_writer("HLV PARK HANG SEO cho biết đội sẽ tập trung từ ngày 10/3.")
    assert titled_writer("TS. NGUYỄN VĂN HÙNG") and not titled_writer("TS. Nguyễn Văn Hùng Học viện")
    sentence = "Hội thảo do PGS.TS NGUYỄN VĂN AN Trường Đại học Mẫu Sơn chủ trì."  # a writer in a sentence
    assert [u.text for u in titled_writer_apart([Unit(0, sentence)])] == [sentence]


def test_names_in_capitals_keep_their_titles_spelt() -> None:
    assert name_case("THS. LÊ AN") == "ThS. Lê An"
    assert name_case("PGS.TS TRẦN AN") == "PGS.TS Trần An"
    assert name_case("MINH ANH") == "Minh Anh"


@pytest.mark.parametrize("menu", ["Star Cine", "Beauty Fashion", "Sport Tek", "Star Cine Musik Fashion"])
def test_section_names_in_english_over_the_lead_go(menu: str) -> None:
    page = convert_page(f"Tapchimau.vn {menu} {LEAD} {' '.join(STORY)}")
    assert page.body.startswith(LEAD)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Star Cine", True),
        ("Star Cine Musik Fashion", True),
        ("Star Cine Musik Fashion Video", False),
        ("Hoàng Anh", False),
        ("Thanh Ha", False),
    ],
)
def test_only_words_of_no_vietnamese_syllable_are_a_foreign_label(text: str, label: bool) -> None:
    assert foreign_label(text) is label  # `Thanh Ha`: a name without its accents is still Vietnamese


def test_a_persons_name_right_over_the_lead_the_summary_opens_is_the_author() -> None:
    page = convert_page(f"Hoàng Minh Tâm {LEAD} {' '.join(STORY)}")
    assert page.front.author == "Hoàng Minh Tâm"
    assert page.body.startswith(LEAD)
    # a place's name is no writer's (`Hà` is a family name too)
    page = convert_page(f"Hà Tĩnh {LEAD} {' '.join(STORY)}")
    assert page.front.author is None
    # without the summary to say where the story starts, the name stays where it stands
    page = convert_page(f"Hoàng Minh Tâm {LEAD} {' '.join(STORY)}", summary="")
    assert page.front.author is None and "Hoàng Minh Tâm" in page.body


@pytest.mark.parametrize(
    "credits",
    [
        "Nội dung: Hoàng Yến - Ảnh: Minh Đức - Thiết kế: Thu Trang",
        "Thực hiện: Hoàng Yến | Ảnh: Minh Đức | Đồ họa: Thu Trang",
        "Bài: Hoàng Yến - Ảnh: Minh Đức",
    ],
)
def test_a_line_of_credits_closing_the_story_names_the_writer_and_stays(credits: str) -> None:
    page = convert_page(f"{LEAD} {' '.join(STORY)} {credits} Chia sẻ Bài viết cùng chuyên mục")
    assert page.front.author == "Hoàng Yến"
    # the photographer's and the designer's credit have no other place: the line stays whole after the
    # story, as text (no photo's caption, no `kế: Thu Trang` cut off), the chrome after it gone
    story, line = page.body.rstrip().rsplit("\n\n", 1)
    marks = {"-", "–", "|"}
    assert story.endswith(STORY[-1])
    assert [w for w in line.split() if w not in marks] == [w for w in credits.split() if w not in marks]
