"""Six misses known before the fifth blind round, each in two pages (fixtures/glued_ends.yml): a list of
most-read stories glued to its rank numbers (`Đọc nhiều1Hải Phòng …2Mở rộng …`), `In bài viết` after a
labelled byline, a caption glued to its photo's credit and then the byline, an audio player's label
opening the title (`Nghe bài: …`), a lunar date before the solar one glued to the lead, and a table of
prices glued to the byline and then other stories' headlines."""

from __future__ import annotations

import pytest

from .blind import check_body, check_metadata, figures, load, params

PAGES = load("glued_ends.yml")


@pytest.mark.parametrize("page", params(PAGES, "known_gap"))
def test_the_story_stays_and_the_glued_chrome_goes(page: dict) -> None:
    check_body(page)


@pytest.mark.parametrize("page", params(PAGES, "metadata_gap"))
def test_title_date_source_and_author_are_the_pages(page: dict) -> None:
    check_metadata(page)


if __name__ == "__main__":
    figures(PAGES)


def test_a_ranked_list_glued_to_its_numbers_is_cut_into_its_items_and_a_figure_glued_once_is_not() -> None:
    from bantin.importer.teasers import glued_ranks

    text = "Thanh Hà Đọc nhiều1Hải Phòng khởi công cầu2Mở rộng Quốc lộ 53Giá vải thiều sớm"
    assert [text[i : i + 2] for i in glued_ranks(text)] == ["1H", "2M", "3G"]
    assert glued_ranks("Tin nóng1Hà Nội mưa lớn, đường ngập sâu") == []  # one rank alone is no list
    assert glued_ranks("Năm 2021Doanh thu đạt 5 tỷ đồng, năm 2022Doanh thu đạt 7 tỷ đồng.") == []


def test_a_table_introduced_by_a_colon_ends_at_its_last_figure_before_a_capitalised_word() -> None:
    from bantin.importer.tables import introduces_table, table_ends

    text = "Giá lúa như sau: Lúa IR 50404 7.200 đồng/kg Lúa OM 18 7.800 đồng/kg Nếp 8.500 đồng/kg Mỹ Thanh"
    assert [text[i:] for i in table_ends(text)] == [" Mỹ Thanh"]
    assert introduces_table("Kết quả vòng 20: Nam Định 4-1 Bình Dương Hà Nội 2-2 Thanh Hóa 1-0 Hải Phòng")
    # a sentence with a colon and figures, a comma between them: no table
    assert not introduces_table(
        "Ông nói: năm 2023 tỉnh thu 5.000 tỷ, năm 2024 thu 6.000 tỷ, năm nay 7.000 tỷ"
    )


def test_a_numbered_ranking_introduced_by_a_colon_ends_at_its_last_rows_figure() -> None:
    from bantin.importer.tables import table_ends

    text = "Xếp hạng sau lượt 7: 1. Sao Mai 6-1; 2. Cánh Diều 5-2; 3. Hải Âu 12 điểm; 4. Đồi Thông 3-4 Minh Trí Tin mới"
    assert [text[i:] for i in table_ends(text)] == [" Minh Trí Tin mới"]
    two = "Xếp hạng: 1. Sao Mai 6-1; 2. Cánh Diều 5-2 Minh Trí"  # two rows: no ranking to end
    assert table_ends(two) == []


def test_links_to_services_and_page_numbers_are_chrome_and_a_headings_verb_is_not() -> None:
    from bantin.importer.boilerplate import is_chrome

    for line in ("Tra cứu thẻ đoàn viên", "Xem dự báo 10 ngày", "Tải file PDF", "Trang 2/3", "- 2 -"):
        assert is_chrome(line), line
    assert is_chrome("Xem toàn văn báo cáo")
    for line in (
        "Xem xét kỷ luật cán bộ vi phạm",
        "Xem dự báo thời tiết trên ứng dụng của trung tâm.",
        "Xem lại quy hoạch vùng ven sông",  # a heading of the story's
        "Xem Chủ tịch nước phát biểu",
    ):
        assert not is_chrome(line), line


def test_buttons_after_a_labelled_credit_are_apart_from_it() -> None:
    from bantin.importer.units import split_units

    assert split_units("Cam có mã số vùng trồng. Tin, ảnh: Minh Khánh In bài viết") == [
        "Cam có mã số vùng trồng.",
        "Tin, ảnh: Minh Khánh",
        "In bài viết",
    ]


@pytest.mark.parametrize(
    ("title", "caption"),
    [
        ("Hà Nam khánh thành", "Cầu Đọ Xá sau khi hoàn thành. *Ảnh: Anh Tuấn*{: .credit}\n{: .caption }"),
        (
            "Quảng Trị thu hoạch",
            "Nông dân xã Cam Thành thu hoạch hồ tiêu. *Ảnh: Đ.T*{: .credit}\n{: .caption }",
        ),
    ],
)
def test_a_caption_glued_to_its_credit_and_the_byline_stays_a_caption_with_its_own_credit(
    title: str, caption: str
) -> None:
    from .blind import _convert

    page = next(p for p in PAGES if p["title"].startswith(title))
    body = _convert(page).body
    assert caption in body
    assert body.count("{: .caption }") == 1
