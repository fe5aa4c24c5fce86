"""An administrative unit's abbreviation (`TP.`, `Tp.`, `TT.`, `TX.`, `Q.`, `P.`, `h.`, `x.`) is
followed by its name: no sentence ends at its full stop, and a line or a space run after it (where
a scraper cut the name's link off) goes on with the name. An hour (`8h.`) and a name's initial
(`đối tượng Nguyễn Văn H.`) still end their sentence. The texts are written for these tests."""

from __future__ import annotations

import pytest

from bantin.core.sentences import sentence_starts, split_glued, units_abbreviated
from bantin.importer.convert import convert
from bantin.importer.parsed import Block
from bantin.importer.repair import join_broken_lines, split_runon


@pytest.mark.parametrize(
    "text",
    [
        "Người dân h. Củ Chi đổ về trung tâm huyện xem pháo hoa đêm giao thừa.",
        "Trạm y tế x. Tân Phú vừa được đầu tư thêm máy siêu âm.",
        "Hội nghị diễn ra tại TP. Hồ Chí Minh với hơn 300 doanh nghiệp.",
        "Chợ phiên ở TT. Phú Mỹ, Tp. Phú Mỹ và TX. Sơn Tây đông khách.",
        "Vụ cháy xảy ra trên đường Điện Biên Phủ, P. Đa Kao, Q. Bình Thạnh.",
    ],
)
def test_no_sentence_ends_at_a_unit_before_its_name(text: str) -> None:
    assert sentence_starts(text) == []
    assert split_glued(text.replace(". ", ".")) == [text.replace(". ", ".")]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Xe khởi hành lúc 8h. Sau đó đoàn đến thăm trường.", "Sau đó"),
        ("Xe khởi hành lúc 8 h. Sau đó đoàn đến thăm trường.", "Sau đó"),
        ("Cơ quan điều tra đã bắt đối tượng h. Sau đó, vụ án được chuyển đi.", None),
    ],
)
def test_an_hour_still_ends_its_sentence(text: str, start: str | None) -> None:
    starts = sentence_starts(text)
    if start is None:  # a lone `h.` after a word is the unit's abbreviation
        assert starts == []
    else:
        assert [text[i : i + len(start)] for i in starts] == [start]


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("Hội nghị xúc tiến đầu tư diễn ra tại TP.", True),
        ("Đoàn công tác đã đến thăm Tp.", True),
        ("Khu dân cư mới thuộc TT.", True),
        ("Nhà văn hóa số 5 Lê Lợi, P.", True),
        ("Gia đình ông sống ở h.", True),
        ("Xe khởi hành lúc 8h.", False),
        ("Cơ quan công an đã bắt đối tượng Nguyễn Văn H.", False),
        ("Người bị hại là chị P.", False),
        ("Hội nghị kết thúc tốt đẹp.", False),
        ("Hội nghị diễn ra tại TP.HCM.", False),
    ],
)
def test_a_line_ending_with_a_unit_is_known(line: str, unit: bool) -> None:
    assert units_abbreviated(line) is unit


def test_a_line_broken_after_a_unit_goes_on_with_its_name() -> None:
    lines = [
        "Sáng 16/2, hội nghị xúc tiến đầu tư diễn ra tại TP.",
        "Hồ Chí Minh với sự tham dự của hơn 300 doanh nghiệp.",
        "Cơ quan công an đã bắt đối tượng Nguyễn Văn H.",
        "Vụ việc đang được điều tra làm rõ.",
    ]
    assert join_broken_lines(lines) == [
        "Sáng 16/2, hội nghị xúc tiến đầu tư diễn ra tại TP. Hồ Chí Minh với sự tham dự của hơn 300 doanh nghiệp.",
        "Cơ quan công an đã bắt đối tượng Nguyễn Văn H.",
        "Vụ việc đang được điều tra làm rõ.",
    ]


def test_a_space_run_after_a_unit_goes_on_with_its_name() -> None:
    text = (
        "Sáng 16/2, đoàn công tác đã đến thăm các hộ nghèo tại Tp.  Cần Thơ và huyện Phong Điền của thành phố."
        "  Các hộ dân được tặng quà Tết và động viên vượt khó vươn lên trong năm mới."
    )
    assert split_runon(text) == [
        Block("paragraph", "Sáng 16/2, đoàn công tác đã đến thăm các hộ nghèo tại Tp. Cần Thơ và huyện Phong Điền "
                           "của thành phố."),
        Block("paragraph", "Các hộ dân được tặng quà Tết và động viên vượt khó vươn lên trong năm mới."),
    ]  # fmt: skip


def _scrape(content: str) -> bytes:
    return (
        "Title: Hội nghị xúc tiến đầu tư vào thành phố năm 2024\nSource: \nLink: \nPublished Date: 16/02/2024\n"
        f"Author: \nTags: \nSummary: \nContent: {content}\n"
    ).encode()


@pytest.mark.parametrize("gap", ["\n", "  "])
def test_an_imported_article_keeps_the_unit_with_its_name(gap: str) -> None:
    content = (
        f"Sáng 16/2, hội nghị xúc tiến đầu tư diễn ra tại TP.{gap}Hồ Chí Minh với sự tham dự của hơn 300 "
        "doanh nghiệp trong và ngoài nước.\nCác đại biểu đã thảo luận về môi trường đầu tư của thành phố, "
        "trụ sở tại số 86 Lê Thánh Tôn, P. Bến Nghé, Q.1 trong năm nay."
    )
    body = convert(_scrape(content), "hoi-nghi.txt", year=2017).body
    assert body.split("\n\n")[0].startswith(
        "Sáng 16/2, hội nghị xúc tiến đầu tư diễn ra tại TP. Hồ Chí Minh với"
    )
    assert len(body.split("\n\n")) == 2


def test_a_name_paired_after_a_dash_across_a_space_run_stays_in_its_sentence() -> None:
    text = (
        "Du khách hành hương tới huyệt đạo thiêng ở đền Nưa -  Am Tiên. Theo tín ngưỡng của người dân, "
        "đây là nơi linh thiêng.  Các đoàn khách đến từ sáng sớm."
    )
    assert split_runon(text) == [
        Block("paragraph", "Du khách hành hương tới huyệt đạo thiêng ở đền Nưa - Am Tiên. Theo tín ngưỡng của người "
                           "dân, đây là nơi linh thiêng."),
        Block("paragraph", "Các đoàn khách đến từ sáng sớm."),
    ]  # fmt: skip
