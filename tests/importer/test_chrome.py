"""The chrome detector, titles from the link, publishers and stated dates, on pages written for
these tests in the shape of search-engine scrapes (`Title:`/`Source:`/`Link:`/`Content:`, the whole
body on one line with the site's menus, teasers and footer run in)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from bantin.cli import main
from bantin.importer import chrome, publishers, titles
from bantin.importer.convert import convert, remember
from bantin.importer.parsed import Block
from bantin.importer.stamps import header_date

TODAY = dt.date(2024, 3, 1)

ARTICLE = (
    "Sáng 14/2, Ủy ban nhân dân tỉnh Quảng Trị tổ chức lễ khởi công tuyến đường ven biển dài 55 km nối "
    "huyện Vĩnh Linh với thành phố Đông Hà. Theo chủ đầu tư, dự án có tổng vốn hơn 2.500 tỷ đồng và sẽ "
    "hoàn thành trong ba năm. Ông Nguyễn Văn Bình, Giám đốc Ban quản lý dự án, cho biết đơn vị thi công đã "
    "tập kết máy móc từ cuối tháng trước để kịp tiến độ. Tuyến đường được kỳ vọng mở ra không gian phát "
    "triển mới cho các xã ven biển, nơi người dân lâu nay chủ yếu sống nhờ nghề đánh bắt cá. Đại diện các "
    "hộ dân cho biết họ đồng tình với phương án bồi thường và mong công trình sớm được đưa vào sử dụng."
)
FOOTER = (
    "Bình luận (0) Hotline 0912 345 678 Liên hệ quảng cáo 0987 654 321 Tổng biên tập: Trần Văn Một "
    "Phó tổng biên tập: Lê Thị Hai Giấy phép số 99/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày "
    "01/01/2020. Địa chỉ: Số 10, đường Lê Lợi, Phường Một, Quận Hai, TP.HCM Email: toasoan@baomau.vn "
    "© Bản quyền thuộc Báo Mẫu."
)
TEASERS = (
    "3h trước Bóng đá Đội tuyển nữ bước vào đợt tập trung mới với nhiều gương mặt trẻ lần đầu được gọi. "
    "5h trước Giao thông Cao tốc phía Bắc thông xe thêm một đoạn dài hơn mười cây số trước dịp lễ."
)


def page(title: str, link: str, content: str, *, source: str = "baomau.vn", summary: str = "") -> bytes:
    return (
        f"Title: {title}\nSource: {source}\nLink: {link}\nPublished Date: N/A\nAuthor: \nTags: \n"
        f"Summary: {summary}\nContent: {content}\n"
    ).encode()


def body_of(data: bytes, **kwargs: object) -> str:
    return convert(data, "page.txt", today=TODAY, **kwargs).body  # type: ignore[arg-type]


def test_footer_and_teasers_after_the_article_are_removed_and_every_sentence_kept() -> None:
    data = page(
        "Khởi công đường ven biển Quảng Trị",
        "https://baomau.vn/khoi-cong-duong-ven-bien-quang-tri-123456.htm",
        f"{ARTICLE} Minh An {TEASERS} {FOOTER}",
    )
    body = body_of(data)
    for sentence in ("tổ chức lễ khởi công tuyến đường ven biển", "đồng tình với phương án bồi thường"):
        assert sentence in body
    for chrome_text in ("Hotline", "0912", "Tổng biên tập", "99/GP", "toasoan@", "Bản quyền", "3h trước",
                        "Đội tuyển nữ", "Cao tốc phía Bắc"):  # fmt: skip
        assert chrome_text not in body, chrome_text


def test_a_header_run_into_the_lead_is_cut_off_it() -> None:
    data = page(
        "Khởi công đường ven biển Quảng Trị",
        "https://baomau.vn/khoi-cong-duong-ven-bien-quang-tri-123456.htm",
        f"Liên hệ quảng cáo 0942 111 222 - ads@baomau.vn Mới nhất {ARTICLE}",
    )
    body = body_of(data)
    assert "ads@baomau.vn" not in body and "0942" not in body
    assert "Ủy ban nhân dân tỉnh Quảng Trị tổ chức lễ khởi công" in body


def test_a_notices_numbered_steps_before_the_article_go_and_the_list_item_glued_to_it_stays() -> None:
    steps = (
        "1. Bấm biểu tượng cài đặt trên thanh địa chỉ của trình duyệt 2. Chọn “Thông báo” rồi bấm cho "
        "phép 3. Mở lại trang"
    )
    data = page(
        "Khởi công đường ven biển Quảng Trị",
        "https://baomau.vn/khoi-cong-duong-ven-bien-quang-tri-123456.htm",
        f"{steps} {ARTICLE}",
    )
    converted = convert(data, "page.txt", today=TODAY)
    assert "trình duyệt" not in converted.body and "Thông báo" not in converted.body
    assert "Ủy ban nhân dân tỉnh Quảng Trị tổ chức lễ khởi công" in converted.body
    dropped = [u.text for u in converted.units if not u.keep]
    assert dropped[0].startswith("1. Bấm") and dropped[1].startswith("2. Chọn")


def test_a_numbered_list_inside_the_article_is_cut_into_its_items_and_kept() -> None:
    items = (
        "Dự án gồm ba hạng mục: 1. Làm mới mặt đường dài 55 km với bốn làn xe và dải phân cách cứng ở giữa. "
        "2. Xây dựng sáu cây cầu bắc qua các con sông lớn chảy qua địa bàn các xã ven biển của huyện."
    )
    data = page(
        "Khởi công đường ven biển Quảng Trị",
        "https://baomau.vn/khoi-cong-duong-ven-bien-quang-tri-123456.htm",
        f"{ARTICLE} {items}",
    )
    converted = convert(data, "page.txt", today=TODAY)
    assert "1. Làm mới mặt đường" in converted.body and "2. Xây dựng sáu cây cầu" in converted.body
    texts = [u.text for u in converted.units]
    assert any(t.startswith("2. Xây dựng") for t in texts)


def test_a_menu_or_label_run_into_the_text_goes_as_it_would_on_a_line_of_its_own() -> None:
    data = page(
        "Khởi công đường ven biển Quảng Trị",
        "https://baomau.vn/khoi-cong-duong-ven-bien-quang-tri-123456.htm",
        f"{ARTICLE} Chia sẻ Zalo Facebook. Chủ đề:",
    )
    body = body_of(data)
    assert "Chủ đề" not in body and "Zalo" not in body
    assert body.rstrip().endswith("mong công trình sớm được đưa vào sử dụng.")


@pytest.mark.parametrize(
    ("tail", "author"),
    [
        ("Minh An Source link", "Minh An"),
        ("(theo Reuters) Nguồn", None),
        ("Minh An – Baomau.vn Nguồn", "Minh An"),
    ],
)
def test_the_label_of_a_link_to_the_original_goes_and_the_byline_before_it_stays(
    tail: str, author: str | None
) -> None:
    data = page(
        "Khởi công đường ven biển Quảng Trị",
        "https://tinmau.vn/khoi-cong-duong-ven-bien-quang-tri-123456.htm",
        f"{ARTICLE} {tail}",
        source="Tin Mẫu",
    )
    converted = convert(data, "page.txt", today=TODAY)
    assert "Nguồn" not in converted.body and "Source link" not in converted.body
    assert converted.front.author == author
    assert "mong công trình sớm được đưa vào sử dụng." in converted.body


def test_an_unrendered_comment_template_goes_and_the_byline_before_it_stays() -> None:
    data = page(
        "Khởi công đường ven biển Quảng Trị",
        "https://tinmau.vn/khoi-cong-duong-ven-bien-quang-tri-123456.htm",
        f"{ARTICLE} Minh An {{name}} - {{time}} Trả lời Xem thêm {FOOTER}",
        source="Tin Mẫu",
    )
    converted = convert(data, "page.txt", today=TODAY)
    assert converted.front.author == "Minh An"
    assert "{name}" not in converted.body and "Trả lời" not in converted.body


def test_a_line_that_ends_with_the_word_nguon_keeps_it() -> None:
    units = chrome.detect(
        [Block("paragraph", ARTICLE), Block("paragraph", "Kiểm soát chất lượng nước từ nguồn")]
    )
    assert all(u.keep for u in units if "nguồn" in u.text) and any(u.text.endswith("từ nguồn") for u in units)


def test_a_deputy_editors_line_stays_one_footer_field() -> None:
    units = chrome.detect([Block("paragraph", f"{ARTICLE} {FOOTER}")])
    assert any(u.text.startswith("Phó tổng biên tập: Lê Thị Hai") and not u.keep for u in units)
    assert not any(u.text == "Phó" for u in units)


def test_sentences_that_only_mention_a_hotline_or_an_address_stay() -> None:
    sentence = (
        "Người dân có thể gọi đường dây nóng 1900 1234 của Sở Y tế hoặc đến trực tiếp trụ sở ở số 5 phố "
        "Hàng Bài để được tư vấn miễn phí về chương trình tiêm chủng mở rộng trong năm nay."
    )
    data = page(
        "Tiêm chủng mở rộng năm nay", "https://baomau.vn/tiem-chung-987654.htm", f"{ARTICLE} {sentence}"
    )
    assert "gọi đường dây nóng 1900 1234" in body_of(data)


def test_a_related_link_run_into_the_next_sentence_goes_and_the_sentence_stays() -> None:
    data = page(
        "Khởi công đường ven biển Quảng Trị",
        "https://baomau.vn/khoi-cong-duong-ven-bien-quang-tri-123456.htm",
        f"{ARTICLE} Xem thêm: Quảng Trị đón đoàn khách quốc tế đầu năm Theo kế hoạch, tỉnh sẽ tổ chức "
        "đối thoại với các hộ dân bị ảnh hưởng trước khi giải phóng mặt bằng giai đoạn hai của dự án.",
    )
    body = body_of(data)
    assert "Xem thêm" not in body and "đoàn khách quốc tế" not in body
    assert "Theo kế hoạch, tỉnh sẽ tổ chức đối thoại" in body


def test_what_every_page_of_a_site_repeats_is_removed() -> None:
    memory = chrome.SiteMemory()
    masthead = "cổng thông tin điện tử tỉnh mẫu trang chủ"
    other = (
        "Chiều 20/2, đoàn công tác của Bộ Y tế đã kiểm tra công tác phòng chống dịch bệnh tại một số bệnh "
        "viện tuyến huyện. Đoàn ghi nhận các bệnh viện đã chủ động chuẩn bị thuốc, vật tư và nhân lực."
    )
    pages = []
    for n, lead in enumerate([ARTICLE, other]):
        data = page(
            f"Bài số {n} về đường ven biển miền Trung",
            f"https://tinhmau.gov.vn/bai-{n}-ve-duong-ven-bien-{n}1234.htm",
            f"{masthead} {lead} Văn phòng tiếp dân mở cửa từ thứ hai đến thứ sáu hằng tuần.",
            source="tinhmau.gov.vn",
        )
        pages.append(data)
        remember(data, f"p{n}.txt", memory)
    body = body_of(pages[0], memory=memory)
    assert "cổng thông tin" not in body.lower() and "Văn phòng tiếp dân" not in body
    assert "Ủy ban nhân dân tỉnh Quảng Trị" in body


def test_the_same_story_twice_teaches_nothing() -> None:
    memory = chrome.SiteMemory()
    data = page("Khởi công đường ven biển", "https://baomau.vn/khoi-cong-1234567.htm", ARTICLE)
    blocks = [Block("paragraph", ARTICLE)]
    memory.add("baomau.vn", blocks)
    memory.add("baomau.vn", blocks)
    assert memory.shared_ends("baomau.vn", blocks) == (0, 0)
    assert "đồng tình với phương án bồi thường" in body_of(data, memory=memory)


@pytest.mark.parametrize(
    ("raw", "link", "expected"),
    [
        (
            "Khởi công tuyến đường ven biển nối Vĩnh Linh ...",
            "https://baomau.vn/khoi-cong-tuyen-duong-ven-bien-noi-vinh-linh-dong-ha-c4812345.epi",
            "Khởi công tuyến đường ven biển nối Vĩnh Linh - Đông Hà",
        ),
        (  # cut at a ` - ` of its own, no ellipsis
            "Khởi công tuyến đường ven biển nối Vĩnh Linh",
            "https://baomau.vn/thoi-su/khoi-cong-tuyen-duong-ven-bien-noi-vinh-linh-dong-ha/250525.htm",
            "Khởi công tuyến đường ven biển nối Vĩnh Linh - Đông Hà",
        ),
        (  # an unrelated slug leaves the title alone
            "Đường ven biển mới",
            "https://baomau.vn/quang-tri-khoi-cong-du-an-lon-998877.htm",
            "Đường ven biển mới",
        ),
    ],
)
def test_titles_are_completed_from_the_slug_with_the_texts_accents(
    raw: str, link: str, expected: str
) -> None:
    text = "Tuyến đường ven biển nối Vĩnh Linh - Đông Hà được khởi công sáng nay."
    assert titles.complete(raw, link, [text])[0] == expected


@pytest.mark.parametrize(
    ("raw", "link", "expected"),
    [
        ("Giá vàng tăng mạnh", "https://baomau.vn/gia-vang-tang-manh-123.html", "Giá vàng tăng mạnh"),
        ("Giá vàng tăng mạnh", "https://baomau.vn/gia-vang-tang-manh-2.html", "Giá vàng tăng mạnh"),
        (
            "Giá vàng tăng mạnh trong...",
            "https://baomau.vn/gia-vang-tang-manh-trong-tuan-toi-123.html",
            "Giá vàng tăng mạnh trong tuần tới",
        ),
        (
            "Giá vàng tăng mạnh trong năm...",
            "https://baomau.vn/gia-vang-tang-manh-trong-nam-2024.html",
            "Giá vàng tăng mạnh trong năm 2024",
        ),
    ],
)
def test_a_sites_short_id_after_the_slug_is_no_word_of_the_title(raw: str, link: str, expected: str) -> None:
    text = "Giá vàng miếng tăng 500.000 đồng, còn biến động mạnh trong tuần tới."
    assert titles.complete(raw, link, [text])[0] == expected


def test_a_word_the_text_never_prints_is_not_guessed() -> None:
    raw = "Khởi công tuyến đường ven biển nối Vĩnh Linh ..."
    link = "https://baomau.vn/khoi-cong-tuyen-duong-ven-bien-noi-vinh-linh-cua-viet-123456.htm"
    assert titles.complete(raw, link, ["Tuyến đường nối Vĩnh Linh dài 55 km."]) == (raw, False)


def test_words_the_article_never_prints_come_from_the_other_pages_imported() -> None:
    raw = "Khởi công tuyến đường ven biển nối Vĩnh Linh ..."
    link = "https://baomau.vn/khoi-cong-tuyen-duong-ven-bien-noi-vinh-linh-cua-viet-123456.htm"
    text = "Tuyến đường nối Vĩnh Linh dài 55 km."
    others = ["Tàu cá cập cảng ở cửa sông sáng nay.", "Người Việt ở xa về quê."]
    assert titles.complete(raw, link, [text], others) == (
        "Khởi công tuyến đường ven biển nối Vĩnh Linh cửa Việt",
        True,
    )


def test_a_title_cut_at_a_comma_of_its_own_goes_on_after_a_comma() -> None:
    raw = "Trên bàn tiệc có ba biểu hiện khó làm nên nghiệp lớn"
    link = "https://baomau.vn/tren-ban-tiec-co-ba-bieu-hien-kho-lam-nen-nghiep-lon-cang-song-cang-ngheo-d376812.html"
    text = "Người càng sống buông thả thì càng nghèo."
    assert titles.complete(raw, link, [text])[0] == (
        "Trên bàn tiệc có ba biểu hiện khó làm nên nghiệp lớn, càng sống càng nghèo"
    )


def test_a_title_cut_at_a_dash_of_its_own_before_a_name_goes_on_after_the_dash() -> None:
    raw = "Thông xe cao tốc Cam Lộ"
    link = "https://baomau.vn/thong-xe-cao-toc-cam-lo-la-son-123456.htm"
    text = "Đoàn xe đi qua La Sơn lúc 9h."
    assert titles.complete(raw, link, [text])[0] == "Thông xe cao tốc Cam Lộ - La Sơn"


def test_of_the_other_pages_the_form_printed_most_is_taken() -> None:
    raw = "Khởi công tuyến đường ven biển ..."
    link = "https://baomau.vn/khoi-cong-tuyen-duong-ven-bien-moi-123456.htm"
    others = ["Cầu mới. Mỗi ngày.", "Một con đường mới mở.", "Nhà mới xây.", "Mơi là tên một bản."]
    assert titles.complete(raw, link, ["Tuyến đường ven biển dài 55 km."], others)[0] == (
        "Khởi công tuyến đường ven biển mới"
    )


def test_pages_imported_together_lend_their_words_to_a_cut_title_and_only_slug_words_are_indexed() -> None:
    memory = chrome.SiteMemory()
    cut = page(
        "Khởi công đường ven biển Quảng Trị ...",
        "https://baomau.vn/khoi-cong-duong-ven-bien-quang-tri-dai-55-km-123456.htm",
        "Sáng 14/2, tỉnh khởi công tuyến đường nối hai huyện ven biển. Công trình hoàn thành trong ba năm.",
    )
    other = page(
        "Cầu mới", "https://baomau.vn/cau-moi-654321.htm", "Cây cầu dài 55 km được thông xe. Tin về cầu mới."
    )
    remember(cut, "cut.txt", memory, to_import=True)
    remember(other, "other.txt", memory)  # a raw page kept in the project: read, not imported
    whole = page(
        "Khởi công đường ven biển", "https://baomau.vn/khoi-cong-duong-ven-bien-1234567.htm", ARTICLE
    )
    convert(whole, "whole.txt", today=TODAY, memory=memory)
    assert memory._words is None  # a title that needs no word from elsewhere indexes nothing
    converted = convert(cut, "cut.txt", today=TODAY, memory=memory)
    assert converted.front.title == "Khởi công đường ven biển Quảng Trị dài 55 km"
    assert "cau" not in memory.words().index and set(memory.words().index) <= memory.slugs


def test_a_cut_quote_is_closed() -> None:
    completed, changed = titles.complete(
        "'Phải làm xong đường trước mùa ...",
        "https://baomau.vn/phai-lam-xong-duong-truoc-mua-mua-bao-123456.htm",
        ["Ông nói phải làm xong đường trước mùa mưa bão năm nay."],
    )
    assert changed and completed == "'Phải làm xong đường trước mùa mưa bão'"


def test_publishers_by_table_page_or_address(tmp_path: Path) -> None:
    table_file = tmp_path / "sources.yml"
    table_file.write_text("baomau.vn: Báo Mẫu\n", encoding="utf-8")
    table = publishers.load(table_file)
    assert publishers.name("baomau.vn", "https://www.tin.baomau.vn/x", table, []) == "Báo Mẫu"
    assert publishers.name("Tinmoi.vn", None, table, ["© Bản quyền thuộc Báo Tin Mới"]) == "Tin Mới"
    assert publishers.name("tinkhac.com.vn - Tin tức", None, table, []) == "Tinkhac.com.vn"
    assert publishers.name("Báo Người Mẫu", None, table, []) == "Báo Người Mẫu"


def test_a_broken_table_of_publishers_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "sources.yml"
    bad.write_text("baomau.vn: [unclosed\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"sources.yml:\d+: not a readable table"):
        publishers.load(bad)


def test_the_pages_own_time_stamp_wins_over_a_list_of_related_stamps() -> None:
    stamps = [f"{h}:15 | 1{h}/02/2024 Cập nhật:" for h in range(3, 8)]
    assert header_date([*stamps, "Cập nhật: 10:56ngày17/02/2024"]) == "17/02/2024"
    assert header_date(["Thời sự Thứ Sáu 06/09/2019 11:18(GMT+7)"]) == "06/09/2019"


def test_a_stated_date_before_the_article_wins_over_the_year_option() -> None:
    data = page(
        "Khởi công đường ven biển Quảng Trị",
        "https://baomau.vn/khoi-cong-duong-ven-bien-quang-tri-123456.htm",
        f"Thời sự Thứ Năm 15/02/2024 08:30(GMT+7) {ARTICLE}",
    )
    converted = convert(data, "page.txt", year=2017, today=TODAY)
    assert converted.front.date == dt.date(2024, 2, 15) and not converted.front.date_estimated
    assert "08:30" not in converted.body


def test_explain_prints_every_unit_with_its_decision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    raw = tmp_path / "page.txt"
    raw.write_bytes(
        page("Khởi công đường ven biển", "https://baomau.vn/khoi-cong-123456.htm", f"{ARTICLE} {FOOTER}")
    )
    result = CliRunner().invoke(main, ["import", "--explain", "--dest", "articles", str(raw)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"== {raw}"
    assert any(line.startswith("+ [sentence-like") and "Ủy ban nhân dân" in line for line in lines)
    assert any(line.startswith("- [") and "Tổng biên tập" in line for line in lines)
    assert not (tmp_path / "articles").exists()


def test_raw_pages_kept_in_the_project_teach_what_a_site_repeats(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One page a day: the site's earlier pages in content/raw/ show its footer."""
    monkeypatch.chdir(tmp_path)
    slogan = "Tỉnh Mẫu luôn đồng hành cùng người dân trên mọi nẻo đường phát triển của quê hương."
    other = (
        "Chiều 20/2, đoàn công tác của Bộ Y tế đã kiểm tra công tác phòng chống dịch bệnh tại một số bệnh "
        "viện tuyến huyện. Đoàn ghi nhận các bệnh viện đã chủ động chuẩn bị thuốc, vật tư và nhân lực."
    )
    raw = tmp_path / "content" / "raw" / "2024"
    raw.mkdir(parents=True)
    (raw / "old.txt").write_bytes(page("Kiểm tra phòng dịch", "https://tinhmau.gov.vn/kiem-tra-1234567.htm",
                                       f"{other} {slogan}", source="tinhmau.gov.vn"))  # fmt: skip
    new = tmp_path / "new.txt"
    new.write_bytes(page("Khởi công đường ven biển", "https://tinhmau.gov.vn/khoi-cong-7654321.htm",
                         f"{ARTICLE} {slogan}", source="tinhmau.gov.vn"))  # fmt: skip
    result = CliRunner().invoke(main, ["import", "--dry-run", str(new)])
    assert result.exit_code == 0, result.output
    assert "đồng tình với phương án bồi thường" in result.stdout
    assert "luôn đồng hành cùng người dân" not in result.stdout


def test_each_file_of_an_import_is_parsed_once_and_the_raw_pages_kept_are_not_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bantin.importer import convert as convert_module

    monkeypatch.chdir(tmp_path)
    kept = tmp_path / "content" / "raw" / "2024"
    kept.mkdir(parents=True)
    (kept / "old.txt").write_bytes(page("Tin cũ về đường", "https://baomau.vn/tin-cu-1234567.htm", ARTICLE))
    for n in range(2):
        (tmp_path / f"new{n}.txt").write_bytes(
            page(f"Khởi công đường ven biển số {n}", f"https://baomau.vn/khoi-cong-{n}7654321.htm", ARTICLE)
        )
    parsed: list[str] = []
    real_parse = convert_module.parse
    monkeypatch.setattr(
        convert_module, "parse", lambda data, name: parsed.append(name) or real_parse(data, name)
    )
    result = CliRunner().invoke(main, ["import", "--dry-run", "new0.txt", "new1.txt"])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("đồng tình với phương án bồi thường") == 2
    assert sorted(Path(name).name for name in parsed) == ["new0.txt", "new1.txt", "old.txt"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Khởi công đường ven biển - Thời sự - Báo Mẫu", "Khởi công đường ven biển"),
        ("Khởi công đường ven biển | Chính trị | baomau.vn", "Khởi công đường ven biển"),
        ("Cao tốc Cam Lộ - La Sơn thông xe - VnExpress", "Cao tốc Cam Lộ - La Sơn thông xe"),
        ("Cao tốc Cam Lộ - La Sơn thông xe", "Cao tốc Cam Lộ - La Sơn thông xe"),
    ],
)
def test_site_and_section_suffixes_leave_the_headline(raw: str, expected: str) -> None:
    data = page(raw, "https://baomau.vn/bai-viet-1234567.htm", ARTICLE)
    assert convert(data, "page.txt", today=TODAY).front.title == expected


def test_a_menu_and_the_headline_glued_to_the_lead_go() -> None:
    data = page(
        "Khởi công đường ven biển Quảng Trị",
        "https://baomau.vn/khoi-cong-duong-ven-bien-quang-tri-123456.htm",
        f"Trang chủ Thời sự Thế giới Kinh tế Đăng nhập Khởi công đường ven biển Quảng Trị {ARTICLE}",
        summary="Sáng 14/2, Ủy ban nhân dân tỉnh Quảng Trị tổ chức lễ khởi công tuyến đường ven biển dài 55 km ...",
    )
    body = body_of(data)
    assert body.startswith("Sáng 14/2, Ủy ban nhân dân tỉnh Quảng Trị"), body[:120]
    assert "Trang chủ" not in body and "Đăng nhập" not in body


@pytest.mark.parametrize("host", ["baonghean.vn", "m.baonghean.vn", "www.baonghean.com.vn"])
def test_a_site_is_called_by_its_own_label_whatever_its_sub_domain(host: str) -> None:
    assert chrome.Site(host).called("Báo Nghệ An") and not chrome.Site(host).called("Báo Hà Tĩnh")


@pytest.mark.parametrize(
    ("raw", "link", "expected"),
    [
        (  # the slug spells an abbreviation of the title's words
            "Hội Liên hiệp Phụ nữ hai nước ký...",
            "https://baomau.vn/hoi-lhpn-hai-nuoc-ky-ket-thoa-thuan-hop-tac-20240815.htm",
            "Hội Liên hiệp Phụ nữ hai nước ký kết thỏa thuận hợp tác",
        ),
        (  # a prefix the slug leaves out
            "Tin Mẫu: Thành phố thí điểm xe buýt điện...",
            "https://baomau.vn/thanh-pho-thi-diem-xe-buyt-dien-tuyen-so-9-post756789.html",
            "Tin Mẫu: Thành phố thí điểm xe buýt điện tuyến số 9",
        ),
    ],
)
def test_a_cut_title_goes_on_after_its_last_words_where_the_slug_spells_it_otherwise(
    raw: str, link: str, expected: str
) -> None:
    text = "Hai bên ký kết thỏa thuận hợp tác về tuyến xe buýt điện số 9."
    assert titles.complete(raw, link, [text])[0] == expected
    assert titles.complete(raw.removesuffix("..."), link, [text])[0] == raw.removesuffix(
        "..."
    )  # a whole title


@pytest.mark.parametrize(
    ("raw", "link", "expected"),
    [
        (  # a figure the slug writes as digits alone
            "Xuất khẩu sang Lào tăng 1,5 lần, đạt...",
            "https://baomau.vn/xuat-khau-sang-lao-tang-15-lan-dat-12-ty-usd-298765.html",
            "Xuất khẩu sang Lào tăng 1,5 lần, đạt 1,2 tỷ USD",
        ),
        (  # no mark is guessed: a question's headline may print none (`… như thế nào`)
            "Vì sao giá vàng liên tục lập đỉnh mới trong...",
            "https://baomau.vn/vi-sao-gia-vang-lien-tuc-lap-dinh-moi-trong-thang-10-post1687654.html",
            "Vì sao giá vàng liên tục lập đỉnh mới trong tháng 10",
        ),
        (
            "Giá vàng liên tục lập đỉnh mới trong...",
            "https://baomau.vn/gia-vang-lien-tuc-lap-dinh-moi-trong-thang-10-post1687654.html",
            "Giá vàng liên tục lập đỉnh mới trong tháng 10",
        ),
    ],
)
def test_a_cut_title_gets_its_figures_back_and_no_mark_guessed(raw: str, link: str, expected: str) -> None:
    text = "Xuất khẩu đạt 1,2 tỷ USD, tăng 1,5 lần. Giá vàng lập đỉnh trong tháng 10 do căng thẳng."
    assert titles.complete(raw, link, [text])[0] == expected
