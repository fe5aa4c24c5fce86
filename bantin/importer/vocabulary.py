"""The vocabulary of site furniture, for the whole importer: the headers a page prints over a list of
other stories (`Tin liên quan`, `Các tin khác`, every noun paired with every tie: `Bài viết cùng
chuyên mục`), over its boxes (`Bảng xếp hạng`, `Về tác giả`), a copyright notice's and a login
wall's words, and the helpers that make regular expressions of them. `furniture` reads units with
it, `boilerplate` whole lines."""

from __future__ import annotations

import re

from .mobile_prompts import NEXT_STORY

#: Headers of a list of other stories: the first of them also lead a related link run into the text.
RELATED_HEADERS = (
    "xem thêm", "đọc thêm", "tin liên quan", "bài liên quan", "có thể bạn quan tâm", "tin cùng chuyên mục",
    "tin bài liên quan", "bài viết liên quan", "các tin khác", "tin khác", "cùng chuyên mục",
    "xem nhiều nhất", "đọc nhiều nhất", "tin đọc nhiều", "tin xem nhiều", "tin mới nhất", "tin mới",
    "tin nổi bật", "tin nóng", "liên kết website", "bạn có thể quan tâm", "tin tức liên quan",
    "nội dung liên quan", "tin tài trợ", "bài cùng tác giả", "tin cùng tác giả", "tiêu điểm",
    "bài viết trước", "bài viết tiếp theo", "bài viết mới nhất", "related posts", "read more", "related",
    "câu hỏi thường gặp", "chủ đề liên quan", "cùng loạt bài", "văn bản mới",  # a portal's newest decisions
    "bài đọc nhiều", "tin nên đọc", "bài nên đọc", "các bài viết khác", "bài viết khác", "tin bài khác",
    "có liên quan", "đừng bỏ lỡ", "video nổi bật", "nội dung tài trợ", "tin tức khác", "mới cập nhật",
    "bài viết cùng chuyên mục", "các tin, bài khác", "các tin bài khác", "tin cùng chủ đề",
    "bài cùng chủ đề", "hỏi đáp liên quan", "văn bản liên quan", "bộ ảnh khác", "video khác",
    "đọc nhiều", "xem nhiều", "video liên quan", "các tập khác", "related articles", "related news",
    "you may also like", "more stories", "cùng chuyên đề", "video đang xem", "video đang phát", "đọc tiếp",
    "nổi bật", "đang được quan tâm", "nội dung được tài trợ", "xem thêm video", "xem video",
    *NEXT_STORY,  # a mobile page's next story, scrolled or swiped to (`Bài tiếp theo`)
    "được đọc nhiều nhất", "được xem nhiều nhất", "khám phá thêm",
    "bài viết mới", "recent posts",  # a blog's sidebar of its newest posts (WordPress's widget)
    "bài đăng mới hơn", "bài đăng cũ hơn", "lưu trữ blog",  # Blogger's pager and its archive's box
    "bạn đọc cũng mua", "khách hàng cũng mua", "thường được mua cùng",  # a bookshop's list of other books
    "lịch sự kiện", "sự kiện sắp diễn ra", "sự kiện sắp tới",  # a school's calendar of its other events
    "thí sinh cần biết", "bạn cần biết",  # an admissions or a service page's box of its guides
    "bạn đọc quan tâm",  # a paper's label over a teaser run into its story (`Bạn đọc quan tâm: …`)
)  # fmt: skip
# The same headers as sites vary them: a noun for the stories (`tin`, `bài viết`, `các tin, bài`…) and
# what ties them to the page (`khác`, `cùng tác giả`, `đã đưa`…), every pairing a header of its own.
LIST_NOUNS = (
    "tin", "bài", "tin bài", "tin, bài", "tin, bài viết", "bài viết", "tin tức", "video", "câu hỏi", "ảnh",
    "bộ ảnh", "photo", "phóng sự ảnh",
    # … and what shops, travel agents and schools list beside a page (`Tour liên quan`, `Sản phẩm khác`)
    "sản phẩm", "tour", "dự án", "khóa học", "dịch vụ", "món ăn", "công thức", "chương trình",
    # … and what the portals of offices and Party committees list (`Văn bản khác`, `Văn bản mới nhất`)
    "văn bản",
    # … and the topics an international broadcaster's page lists under its story (`Các chủ đề khác`)
    "chủ đề",
    # … and what an interview's or a Q&A's page lists under it (`Phỏng vấn khác`, `Các cuộc giao lưu khác`)
    "phỏng vấn", "bài phỏng vấn", "giao lưu", "cuộc giao lưu", "đối thoại", "hỏi đáp",
    # … and what a publisher's or a bookshop's page lists beside a book (`Sách cùng tác giả`, `Sách khác`)
    "sách", "đầu sách",
    # … and what a company's newsroom lists beside a release (`Các công bố khác`, `Thông cáo báo chí khác`)
    "công bố", "công bố thông tin", "thông cáo", "thông cáo báo chí",
    # … and what a paper's column of companies' news and a wire list beside one (`Tin doanh nghiệp khác`)
    "tin doanh nghiệp", "tin phát hành",
    # … and what an embassy's or a school's portal lists under a notice (`Các thông báo khác`)
    "thông báo",
    # … and what a newsroom lists under a long read in its format (`Emagazine khác`, `Các E-Magazine khác`)
    "emagazine", "e-magazine", "longform", "infographic", "megastory",
)  # fmt: skip
LIST_TIES = (
    "khác", "liên quan", "cùng chuyên mục", "cùng chủ đề", "cùng tác giả", "cùng sự kiện", "cùng loại",
    "đã đưa", "đã đăng", "mới nhất", "nổi bật", "đọc nhiều", "xem nhiều", "đọc nhiều nhất", "xem nhiều nhất",
    "nên đọc", "được quan tâm", "cùng danh mục", "được xem nhiều", "đang được xem nhiều", "được đọc nhiều",
    "đang được quan tâm", "mới cập nhật", "cùng chuyên đề", "tài trợ", "được tài trợ",
    "tương tự",  # a forum's or a Q&A site's (`Chủ đề tương tự`, `Câu hỏi tương tự`)
    "cùng thể loại",  # a bookshop's (`Sách cùng thể loại`)
    "khác từ nguồn này",  # a wire's, the issuer's other releases (`Thông cáo báo chí khác từ nguồn này`)
)  # fmt: skip
RELATED_HEADERS += tuple(
    dict.fromkeys(
        f"{many}{noun} {tie}"
        for many in ("", "các ")
        for noun in LIST_NOUNS
        for tie in LIST_TIES
        if f"{many}{noun} {tie}" not in RELATED_HEADERS
    )
)
# … and of a time (`Tin nổi bật trong ngày`, `Đọc nhiều 24h qua`).
RELATED_HEADERS += tuple(
    f"{header} {when}"
    for header in ("tin nổi bật", "tin mới", "tin mới nhất", "tin nóng", "tiêu điểm", "đọc nhiều",
                   "xem nhiều", "tin đọc nhiều", "tin xem nhiều", "nổi bật")
    for when in ("trong ngày", "hôm nay", "trong tuần", "tuần qua", "24h", "24h qua", "24 giờ qua")
)  # fmt: skip
#: Headers of a page's boxes that are no story's: a league table, fixtures, a spec sheet, the day's
#: prices, a programme schedule, the author's box, sponsors. Alone (or a table after them) they are chrome.
BOX_HEADERS = (
    "bảng xếp hạng", "bxh", "lịch thi đấu", "kết quả thi đấu", "lịch phát sóng", "lịch phát sóng hôm nay",
    "thông số kỹ thuật", "về tác giả", "tệp đính kèm", "file đính kèm", "tài liệu đính kèm",
    "thuộc tính văn bản", "thông tin cần biết", "tiện ích", "mục lục bài viết", "mục lục", "nội dung chính",
    "nhà tài trợ chính", "đơn vị tài trợ", "đối tác truyền thông",  # an event page's box of partners' logos
)  # fmt: skip
#: The labels of one related link run into the story (`Xem thêm: …`), a local portal's too (`Tin, bài liên
#: quan: …`, its two nouns as one list's).
LINK_LEADS = (*RELATED_HEADERS[:4], "tin bài liên quan", "tin, bài liên quan")
#: Headers that only ever head a list of other stories: a unit they open is chrome, and run into the
#: text in capitals they start a unit of their own.
RELATED_LEADS = (
    *RELATED_HEADERS[:6], "xem nhiều nhất", "đọc nhiều nhất", "tin đọc nhiều", "tin xem nhiều",
    *LINK_LEADS[4:],  # `Tin, bài liên quan`
    # `Đọc nhiều Khánh Hòa tổ chức …`: before a capital, no verb's (`Đọc nhiều sách`)
    "đọc nhiều", "xem nhiều",
)  # fmt: skip
#: The labels of a portal's boxes of its own notices and filings (`Thông báo: Lịch tiếp công dân …`,
#: `Công bố thông tin: Nghị quyết …`), which point to one item each, as a related link's label does.
PORTAL_BOXES = ("thông báo", "công bố thông tin", "văn bản mới")
#: A copyright notice: wherever it stands, the text around it is the site's.
COPYRIGHT = ("©", "copyright", "bản quyền thuộc", "toàn bộ bản quyền")
#: A login wall's words.
#: Blogger's label over a post's tags (`Nhãn: du lịch, Hà Giang`), told from a fruit's price in a market's
#: list (`Nhãn: 25.000 đồng/kg`) by the tag after it: two words at most, then a comma, no figure.
BLOG_LABEL = r"Nhãn(?=\s*:\s*[^\W\d]+(?:\s+[^\W\d]+)?,)"
LOGIN = ("đăng nhập", "đăng ký tài khoản", "quên mật khẩu", "mật khẩu")


def alternatives(phrases: tuple[str, ...]) -> str:
    """`phrases` as one regular-expression alternation."""
    return "|".join(re.escape(p) for p in phrases)


def as_headers(phrases: tuple[str, ...]) -> str:
    """`phrases` as one alternation of the headers a page prints them as, capitalised (`Tin khác`) or
    in capitals (`TIN KHÁC`), the longest first (`Tin mới cập nhật`, not `Tin mới`)."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(f"{re.escape(p[0].upper() + p[1:])}|{re.escape(p.upper())}" for p in ordered)
