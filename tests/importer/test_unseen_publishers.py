"""Headers and closing lines of kinds of publisher the other tests hold few of: provincial party
papers, ministries' and provinces' portals, police and army papers, trade magazines, universities'
news, television and radio stations, Vietnamese sites with English names, aggregators. Each page,
written for these tests, comes in one of the text layouts (the one-line `Content:` scrape, the
baomoi dump with the lead again at its end, the three-line dump, news-please's title and
description, plain paragraphs) with what its header and its last lines say, and must read the
real headline, the stated date (over `--year`), the short name readers use and the author."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from bantin.importer.bylines import Byline, parse_byline
from bantin.importer.convert import convert
from bantin.importer.suffixes import source_of_title

# The editors' table as a project might hold it; the other sites are in none.
TABLE = {"qdnd.vn": "Quân đội nhân dân", "cand.com.vn": "Công an nhân dân", "vtv.vn": "VTV", "vov.vn": "VOV"}

LEAD = "Hơn 200 người đã tham gia buổi diễn tập phòng chống lụt bão tại xã ven sông."
STORY = [
    "Sáng 14/3, Ban Chỉ huy quân sự huyện đã tổ chức diễn tập phòng chống lụt bão tại xã ven sông với sự "
    "tham gia của hơn 200 người.",
    "Các lực lượng đã phối hợp sơ tán người dân, di chuyển tài sản đến nơi an toàn trong thời gian ngắn nhất.",
    "Qua buổi diễn tập, chính quyền địa phương rút ra nhiều kinh nghiệm cho mùa mưa bão sắp tới.",
]
HEADLINE = "Diễn tập phòng chống lụt bão ở xã ven sông"
SLUG = "dien-tap-phong-chong-lut-bao-o-xa-ven-song"


@dataclass(frozen=True)
class Page:
    """A page: its layout, what the scraper's header says, the lines around the story, and what the
    importer must read (`title`, `date`, `source`, `author`; None: no author)."""

    layout: str
    title: str
    expect: tuple[str, str, str | None, str | None]
    head: list[str] = field(default_factory=list)
    tail: list[str] = field(default_factory=list)
    source: str = ""
    link: str = ""
    published: str = "N/A"
    author: str = ""
    site: str = ""  # what a news-please description ends with


def render(page: Page) -> str:
    body = [*page.head, *STORY, *page.tail]
    if page.layout == "vims":
        return (
            f"Title: {page.title}\nSource: {page.source}\nLink: {page.link}\nPublished Date: {page.published}\n"
            f"Author: {page.author}\nTags: \nSummary: {LEAD}\nContent: {' '.join(body)}\n"
        )
    if page.layout == "flat":
        return "\n".join([page.title, LEAD, " ".join(body)])
    if page.layout == "vfnd":
        return "\n".join([page.title, "", f"{LEAD} - {page.site}" if page.site else LEAD, "", *body])
    if page.layout == "plain":
        return "\n\n".join([page.title, *body]) + "\n"
    return "\n".join([page.title, "", *body, "", "", "", LEAD])  # raw: the lead again at the end


def _link(host: str, path: str = f"/{SLUG}-a123456.html") -> str:
    return f"https://{host}{path}"


T = HEADLINE
PAGES = [
    # provincial party papers
    Page("vims", f"{T} - Báo Bình Phước", (T, "2024-03-14", "Báo Bình Phước", "Minh Anh"),
         head=["Cập nhật: 14/03/2024 09:15"], tail=["Minh Anh"], source="baobinhphuoc.com.vn",
         link=_link("baobinhphuoc.com.vn")),
    Page("vims", f"{T} - Báo Lào Cai điện tử", (T, "2024-03-14", "Báo Lào Cai", "Thu Hà"),
         tail=["Thu Hà (14/03/2024)"], source="Báo Lào Cai điện tử", link=_link("baolaocai.vn")),
    Page("raw", T, (T, "2024-03-14", None, "Quang Minh"), head=["Quang Minh - 14/03/2024 08:30"]),
    Page("plain", T, (T, "2024-03-14", None, "Hồng Nhung"), head=["Bởi Hồng Nhung", "Thứ Năm, 14/03/2024"]),
    Page("vims", T, (T, "2024-03-14", "Báo Mẫu", "Hải Yến"), head=["Hải Yến - 14/03/2024"], source="Báo Mẫu"),
    Page("vims", T, (T, "2024-03-14", "Báo Mẫu", None), head=["Hà Tĩnh - 14/03/2024"], source="Báo Mẫu"),
    Page("flat", T, (T, "2024-03-14", None, "Đức Anh"), tail=["Đức Anh Cập nhật lúc 10:05 ngày 14/03/2024"]),
    # ministries' and provinces' portals
    Page("vims", f"{T} - Cổng thông tin điện tử tỉnh Lâm Đồng", (T, "2024-03-14", "Cổng thông tin điện tử tỉnh "
         "Lâm Đồng", None), source="Cổng thông tin điện tử tỉnh Lâm Đồng", published="14/03/2024 10:20",
         link=_link("lamdong.gov.vn", f"/sites/tin-tuc/{SLUG}.aspx")),
    Page("vims", f"{T} - Cổng thông tin điện tử Bộ Nông nghiệp và Môi trường", (T, "2024-03-14", "Cổng thông "
         "tin điện tử Bộ Nông nghiệp và Môi trường", None), source="mae.gov.vn", head=["Ngày đăng: 14/03/2024"],
         link=_link("mae.gov.vn", f"/tin-tuc/{SLUG}.htm")),
    Page("raw", T, (T, "2024-03-14", None, "Ngọc Ánh"), head=["Ngày xuất bản: 14/03/2024 - 07:45"],
         tail=["Ngọc Ánh"]),
    # police and army papers
    Page("vims", f"{T} - Báo Quân đội nhân dân", (T, "2024-03-14", "Quân đội nhân dân", "Văn Chiến"),
         tail=["Bộ đội giúp dân sơ tán. Ảnh: QĐND VĂN CHIẾN"], source="qdnd.vn", link=_link("qdnd.vn"),
         published="14/03/2024"),
    Page("vims", T, (T, "2024-03-14", "Công an nhân dân", "Trần Hải"), tail=["TRẦN HẢI"],
         source="cand.com.vn", link=_link("cand.com.vn"), published="Thứ Năm, 14/03/2024 | 08:30"),
    Page("vims", f"{T} - Báo Biên phòng", (T, "2024-03-14", "Báo Biên phòng", "Nguyễn Thành"),
         tail=["NGUYỄN THÀNH"], source="bienphong.com.vn", link=_link("bienphong.com.vn"),
         published="14/03/2024 07:00"),
    Page("vfnd", T, (T, "2024-03-14", "Báo Công an Nhân dân", "Minh Tuấn"), site="Báo Công an Nhân dân",
         head=["Thứ Năm, 14/03/2024 15:30"], tail=["Minh Tuấn"]),
    # trade magazines
    Page("vims", f"{T} - Tạp chí Tài chính", (T, "2024-03-14", "Tạp chí Tài chính", "Lan Hương"),
         source="tapchitaichinh.vn", link=_link("tapchitaichinh.vn"), tail=["Lan Hương | 14/03/2024 08:00"]),
    Page("vims", T, (T, "2024-03-14", "Tạp chí Tài Chính", None), source="tapchitaichinh.vn",
         link=_link("tapchitaichinh.vn"), head=["TẠP CHÍ TÀI CHÍNH", "14/03/2024 08:00"]),
    Page("vims", f"{T} - Tạp chí Xây dựng", (T, "2024-03-14", "Tạp chí Xây dựng", "Phạm Long"),
         source="Tạp chí Xây dựng", link=_link("tapchixaydung.vn"), author="Phạm Long", published="2024-03-14"),
    Page("vfnd", T, (T, "2024-03-14", "Tạp chí Nông nghiệp", None), site="Tạp chí Nông nghiệp",
         head=["Thứ Năm, 14/03/2024"]),
    # universities' news
    Page("plain", T, (T, "2024-03-14", None, "Phòng Công tác sinh viên"),
         head=["Đăng bởi: Phòng Công tác sinh viên | 14/03/2024"]),
    Page("vims", f"{T} - Trường Đại học Cần Thơ", (T, "2024-03-14", "Trường Đại học Cần Thơ", "Thanh Bình"),
         source="Trường Đại học Cần Thơ", link=_link("ctu.edu.vn", f"/tin-tuc/{SLUG}.html"),
         head=["Thanh Bình - 14/03/2024"]),
    Page("raw", T, (T, "2024-03-14", None, "Ngọc Mai"), head=["Posted by Ngọc Mai - 14/03/2024"]),
    # television and radio stations
    Page("vims", f"{T} - Đài Phát thanh và Truyền hình Bình Dương", (T, "2024-03-14",
         "Đài Phát thanh và Truyền hình Bình Dương", "Thanh Tâm"), source="btv.org.vn",
         link=_link("btv.org.vn"), tail=["Thanh Tâm"], published="14/03/2024"),
    Page("vims", T, (T, "2024-03-14", "VTV", "Hoàng Long"), head=["Hoàng Long | 14/03/2024 06:45"],
         source="vtv.vn", link=_link("vtv.vn")),
    Page("vims", T, (T, "2024-03-14", "VOV", None), head=["VOV.VN - "], source="VOV", link=_link("vov.vn"),
         published="14/03/2024"),
    Page("flat", T, (T, "2024-03-14", None, "Minh Khôi"), head=["Minh Khôi (14/03/2024)"]),
    # Vietnamese sites with English names
    Page("vims", f"{T} - VietnamFinance", (T, "2024-03-14", "VietnamFinance", None),
         source="vietnamfinance.vn", link=_link("vietnamfinance.vn"), published="14/03/2024 10:00"),
    Page("vims", f"{T} | The Leader", (T, "2024-03-14", "The Leader", "Bảo Anh"), source="theleader.vn",
         link=_link("theleader.vn"), tail=["Bảo Anh"], published="14/03/2024"),
    Page("vims", T, (T, "2024-03-14", "Vietnambiz.vn", "Hà My"), source="vietnambiz.vn",
         link=_link("vietnambiz.vn"), head=["By Hà My", "14/03/2024 08:00"]),
    # aggregators: the `Source:` line names the page's publisher, the re-post's credit stays a credit
    Page("vims", f"{T} - Báo Thái Nguyên", (T, "2024-03-14", "Báo Mới", "Hồng Anh"),
         source="Báo Mới", link=_link("baomoi.com", f"/{SLUG}-c48348465.epi"),
         tail=["Hồng Anh", "Nguồn: Báo Thái Nguyên 14/03/2024 08:12"]),
    Page("vims", T, (T, "2024-03-14", "Vietnam.vn", None), source="Vietnam.vn",
         link=_link("vietnam.vn"), tail=["Nguồn: Báo Hà Giang"], published="14/03/2024"),
    Page("vims", T, (T, "2017-03-14", None, None), head=["TN - "]),
    Page("raw", T, (T, "2024-03-14", None, "Kim Oanh"), tail=["KIM OANH", "Cập nhật: 14/03/2024"]),
]  # fmt: skip


@pytest.mark.parametrize("page", PAGES, ids=[f"{i}-{p.layout}" for i, p in enumerate(PAGES)])
def test_the_header_and_closing_lines_of_a_new_kind_of_publisher(page: Page) -> None:
    article = convert(render(page).encode(), "trang.txt", year=2017, sources=TABLE)
    front = article.front
    title, date, source, author = page.expect
    assert (front.title, str(front.date), front.source, front.author) == (title, date, source, author)
    assert author is None or author not in article.body  # the byline went to the front-matter
    body = " ".join(article.body.split())
    assert [sentence for sentence in STORY if sentence not in body] == []


STAMPS = [
    "14/3/2024 | 08:30", "08:30 AM 14/03/2024", "14-03-2024 08:30", "Thứ năm ngày 14/03/2024", "14.03.2024",
    "Ngày 14 tháng 3 năm 2024 | 08:30", "Cập nhật 08:30, 14/03/2024", "Thứ 5, 14/3/2024 - 08:30",
    "14/03/2024 - 8:30 AM", "2024-03-14", "T5, 14/03/2024", "Thứ Năm, 14/3/2024 08:30 (GMT+7)",
    "Thứ năm, 14/03/2024, 08:30 GMT+7", "14 Tháng Ba, 2024", "Cập nhật lúc: 08:30 - 14/03/2024",
    "Đăng lúc 08:30 14/03/2024", "Thời gian đăng: 14/03/2024", "14/03/2024 08:30:15", "08h30 ngày 14/03/2024",
    "Thứ Năm, 14 Tháng Ba 2024", "Mar 14, 2024", "14 thg 3, 2024", "Ngày 14/03/2024 lúc 08:30",
]  # fmt: skip


@pytest.mark.parametrize("where", ["head", "menu", "tail"])
@pytest.mark.parametrize("layout", ["vims", "raw", "flat", "vfnd", "plain"])
@pytest.mark.parametrize("stamp", STAMPS)
def test_every_stated_shape_of_the_pages_stamp_wins_over_the_year(
    stamp: str, layout: str, where: str
) -> None:
    lines = {"head": [stamp], "menu": ["Trang chủ Thời sự Xã hội Kinh tế", stamp], "tail": [stamp]}[where]
    page = Page(layout, T, (T, "", "", None), **{"tail" if where == "tail" else "head": lines})
    article = convert(render(page).encode(), "trang.txt", year=2017)
    assert str(article.front.date) == "2024-03-14" and not article.front.date_estimated
    body = " ".join(article.body.split())
    assert [sentence for sentence in STORY if sentence not in body] == []
    assert where == "menu" or stamp not in body  # a stamp apart from a menu goes (the menu's, the detector's)


def test_a_list_of_stamps_or_a_dateline_opening_the_lead_is_no_page_stamp() -> None:
    listed = " ".join(
        f"Cập nhật: {h}:00 | {d}/03/2024" for h, d in (("17", "18"), ("14", "16"), ("09", "15"))
    )
    page = Page("vims", T, (T, "", "", None), head=[listed, "Thứ Năm, 14/03/2024"])
    assert str(convert(render(page).encode(), "trang.txt", year=2017).front.date) == "2024-03-14"
    opening = "Ngày 14/3/2024, UBND tỉnh đã họp bàn kế hoạch phòng chống lụt bão cho các xã ven sông."
    article = convert(f"{T}\n\n{opening}\n{STORY[1]}\n".encode(), "trang.txt", year=2017)
    assert opening in article.body and str(article.front.date) == "2024-03-14"


@pytest.mark.parametrize(
    "suffix, host, source",
    [
        ("Báo Công an Nhân dân điện tử", "cand.com.vn", "Công an nhân dân"),
        ("Cổng thông tin điện tử Bộ Tài chính", "mof.gov.vn", "Cổng thông tin điện tử Bộ Tài chính"),
        ("VTV24", "vtv.vn", "VTV"),  # the site's name with a channel's number
        ("Trường Đại học Bách khoa Hà Nội", "hust.edu.vn", "Trường Đại học Bách khoa Hà Nội"),
        ("Tạp chí Cộng sản", "tapchicongsan.org.vn", "Tạp chí Cộng sản"),
        ("Báo Thanh Hóa điện tử", "baothanhhoa.vn", "Báo Thanh Hóa"),
        ("Báo Biên phòng", "bienphong.com.vn", "Báo Biên phòng"),
        ("Đài Tiếng nói Việt Nam", "vov.vn", "VOV"),
        ("Báo Giáo dục và Thời đại Online", "giaoducthoidai.vn", "Báo Giáo dục và Thời đại"),
        ("Trang tin điện tử Đảng bộ tỉnh Bắc Ninh", "bacninh.org.vn", "Đảng bộ tỉnh Bắc Ninh"),
        ("Báo Hải quân Việt Nam", "baohaiquanvietnam.vn", "Báo Hải quân Việt Nam"),
        ("Truyền hình Nhân Dân", "truyenhinhnhandan.vn", "Truyền hình Nhân Dân"),
        ("CafeF", "cafef.vn", "CafeF"),
        ("Báo điện tử Đảng Cộng sản Việt Nam", "dangcongsan.vn", "Báo Đảng Cộng sản Việt Nam"),
    ],
)
@pytest.mark.parametrize("separator", ["-", "|"])
def test_a_new_kind_of_sites_suffix_goes_and_names_it(
    suffix: str, host: str, source: str, separator: str
) -> None:
    page = Page("vims", f"{T} {separator} {suffix}", (T, "", "", None), source=host, link=_link(host))
    front = convert(render(page).encode(), "trang.txt", year=2017, sources=TABLE).front
    assert (front.title, front.source) == (T, source)


@pytest.mark.parametrize(
    "line, author, when",
    [
        ("Minh Anh - 16/02/2024", "Minh Anh", "16/02/2024"),
        ("Minh Anh (16/02/2024)", "Minh Anh", "16/02/2024"),
        ("NGUYỄN HIỀN - 16/02/2024 08:30", "Nguyễn Hiền", "16/02/2024 08:30"),
        ("Minh Anh Ngày đăng: 16/02/2024", "Minh Anh", "16/02/2024"),
        ("Bởi Minh Anh", "Minh Anh", None),
        ("By Minh Anh", "Minh Anh", None),
        ("Đăng bởi: Lan Hương", "Lan Hương", None),
        ("Posted by Ngọc Mai - 14/03/2024", "Ngọc Mai", "14/03/2024"),
        # a place beside a stamp is a dateline; `Bởi` is also `because`; a time is no one's name
        ("Hà Nội - 16/2/2024", None, None),
        ("TP.HCM - 16/02/2024", None, None),
        ("Bởi vì trời mưa", None, None),
        ("Bởi Hà Nội", None, None),
        ("09:20 | 22/08/2023", None, "22/08/2023"),
    ],
)
def test_a_byline_beside_a_stamp_without_a_label(line: str, author: str | None, when: str | None) -> None:
    byline = parse_byline(line)
    assert (byline.author if byline else None, byline.when if byline else None) == (author, when)


def test_a_masthead_in_capitals_is_a_source_not_an_author() -> None:
    assert parse_byline("TẠP CHÍ TÀI CHÍNH") == Byline(source="TẠP CHÍ TÀI CHÍNH")
    page = Page("vims", T, (T, "", "", None), tail=["TẠP CHÍ TÀI CHÍNH"], source="tapchitaichinh.vn",
                link=_link("tapchitaichinh.vn"))  # fmt: skip
    front = convert(render(page).encode(), "trang.txt", year=2017).front
    assert (front.source, front.author) == ("Tạp chí Tài Chính", None)


def test_initials_no_one_knows_opening_the_lead_name_no_source() -> None:
    front = convert(
        render(Page("vims", T, (T, "", "", None), head=["TN - "])).encode(), "t.txt", year=2017
    ).front
    assert front.source is None
    linked = Page("vims", T, (T, "", "", None), head=["TN - "], link=_link("baotayninh.vn"))
    assert convert(render(linked).encode(), "t.txt", year=2017).front.source == "Báo Tây Ninh"  # the link's


@pytest.mark.parametrize(
    "line, author",
    [
        ("PV Minh Anh", "Minh Anh"),
        ("CTV Minh Anh", "Minh Anh"),
        ("Thực hiện: Minh Anh", "Minh Anh"),
        ("Nhóm thực hiện: Minh Anh - Hồng Nhung", "Minh Anh - Hồng Nhung"),
        ("Phóng viên: Minh Anh", "Minh Anh"),
        ("BTV: Minh Anh", "Minh Anh"),
        ("Minh Anh (ghi)", "Minh Anh"),
        ("Lê Minh (thực hiện)", "Lê Minh"),
        ("Minh Anh (Quân khu 7)", "Minh Anh"),  # the writer's unit or school: not the publisher
        ("Nhật Minh (Trường Đại học Cần Thơ)", "Nhật Minh"),
        ("MINH ANH - HỒNG NHUNG", "Minh Anh - Hồng Nhung"),
        ("Nhóm PV", "Nhóm PV"),
    ],
)
@pytest.mark.parametrize("layout", ["vims", "raw", "plain"])
def test_a_closing_byline_of_a_new_kind(line: str, author: str, layout: str) -> None:
    page = Page(layout, T, (T, "", "", None), tail=[line])
    article = convert(render(page).encode(), "trang.txt", year=2017)
    assert article.front.author == author and line not in article.body


def test_a_sentence_broken_before_its_last_name_keeps_it() -> None:
    text = f"{T}\n\n{STORY[0]}\n{STORY[1]}\nĐoàn công tác kết thúc chuyến thăm tại đền Hùng -\nNghĩa Lĩnh.\n"
    article = convert(text.encode(), "trang.txt", year=2017)
    assert "Nghĩa Lĩnh" in article.body and article.front.author is None


@pytest.mark.parametrize(
    "tail, author",
    [
        (["MINH ANH Bình luận (0) Gửi bình luận"], "Minh Anh"),  # run into the comment box
        (["Bộ đội giúp dân sơ tán. Ảnh: QĐND VĂN CHIẾN"], "Văn Chiến"),  # run into the caption's credit
        (["TIN KHÁC Bình luận (0)"], None),  # a header of other stories is no one
        (["THỜI SỰ Bình luận (0)"], None),  # nor a section's name
    ],
)
def test_a_writer_in_capitals_run_into_what_follows_the_article(tail: list[str], author: str | None) -> None:
    article = convert(render(Page("vims", T, (T, "", "", None), tail=tail)).encode(), "trang.txt", year=2017)
    assert article.front.author == author
    assert "QĐND" not in article.body or "*Ảnh: QĐND*" in article.body


@pytest.mark.parametrize("kind", ["eMagazine", "Emagazine", "Longform", "Infographic", "Podcast"])
def test_a_kind_of_page_after_the_title_goes(kind: str) -> None:
    title, _ = source_of_title(f"Hành trình đưa nước sạch về bản - {kind}", names=("Báo Mẫu",))
    assert title == "Hành trình đưa nước sạch về bản"


@pytest.mark.parametrize(
    ("scraped", "link", "source"),
    [
        ("baoninhbinh.org.vn", "https://baoninhbinh.org.vn/cau-moi-123.htm", "Báo Ninh Bình"),
        (None, "https://m.baothuathienhue.vn/cau-moi-123.htm", "Báo Thừa Thiên Huế"),
        ("baodaknong.vn", "https://baodaknong.vn/cau-moi-123.html", "Báo Đắk Nông"),
        ("baophapluat.vn", "https://baophapluat.vn/cau-moi-123.html", "Baophapluat.vn"),  # no province
        ("laichau.gov.vn", "https://laichau.gov.vn/cau-moi-123.html", "Laichau.gov.vn"),  # a portal, no `bao`
    ],
)
def test_a_provinces_paper_known_only_by_its_address_is_named_as_readers_say_it(
    scraped: str | None, link: str, source: str
) -> None:
    header = f"Source: {scraped}\n" if scraped else ""
    text = (f"Title: {HEADLINE}\n{header}Link: {link}\nPublished Date: 14/03/2024\nSummary: {LEAD}\n"
            f"Content: {' '.join(STORY)}\n")  # fmt: skip
    assert convert(text.encode(), "page.txt").front.source == source
