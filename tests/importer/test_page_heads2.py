"""The page's head on unseen sites (blind_heads2): a site's own name before the headline (`Cơ quan Mẫu
| …`, `[Tạp chí Mẫu] …`) goes and a headline's own label stays; a headline cut where the link's slug
is shorter than it is completed from the summary's sentence that opens with it; a publisher written in
capitals is written as the page writes it, one printed in sentence case after `Báo` is read; a writer's
name and stamp under the text are read with furniture after them on their line; and an organisation's
head (`Đại học`) is never cut from its name by a menu run into the lead; an organisation glossed with
the short name its address spells (`Tập đoàn … (EVN)`) names the page."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.menus import peel_menu
from bantin.importer.prefixes import site_prefix
from bantin.importer.selfnamed import glossed
from bantin.importer.stamps import closing_stamp

from .scrapes import vnsum

BODY = (
    "Sáng nay, cơ quan chức năng của tỉnh đã tổ chức hội nghị tổng kết công tác năm với nhiều đại biểu "
    "tham dự. Hội nghị đánh giá kết quả đạt được và đề ra nhiệm vụ trọng tâm cho năm tới."
)


@pytest.mark.parametrize(
    ("title", "names", "prefix"),
    [
        ("Cơ quan Mẫu | Khai mạc hội chợ nông sản cuối năm", ("Cơ quan Mẫu", None, None), "Cơ quan Mẫu | "),
        ("[Phố Mẫu] Khai mạc hội chợ nông sản cuối năm", ("Tạp chí Phố Mẫu", None, None), "[Phố Mẫu] "),
        ("Phomau | Khai mạc hội chợ nông sản cuối năm", (None, None, "phomau.vn"), "Phomau | "),
        ("Hà Nội | Khai mạc hội chợ nông sản cuối năm", ("Cơ quan Mẫu", None, "phomau.vn"), None),
        ("[Clip] Khai mạc hội chợ nông sản cuối năm", ("Cơ quan Mẫu", None, None), None),
        ("Cơ quan Mẫu | Khai mạc", ("Cơ quan Mẫu", None, None), None),  # too short a headline after it
    ],
)
def test_only_the_sites_own_name_opening_a_title_is_its_prefix(
    title: str, names: tuple[str | None, ...], prefix: str | None
) -> None:
    assert site_prefix(title, names) == prefix


def test_a_title_cut_past_its_slug_is_completed_from_the_summarys_sentence() -> None:
    summary = "Khánh thành nhà máy xử lý rác phát điện đầu tiên của tỉnh với công suất 500 tấn mỗi ngày."
    page = vnsum(
        "Khánh thành nhà máy xử lý rác phát điện đầu tiên...",
        "https://phomau.vn/khanh-thanh-nha-may-rac.html",
        BODY,
        summary=summary,
    )
    assert convert(page, "p.txt", year=2024).front.title == summary.rstrip(".")


def test_a_title_no_sentence_goes_on_from_stays_cut() -> None:
    page = vnsum(
        "Khánh thành nhà máy xử lý rác phát điện đầu tiên...",
        "https://phomau.vn/khanh-thanh-nha-may-rac.html",
        BODY,
        summary="Nhà máy có công suất 500 tấn mỗi ngày.",
    )
    assert convert(page, "p.txt", year=2024).front.title.endswith("…")


def test_a_publisher_in_capitals_is_written_as_the_page_writes_it() -> None:
    page = vnsum(
        "Khai mạc hội chợ nông sản cuối năm",
        "https://www.phomautaichinh.vn/khai-mac-hoi-cho-123.html",
        f"{BODY} Báo Phố Mẫu Đầu tư Tài chính Liên hệ quảng cáo",
        source="PHỐ MẪU ĐẦU TƯ TÀI CHÍNH",
    )
    assert convert(page, "p.txt", year=2024).front.source == "Phố Mẫu Đầu tư Tài chính"


def test_a_paper_printed_in_sentence_case_after_bao_names_an_address_it_spells() -> None:
    page = vnsum(
        "Khai mạc hội chợ nông sản cuối năm",
        "https://phomaunongthon.vn/khai-mac-hoi-cho-post123.html",
        f"{BODY} Báo Phố mẫu nông thôn - Cơ quan của Hội Mẫu",
        source="",
    )
    assert convert(page, "p.txt", year=2024).front.source == "Phố mẫu nông thôn"


def test_a_signed_stamp_under_the_text_is_read_with_furniture_after_it() -> None:
    assert closing_stamp(["Lan Hương - 28/03/2024 08:30 Văn bản mới"]) == (
        "28/03/2024",
        "Lan Hương - 28/03/2024 08:30",
    )
    page = vnsum("Khai mạc hội chợ nông sản cuối năm", "https://phomau.vn/a.html",
                 f"{BODY} Lan Hương - 28/03/2024 08:30 Văn bản mới")  # fmt: skip
    front = convert(page, "p.txt", year=2017).front
    assert (str(front.date), front.date_estimated) == ("2024-03-28", False)


def test_a_menu_is_not_cut_between_an_organisations_head_and_its_name() -> None:
    text = (
        "Giới thiệu Đào tạo Nghiên cứu Tuyển sinh Đại học Quốc gia Mẫu vừa công bố phương án tuyển sinh "
        "đại học chính quy năm nay với khoảng 15.000 chỉ tiêu."
    )
    peeled = peel_menu(text)
    assert peeled is None or peeled[1].startswith("Đại học Quốc gia Mẫu")


def test_an_organisation_glossed_with_the_name_its_address_spells_names_the_page() -> None:
    lead = (
        "Tổng công ty Phố Mẫu Xanh (PMX) cho biết đã hoàn thành việc lắp đặt 200 trạm sạc xe điện trên "
        "các tuyến quốc lộ trong quý I."
    )
    page = vnsum("Lắp đặt 200 trạm sạc xe điện trên quốc lộ", "https://www.pmx.com.vn/tin-tuc/tram-sac.html",
                 f"{lead} {BODY}", source="pmx.com.vn")  # fmt: skip
    assert convert(page, "p.txt", year=2024).front.source == "Tổng công ty Phố Mẫu Xanh"


def test_a_sentence_naming_two_bodies_before_the_gloss_names_only_the_last() -> None:
    text = "Sở Công Thương và Tập đoàn Phố Mẫu (PMX) ký kết thỏa thuận hợp tác."
    assert glossed("pmx", [text]) == "Tập đoàn Phố Mẫu"
    assert glossed("abc", [text]) is None
