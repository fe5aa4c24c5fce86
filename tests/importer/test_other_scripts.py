"""Pages whose story speaks more than one script, and sites that offer more than one language: the
site's language switcher goes even when it offers a minority's language the importer does not know
(`Tiếng Việt | Ba Na | Xơ Đăng | English`), a bilingual site's label in Lao or Khmer run into the menu
or after the byline goes, an audio player reading in another language is a button; the story's own
words in Lao, Khmer or Thai (quoted, in brackets, after a caption's slash) stay in their sentence, and
a lead the summary skips the opening of (`Ngày 22/6, … 60 năm | Chương trình …`) starts at its
opening."""

from __future__ import annotations

import pytest

from bantin.importer.boilerplate import remove_language_menus
from bantin.importer.convert import convert
from bantin.importer.dated_leads import dated_opening
from bantin.importer.script_labels import script_label_cuts
from bantin.importer.widgets import widget_ends

from .scrapes import vnsum


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Tiếng Việt | Ba Na | Xơ Đăng | English Văn hóa Du lịch", "Văn hóa Du lịch"),
        ("Tiếng Việt | English | Jrai | Bahnar Thời sự", "Thời sự"),
        ("Tiếng Việt | M'Nông | English", ""),
        # bars between names that are not two languages: a menu, a list of places
        ("Hà Nội | Đà Nẵng | TP HCM", "Hà Nội | Đà Nẵng | TP HCM"),
        ("Thời sự | English | Du lịch", "Thời sự | English | Du lịch"),
        ("Toán | Tiếng Anh | Tiếng Pháp", "Toán | Tiếng Anh | Tiếng Pháp"),  # subjects, no switcher
    ],
)
def test_a_switcher_between_bars_goes_with_the_languages_it_does_not_know(text: str, left: str) -> None:
    assert " ".join(remove_language_menus(text).split()) == left


def test_a_label_in_another_script_is_a_unit_of_its_own_at_the_body_s_edges() -> None:
    menu = "ໜ້າຫຼັກ Trang chủ Kinh tế Ngày 3/5, hai bên ký kết."
    assert script_label_cuts(menu) == {len("ໜ້າຫຼັກ")}
    byline = "Hai bên ký biên bản. Bounmy Keola ຂ່າວທີ່ກ່ຽວຂ້ອງ Tin liên quan"
    start = byline.index("ຂ່າວ")
    assert script_label_cuts(byline) == {start, start + len("ຂ່າວທີ່ກ່ຽວຂ້ອງ")}


@pytest.mark.parametrize(
    "text",
    [
        "Người Lào gọi đó là “ບຸນປີໃໝ່” Tết của mọi nhà.",  # quoted
        "Tỉnh trưởng Thong Savon (ថុង សាវ៉ុន) phát biểu.",  # in brackets
        "Hai bên ký kết. / ການເຊັນສັນຍາ Ảnh: Minh An",  # a caption's other language
        "Ông nói lời chào: ສະບາຍດີ Rồi ông cảm ơn.",  # after a colon
        "Cả đoàn học cách chào hỏi ສະບາຍດີ Trước khi lên đường.",  # after a sentence's words
    ],
)
def test_the_story_s_own_words_in_another_script_are_not_cut_off(text: str) -> None:
    assert script_label_cuts(text) == set()


def test_an_audio_player_reading_in_another_language_is_a_button() -> None:
    text = "Nghe bài viết bằng tiếng Khmer"
    assert widget_ends(text) == [len(text)]
    assert widget_ends("Nghe bài bằng giọng nữ miền Nam") == [len("Nghe bài bằng giọng nữ miền Nam")]


@pytest.mark.parametrize(
    ("head", "opening"),
    [
        ("Tin tức Nghe đài Ngày 22/6, Ban Đối ngoại tổ chức lễ kỷ niệm 60 năm ", "Ngày 22/6,"),
        ("Thời sự VOV.VN - Sáng 3/4, tỉnh tổ chức đón 1.000 ", "VOV.VN - Sáng 3/4,"),
        ("Tin tức Nghe đài Ngày 22/6, Ban Đối ngoại. Trang chủ ", None),  # a stop after it
        ("Tin tức Nghe đài Ngày 22/6, Ban Đối Ngoại ", None),  # no sentence's word in lower case
        ("Trang chủ Thời sự Đời sống ", None),
    ],
)
def test_the_lead_s_dated_opening_before_the_summary_s_words(head: str, opening: str | None) -> None:
    at = dated_opening(head)
    assert (at if at is None else head[at:].split(",")[0] + ",") == opening


def _page(content: str, summary: str, title: str = "Trường phát thanh tiếng Khmer tròn 40 năm") -> bytes:
    return vnsum(
        title,
        "https://dai-mau.vn/tin/a-123.html",
        content,
        source="Đài Mẫu",
        summary=summary,
        date="12/05/2025 08:00",
    )


def test_a_one_line_body_keeps_the_lead_s_opening_the_summary_skips_and_drops_the_frame() -> None:
    content = (
        "ខ្មែរ | Tiếng Việt | Ê Đê | English Tin tức Nghe đài Sáng 12/5, Đài Mẫu tổ chức lễ kỷ niệm 40 năm "
        "Chương trình phát thanh tiếng Khmer của đài tại tỉnh Mẫu. Chương trình mở đầu bằng lời chào "
        "“សួស្តី” (xin chào) quen thuộc với thính giả. Nghe bài viết bằng tiếng Khmer ▶ Sơn Thị Mai "
        "Tin liên quan Đài Mẫu ra mắt ứng dụng mới"
    )
    summary = "Chương trình phát thanh tiếng Khmer của đài tại tỉnh Mẫu tròn 40 năm phát sóng."
    converted = convert(_page(content, summary), "page.txt", year=2025)
    body = " ".join(converted.body.split())
    assert body.startswith("Sáng 12/5, Đài Mẫu tổ chức lễ kỷ niệm 40 năm Chương trình phát thanh")
    assert "“សួស្តី” (xin chào)" in body
    assert "English" not in body and "Ê Đê" not in body and "Nghe bài" not in body
    assert converted.front.author == "Sơn Thị Mai"


def test_a_menu_s_section_named_in_english_goes_with_the_menu() -> None:
    content = (
        "Văn hóa Du lịch Đời sống Media Ở bản Mẫu, người Thái vẫn giữ nghề dệt thổ cẩm của cha ông để lại. "
        "Mỗi nhà đều có một khung cửi đặt dưới gầm sàn."
    )
    summary = "Nghề dệt thổ cẩm vẫn được người Thái ở bản Mẫu gìn giữ."
    body = convert(_page(content, summary, "Giữ nghề dệt ở bản Mẫu"), "page.txt", year=2025).body
    assert body.split()[0] == "Ở"
