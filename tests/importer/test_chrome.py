"""The chrome detector, publishers and stated dates (cut titles: test_titles.py), on pages written for
these tests in the shape of search-engine scrapes (`Title:`/`Source:`/`Link:`/`Content:`, the whole
body on one line with the site's menus, teasers and footer run in)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from bantin.cli import main
from bantin.importer import chrome, publishers
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
