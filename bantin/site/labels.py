"""Words of the interface in Vietnamese and English, and date formats via Babel."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from babel.dates import format_date as _babel_format_date

from ..entities import Kind

LANGS = ("vi", "en")


@functools.lru_cache(maxsize=65536)
def format_date(value: dt.date, pattern: str, locale: str) -> str:
    """Babel's date formatting, remembered: a listing shows the same dates on many pages."""
    return _babel_format_date(value, pattern, locale=locale)


@dataclass(frozen=True)
class Labels:
    """Interface strings for one language; templates read them as `t.<name>`."""

    lang: str
    language_name: str  # this language, in itself
    home: str
    latest: str
    source: str
    author: str
    date_estimated: str
    english_summary: str
    english_digest: str
    read_original: str
    original_at_source: str
    no_english: str
    articles: str
    no_articles: str
    also_known_as: str
    page: str
    newer: str
    older: str
    sections: str
    in_this_article: str
    skip_to_content: str
    not_found: str
    not_found_text: str
    by_editor: str
    by_machine: str
    title_by: str
    summary_by: str
    search: str
    search_label: str
    search_button: str
    no_results: str
    search_needs_js: str
    search_unavailable: str
    results_count: str
    did_you_mean: str
    archive: str
    year_title: str
    month_pattern: str
    related: str
    named_with: str
    part_of: str
    members: str
    when: str
    country: str
    feed: str
    updated: str  # before the date an article was last updated
    correction: str  # the note at the end of a corrected article: "Đính chính {date}"
    corrections: str  # the page listing every correction
    corrections_intro: str
    no_corrections: str
    moved: str  # on the page at an old address, before the link to where it is now
    digest: str  # the daily digest editions
    digest_intro: str
    edition_title: str  # one day's edition: "Bản tin ngày {date}"
    other_news: str  # a day's articles that no group takes
    next_day: str
    previous_day: str
    digest_feed: str
    article_count: str  # "{count} bài", "{count} articles"
    article_one: str  # "{count} bài", "{count} article"
    in_vietnamese: str  # an English page's label on what is shown in Vietnamese
    report_on: str  # the line standing for an untranslated headline (`gloss`)
    kinds: dict[Kind, tuple[str, str]]  # singular, plural

    def kind_singular(self, kind: Kind) -> str:
        return self.kinds[kind][0]

    def kind_plural(self, kind: Kind) -> str:
        return self.kinds[kind][1]

    def provenance(self, by: str | None) -> str:
        """Who wrote an English text, for readers: editors, or which machine."""
        if not by:
            return ""
        if by == "editor":
            return self.by_editor
        provider = by.removeprefix("machine:")
        return self.by_machine.format(provider=PROVIDERS.get(provider, provider))

    def date(self, value: dt.date) -> str:
        """Long localized date: Thứ Sáu, 15/10/2021 · Friday, 15 October 2021."""
        pattern = "EEEE, dd/MM/y" if self.lang == "vi" else "EEEE, d MMMM y"
        return format_date(value, pattern, locale=self.lang)

    def month_title(self, year: int, month: int) -> str:
        """Tháng 10/2021 · October 2021."""
        return format_date(dt.date(year, month, 1), self.month_pattern, locale=self.lang).capitalize()

    def partial_date(self, value: str) -> str:
        """A date known to the day, the month or the year: 04/10/2021, tháng 10/2021, 2021."""
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            return (
                self.short_date(dt.date(*parts))
                if self.lang == "vi"
                else format_date(dt.date(*parts), "d MMMM y", locale="en")
            )
        if len(parts) == 2:
            return self.month_title(*parts) if self.lang == "en" else self.month_title(*parts).lower()
        return str(parts[0])

    def period(self, start: str | None, end: str | None) -> str:
        """When an event took place: one date, or a range."""
        if not start:
            return ""
        if not end or end == start:
            return self.partial_date(start)
        return f"{self.partial_date(start)} – {self.partial_date(end)}"

    def count_articles(self, count: int) -> str:
        """2 bài · 1 article, 2 articles."""
        return (self.article_one if count == 1 else self.article_count).format(count=count)

    def day(self, value: dt.date) -> str:
        """A day in running text: 16/10/2021 · 16 October 2021."""
        pattern = "dd/MM/y" if self.lang == "vi" else "d MMMM y"
        return format_date(value, pattern, locale=self.lang)

    def short_date(self, value: dt.date) -> str:
        """Compact date for listings: 15/10/2021 · 15 Oct 2021."""
        pattern = "dd/MM/y" if self.lang == "vi" else "d MMM y"
        return format_date(value, pattern, locale=self.lang)


PROVIDERS = {
    "google": "Google Translate",
    "deepl": "DeepL",
    "microsoft": "Microsoft Translator",
    "mymemory": "MyMemory",
    "libre": "LibreTranslate",
    "yandex": "Yandex Translate",
}

VI = Labels(
    lang="vi",
    language_name="Tiếng Việt",
    home="Trang chủ",
    latest="Tin mới",
    source="Nguồn",
    author="Tác giả",
    date_estimated="ngày ước tính",
    english_summary="English summary",
    english_digest="Bản tóm tắt tiếng Anh",
    read_original="Bài gốc tiếng Việt",
    original_at_source="Xem bài tại nguồn",
    no_english="Chưa có bản tóm tắt tiếng Anh.",
    articles="Bài viết",
    no_articles="Chưa có bài viết nào.",
    also_known_as="Tên gọi khác",
    page="Trang {number}/{count}",
    newer="← Mới hơn",
    older="Cũ hơn →",
    sections="Chuyên mục",
    in_this_article="Trong bài này",
    skip_to_content="Đến nội dung chính",
    not_found="Không tìm thấy trang",
    not_found_text="Trang bạn tìm không tồn tại hoặc đã được chuyển đi.",
    by_editor="Biên tập viên viết",
    by_machine="Dịch máy ({provider})",
    title_by="Tiêu đề",
    summary_by="Tóm tắt",
    search="Tìm kiếm",
    search_label="Tìm trong các bài viết",
    search_button="Tìm",
    no_results="Không tìm thấy bài nào.",
    search_needs_js="Tìm kiếm cần JavaScript; bạn vẫn có thể duyệt theo chuyên mục và lưu trữ.",
    search_unavailable="Chưa có chỉ mục tìm kiếm (bản xem trước không tạo chỉ mục).",
    results_count="{count} kết quả",
    did_you_mean="Có phải bạn muốn tìm: ",
    archive="Lưu trữ",
    year_title="Năm {year}",
    month_pattern="'tháng' M/y",
    related="Bài liên quan",
    named_with="Thường được nhắc cùng",
    part_of="Trực thuộc",
    members="Các đơn vị trực thuộc",
    when="Thời gian",
    country="Quốc gia",
    feed="Nguồn tin Atom",
    updated="Cập nhật",
    correction="Đính chính {date}",
    corrections="Đính chính",
    corrections_intro="Mọi đính chính đã đăng trên trang, mới nhất trước.",
    no_corrections="Chưa có đính chính nào.",
    moved="Trang này đã chuyển tới:",
    digest="Bản tin hằng ngày",
    digest_intro="Mỗi ngày một bản tin: các bài trong ngày, xếp theo những gì được nhắc đến nhiều nhất.",
    edition_title="Bản tin ngày {date}",
    other_news="Tin khác",
    next_day="Ngày sau →",
    previous_day="← Ngày trước",
    digest_feed="Bản tin hằng ngày (Atom)",
    article_count="{count} bài",
    article_one="{count} bài",
    in_vietnamese="Bằng tiếng Việt",
    report_on="Bài về {names}",
    kinds={
        Kind.ORGANIZATION: ("Tổ chức", "Tổ chức"),
        Kind.PERSON: ("Nhân vật", "Nhân vật"),
        Kind.EVENT: ("Sự kiện", "Sự kiện"),
        Kind.PLACE: ("Địa danh", "Địa danh"),
    },
)

EN = Labels(
    lang="en",
    language_name="English",
    home="Home",
    latest="Latest news",
    source="Source",
    author="Author",
    date_estimated="date estimated",
    english_summary="English summary",
    english_digest="English digest",
    read_original="Original article in Vietnamese",
    original_at_source="Original at the source",
    no_english="No English summary yet.",
    articles="Articles",
    no_articles="No articles yet.",
    also_known_as="Also known as",
    page="Page {number} of {count}",
    newer="← Newer",
    older="Older →",
    sections="Sections",
    in_this_article="In this article",
    skip_to_content="Skip to content",
    not_found="Page not found",
    not_found_text="The page you are looking for does not exist or has moved.",
    by_editor="written by our editors",
    by_machine="machine translation ({provider})",
    title_by="Title",
    summary_by="Summary",
    search="Search",
    search_label="Search the articles",
    search_button="Search",
    no_results="No articles found.",
    search_needs_js="Search needs JavaScript; you can still browse by section and archive.",
    search_unavailable="The search index is not available (the preview does not build one).",
    results_count="{count} results",
    did_you_mean="Did you mean: ",
    archive="Archive",
    year_title="{year}",
    month_pattern="LLLL y",
    related="Related articles",
    named_with="Often named with",
    part_of="Part of",
    members="Parts",
    when="When",
    country="Country",
    feed="Atom feed",
    updated="Updated",
    correction="Correction, {date}",
    corrections="Corrections",
    corrections_intro="Every correction published on this site, newest first.",
    no_corrections="No corrections yet.",
    moved="This page has moved to:",
    digest="Daily digest",
    digest_intro="One edition a day: the day's articles, grouped by what they name most.",
    edition_title="Daily digest, {date}",
    other_news="Other news",
    next_day="Next day →",
    previous_day="← Previous day",
    digest_feed="Daily digest (Atom feed)",
    article_count="{count} articles",
    article_one="{count} article",
    in_vietnamese="In Vietnamese",
    report_on="Report on {names}",
    kinds={
        Kind.ORGANIZATION: ("Organization", "Organizations"),
        Kind.PERSON: ("Person", "People"),
        Kind.EVENT: ("Event", "Events"),
        Kind.PLACE: ("Place", "Places"),
    },
)

LABELS = {"vi": VI, "en": EN}
