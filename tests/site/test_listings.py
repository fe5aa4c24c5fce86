"""Listings beyond the seeds: pagination, drafts, an editor's home intro and plain pages."""

from __future__ import annotations

import datetime as dt

from tests.conftest import Project
from tests.site.html import file_for, page
from tests.site.test_links import broken_links


def test_home_is_paginated_newest_first(project: Project) -> None:
    config = project.config.read_text(encoding="utf-8").replace("per_page: 20", "per_page: 4")
    project.config.write_text(config, encoding="utf-8")
    start = dt.date(2023, 1, 1)
    for n in range(10):
        day = start + dt.timedelta(days=n)
        project.article(f"{day}-bai-{n}", title=f"Bài số {n}", date=day.isoformat(), title_en=f"Story {n}")
    assert project.build("--strict").exit_code == 0
    first, second, third = (page(project.site, u) for u in ("", "page/2/", "page/3/"))
    titles = [a.text_content() for a in first.tree.xpath("//li[@class='card']//h2/a")]
    assert titles == ["Bài số 9", "Bài số 8", "Bài số 7", "Bài số 6"]
    assert [a.text_content() for a in third.tree.xpath("//li[@class='card']//h2/a")] == [
        "Bài số 1",
        "Bài số 0",
    ]
    assert second.resolve(second.one("//a[@rel='next']").get("href")) == "page/3/"
    assert second.resolve(second.one("//a[@rel='prev']").get("href")) == ""
    assert not first.tree.xpath("//a[@rel='prev']") and not third.tree.xpath("//a[@rel='next']")
    assert "Trang 2/3" in second.text()
    english = page(project.site, "en/page/2/")
    assert english.tree.xpath("//li[@class='card']//h2/a")[0].text_content() == "Story 5"
    assert english.resolve(english.one("//a[@class='lang-switch']").get("href")) == "page/2/"
    assert file_for(project.site, "page/4/") is None
    assert broken_links(project.site) == []  # cards made once, linked from every depth


def test_drafts_are_not_published(project: Project) -> None:
    project.article("2022-03-04-cong-khai", title="Bài công khai")
    project.article(
        "2022-03-05-nhap", title="Bài nháp", date="2022-03-05", draft=True, people=["tran-cam-tu"]
    )
    assert project.build().exit_code == 0
    assert file_for(project.site, "2022/03/bai-nhap/") is None
    assert file_for(project.site, "en/2022/03/bai-nhap/") is None
    assert "Bài nháp" not in (project.site / "index.html").read_text(encoding="utf-8")
    assert file_for(project.site, "nhan-vat/tran-cam-tu/") is None  # named only by a draft: no page


def test_article_without_english_still_has_its_digest_page(project: Project) -> None:
    project.article("2022-03-04-chua-dich", title="Bài chưa dịch", source="TTXVN")
    assert project.build().exit_code == 0
    digest = page(project.site, "en/2022/03/bai-chua-dich/")
    assert digest.one("//h1").get("lang") == "vi"
    assert "No English summary yet." in digest.text()
    card = page(project.site, "en/").one("//li[@class='card']//h2/a")
    assert card.get("lang") == "vi" and card.text_content() == "Bài chưa dịch"
    article = page(project.site, "2022/03/bai-chua-dich/")
    assert "No English summary yet." in article.text("//aside")


def test_machine_translation_is_labelled_and_editor_text_is_not(project: Project) -> None:
    project.article("2022-03-04-may", title="Bài dịch máy", title_en="Machine title", summary_en="Editor summary.",
                    title_en_by="machine:google", summary_en_by="editor")  # fmt: skip
    project.article("2022-03-05-ca-hai", title="Cả hai", date="2022-03-05", title_en="T", summary_en="S.",
                    title_en_by="machine:libre", summary_en_by="machine:libre")  # fmt: skip
    project.article("2022-03-06-bien-tap", title="Biên tập", date="2022-03-06", title_en="T", summary_en="S.",
                    title_en_by="editor", summary_en_by="editor")  # fmt: skip
    assert project.build().exit_code == 0
    provenance = page(project.site, "en/2022/03/bai-dich-may/").text("//p[@class='provenance']")
    assert provenance == "Title: machine translation (Google Translate)"
    both = page(project.site, "2022/03/ca-hai/").text("//aside//p[@class='provenance']")
    assert both == "Machine translation (LibreTranslate)"
    assert not page(project.site, "en/2022/03/bien-tap/").tree.xpath("//p[@class='provenance']")


def test_editor_intro_and_plain_pages(project: Project) -> None:
    project.article("2022-03-04-a", title="Bài A")
    project.write("content/index.md", "Bản tin **hằng tuần** về quan hệ Việt Nam – Lào.\n")
    project.write("content/gioi-thieu.md", "# Giới thiệu\n\nChúng tôi là một nhóm biên tập nhỏ.\n")
    assert project.build("--strict").exit_code == 0
    home = page(project.site, "")
    assert home.one("//div[contains(@class,'intro')]//strong").text_content() == "hằng tuần"
    assert home.one("//li[@class='card']//h2/a").text_content() == "Bài A"
    about = page(project.site, "gioi-thieu/")
    assert about.lang == "vi" and about.one("//h1").text_content() == "Giới thiệu"
    assert about.resolve(about.one("//a[@class='lang-switch']").get("href")) == "en/"


def test_date_estimated_and_author_are_shown(project: Project) -> None:
    project.article("2022-03-04-uoc", title="Ngày ước tính", date_estimated=True, author="Thanh Tâm",
                    source_url="https://vnexpress.net/bai-viet-123.html", source="VnExpress")  # fmt: skip
    assert project.build().exit_code == 0
    article = page(project.site, "2022/03/ngay-uoc-tinh/")
    meta = article.text("//p[@class='meta']")
    assert "Thứ Sáu, 04/03/2022 (ngày ước tính)" in meta and "Tác giả: Thanh Tâm" in meta
    assert article.one("//p[@class='source-link']/a").get("href") == "https://vnexpress.net/bai-viet-123.html"
