"""`python build.py check`: every problem a strict build would stop on, one line each."""

from __future__ import annotations

from tests.conftest import Project


def _problem_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(("WARNING", "ERROR"))]


def test_check_passes_on_our_content(seeded: Project) -> None:
    result = seeded.build("check")
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("No problems found.")
    assert not seeded.site.exists()  # nothing published


def test_check_lists_every_content_error(seeded: Project) -> None:
    seeded.article("2021-12-09-a", title="A", people=["khong-co"], date="2021-12-09")
    seeded.article("2021-12-10-b", title="B", date="2021-12-10", draft="có")
    result = seeded.build("check")
    assert result.exit_code == 1
    lines = _problem_lines(result.output)
    assert any("2021-12-09-a.md:4: people: unknown entity 'khong-co'" in line for line in lines)
    assert any("2021-12-10-b.md:4: draft: Input should be a valid boolean" in line for line in lines)
    assert result.output.splitlines()[-1] == "2 problem(s) found"


def test_check_finds_broken_links_and_missing_english(project: Project) -> None:
    config = project.config.read_text(encoding="utf-8").replace(
        "per_page: 20", "per_page: 20\n      require_english: true"
    )
    project.config.write_text(config, encoding="utf-8")
    project.article("2022-03-04-a", title="Bài A", title_en="Story A", summary_en="Summary.",
                    body="Đoạn một.\n\nXem [bài B](../../../2022/03/bai-b/) và [bài không có](../khong-co/).\n\n"
                         "Hoặc [theo tệp](2022-03-05-b.md).\n")  # fmt: skip
    project.article("2022-03-05-b", title="Bài B", date="2022-03-05", title_en="Story B")
    result = project.build("check")
    assert result.exit_code == 1
    lines = _problem_lines(result.output)
    assert any(
        line.endswith("2022-03-04-a.md:10: link '../khong-co/' leads to no page of the site")
        for line in lines
    ), lines
    assert any(
        line.endswith("2022-03-05-b.md: summary_en is empty (require_english is on)") for line in lines
    ), lines
    assert not [line for line in lines if "bai-b/'" in line]  # the good link is fine
    assert len(lines) == 2
    assert project.build().exit_code == 0  # without --strict the site is built, links as written
    html = (project.site / "2022" / "03" / "bai-a" / "index.html").read_text(encoding="utf-8")
    assert 'href="../bai-b/"' in html  # the link to the Markdown file became the page's URL
