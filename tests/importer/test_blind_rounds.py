"""The blind rounds: pages written after sites no earlier round wrote, one fixture a round, each
saying in its first lines what it is about (provincial and sector sites, chrome inside the story,
the page's frame, publishers writing about Laos, government portals, kinds of page such as live
blogs and bulletins, small and commercial sites, sports, business, health, world and entertainment
pages, property and planning news, the news-please layout, baomoi's raw and flat layouts). Every
page's story stays and its chrome goes, and its title, date, source and author are the page's; a
page's `known_gap` or `metadata_gap` is a strict xfail saying why.

`python -m tests.importer.test_blind_rounds [ROUND …]` (`blind_shops` …; all by default) prints,
page by page, the chrome lines that leak and the story's lines that are lost, and the totals."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from .blind import check_body, check_metadata, figures, load, params

ROUNDS = (
    "blind_sites", "blind_inline", "blind_frames", "blind_borders", "blind_ends", "blind_shops",
    "blind_newsplease", "blind_newsplease2", "blind_newsplease3", "blind_baomoi", "blind_baomoi2",
    "blind_teasers", "blind_heads", "blind_vnsum", "blind_newsplease4", "blind_heads2", "blind_heads3",
    "blind_menus", "blind_vnsum_story", "blind_baomoi3", "blind_dates", "blind_photos", "blind_series",
    "blind_readers", "blind_glued", "blind_longform", "blind_names", "blind_figures", "blind_sample", "blind_html",
    "blind_baomoi4", "blind_vfnd5", "blind_artefacts", "blind_clusters", "blind_verse", "blind_markets",
    "blind_laos", "blind_sports", "blind_world", "blind_portals", "blind_social", "blind_health",
    "blind_law", "blind_edu", "blind_travel", "blind_tech", "blind_party", "blind_opinion", "blind_live",
    "blind_agri", "blind_scripts", "blind_html2", "blind_notices", "blind_realestate", "blind_religion",
    "blind_mobile", "blind_overseas", "blind_religion2", "blind_overseas2", "blind_realestate2",
    "blind_security", "blind_disaster", "blind_teasers2", "blind_showbiz", "blind_stations", "blind_stations2",
    "blind_enterprise", "blind_provincial", "blind_nationals", "blind_heads4", "blind_dates2", "blind_ethnic",
    "blind_html3", "blind_interviews", "blind_diplomacy", "blind_family", "blind_culture", "blind_sponsored",
    "blind_transport", "blind_military", "blind_finance", "blind_legacy", "blind_science", "blind_labour",
    "blind_funerals", "blind_auto", "blind_aggregators", "blind_youth", "blind_amp", "blind_blogs",
    "blind_food", "blind_assembly", "blind_energy", "blind_media", "blind_lifestyle", "blind_weather",
    "blind_games", "blind_books", "blind_schools", "blind_charity", "blind_sample2", "blind_corporate",
    "blind_communes", "blind_markdown", "blind_hospitals", "blind_journals", "blind_markdown2",
    "blind_crypto", "blind_ngos", "blind_laos2", "blind_football", "blind_magazines", "blind_sample3",
    "blind_html4", "blind_laos3", "blind_environment", "blind_paginated", "blind_pressreleases",
    "blind_sample4", "blind_baomoi5", "blind_vnsum2", "blind_menus2", "blind_vnsum3", "blind_glued2",
    "blind_laos4", "blind_digital", "blind_sample5", "blind_tails", "blind_vnsum4", "blind_keep",
    "blind_sample6", "blind_baomoi6", "blind_laos5", "blind_newsplease5", "blind_keep2", "blind_sample7",
    "blind_vnsum5", "blind_sample8", "blind_glued3", "blind_laos6", "blind_tails2", "blind_vnsum6",
    "blind_heads5", "blind_sample9", "blind_laos7", "blind_html5", "blind_newsplease6", "blind_vnsum7",
    "blind_keep3", "blind_baomoi7", "blind_sample10", "blind_laos8", "blind_sample11", "blind_vnsum8",
    "blind_laos9", "blind_keep4", "blind_sample12", "blind_sample13", "blind_laos10", "blind_sample15",
    "blind_keep5", "blind_sample14", "blind_sample17", "blind_laos11", "blind_sample16", "blind_sample19",
    "blind_sample18", "blind_laos12", "blind_sample20", "blind_sample21", "blind_sample22",
    "blind_sample23", "blind_sample24", "blind_sample25",
)  # fmt: skip


def pages_of(rounds: tuple[str, ...] = ROUNDS) -> list[dict]:
    """The pages of `rounds`, each knowing its round (for its test id)."""
    return [{**page, "round": name} for name in rounds for page in load(f"{name}.yml")]


PAGES = pages_of()


def test_every_round_is_named_once_and_has_its_fixture() -> None:
    assert len(set(ROUNDS)) == len(ROUNDS)  # a merge that doubles a name runs its pages twice
    fixtures = {path.stem for path in (Path(__file__).parent / "fixtures").glob("blind_*.yml")}
    assert fixtures == set(ROUNDS)


@pytest.mark.parametrize("page", params(PAGES, "known_gap"))
def test_the_story_stays_and_the_frame_of_the_page_goes(page: dict) -> None:
    check_body(page)


@pytest.mark.parametrize("page", params(PAGES, "metadata_gap"))
def test_title_date_source_and_author_are_the_pages(page: dict) -> None:
    check_metadata(page)


if __name__ == "__main__":
    for name in sys.argv[1:] or ROUNDS:
        print(f"== {name}")
        figures(pages_of((name,)))
