"""The signals the second baomoi blind round (fixtures/blind_baomoi2.yml) asked for, each with the
case it must not catch: the story's source credited after the byline stays when a video's line or
other stories follow it, two writers joined by a dash sign a flat body with the paper after them, a
compiled piece's role with no writer (`(Tổng hợp)`) goes, a credit to several wires names no writer
and a video's label run into it starts the page's lines, and an undated page's estimate takes the
day its lead tells before the later days of its body (a funeral's)."""

from __future__ import annotations

import datetime as dt

from bantin.importer.byline_spots import split_trailing_byline
from bantin.importer.bylines import parse_byline
from bantin.importer.convert import convert
from bantin.importer.parsed import Block
from bantin.importer.published import resolve
from bantin.importer.signed import after_credits
from bantin.importer.unsigned import source_credit, unsigned_role

_STORY = [
    "Chiều 11/2, gần 20.000 khán giả đã có mặt trên sân vận động để cổ vũ đội chủ nhà.",
    "Đội khách mở tỷ số ở phút 12 sau pha đánh đầu cận thành của tiền đạo số 9.",
    "Sau giờ nghỉ, đội chủ nhà đẩy cao đội hình và ghi hai bàn để thắng ngược 2-1.",
]
_LEAD = "Bị dẫn trước từ phút thứ 12, đội chủ nhà vẫn giành chiến thắng 2-1 ở vòng 8."


def _raw(*lines: str) -> bytes:
    """A baomoi raw page: title, blank line, the lines, three blank lines, the lead again."""
    return "\n".join(["Đội chủ nhà ngược dòng thắng 2-1", "", *lines, "", "", "", _LEAD]).encode()


def _flat(*parts: str, lead: str = _LEAD) -> bytes:
    """A baomoi flat page: title / lead / the whole body on one line."""
    return "\n".join(["Đội chủ nhà ngược dòng thắng 2-1", lead, " ".join(parts)]).encode()


def test_the_source_after_the_byline_stays_before_a_video_and_other_stories() -> None:
    page = convert(
        _raw(
            *_STORY,
            "Hải Yến",
            "Theo",
            " Bóng Đá",
            "Video: Những pha bóng đáng chú ý của trận đấu",
            "Tin liên quan",
            "Tiền đạo trẻ tỏa sáng, đội bóng thắng trận thứ ba liên tiếp",
            "Bảng xếp hạng sau vòng 8",
        ),
        "p.txt",
        year=2017,
    )
    assert (page.front.author, page.front.source) == ("Hải Yến", "Bóng Đá")
    assert "Video:" not in page.body and "Bảng xếp hạng" not in page.body
    # the credits ending what is kept leave the byline above them to sign the story off …
    signed = [
        Block("paragraph", _STORY[2]),
        Block("paragraph", "Hải Yến"),
        Block("paragraph", "Theo Bóng Đá"),
    ]
    assert after_credits(signed) == signed[:2]
    # … but a writer's byline is no credit to skip
    assert after_credits(signed[:2]) == signed[:2]


def test_two_writers_and_their_paper_sign_a_flat_body() -> None:
    text = "Xin cảm ơn luật sư! Hải Yến - Minh Châu Theo Đại Đoàn Kết"
    kept, byline = split_trailing_byline(text)
    assert kept == "Xin cảm ơn luật sư!"
    assert byline is not None and (byline.author, byline.source) == ("Hải Yến - Minh Châu", "Đại Đoàn Kết")
    # a sentence of nine words after the last stop is still no byline
    _, none = split_trailing_byline("Xin cảm ơn. Hải Yến - Minh Châu nói về những dự định trong năm mới")
    assert none is None


def test_a_compiled_pieces_role_with_no_writer_goes() -> None:
    assert unsigned_role("(Tổng hợp)") and unsigned_role("(T/h)") and unsigned_role(" (sưu tầm) ")
    assert not unsigned_role("Minh An (Tổng hợp)")  # a writer's byline: it stays
    assert not unsigned_role("Số liệu (tổng hợp) cho thấy giá tăng.")
    page = convert(_raw(*_STORY, "(Tổng hợp)"), "p.txt", year=2017)
    assert "Tổng hợp" not in page.body and _STORY[2] in page.body
    flat = convert(_flat(*_STORY, "(Tổng hợp)", "Tags: bóng đá, V-League"), "p.txt", year=2017)
    assert "Tổng hợp" not in flat.body and _STORY[2] in flat.body


def test_a_credit_to_several_wires_names_no_writer() -> None:
    for line in ("Theo Reuters, Sputnik", "(Theo Reuters, AFP)", "Nguồn: AFP, Yonhap"):
        byline = parse_byline(line)
        assert byline is not None and byline.author is None and byline.source, line
        assert source_credit(line)
    assert parse_byline("Theo Reuters, giá dầu tăng mạnh") is None  # a sentence's opening
    assert parse_byline("Khánh Linh (theo Reuters, Bloomberg)").author == "Khánh Linh"  # the writer's
    assert not source_credit("Khánh Linh (theo Reuters, Bloomberg)")


def test_a_videos_label_run_into_the_wires_credit_goes() -> None:
    page = convert(
        _flat(*_STORY, "Theo Reuters, Sputnik", "Video: Khoảnh khắc đội chủ nhà ghi bàn quyết định"),
        "p.txt",
        year=2017,
    )
    assert page.front.author is None and "Khoảnh khắc" not in page.body and _STORY[2] in page.body


def test_an_estimate_takes_the_day_the_lead_tells_before_the_bodys_later_days() -> None:
    lead = "Nhà văn đã từ trần sáng 5/6 tại Hà Nội, hưởng thọ 81 tuổi."
    body = "Ông sinh năm 1936 tại Hà Nội.\nLễ viếng được tổ chức từ 10 giờ ngày 8/6 tại Nhà tang lễ Quốc gia."
    today = dt.date(2026, 12, 5)
    assert resolve([], [], body, year=2017, today=today, lead=lead).date == dt.date(2017, 6, 5)
    assert resolve([], [], body, year=2017, today=today).date == dt.date(2017, 6, 8)  # no lead: the body's
    # a lead with no day leaves the estimate to the body
    assert resolve([], [], body, year=2017, today=today, lead="Nhà văn qua đời.").date == dt.date(2017, 6, 8)
    page = convert(
        _flat(
            *_STORY[1:],
            "Lễ viếng được tổ chức từ 10 giờ ngày 14/2 tại nhà riêng.",
            lead="Sáng 12/2, ông qua đời.",
        ),
        "p.txt",
        year=2017,
    )
    assert page.front.date == dt.date(2017, 2, 12)
