"""What a scrape keeps of a post or a video player embedded in the story (bantin/importer/embeds.py,
the round tests/importer/fixtures/blind_social.yml): the networks' frame around the post goes, cut from
the sentences it was run into, while the post's own words, the story's sentences about the post and
lines shaped like a frame that are the story's stay."""

from __future__ import annotations

import pytest

from bantin.importer.captions import split_captions
from bantin.importer.chrome import detect
from bantin.importer.embeds import embed_cuts, embed_frame, post_tags
from bantin.importer.inline import inline_chrome
from bantin.importer.parsed import Block
from bantin.importer.units import split_units

BEFORE = "Nam ca sĩ chia sẻ khoảnh khắc đứng trên sân khấu lớn nhất sự nghiệp vào tối qua."
AFTER = "Buổi diễn có sự tham gia của hơn 20.000 khán giả đến từ nhiều tỉnh thành."


def _kept(text: str) -> str:
    return " ".join(u.text for u in detect([Block("paragraph", text)]) if u.keep)


@pytest.mark.parametrize(
    "frame",
    [
        "Xem bài viết này trên Instagram",
        "View this post on Instagram",
        "Một bài đăng được chia sẻ bởi Lan Ngọc (@ninhduonglanngoc)",
        "A post shared by Son Tung M-TP (@sontungmtp)",
        "— Nguyễn Văn Bình (@binhnv) April 2, 2024",
        "Posted by Hồ Ngọc Hà on Friday, March 1, 2024",
        "Đăng bởi Nhà hát Tuổi trẻ vào Chủ Nhật, 3 tháng 3, 2024",
        "♬ nhạc nền - Bảo Anh Official",
        "♬ original sound - Hà Nội Phố",
        "ĐỨC PHÚC - HƠN CẢ YÊU | OFFICIAL MUSIC VIDEO",
        "Gió Mùa Thu - Nhóm Bạn Trẻ (Official MV)",
        "HTV Giải Trí - Tập 12 | Mẹ chồng nàng dâu | Phim truyền hình HTV7",
        "Xem trên TikTok",  # a network's box's button and labels, in Vietnamese
        "Mở bằng YouTube",
        "Bài đăng trên Facebook",
        "Nhúng từ Facebook: CLB Sách Trẻ",
    ],
)
def test_a_frame_of_an_embedded_post_or_player_is_named(frame: str) -> None:
    assert embed_frame(frame)
    assert inline_chrome(frame)


@pytest.mark.parametrize(
    "line",
    [
        "Bài đăng được chia sẻ bởi hàng nghìn tài khoản chỉ sau một đêm.",  # a sentence about the post
        "Ca khúc chính thức có mặt trên các nền tảng nghe nhạc từ tối 5/3.",
        "@thuylinh.dance Nhảy cùng mình nhé cả nhà #nhay #vui",  # the post's own words
        "Theo Instagram của nữ ca sĩ, cô đang nghỉ dưỡng tại Phú Quốc.",
        "Ban nhạc tung bản (Official MV) của bài hát vào tối qua.",
        "Bài hát được đăng bởi nhóm vào Thứ Bảy tuần trước và nhanh chóng lan truyền.",
        "Nhóm nhạc - những chàng trai trẻ của Quy Nhơn - đã ra mắt MV đầu tay.",
        "Hoàng Lan - Báo Văn nghệ | 21:20 06/03/2024",  # a byline with its stamp
        "Video trên TikTok của cô thu hút hơn 2 triệu lượt xem chỉ sau một ngày.",
        "Xem trên YouTube, khán giả có thể bật phụ đề tiếng Việt.",
        "Nhúng từ Facebook vào trang web của trường là cách nhiều câu lạc bộ chọn.",
    ],
)
def test_the_story_s_line_about_a_post_is_no_frame(line: str) -> None:
    assert embed_frame(line) is None


def test_a_frame_run_into_the_story_is_cut_from_it_and_goes() -> None:
    frame = "Xem bài viết này trên Instagram Một bài đăng được chia sẻ bởi Lan Ngọc (@ninhduonglanngoc)"
    text = f"{BEFORE} {frame} {AFTER}"
    assert {text.index("Một bài"), text.index(AFTER) - 1} <= embed_cuts(text)
    assert _kept(text) == f"{BEFORE} {AFTER}"


def test_a_network_s_button_and_box_run_into_the_page_are_cut_from_it_and_go() -> None:
    button = f"{AFTER} Hương Giang Video TikTok của đoàn trường Xem trên TikTok Thông báo Lịch thi học kỳ"
    assert button.index("Xem trên") in embed_cuts(button)
    assert button.index("Thông báo") - 1 in embed_cuts(button)
    fields = "Hạn chót nhận bài: 23h59 ngày 20/10 Tổng giải thưởng: 60 triệu đồng"
    text = f"{BEFORE} {fields} Nhúng từ Facebook: CLB Sách Trẻ"
    assert text.index("Nhúng") in embed_cuts(text)
    assert _kept(text) == f"{BEFORE} {fields}"  # the contest's fields are the story's


def test_a_sentence_going_on_after_a_network_s_button_is_not_cut() -> None:
    text = f"{BEFORE} Xem trên TikTok, clip đạt 2 triệu lượt xem. {AFTER}"
    assert text.index("Xem trên") not in embed_cuts(text)
    assert _kept(text) == text


def test_a_sound_s_credit_ends_where_the_next_sentence_shows_it() -> None:
    text = f"{BEFORE} ♬ nhạc nền - Thảo Vy Wedding Chị Vy kể bố chị là người rất ít nói."
    assert text.index("Chị Vy") in embed_cuts(text)
    untold = f"{BEFORE} ♬ nhạc nền - Thảo Vy Wedding Hoàng Minh Khoa Lâm Hà Giang Tú hát"
    assert embed_cuts(untold) == {untold.index("♬")}  # no end told: the credit is left with what follows


def test_a_sound_s_credit_may_name_a_song_ending_on_its_own_dot() -> None:
    text = f"{BEFORE} ♬ TÁO. - Minh Hằng & Đức Phúc Nhiều khán giả đã nhảy theo bài hát."
    assert {text.index("♬"), text.index("Nhiều")} <= embed_cuts(text)
    assert _kept(text) == f"{BEFORE} Nhiều khán giả đã nhảy theo bài hát."
    stop = f"{BEFORE} ♬ Một câu hát. Ca sĩ Minh Hằng - Đức Phúc song ca."
    assert not embed_cuts(stop)  # a stop before the dash ends a sentence: no credit is told


def test_a_player_s_title_ends_after_its_official_label_or_its_last_part() -> None:
    text = f"{BEFORE} ĐỨC PHÚC - HƠN CẢ YÊU | OFFICIAL MUSIC VIDEO {AFTER}"
    assert text.index(AFTER) - 1 in embed_cuts(text)
    assert f"{BEFORE} ĐỨC PHÚC - HƠN CẢ YÊU | OFFICIAL MUSIC VIDEO" not in _kept(text)
    assert "ĐỨC PHÚC - HƠN CẢ YÊU | OFFICIAL MUSIC VIDEO" in split_units(text)  # whole: no header in capitals
    piped = "HTV Giải Trí - Tập 12 | Mẹ chồng nàng dâu | Phim truyền hình HTV7 Theo khảo sát, phim đạt rating cao."
    assert "Theo khảo sát, phim đạt rating cao." in split_units(piped)


def test_a_post_s_hashtags_stay_with_its_caption_before_its_sound() -> None:
    text = "@thaovy.wedding Bố ơi con thương bố #damcuoi #vuquy ♬ nhạc nền - Thảo Vy"
    assert post_tags(text) == {text.index("#damcuoi"), text.index("#vuquy")}
    assert "@thaovy.wedding Bố ơi con thương bố #damcuoi #vuquy" in split_units(text)
    assert not post_tags("Từ khóa #damcuoi #vuquy Tin liên quan")  # the page's tags: no sound after them


def test_a_sentence_naming_an_official_video_stays_whole() -> None:
    text = f"{BEFORE} Ban nhạc tung bản (Official MV) của bài hát vào tối qua. {AFTER}"
    assert _kept(text) == text


def test_a_credit_after_a_post_s_frame_is_no_caption_of_the_story_s_sentences() -> None:
    text = (
        f"{BEFORE} Một bài đăng được chia sẻ bởi Lan Ngọc (@ninhduonglanngoc) Ảnh: Instagram nhân vật {AFTER}"
    )
    blocks = split_captions(text)
    assert not [b for b in blocks if b.kind == "caption"]  # the post's photo went with its frame
    assert Block("paragraph", "Ảnh: Instagram nhân vật") in blocks
    assert split_captions(f"{BEFORE} Ảnh: Hoàng Hà {AFTER}")[0].kind == "caption"  # a sentence's credit
