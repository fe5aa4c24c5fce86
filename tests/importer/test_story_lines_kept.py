"""A story's own lines that look like a site's (blind_laos9: culture, education, health and localities
of Vietnam - Laos) stay: a lead opening with a lunar month's name (`Rằm tháng Chín âm lịch, …`) after
the menu keeps its first words, a verse the story introduces with a colon (`Em về bên kia núi / Tiếng
khèn còn ở lại`) is no news-please list of related links, and a footer's address of names (`Bản Xi Xạ
Vạt Tạy, Chăn Tha Bu Ly, Viêng Chăn`) is no writer and a related headline. A whole title whose link goes
on with the words the page prints after it with a space (`… ngày rằm` of `…-ngay-ram-thang-10`) is not
completed from the link. The pages are written for these tests."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.lone_related import lone_related_apart
from bantin.importer.menus import peel_menu
from bantin.importer.titles import complete

from .scrapes import vnsum

LEAD = "Rằm tháng Chín âm lịch, từ sáng sớm, chợ phiên ở cửa khẩu quốc tế Na Mèo đã đông người."


def test_a_lunar_months_name_is_no_leads_first_word() -> None:
    peeled = peel_menu(f"Truyền hình Phát thanh Nghe Podcast {LEAD}")
    assert peeled is None or peeled[1] == LEAD


def test_a_verse_the_story_introduces_stays() -> None:
    page = "\n".join([
        "Văn học Lào đến với bạn đọc Việt Nam", "", "Năm 2025, hơn 20 đầu sách văn học Lào được dịch. - Tạp chí Mẫu", "",
        "Theo Cục Xuất bản, năm 2025 có 23 đầu sách văn học Lào được dịch sang tiếng Việt, gồm tiểu thuyết và thơ.",
        "Trích một đoạn thơ của nhà thơ Lào Bun Thanh Khăm Xay trong tập “Khèn gọi”:",
        "Em về bên kia núi / Tiếng khèn còn ở lại",
        "Các nhà xuất bản Việt Nam và Lào thống nhất mỗi năm trao đổi ít nhất 10 đầu sách dịch.",
        "Lê Minh",
    ])  # fmt: skip
    body = convert(page.encode(), "page.txt", year=2025).body
    assert "Em về bên kia núi / Tiếng khèn còn ở lại" in body


def test_an_address_of_names_is_no_writer_and_headline() -> None:
    units = [Unit(0, "Trường song ngữ Mẫu."), Unit(0, "Bản Xi Xạ Vạt Tạy, Chăn Tha Bu Ly, Viêng Chăn")]
    assert lone_related_apart(units, ("Khai giảng lớp tiếng Việt ở Thủ đô Viêng Chăn",)) == units
    cut = lone_related_apart(
        [Unit(0, "Hải Duyên Mức phạt với tội lạm dụng tín nhiệm")], ("Mức phạt với tội lạm dụng",)
    )
    assert [u.text for u in cut] == ["Hải Duyên", "Mức phạt với tội lạm dụng tín nhiệm"]


def test_an_address_after_the_footer_is_no_author() -> None:
    content = (
        "Tối 3/10, Trường song ngữ Mẫu (Thủ đô Viêng Chăn) khai giảng 8 lớp tiếng Việt buổi tối cho 236 học viên. "
        "Chị Vi La Vắn nói học tiếng Việt để làm việc với khách hàng Việt Nam và để đọc truyện Kiều. "
        "Ban Truyền thông Tin khác Học sinh trường đoạt giải Olympic tiếng Việt Trường song ngữ Mẫu. "
        "Bản Xi Xạ Vạt Tạy, Chăn Tha Bu Ly, Viêng Chăn"
    )
    page = vnsum(title="Khai giảng các lớp tiếng Việt buổi tối", content=content, source="Trường song ngữ Mẫu",
                 link="https://truong-mau.edu.la/tin-tuc/khai-giang.html", date="06/10/2025 17:10",
                 summary="Trường mở 8 lớp tiếng Việt buổi tối cho người dân Thủ đô Viêng Chăn.")  # fmt: skip
    assert (convert(page, "page.txt", year=2025).front.author or "") != "Bản Xi Xạ Vạt"


def test_a_whole_title_is_not_completed_from_a_longer_link() -> None:
    texts = [LEAD, "Chợ họp mỗi tháng hai phiên: ngày rằm và mùng một âm lịch."]
    url = "https://bao-mau.vn/kinh-te/cho-phien-cua-khau-na-meo-ngay-ram-thang-10.html"
    assert complete("Chợ phiên cửa khẩu Na Mèo ngày rằm", url, texts) == (
        "Chợ phiên cửa khẩu Na Mèo ngày rằm",
        False,
    )
    # a title cut at a length goes on from its link as before
    cut = complete("Chợ phiên cửa khẩu Na Mèo ngày rằm…", url, texts)
    assert cut[1] and cut[0].startswith("Chợ phiên cửa khẩu Na Mèo ngày rằm tháng")
