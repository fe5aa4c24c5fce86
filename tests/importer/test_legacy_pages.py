"""Pages saved years ago or through odd tools (the blind round `blind_legacy`): a file saved decomposed
(NFD) or with the new placement of tone marks takes the stored form as soon as it is decoded, so a
saved page's writer keeps the tone marks of `Thụy`; an entity escaped twice (`&amp;quot;`) is decoded,
a zero-width space alone between two words is a space; an old portal's notices about the reader's
machine (fonts, frames, the browser it is best seen with) and its toolbar (links in brackets, `[Trở
về]`, or three buttons in a row) go, the byline before them stays."""

from __future__ import annotations

import itertools
import unicodedata

import pytest

from bantin.core.text import normalize
from bantin.importer.convert import Converted, convert
from bantin.importer.decode import decode
from bantin.importer.repair import unescape
from bantin.importer.toolbars import toolbar_cuts

STORY = [
    "Sáng 12/3, xã Tân Phong khánh thành cây cầu treo qua suối Nậm Mu cho hơn 300 hộ dân.",
    "Cầu dài 86 m, rộng 1,5 m, cho xe máy qua lại được cả mùa mưa.",
    "Trước đây, người dân phải lội suối hoặc đi vòng gần 12 km để ra trung tâm xã.",
]


def _vnsum(content: str, title: str = "Khánh thành cầu treo qua suối Nậm Mu") -> bytes:
    return (
        f"Title: {title}\r\nSource: Báo Mẫu\r\nLink: https://baomau.vn/a-123.html\r\nPublished Date: N/A\r\n"
        f"Author: \r\nTags: None\r\nSummary: {STORY[0]}\r\nContent: {content}\r\n"
    ).encode()


def _import(content: str, title: str = "Khánh thành cầu treo qua suối Nậm Mu") -> Converted:
    return convert(_vnsum(content, title), "trang.txt", year=2017)


def test_a_decomposed_file_with_new_style_tones_is_decoded_in_the_stored_form() -> None:
    text = unicodedata.normalize("NFD", "Thuỷ điện Hoà Bình, Uỷ ban nhân dân tỉnh, quý khách")
    assert decode(b"\xef\xbb\xbf" + text.encode()) == "Thủy điện Hòa Bình, Ủy ban nhân dân tỉnh, quý khách"


def test_a_saved_page_in_nfd_keeps_its_writers_tone_marks() -> None:
    page = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Khánh thành cầu treo</title>'
        "</head><body><article><h1>Khánh thành cầu treo</h1>"
        + "".join(f"<p>{line}</p>" for line in STORY)
        + '<p class="author">Phạm Thuỵ</p></article></body></html>'
    )
    front = convert(unicodedata.normalize("NFD", page).encode(), "trang.html", year=2017).front
    assert front.author == "Phạm Thụy"
    assert front.title == "Khánh thành cầu treo"


def test_the_title_and_body_come_out_in_one_form_whatever_the_file_holds() -> None:
    content = unicodedata.normalize("NFD", " ".join(STORY).replace("xã", "x&#227;")) + "\tThanh Hoà"
    converted = _import(content, "Khánh thành cầu treo ở xã vùng cao Thuỷ Phù")
    assert converted.front.title == "Khánh thành cầu treo ở xã vùng cao Thủy Phù"
    assert converted.front.author == "Thanh Hòa"
    assert converted.body == unicodedata.normalize("NFC", converted.body)
    assert all(line in converted.body for line in STORY)


@pytest.mark.parametrize(
    ("text", "decoded"),
    [
        ("&amp;quot;Cầu của dân&amp;quot;", '"Cầu của dân"'),
        ("c&amp;#7897;ng đồng", "cộng đồng"),
        ("AT&amp;T và P&amp;G", "AT&T và P&G"),  # the page's own `&`, escaped once
        ("Vũ &amp; Cộng sự", "Vũ & Cộng sự"),
    ],
)
def test_an_entity_escaped_twice_is_decoded_a_lone_ampersand_once(text: str, decoded: str) -> None:
    assert unescape(text) == decoded


@pytest.mark.parametrize(
    "notice",
    [
        "Nếu không xem được tiếng Việt, xin tải font Unicode tại đây",
        "Trình duyệt của bạn không hỗ trợ khung (frame). Bấm vào đây để xem nội dung",
        "Hiển thị tốt nhất với trình duyệt Internet Explorer 6.0, độ phân giải 1024x768",
        "Trang này sử dụng khung (frame), trình duyệt của bạn không hỗ trợ.",
        "Best viewed with Internet Explorer 6.0 at 800x600",
    ],
)
def test_an_old_portals_notice_about_the_readers_machine_goes(notice: str) -> None:
    body = _import(f"{notice} Kinh tế {' '.join(STORY)} Thanh Hoà {notice}").body
    words = notice.split()
    assert " ".join(words[:4]) not in body
    assert all(line in body for line in STORY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Màn hình của máy hiển thị tốt nhất với độ sáng 500 nit, theo nhà sản xuất.",
        "Nếu không đọc được tiếng Việt, người lao động nước ngoài có thể hỏi cán bộ xã.",
        "Hiển thị tốt nhất là khi người dùng chỉnh độ sáng vừa phải, anh Tuấn cho biết.",
    ],
)
def test_a_storys_sentence_on_a_screen_or_on_reading_vietnamese_stays(sentence: str) -> None:
    assert sentence in _import(" ".join([*STORY[:2], sentence, STORY[2]])).body


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Quỳnh Anh [Đóng cửa sổ] Về trang trước", ["Quỳnh Anh", "[Đóng cửa sổ]", "Về trang trước"]),
        ("[ Quay lại ]  [ Đầu trang ]  [ In trang ]", ["[ Quay lại ]", "[ Đầu trang ]", "[ In trang ]"]),
        (
            "Phóng viên thường trú Lên đầu trang Gửi cho bạn bè Bản in Đài Mẫu - 58 Quán Sứ",
            ["Phóng viên thường trú", "Lên đầu trang Gửi cho bạn bè Bản in", "Đài Mẫu - 58 Quán Sứ"],
        ),
        ("Người dùng bấm Chia sẻ để gửi cho bạn bè.", ["Người dùng bấm Chia sẻ để gửi cho bạn bè."]),
        ("Mời bạn Thích Chia sẻ Lưu ý rằng", ["Mời bạn Thích Chia sẻ Lưu ý rằng"]),  # two buttons, `Lưu ý`
        ("Cầu dài 86 m [ảnh trên] cho xe máy qua.", ["Cầu dài 86 m [ảnh trên] cho xe máy qua."]),
    ],
)
def test_an_old_portals_toolbar_is_cut_off_the_text_around_it(text: str, pieces: list[str]) -> None:
    cuts = [0, *sorted(toolbar_cuts(text)), len(text)]
    assert [text[a:b].strip() for a, b in itertools.pairwise(cuts) if text[a:b].strip()] == pieces


@pytest.mark.parametrize(
    "toolbar", ["[Đóng cửa sổ] Về trang trước", "[Trở về]", "Lên đầu trang Gửi cho bạn bè Bản in"]
)
def test_the_byline_before_an_old_portals_toolbar_is_the_writers(toolbar: str) -> None:
    converted = _import(f"{' '.join(STORY)} Quỳnh Anh {toolbar} Bản quyền thuộc Báo Mẫu.")
    assert converted.front.author == "Quỳnh Anh"
    assert all(line in converted.body for line in STORY)
    assert "Bản quyền" not in converted.body and "cửa sổ" not in converted.body
    assert "đầu trang" not in converted.body and "Trở về" not in converted.body


@pytest.mark.parametrize("counter", ["Số lần đọc: 876", "Số lần xem: 1.234"])
def test_an_old_portals_counter_after_the_story_goes(counter: str) -> None:
    body = _import(f"{' '.join(STORY)} Quỳnh Anh {counter}").body
    assert counter.split(":")[1].strip() not in body
    assert all(line in body for line in STORY)


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("đất sản\u200bxuất", "đất sản xuất"),  # two syllables, no syllable joined: two words
        ("Hà\u200bNội", "Hà Nội"),
        ("Ngu\u200byễn Văn An", "Nguyễn Văn An"),  # inside a syllable: dropped
        ("trang Face\u200bbook", "trang Facebook"),
        ("hộ nghèo\u200b của xã", "hộ nghèo của xã"),
    ],
)
def test_a_zero_width_space_alone_between_two_words_is_a_space(text: str, clean: str) -> None:
    assert normalize(text) == clean
