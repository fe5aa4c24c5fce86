"""Social cards on a real site: one PNG per article and language beside its page, named in the
page's head, drawn again only when what it shows changes, the same bytes build after build."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import SITE_URL, Project
from tests.site.html import page

ONE = "2022/03/hop-tac-viet-lao/"
TWO = "2022/03/tin-chua-dich/"


def _site(project: Project) -> None:
    project.article("2022-03-04-mot", title="Hợp tác Việt – Lào", date="2022-03-04", source="Nhân Dân",
                    title_en="Vietnam–Laos cooperation", summary_en="Cooperation.", people=["tran-cam-tu"])  # fmt: skip
    project.article("2022-03-05-hai", title="Tin chưa dịch", date="2022-03-05", source="TTXVN")


def _cards(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*.png"))}


def test_each_article_has_a_card_in_each_language_named_in_its_head(project: Project) -> None:
    _site(project)
    result = project.build("--strict")
    assert result.exit_code == 0, result.output
    cards = _cards(project.site)
    assert sorted(cards) == [f"{p}{u}card.png" for p in ("", "en/") for u in (ONE, TWO)]
    for data in cards.values():
        image = Image.open(io.BytesIO(data))
        assert image.format == "PNG" and image.size == (1200, 630)
    for url in (ONE, "en/" + ONE, TWO, "en/" + TWO):
        head = page(project.site, url).tree
        assert head.xpath("//meta[@property='og:image']/@content") == [f"{SITE_URL}{url}card.png"]
        assert head.xpath("//meta[@property='og:image:width']/@content") == ["1200"]
        assert head.xpath("//meta[@property='og:image:height']/@content") == ["630"]
        assert head.xpath("//meta[@name='twitter:card']/@content") == ["summary_large_image"]
    home = page(project.site, "").tree  # pages other than articles have no card
    assert home.xpath("//meta[@property='og:image']") == []
    assert home.xpath("//meta[@name='twitter:card']/@content") == ["summary"]
    article = project.site / ONE / "index.html"
    assert article.stat().st_size < 50_000


def test_cards_are_reused_until_what_they_show_changes(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1646913600")
    _site(project)
    assert project.build().exit_code == 0
    first = _cards(project.site)
    inodes = {p: (project.site / p).stat().st_ino for p in first}
    project.article("2022-03-05-hai", title="Tin chưa dịch, đã sửa", date="2022-03-05", source="TTXVN",
                    slug="tin-chua-dich")  # fmt: skip
    assert project.build().exit_code == 0
    second = _cards(project.site)
    assert second.keys() == first.keys()
    changed = sorted(p for p in first if first[p] != second[p])
    assert changed == [f"{TWO}card.png", f"en/{TWO}card.png"]  # the English card shows the Vietnamese title
    assert (project.site / ONE / "card.png").stat().st_ino == inodes[f"{ONE}card.png"]  # not drawn again
    # a cold build of the same content (no cache) draws the same bytes
    shutil.rmtree(project.root / ".cache")
    cold = project.root / "cold"
    assert project.build("-d", str(cold)).exit_code == 0
    assert _cards(cold) == second


@pytest.mark.parametrize("setting", ["social_cards: false", ""])
def test_social_cards_false_or_unset_makes_none(project: Project, setting: str) -> None:
    """Cards are asked for (our site's mkdocs.yml does), as Material's social plugin is."""
    config = project.config.read_text(encoding="utf-8")
    assert "      social_cards: true" in config
    project.config.write_text(config.replace("social_cards: true", setting), "utf-8")
    _site(project)
    assert project.build("--strict").exit_code == 0
    assert _cards(project.site) == {}
    head = page(project.site, ONE).tree
    assert head.xpath("//meta[@property='og:image']") == []
    assert head.xpath("//meta[@name='twitter:card']/@content") == ["summary"]
