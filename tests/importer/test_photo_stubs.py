"""What news-please keeps of a photo and of a dateline, in its layout: a photo's alternative text with
its number (`Lễ hội đua thuyền - Ảnh 1.`) goes, as the bare number does; a dateline the detector
takes off as an address (`VOV.VN - `) still names the publisher."""

from __future__ import annotations

import pytest

from bantin.importer.boilerplate import is_chrome
from bantin.importer.convert import convert

STORY = [
    "Sáng 12/9, trường tiểu học hữu nghị Việt - Lào tại tỉnh Xiêng Khoảng được khánh thành sau 10 tháng.",
    "Công trình gồm 12 phòng học, thư viện và nhà ở cho giáo viên, do tỉnh Nghệ An tài trợ.",
    "Trường sẽ đón 400 học sinh ngay trong năm học mới.",
]


def _vfnd(lines: list[str]) -> bytes:
    head = [
        "Khánh thành trường học hữu nghị tại Xiêng Khoảng",
        "",
        "Trường học hữu nghị được khánh thành.",
        "",
    ]
    return ("\n".join([*head, *lines]) + "\n").encode()


@pytest.mark.parametrize(
    "stub", ["- Ảnh 1.", "Khánh thành trường học hữu nghị - Ảnh 1.", "Lễ khánh thành – Ảnh 12"]
)
def test_a_photos_alternative_text_with_its_number_goes(stub: str) -> None:
    assert is_chrome(stub)
    body = convert(
        _vfnd([STORY[0], stub, "Quang cảnh lễ khánh thành - Ảnh: HẢI NAM", *STORY[1:]]), "p.txt"
    ).body
    assert "Ảnh 1" not in body and "Ảnh 12" not in body
    assert "Quang cảnh lễ khánh thành" in body and all(line in body for line in STORY[1:])


@pytest.mark.parametrize(
    "line", ["Quang cảnh lễ khánh thành - Ảnh: HẢI NAM", "Năm 2018 - Ảnh 1 là bức ảnh đẹp nhất."]
)
def test_a_caption_or_a_sentence_with_a_photos_number_is_no_stub(line: str) -> None:
    assert not is_chrome(line)


def test_a_dateline_taken_off_as_an_address_names_the_publisher() -> None:
    converted = convert(_vfnd([f"VOV.VN - {STORY[0]}", *STORY[1:]]), "p.txt")
    assert converted.front.source == "VOV"
    assert not converted.body.startswith("VOV.VN")


def test_a_papers_online_dateline_names_the_paper() -> None:
    converted = convert(_vfnd([f"QĐND Online - {STORY[0]}", *STORY[1:]]), "p.txt")
    assert converted.front.source == "Báo Quân đội nhân dân"


def test_a_line_in_lower_case_goes_on_with_the_sentence_the_page_broke() -> None:
    """baomoi's raw text breaks a sentence where a link was; no paragraph opens in lower case."""
    lines = ["Ngay sau khi phát hiện, chính quyền địa phương đã huy động hơn 300 người gồm", "bộ đội biên phòng",
             ", công an và người dân tham gia chữa cháy."]  # fmt: skip
    raw = (
        "\n".join(["Cháy rừng ở huyện biên giới", "", STORY[0], *lines, STORY[1], "", "", "", STORY[0]])
        + "\n"
    )
    body = convert(raw.encode(), "p.txt").body
    assert "300 người gồm bộ đội biên phòng, công an và người dân" in body
