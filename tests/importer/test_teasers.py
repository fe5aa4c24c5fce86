"""Other stories' teasers printed as sentences after the article (a headline, then a lead that says
it again), a credit run into a sentence opening with a place the page names twice, tags under a
label, a sentence saying what the paper is at the end, and a box of sponsored stories."""

from __future__ import annotations

import pytest

from bantin.importer.captions import parse_credit
from bantin.importer.convert import convert
from bantin.importer.repeated_names import repeated_pairs

from .scrapes import vnsum

STORY = (
    "Sáng 12/3, xã Tân Phú tổ chức lễ khánh thành cây cầu bê tông dài 40 m bắc qua kênh Ba Lăng.",
    "Cầu được xây bằng nguồn vốn xã hội hóa gần 2 tỷ đồng, thay cho cây cầu khỉ đã xuống cấp.",
    "Ông Trần Văn Sáu, Chủ tịch UBND xã, cho biết cầu giúp hơn 300 hộ dân đi lại thuận tiện hơn.",
)
TEASERS = (
    "Tân Phú ra mắt hợp tác xã trồng lúa hữu cơ. "
    "Sáng 10/3, xã Tân Phú ra mắt hợp tác xã trồng lúa hữu cơ với 45 thành viên tham gia. "
    "Huyện Châu Thành khởi công đường giao thông nông thôn. "
    "UBND huyện Châu Thành vừa khởi công tuyến đường giao thông nông thôn dài 5 km nối hai xã."
)


def scrape(content: str, summary: str = "") -> bytes:
    return vnsum(
        "Khánh thành cầu bê tông ở xã Tân Phú",
        "https://baomau.vn/khanh-thanh-cau-a123.html",
        content,
        summary=summary,
    )


def body(content: str) -> str:
    return convert(scrape(content), "trang.txt", year=2024, sources={}).body


def test_teasers_that_say_their_headline_again_after_the_story_go() -> None:
    text = body(f"{' '.join(STORY)} Minh Tâm {TEASERS} Tổng biên tập: Nguyễn Văn A Giấy phép số 12/GP-BTTTT")
    assert STORY[-1] in text
    assert "hợp tác xã trồng lúa hữu cơ" not in text
    assert "đường giao thông nông thôn" not in text


def test_teasers_go_at_the_very_end_of_the_body_too() -> None:
    text = body(f"{' '.join(STORY)} {TEASERS}")
    assert text.rstrip().endswith(STORY[-1])


def test_one_short_sentence_said_again_by_the_last_is_the_storys() -> None:
    ending = "Cầu mới rộng 3,5 m. Cầu mới rộng 3,5 m, đủ cho xe cứu thương và xe chở nông sản đi qua an toàn."
    text = body(f"{' '.join(STORY)} {ending}")
    assert text.rstrip().endswith("đi qua an toàn.")
    assert "Cầu mới rộng 3,5 m. Cầu mới" in text


def test_a_question_and_its_answer_are_no_teasers() -> None:
    qa = (
        "Khi nào cầu được bàn giao cho xã? Cầu được bàn giao cho xã vào ngày 20/3 sau khi nghiệm thu. "
        "Ai sẽ bảo trì cây cầu mới này? Xã sẽ bảo trì cây cầu mới này bằng nguồn ngân sách hằng năm."
    )
    text = body(f"{' '.join(STORY)} {qa}")
    assert "bảo trì cây cầu mới này bằng nguồn ngân sách" in text


def test_a_credit_stops_before_a_place_the_page_names_twice() -> None:
    text = "Tôm hùm Hạ Long. Ảnh: Thu Chung Hạ Long sẵn sàng cho mùa du lịch, Hạ Long đón khách."
    names = repeated_pairs(text)
    assert "Hạ Long" in names
    after = text[text.index("Thu Chung") :]
    credit, cut = parse_credit(after, names)
    assert credit == "Thu Chung"
    assert after[cut:].startswith("Hạ Long sẵn sàng")
    assert parse_credit(after)[0] == "Thu Chung Hạ"  # without the page's names, the credit's greed


def test_caption_credit_before_a_place_keeps_the_next_sentence_whole() -> None:
    caption = "Cây cầu mới bắc qua kênh Ba Lăng. Ảnh: Hoàng Nam"
    text = body(f"{' '.join(STORY)} {caption} Ba Lăng là con kênh chính của xã, dài hơn 6 km.")
    assert "Ba Lăng là con kênh chính của xã" in text
    assert "*Ảnh: Hoàng Nam*" in text


def test_tags_under_a_label_and_a_paper_describing_itself_at_the_end_go() -> None:
    footer = (
        "Xem thêm Giá lúa hôm nay 12/3 Tags: cầu nông thôn Tân Phú Minh Tâm Báo Mẫu. "
        "Cơ quan của Hội Nông dân tỉnh Mẫu. Diễn đàn của nông dân cả nước"
    )
    text = body(f"{' '.join(STORY)} {footer}")
    assert text.rstrip().endswith(STORY[-1])
    assert "Tags" not in text and "Cơ quan của" not in text and "Diễn đàn" not in text


def test_a_box_of_sponsored_stories_goes() -> None:
    text = body(
        f"{' '.join(STORY)} Biểu đồ lượng xe qua cầu. Nguồn: Sở Giao thông Minh Tâm Nội dung được tài trợ "
        "Vay mua nhà lãi suất ưu đãi chỉ từ 5% mỗi năm, duyệt hồ sơ trong 24 giờ Đọc nhiều nhất Giá vàng tăng mạnh"
    )
    assert "Vay mua nhà" not in text and "tài trợ" not in text
    assert STORY[-1] in text


def test_tags_none_gives_no_keyword() -> None:
    assert convert(scrape(" ".join(STORY)), "trang.txt", year=2024, sources={}).front.keywords == []
    tagged = scrape(" ".join(STORY)).replace(b"Tags: None", "Tags: cầu, nông thôn".encode())
    assert convert(tagged, "trang.txt", year=2024, sources={}).front.keywords == ["cầu", "nông thôn"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Xem thêm các thông tin chi tiết trên cổng dịch vụ công quốc gia.",
        "Đọc thêm sách là cách tốt để trẻ phát triển tư duy.",
        "Tin liên quan đến vụ án đã được cơ quan điều tra công bố.",
    ],
)
@pytest.mark.parametrize("layout", ["one line", "a line each"])
def test_a_sentence_opening_with_a_links_label_is_the_storys(sentence: str, layout: str) -> None:
    if layout == "one line":
        text = body(f"{' '.join(STORY[:2])} {sentence} {STORY[2]} Minh Tâm")
    else:
        raw = f"Khánh thành cầu\n\nMô tả.\n\n{STORY[0]}\n{STORY[1]}\n{sentence}\n{STORY[2]}\nMinh Tâm\n"
        text = convert(raw.encode(), "trang.txt", year=2024, sources={}).body
    assert sentence in text


def test_a_links_label_before_a_story_it_names_still_goes() -> None:
    text = body(f"{' '.join(STORY)} Xem thêm tin trực tiếp Bảng tổng sắp huy chương")
    assert "Xem thêm" not in text and "huy chương" not in text
