"""Cut titles the summary or the lead restates in a sentence going on past the cut (`blind_heads3`,
`blind_heads4`, `blind_heads2`, `blind_vnsum8`): the headline ends where the sentence's clause does
(`restated_heads.py`); a sentence in its own words running to its stop, or restatements that disagree
at once, leave it cut."""

from __future__ import annotations

import pytest

from bantin.importer import titles
from bantin.importer.convert import convert
from bantin.importer.restated_heads import from_clauses


def _page(
    title: str, summary: str, content: str, link: str = "https://baolongan.vn/kinh-te/a123456.html"
) -> bytes:
    return (
        f"Title: {title}\nSource: Báo Long An\nLink: {link}\nPublished Date: 14/05/2024 08:00\n"
        f"Author: \nTags: None\nSummary: {summary}\nContent: {content}\n"
    ).encode()


def test_a_cut_title_ends_where_the_leads_clause_restating_it_does() -> None:
    content = (
        " Giá lúa tại các huyện vùng Đồng Tháp Mười tăng mạnh trong tuần đầu vụ hè thu, trong khi giá phân"
        " bón đi ngang. Nhiều thương lái đặt cọc từ sớm để thu mua lúa chất lượng cao. Thanh Tâm Tin liên quan"
    )
    front = convert(
        _page("Giá lúa tại các huyện vùng Đồng Tháp Mười tăng mạnh...", "", content), "p.txt"
    ).front
    assert front.title == "Giá lúa tại các huyện vùng Đồng Tháp Mười tăng mạnh trong tuần đầu vụ hè thu"


@pytest.mark.parametrize(
    ("stem", "texts", "whole"),
    [
        (  # the lead opens otherwise (`Huyện …`) and goes on after a comma
            "Cần Giuộc thu hút hơn 20 dự án",
            ["Huyện Cần Giuộc thu hút hơn 20 dự án công nghiệp mới, tăng gấp đôi năm trước."],
            "Cần Giuộc thu hút hơn 20 dự án công nghiệp mới",
        ),
        (  # a few words of its own in the middle (`một`), the headline's end in a row up to the stop
            "Phạt cơ sở xả nước thải chưa xử lý ra kênh",
            ["Thanh tra Sở vừa phạt một cơ sở xả nước thải chưa xử lý ra kênh Thủ Thừa."],
            "Phạt cơ sở xả nước thải chưa xử lý ra kênh Thủ Thừa",
        ),
        (  # cut inside a word: the sentence's whole word
            "Tân An mở thêm tuyến xe buýt nối trung tâm với bến xe khách m",
            ["Tân An mở thêm tuyến xe buýt nối trung tâm với bến xe khách mới. Tuyến dài 12 km."],
            "Tân An mở thêm tuyến xe buýt nối trung tâm với bến xe khách mới",
        ),
        (  # the summary goes on past the lead's stop: only what both say
            "Khánh thành cầu bắc qua sông",
            [
                "Khánh thành cầu bắc qua sông Vàm Cỏ Đông của tỉnh Long An.",
                "Sáng 5/5, tỉnh tổ chức lễ khánh thành cầu bắc qua sông Vàm Cỏ Đông. Cầu dài 500 m.",
            ],
            "Khánh thành cầu bắc qua sông Vàm Cỏ Đông",
        ),
        (  # a headline printed above the story runs into the lead's first word with no stop
            "Long An giải ngân vốn đầu tư công chậm, nhiều dự án trễ tiến",
            [
                "Long An giải ngân vốn đầu tư công chậm, nhiều dự án trễ tiến độ Đến cuối tháng 4, tỉnh mới"
                " giải ngân 15% kế hoạch."
            ],
            "Long An giải ngân vốn đầu tư công chậm, nhiều dự án trễ tiến độ",
        ),
    ],
)
def test_the_rest_of_a_restated_headline_is_the_clause_after_its_words(
    stem: str, texts: list[str], whole: str
) -> None:
    assert from_clauses(stem, texts) == whole


@pytest.mark.parametrize(
    ("stem", "texts"),
    [
        (  # in its own words to its stop: the sentence may say more than the headline
            "Đội tuyển Long An triệu tập 25 cầu thủ chuẩn bị cho giải hạng Nhất",
            [
                "Sáng 2/3, HLV công bố danh sách 25 cầu thủ Long An tập trung chuẩn bị cho giải hạng Nhất 2024 tại"
                " Tân An."
            ],
        ),
        (  # the clause ends where the title was cut
            "Thu ngân sách tỉnh quý I ước đạt 30% dự toán",
            ["Theo Sở Tài chính, thu ngân sách tỉnh quý I ước đạt 30% dự toán, tăng 8% so với cùng kỳ."],
        ),
        (  # two restatements that go on differently at once
            "Khánh thành cầu bắc qua sông",
            ["Khánh thành cầu bắc qua sông Vàm Cỏ Đông.", "Tỉnh khánh thành cầu bắc qua sông lớn nhất tỉnh."],
        ),
        (  # the same of another place
            "Cần Giuộc thu hút hơn 20 dự án",
            ["Huyện Đức Hòa thu hút hơn 20 dự án công nghiệp mới, tăng gấp đôi năm trước."],
        ),
        ("Giá lúa tăng", ["Giá lúa tăng mạnh, thương lái đặt cọc."]),  # too few words to be no chance
        (
            "Giá lúa tại các huyện tăng mạnh",
            ["Giá cá tra tại các bè giảm sâu, người nuôi lo lắng."],
        ),  # no restatement
    ],
)
def test_a_title_is_left_cut_where_no_restating_clause_says_its_end(stem: str, texts: list[str]) -> None:
    assert from_clauses(stem, texts) is None


def test_a_whole_title_is_not_completed_from_a_restating_lead() -> None:
    lead = "Giá lúa tại các huyện tăng mạnh trong tuần đầu vụ hè thu, trong khi giá phân bón đi ngang."
    title = "Giá lúa tại các huyện tăng mạnh"
    assert titles.complete(title, None, [lead], (), (), ["", lead]) == (title, False)
