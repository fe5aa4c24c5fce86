"""Pages of Vietnamese news sites the development set does not hold, written for these tests in the
shape of a search-engine scrape (the whole body on one line, paragraphs joined by a space or glued,
captions run in, the site's chrome left in): a party daily, a police paper, a youth paper, city
papers, a news agency, entertainment portals, provincial papers, a magazine, a blog; in round seven
a ministry portal, a trade magazine, price boxes, a car site, a legal site's lower-case menu, a
Buddhist site, English chrome, cookie and newsletter boxes, app prompts, a podcast, a clinic and a
poll; in round nine the big national papers' own layouts (a header glued to the lead: `head_glue`).
Each page's article sentences, captions and credits must stay, and nothing else may: what is
left of the body once they are taken out must be empty. The pages are in fixtures/unseen_sites.yml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from bantin.core.sentences import sentence_starts
from bantin.importer.boilerplate import is_chrome
from bantin.importer.bylines import parse_byline
from bantin.importer.convert import convert
from bantin.importer.edges import closing_byline_apart, linked_headline_apart
from bantin.importer.furniture import Unit, opens_list
from bantin.importer.menus import peel_menu
from bantin.importer.units import split_units


@dataclass(frozen=True)
class Page:
    source: str
    link: str
    title: str
    head: tuple[str, ...]  # the site's chrome before the article
    article: tuple[str, ...]  # every sentence, caption and credit of the story: all must stay
    tail: tuple[str, ...]  # the site's chrome after the article
    byline: str = ""  # goes to the metadata, or stays
    glue: str = " "  # between the article's paragraphs
    head_glue: str = " "  # between the chrome before the article and its lead

    def raw(self) -> bytes:
        content = " ".join(part for part in (self.glue.join(self.article), self.byline, *self.tail) if part)
        content = self.head_glue.join((" ".join(self.head), content)) if self.head else content
        return (
            f"Title: {self.title}\nSource: {self.source}\nLink: {self.link}\nPublished Date: N/A\n"
            f"Author: \nTags: None\nSummary: \nContent: {content}\n"
        ).encode()


PAGES = [
    Page(**{key: tuple(value) if isinstance(value, list) else value for key, value in page.items()})
    for page in yaml.safe_load((Path(__file__).parent / "fixtures" / "unseen_sites.yml").read_text("utf-8"))
]


_PREFIX = re.compile(r"^(?:[A-ZĐ][\w&]*(?:\.(?:vn|VN)| Online)?\s*[-.]|\([\w.]+(?: [\w.]+)?\)\s*[-.]?)\s*")


def words(text: str) -> str:
    """`text` as its words: the caption's Markdown (`*Ảnh: X*{: .credit}`) and punctuation left out, an
    underscore the body escapes (`pg\\_dump`, a forum's `user\\_name`) one of a word's letters again."""
    text = re.sub(r"\{:[^}]*\}", " ", text.replace("\\_", "_"))
    return " " + " ".join(re.sub(r"[^\w]+", " ", text).split()) + " "


def leftover(page: Page, body: str, credits: tuple[str, ...] = ()) -> tuple[list[str], str]:
    """The article's texts lost from `body`, and what of `body` is left once they and `credits` are
    taken out."""
    flat = words(body)
    lost = [text for text in page.article if words(_PREFIX.sub("", text)) not in flat]
    for text in sorted((*page.article, page.byline, *credits), key=len, reverse=True):
        if text:
            flat = flat.replace(words(text), " ", 1).replace(words(_PREFIX.sub("", text)), " ", 1)
    return lost, flat.strip()


@pytest.mark.parametrize("page", PAGES, ids=[p.source for p in PAGES])
def test_the_story_stays_and_the_sites_chrome_goes(page: Page) -> None:
    body = convert(page.raw(), "page.txt", year=2024).body
    lost, left = leftover(page, body)
    assert not lost, lost
    assert not left, left


@pytest.mark.parametrize("page", PAGES, ids=[p.source for p in PAGES])
def test_the_same_pages_copied_a_paragraph_a_line_lose_their_chrome_too(page: Page) -> None:
    lines = [page.title, "", *page.head, *page.article, *([page.byline] if page.byline else []), *page.tail]
    body = convert("\n".join(lines).encode(), "page.txt", year=2024).body
    credits = tuple(line for line in page.head if parse_byline(line))  # a byline above the story may stay
    lost, left = leftover(page, body, credits)
    assert not lost, lost
    assert not left, left


def test_the_papers_own_name_in_the_storys_last_sentence_stays() -> None:
    last = "Báo Nghệ An là cơ quan của Đảng bộ tỉnh, đã đồng hành cùng chương trình suốt 10 năm qua."
    content = " ".join([*STAY_PAGE.article, last, *STAY_PAGE.tail])
    page = Page(STAY_PAGE.source, STAY_PAGE.link, STAY_PAGE.title, (), (content,), ())
    assert last in " ".join(convert(page.raw(), "page.txt", year=2024).body.split())


def test_a_labelled_header_byline_gives_the_author() -> None:
    page = next(p for p in PAGES if p.source == "Báo Hànộimới")
    assert convert(page.raw(), "page.txt", year=2024).front.author == "Thu Trang"


STAY_PAGE = next(p for p in PAGES if p.source == "Báo Nghệ An")  # its own name in a sentence stays


@pytest.mark.parametrize(
    "sentences",
    [
        ["Vui mừng trước kết quả, bà con đã tổ chức lễ mừng lúa mới ngay tại đầu làng."],
        ["Thượng tọa Thích Minh Hải cho biết chùa sẽ tổ chức lễ cầu an cho người đi biển."],
        ["Buồn vì mất mùa, nhiều hộ đã bỏ ruộng đi làm thuê ở các khu công nghiệp."],
        ["Lưu Bình Nhưỡng, đại biểu Quốc hội, cho biết ông sẽ tiếp tục theo dõi vụ việc này."],
        ["Gửi Thủ tướng, bà con nông dân kiến nghị tháo gỡ khó khăn cho việc xuất khẩu gạo năm nay."],
        ["Thích Minh Tuệ, một nhà sư tu khổ hạnh, đã đi bộ qua nhiều tỉnh thành trong nhiều tháng."],
        ["Báo Nghệ An là cơ quan của Đảng bộ tỉnh, năm nay tròn 65 năm ra số đầu tiên.", "Dự án được khen."],
        ["Từ khóa của năm là chuyển đổi số.", "Mời bạn đọc cùng tham gia góp ý cho dự thảo đến hết tháng 6."],
        [
            "Đoàn gồm ông Nguyễn Văn An, Trần Văn Bình, Lê Thị Cúc, Phạm Văn Dũng và Hoàng Văn Em",
            "Họ đến sớm.",
        ],
        # the words of round six's signals (boxes, buttons, labels, attachments)
        ["Hà Nội FC thắng trên sân Hàng Đẫy, còn Lịch thi đấu vòng tới được giữ nguyên như dự kiến."],
        ["Lịch thi đấu vòng 11 được ban tổ chức công bố hôm qua.", "Các đội đều đồng ý."],
        ["Nhiều người đổ xô mua ngay khi giá giảm.", "Cửa hàng hết hàng."],
        ["Trực tiếp chỉ đạo tại hiện trường, ông An yêu cầu sơ tán dân.", "Mưa vẫn lớn."],
        ["Về tác giả của bức tranh, các nhà nghiên cứu vẫn còn tranh cãi.", "Bảo tàng giữ nguyên chú thích."],
        [
            "Tài liệu được đăng trên cổng thông tin dưới dạng tệp PDF để người dân tải về.",
            "Hạn góp ý là 30/6.",
        ],
        # round seven's (hotlines, price boxes, widgets, headers, counters, menus run into the lead)
        ["Người dân có thể gọi tổng đài 1900 9095 để được hướng dẫn thủ tục miễn phí."],
        ["Đọc nhiều sách giúp trẻ phát triển vốn từ và khả năng diễn đạt.", "Thư viện mở cả cuối tuần."],
        ["Thông báo của Sở Y tế nêu rõ các biện pháp phòng dịch trong mùa mưa.", "Các trường đã làm."],
        ["Xem lại toàn bộ trận đấu, huấn luyện viên chỉ ra nhiều lỗi của hàng thủ.", "Cả đội tập thêm."],
        ["Giá vàng hôm nay tăng mạnh, SJC mua vào 82,5 triệu và bán ra 84,7 triệu đồng mỗi lượng."],
        ["Ảnh 2/9 năm 1945 tại Quảng trường Ba Đình được trưng bày lần đầu.", "Khách tham quan rất đông."],
        ["Tôi đồng ý với phương án này vì nó bảo đảm quyền lợi của người dân, ông An nói."],
        [
            "Sản lượng qua các năm: 2021: 950 tấn; 2022: 1.100 tấn; 2023: 1.200 tấn; 2024: 1.350 tấn",
            "Giá bán cũng tăng đều.",
        ],
    ],
)
def test_sentences_with_the_words_of_the_new_signals_stay(sentences: list[str]) -> None:
    content = " ".join([STAY_PAGE.article[0], *sentences, *STAY_PAGE.article[1:], *STAY_PAGE.tail])
    page = Page(STAY_PAGE.source, STAY_PAGE.link, STAY_PAGE.title, (), (content,), ())
    body = " ".join(convert(page.raw(), "page.txt", year=2024).body.split())
    for sentence in sentences:
        assert sentence in body, sentence


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Đây là đợt lớn nhất của ngành GD&ĐT. Tình trạng thiếu giáo viên kéo dài.", ["Tình"]),
        ("Ông sống ở TP. Hồ Chí Minh. Tại TX. Sơn Tây, TS. Lê nói.", ["Tại"]),
        ("Theo GS.TSKH. Nguyễn Văn An và BS. CKI. Lê Văn Bình, bệnh nhân đã ổn định.", []),
    ],
)
def test_an_acronym_ends_a_sentence_an_abbreviation_does_not(text: str, starts: list[str]) -> None:
    assert [text[i:].split()[0] for i in sentence_starts(text)] == starts


def test_a_related_link_under_its_label_inside_the_story_does_not_end_it() -> None:
    page = next(p for p in PAGES if p.source == "Báo Hà Giang")
    article = [
        *page.article[:2],
        "Bài liên quan: Hà Giang nâng cao tỷ lệ biết chữ vùng cao",
        *page.article[2:],
    ]
    lines = [page.title, "", *article, page.byline, *page.tail]
    body = words(convert("\n".join(lines).encode(), "page.txt", year=2024).body)
    assert all(words(text) in body for text in page.article[2:])
    assert words("Bài liên quan") not in body


@pytest.mark.parametrize(
    "sentence",
    [  # a title, a name or an organisation before a word in capitals: no menu to peel off
        "Thủ tướng Phạm Minh Chính hoan nghênh việc KOTRA sẽ phối hợp tổ chức diễn đàn đầu tư vào tháng tới.",
        "Nhận lời mời của Tổng Bí thư Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, đoàn đại biểu cấp "
        "cao đã lên đường sang thăm hữu nghị chính thức.",
        "Trên cương vị Cố vấn Ban Chấp hành Trung ương Đảng, ông đã có nhiều đóng góp cho công cuộc đổi mới.",
        "Đồng chí Lê Duẩn tiếp đoàn Đại biểu Quốc hội Ba Lan sang thăm chính thức Việt Nam vào mùa xuân năm 1978.",
        "Bộ trưởng Y tế Thái Lan hồi đầu tuần thông báo cựu thủ tướng Somchai đã được chuyển sang bệnh viện "
        "để theo dõi sức khỏe.",
        "Hai nhà lãnh đạo hoan nghênh việc mở văn phòng đại diện Tổ chức xúc tiến thương mại Nhật Bản tại Đà "
        "Nẵng trong năm nay.",
        "Phó Chủ tịch Thường trực UBND tỉnh Quảng Ninh Cao Tường Huy cho biết tỉnh sẽ hoàn thành dự án trong "
        "năm nay.",
    ],
)
def test_a_sentence_is_not_taken_for_a_menu_run_into_it(sentence: str) -> None:
    assert peel_menu(sentence) is None


def test_a_menu_run_into_the_lead_is_peeled_off_it() -> None:
    lead = "Mẫu sedan cỡ nhỏ này tiếp tục dẫn đầu doanh số phân khúc trong tháng 8 với hơn 1.500 xe bán ra."
    assert peel_menu("Tin xe Đánh giá Giá xe So sánh Tìm kiếm " + lead) == (
        "Tin xe Đánh giá Giá xe So sánh Tìm kiếm",
        lead,
    )


@pytest.mark.parametrize(
    "header",
    [
        "Các tin, bài đã đưa",
        "CÁC TIN, BÀI ĐÃ ĐƯA",
        "Bài viết cùng tác giả",
        "Tin tức cùng sự kiện",
        "Các video khác",
    ],
)
def test_a_list_header_as_sites_vary_it_opens_a_list(header: str) -> None:
    assert opens_list(f"{header} Hội nghị sơ kết sáu tháng đầu năm (02/08/2024)")
    assert split_units(f"Lê Minh {header} Hội nghị sơ kết (02/08/2024)")[-1].startswith(header)


def test_a_source_credit_run_into_the_buttons_is_cut_from_them() -> None:
    units = [
        Unit(0, "Hai bên đã ký biên bản hợp tác giai đoạn mới."),
        Unit(0, "Nguồn: Báo Mẫu In bài viết Gửi email"),
    ]
    assert [u.text for u in closing_byline_apart(units)][1:] == ["Nguồn: Báo Mẫu", "In bài viết Gửi email"]


def test_a_masthead_in_capitals_is_not_cut_inside_as_a_byline() -> None:
    units = [
        Unit(0, "Hai bên đã ký biên bản hợp tác giai đoạn mới."),
        Unit(0, "BÁO MẪU ĐIỆN TỬ Giấy phép số 1/GP"),
    ]
    assert "BÁO MẪU" not in [u.text for u in closing_byline_apart(units)]


@pytest.mark.parametrize("line", ["English", "Tiếng Việt", "| English"])
def test_a_link_to_the_site_in_another_language_is_chrome(line: str) -> None:
    assert is_chrome(line)
    assert not is_chrome("Tiếng Anh là môn thi bắt buộc.")


def test_an_ad_slot_marked_inside_the_story_goes_and_the_sentences_around_it_stay() -> None:
    first = "Những ngày này, ruộng bậc thang ở Mù Cang Chải vào mùa lúa chín, thu hút đông đảo du khách."
    second = "Huyện tổ chức nhiều hoạt động văn hóa, thể thao phục vụ khách trong tuần văn hóa du lịch."
    page = Page(
        "Mẫu", "https://mau.example.vn/a-1.html", "Mùa lúa chín", (), (first, "ADVERTISEMENT", second), ()
    )
    body = convert(page.raw(), "page.txt", year=2024).body
    assert first in body and second in body
    assert "ADVERTISEMENT" not in body


@pytest.mark.parametrize(
    ("headline", "sentence"),
    [
        (
            "Đà Nẵng ra quân dọn vệ sinh sau bão",
            "Dự báo trong 24 giờ tới, thành phố tiếp tục có mưa to, người dân cần theo dõi thông tin.",
        ),
        (
            "Giá heo hơi hôm nay 4/12: đồng loạt đi ngang",  # a headline's colon is no clause
            "Tuy vậy, người chăn nuôi được khuyến cáo không tái đàn ồ ạt trong những tháng cuối năm.",
        ),
        (
            "Thanh Hằng đọ dáng cùng siêu mẫu quốc tế ở Milan",  # a name ends it, a clause opens the sentence
            "Sau show diễn, nữ ca sĩ dự tiệc tối cùng giám đốc sáng tạo của thương hiệu thời trang.",
        ),
        (
            "Bộ Y tế siết quảng cáo thực phẩm chức năng từ tháng 3",  # a figure before the sentence
            "Người dân nên mua thuốc ở nhà thuốc có giấy phép và giữ lại hóa đơn.",
        ),
        (
            "Bộ Giáo dục siết dạy thêm, học thêm từ tháng 2",  # a comma between the headline's items
            "Nhà trường nên giảm bài tập về nhà, tăng hoạt động trải nghiệm cho học sinh.",
        ),
        (
            "Công ty báo lãi quý III gấp 4 lần cùng kỳ",  # the sentence opens with a person's honorific
            "Ông Hoàng Nam, Tổng giám đốc Sông Lam, cho biết công ty sẽ mở thêm hai nhà máy.",
        ),
        (
            "Hà Nội mở thêm tuyến buýt điện ra sân bay",
            "Hành khách có thể trả tiền vé bằng thẻ ngân hàng hoặc ứng dụng trên điện thoại.",
        ),
    ],
)
def test_a_related_links_headline_is_cut_from_the_sentence_it_ran_into(headline: str, sentence: str) -> None:
    units = [Unit(0, "Xem thêm:"), Unit(0, f"{headline} {sentence}")]
    assert [u.text for u in linked_headline_apart(units)] == ["Xem thêm:", headline, sentence]


@pytest.mark.parametrize(
    "text",
    [
        # a capital inside a name
        "Những điểm săn mây đẹp nhất miền Bắc Chính quyền huyện Bắc Yên đã bố trí lực lượng phân luồng giao thông.",
        "Du khách đổ về phố cổ Hội An Quảng Nam dịp cuối tuần để ngắm đèn lồng và thả hoa đăng trên sông.",
        # a name after a grammar word runs on in the headline: no place reads as the sentence's start
        "Dự án đường sắt tốc độ cao được trình lên Quốc hội vào tháng 11 năm nay.",
        # a comma before a word in capitals: a clause of the story's sentence, no headline's
        "Theo kế hoạch của thành phố, Sở Xây dựng sẽ trình phương án vào tháng 2 Năm nay việc này.",
    ],
)
def test_no_headline_is_cut_where_no_sentence_starts(text: str) -> None:
    units = [Unit(0, "Đọc thêm:"), Unit(0, text)]
    assert [u.text for u in linked_headline_apart(units)] == ["Đọc thêm:", text]


def test_a_name_the_story_prints_elsewhere_cuts_no_headline_there() -> None:
    lead = "Không dùng bàn xoay, người Chăm ở Bàu Trúc vẫn nặn gốm bằng tay."
    sentence = "Gốm được nung bằng rơm và củi trong khoảng 6 tiếng, nên mỗi sản phẩm mang vệt màu riêng."
    headline = "Nghệ thuật làm gốm của người Chăm được UNESCO ghi danh"
    units = [Unit(0, lead), Unit(0, "Xem thêm:"), Unit(0, f"{headline} {sentence}")]
    assert [u.text for u in linked_headline_apart(units)] == [lead, "Xem thêm:", headline, sentence]
    # a menu's words in title case (`Thời sự Kinh tế`) are no story's names
    menu = [Unit(0, "Thời sự Người Chăm"), Unit(0, "Xem thêm:"), Unit(0, f"{headline} {sentence}")]
    assert [u.text for u in linked_headline_apart(menu)][2] == "Nghệ thuật làm gốm của người"


def test_a_sentence_naming_an_editor_in_chief_is_not_cut_as_a_footers_field() -> None:
    lead = "Nhà báo Trần Văn Mẫu, nguyên Tổng biên tập Báo Mẫu, vừa được trao giải đặc biệt năm nay."
    assert split_units(lead) == [lead]
    assert split_units("Bản quyền thuộc Báo Mẫu. Tổng biên tập: Lê Văn A")[-1] == "Tổng biên tập: Lê Văn A"


@pytest.mark.parametrize(
    "sentence",
    [
        "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Mẫu cho biết dự thảo đã được hoàn thiện.",
        "Đoàn công tác của Văn phòng Quốc hội đã làm việc với tỉnh về Chính sách phát triển nông thôn.",
        "Công ty đã được cấp Giấy phép xây dựng nhà máy tại khu công nghiệp Yên Phong.",
        "Ông Nguyễn Văn Mẫu, Tổng Giám đốc Tập đoàn Mẫu, cho biết doanh thu năm nay tăng mạnh.",
        "Người dân có thể gọi Đường dây nóng của Bộ Y tế để được tư vấn miễn phí.",
    ],
)
def test_a_sentence_naming_what_a_footers_field_names_is_not_cut(sentence: str) -> None:
    assert split_units(sentence) == [sentence]
    footer = "Tòa soạn: 71 Hàng Trống, Hà Nội Điện thoại: (024) 38254231 Giấy phép số 231/GP-BTTTT"
    assert split_units(footer) == [
        "Tòa soạn: 71 Hàng Trống, Hà Nội",
        "Điện thoại: (024) 38254231",
        "Giấy phép số 231/GP-BTTTT",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Mẫu, lái xe tải chở hàng tuyến TP HCM – Khánh Hòa, cho hay việc thiếu trạm dừng rất bất tiện.",
        "Khi đến gần nút giao cao tốc TP Hồ Chí Minh (HCM) - Long Thành, xe khách va chạm với 3 ôtô phía trước.",
        "Xe đầu kéo thuộc Công ty TNHH TM DV Mẫu có địa chỉ tại Mỹ Tho, Tiền Giang.",
        "Chủ tịch UBND TP HCM Phan Văn Mẫu nói tại cuộc họp của Tổ chuyên gia ngày 16/2.",
    ],
)
def test_acronyms_and_a_citys_initials_inside_a_sentence_cut_nothing(sentence: str) -> None:
    assert split_units(sentence) == [sentence]


def test_two_writers_run_into_a_players_button_are_the_closing_byline() -> None:
    units = [
        Unit(0, "Người dân cần theo dõi thông tin để chủ động ứng phó với mưa lũ."),
        Unit(0, "Hồng Vân - Quốc Khánh Phát lại"),
    ]
    assert [u.text for u in closing_byline_apart(units)][1:] == ["Hồng Vân - Quốc Khánh", "Phát lại"]


def test_a_closing_byline_run_into_the_tags_under_a_label_with_no_colon_is_cut_from_them() -> None:
    story = Unit(0, "Ngoài vương miện, cô nhận học bổng 100 triệu đồng và một năm làm đại sứ cho dự án.")
    tags = "Thẻ hoa khôi, Người Đẹp Việt Nam, áo dài Bình luận"
    assert [u.text for u in closing_byline_apart([story, Unit(0, f"Minh Nhật {tags}")])][1:] == [
        "Minh Nhật",
        tags,
    ]
    said = Unit(0, "Minh Nhật Thẻ sinh viên của em đã hết hạn, em phải làm lại")  # no list of tags after it
    assert [u.text for u in closing_byline_apart([story, said])][1:] == [said.text]
