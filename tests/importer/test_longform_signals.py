"""Long pieces (round `blind_longform`): a subheading numbered in Roman figures (`II. NHỮNG VIỆC
CẦN LÀM`) is the story's part, never another story's headline between two paragraphs; and a closing
byline with its paper's credit (`Thanh Tùng Theo Báo Miền Núi`) run into a list's label on a flat
line is the writer and the credit, not a writer called `Thanh Tùng Theo`; and a short subheading
(`Những mốc chính`) right under a box of related links inside the story opens its next part and
stays (`part_heads.py`); a pull quote repeating the story is cut from the byline run on after it
(`pull_quotes.py`); a writer with a rank keeps the paper's credit out of the name's length; and an
e-magazine's prompt to scroll (`Cuộn để khám phá`) is a page's label, which goes; a paper's name's
`&` is no word of its length (`Theo Tạp chí Môi trường & Cuộc sống`)."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import is_source_name
from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.inline_links import inline_headline
from bantin.importer.pull_quotes import pull_quote_apart

from .scrapes import vnsum

_BEFORE = "Năm năm qua, hội đã tổ chức hơn 40 cuộc thi thiết kế cho các đồ án quy hoạch lớn."
_AFTER = "Thứ nhất, xây dựng nền kiến trúc hiện đại, giàu bản sắc và gần gũi với người dân."


@pytest.mark.parametrize("head", ["II. NHỮNG NHIỆM VỤ PHÍA TRƯỚC", "IV. Bài Học Từ Các Tỉnh Miền Núi"])
def test_a_part_numbered_in_roman_figures_is_no_related_headline(head: str) -> None:
    assert not inline_headline(_BEFORE, head, _AFTER)


def test_a_related_headline_between_the_same_paragraphs_still_goes() -> None:
    assert inline_headline(_BEFORE, "Hà Nội khởi công cầu Tứ Liên vượt sông Hồng vào tháng 10", _AFTER)


def test_the_numbered_part_stays_in_a_news_please_page() -> None:
    page = "\n".join(
        [
            "Phát biểu khai mạc đại hội hội nghề nghiệp",
            "",
            "Bài phát biểu khai mạc được giới thiệu toàn văn.",
            "",
            "Kính thưa các vị đại biểu, hôm nay chúng ta long trọng khai mạc đại hội nhiệm kỳ mới.",
            "I. NHÌN LẠI MỘT CHẶNG ĐƯỜNG",
            _BEFORE,
            "II. CÔNG VIỆC SẮP TỚI",
            _AFTER,
            "Xin trân trọng cảm ơn các vị đại biểu đã đến dự đại hội hôm nay.",
        ]
    )
    body = convert(page.encode(), "page.txt", year=2017).body
    assert "NHÌN LẠI MỘT CHẶNG ĐƯỜNG" in body and "CÔNG VIỆC SẮP TỚI" in body


@pytest.mark.parametrize("after", ["Tin liên quan Đảo nhỏ đón khách quốc tế trở lại", "Tin cùng chuyên mục"])
def test_a_writer_s_credit_run_into_a_list_s_label_is_no_part_of_the_name(after: str) -> None:
    page = (
        "Làng gốm bên sông hồi sinh nhờ du lịch\n"
        "Một làng gốm suýt mai một đã hồi sinh nhờ du lịch và những nghệ nhân tâm huyết.\n"
        "Làng gốm nằm bên bờ sông, cách phố cổ chừng 3 km. Nghệ nhân vẫn ngày ngày ngồi bên bàn xoay "
        f"chuốt gốm cho khách. Thanh Tùng Theo Thế giới Làng nghề {after}\n"
    )
    converted = convert(page.encode(), "page.txt", year=2017)
    assert converted.front.author == "Thanh Tùng"
    assert "Theo Thế giới" not in converted.body


def _raw(lines: list[str], lead: str) -> bytes:
    return "\n".join(["Những chuyến xe miễn phí giữa mùa dịch", "", *lines, "", "", "", lead]).encode()


def test_a_short_subheading_under_a_box_of_links_inside_the_story_stays() -> None:
    lines = [
        "Ba giờ sáng, điện thoại của anh Bảo lại reo vì một sản phụ cần đi viện gấp.",
        "Mỗi đêm, anh nhận trung bình năm cuộc gọi, có đêm không kịp chợp mắt.",
        "Tin liên quan",
        "Tài xế công nghệ chở miễn phí người đi tiêm vắc xin ở Thủ Đức",
        "Những mốc chính",
        "Tháng 7/2021: đội xe miễn phí ra đời với hai mươi chiếc xe.",
        "Ba năm sau, ký ức về mùa dịch vẫn còn mãi với những người trong cuộc.",
    ]
    body = convert(_raw(lines, "Hàng trăm tài xế đã chở người bệnh miễn phí."), "page.txt", year=2017).body
    assert "Những mốc chính" in body
    assert "Tài xế công nghệ" not in body


def test_a_short_line_right_under_the_box_s_label_is_the_box_s() -> None:
    lines = [
        "Ba giờ sáng, điện thoại của anh Bảo lại reo vì một sản phụ cần đi viện gấp.",
        "Mỗi đêm, anh nhận trung bình năm cuộc gọi, có đêm không kịp chợp mắt.",
        "Tin liên quan",
        "Giá xăng hôm nay",
        "Tháng 7/2021: đội xe miễn phí ra đời với hai mươi chiếc xe.",
        "Ba năm sau, ký ức về mùa dịch vẫn còn mãi với những người trong cuộc.",
    ]
    body = convert(_raw(lines, "Hàng trăm tài xế đã chở người bệnh miễn phí."), "page.txt", year=2017).body
    assert "Giá xăng hôm nay" not in body


def _flat(story: str) -> bytes:
    return (
        "Ba mươi năm một chặng đường của ngành kiểm toán\n"
        "Ba mươi năm xây dựng và phát triển, ngành kiểm toán trở thành công cụ quản lý tài chính công.\n"
        f"{story}\n"
    ).encode()


_QUOTE = "Dữ liệu là con đường tất yếu của nghề kiểm toán"


def test_a_pull_quote_run_into_the_closing_byline_leaves_the_writer_apart() -> None:
    story = (
        "Ngành đang xây dựng hệ thống dữ liệu lớn để theo dõi các khoản chi ngân sách. "
        f"“{_QUOTE}”, ông Trần Văn Bình khẳng định. “{_QUOTE}” Hoài Thu Theo Tạp chí Tài chính Mới"
    )
    converted = convert(_flat(story), "page.txt", year=2017)
    assert converted.front.author == "Hoài Thu"
    assert "Hoài Thu" not in converted.body and converted.body.count(_QUOTE) >= 1


@pytest.mark.parametrize(
    "text", [f"“{_QUOTE}” Hoài Thu", f"“{_QUOTE}” Ngành kiểm toán nói vậy.", f"“{_QUOTE}” 30 năm qua."]
)
def test_a_quotation_repeating_the_story_is_cut_from_what_runs_on(text: str) -> None:
    units = [Unit(0, f"Ông Bình khẳng định: “{_QUOTE}”."), Unit(0, text)]
    assert [u.text for u in pull_quote_apart(units)][1] == f"“{_QUOTE}”"


@pytest.mark.parametrize(
    "text",
    [
        "“Trường học hạnh phúc” Hà Tĩnh triển khai ở toàn bộ các trường trong tỉnh.",  # says something new
        f"“{_QUOTE}” là lời ông Bình nói với các kiểm toán viên trẻ.",  # the sentence goes on
    ],
)
def test_a_quotation_saying_something_new_or_going_on_stays_whole(text: str) -> None:
    units = [Unit(0, f"Ông Bình khẳng định: “{_QUOTE}”."), Unit(0, text)]
    assert [u.text for u in pull_quote_apart(units)] == [u.text for u in units]


@pytest.mark.parametrize("writer", ["Đại tá Nguyễn Văn Hùng", "Thiếu tướng Lê Văn Hai", "TS Phạm Thị Lan"])
def test_a_writer_with_a_rank_and_the_paper_s_credit_closes_the_flat_line(writer: str) -> None:
    story = (
        "Ông dành những năm cuối đời viết hồi ký và gặp gỡ các đồng đội cũ ở khắp nơi. "
        f"{writer} Theo Báo Miền Đông Tin liên quan"
    )
    converted = convert(_flat(story), "page.txt", year=2017)
    assert converted.front.author == writer
    assert writer not in converted.body


@pytest.mark.parametrize("prompt", ["Cuộn để khám phá", "Cuộn xuống để tiếp tục", "Cuộn xuống"])
def test_an_e_magazine_s_prompt_to_scroll_goes(prompt: str) -> None:
    content = (
        f"E-Magazine Đời sống {prompt} Hơn nửa thế kỷ qua, con đò ngang vẫn đưa người qua sông mỗi ngày. "
        "Ông Tư đã chèo đò ở bến này hơn bốn mươi năm, thuộc tên từng người khách quen. "
        f"{prompt} Những Người Giữ Bến Mùa lũ, ông vẫn đưa học trò qua sông đến trường đúng giờ. "
        "Ông nói sẽ chèo đò chừng nào tay còn cầm được mái chèo."
    )
    lead = "Hơn nửa thế kỷ qua, con đò ngang vẫn đưa người qua sông mỗi ngày."
    page = vnsum("Con đò ngang nửa thế kỷ", "https://baomau.vn/con-do-ngang-123.html", content, summary=lead)
    assert prompt not in convert(page, "page.txt", year=2017).body


@pytest.mark.parametrize("paper", ["Tạp chí Môi trường & Cuộc sống", "Báo Văn hóa & Du lịch Mới"])
def test_a_paper_s_name_holding_an_ampersand_is_a_source(paper: str) -> None:
    assert is_source_name(paper)
    story = f"Ông dành những năm cuối đời đi khắp các đảo để vận động người dân bỏ rác nhựa. Đức Minh Theo {paper}"
    assert convert(_flat(story), "page.txt", year=2017).front.author == "Đức Minh"
