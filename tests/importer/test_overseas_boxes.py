"""The boxes a foreign broadcaster's Vietnamese page runs into its story: a box calling to the
reader between two paragraphs (`reader_calls`), an ad's lone label glued after the last line
(`ad_labels`), an update's note in a time zone before the lead (`update_notes`), a cookie
banner's second sentence (`cookie_banners`), a newsletter's box glued
to the closing byline (`frames`). Inputs of our own, in those layouts."""

from __future__ import annotations

from bantin.importer.ad_labels import ad_label_cuts
from bantin.importer.chrome import Unit
from bantin.importer.cookie_banners import follows_cookie_notice
from bantin.importer.frames import frame
from bantin.importer.reader_calls import REASON, call_cuts, reader_calls
from bantin.importer.units import split_units
from bantin.importer.update_notes import peel_update_note

_BEFORE = "Các kỹ sư đã hoàn tất đợt kiểm tra cuối cùng của con tàu trước khi đưa ra bệ phóng."
_AFTER = "Chuyến bay dự kiến kéo dài mười ngày với bốn phi hành gia trên khoang."


def test_a_podcast_box_between_two_paragraphs_is_cut_apart_from_both() -> None:
    box = "Podcast: Khoa học mỗi tuần - Nghe các chương trình mới nhất của ABC Tiếng Việt"
    assert split_units(f"{_BEFORE} {box} {_AFTER}") == [_BEFORE, box, _AFTER]


def test_a_forum_call_ends_at_the_next_paragraph_after_its_question() -> None:
    box = "Ý kiến độc giả: Bạn có muốn bay vào vũ trụ không? Hãy chia sẻ với chúng tôi"
    assert split_units(f"{_BEFORE} {box} {_AFTER}") == [
        _BEFORE,
        "Ý kiến độc giả: Bạn có muốn bay vào vũ trụ không?",
        "Hãy chia sẻ với chúng tôi",
        _AFTER,
    ]


def test_the_box_units_go_and_the_paragraphs_stay() -> None:
    texts = [_BEFORE, "Diễn đàn: Quý vị nghĩ gì về sứ mệnh này?", "Hãy cho chúng tôi biết ý kiến", _AFTER]
    kinds = reader_calls([("prose", "")] * 4, texts)
    assert [k for k, _ in kinds] == ["prose", "chrome", "chrome", "prose"] and kinds[1][1] == REASON


def test_a_quoted_call_or_a_speaker_is_the_story() -> None:
    assert not call_cuts(f"{_BEFORE} Ông Minh nói: Hãy chia sẻ với chúng tôi những khó khăn {_AFTER}")
    assert not call_cuts(f'{_BEFORE} Khẩu hiệu: "Hãy cho chúng tôi biết ý kiến" được treo khắp nơi {_AFTER}')
    # a label with a sentence between it and an invitation far on: a contact's field, not a box
    assert not call_cuts(f"{_BEFORE} Email: hotro@vidu.vn Liên hệ tại số 5 phố Huế. Tải ứng dụng để gửi ảnh.")


def test_an_ad_label_after_a_last_sentence_or_its_credit_is_cut_off() -> None:
    text = f"{_AFTER} [hp] Quảng cáo"
    assert ad_label_cuts(text) == {text.index("Quảng cáo")}
    text = f"{_AFTER} ht/AFP, Reuters Quảng cáo"
    assert ad_label_cuts(text) == {text.index("Quảng cáo")}


def test_a_sticky_ads_label_run_into_the_next_sentence_is_cut_from_both() -> None:
    text = f"{_BEFORE} Quảng cáo Một số hộ dân đã chuyển đến nơi ở mới trước mùa mưa."
    assert ad_label_cuts(text) == {text.index("Quảng cáo"), text.index(" Một số")}
    text = f"{_BEFORE} Quảng cáo Google được hiển thị trên mọi trang tin."  # a name after it: one sentence
    assert ad_label_cuts(text) == {text.index("Quảng cáo")}


def test_the_words_in_a_sentence_stay() -> None:
    assert not ad_label_cuts("Doanh thu của ngành tăng mạnh nhờ Hiệp hội Quảng cáo")
    assert not ad_label_cuts(f"{_BEFORE} Quảng cáo trên mạng xã hội bị siết chặt từ năm nay.")
    assert not ad_label_cuts(f"{_BEFORE} Ông nói thêm về thị trường Quảng cáo")


def test_an_update_note_in_a_time_zone_goes_off_the_lead() -> None:
    lead = "Quốc hội đã thông qua dự luật mới về an toàn thực phẩm sau nhiều tháng tranh luận gay gắt."
    assert peel_update_note(f"Chia sẻ Trang này đã được cập nhật lúc 08:15 GMT {lead}") == (
        "Chia sẻ Trang này đã được cập nhật lúc 08:15 GMT",
        lead,
    )
    assert peel_update_note(f"Cập nhật lần cuối lúc 21:40 UTC {lead}")[1] == lead
    assert peel_update_note(f"Cập nhật 10 ngôi sao của năm {lead}") is None  # no time of an update
    assert peel_update_note("Cập nhật lúc 08:15 GMT Hà Nội mưa") is None  # no lead after it


def test_a_cookie_banners_second_sentence_is_the_banners() -> None:
    cookie = "Trang này dùng cookie để phân tích lượt truy cập."
    assert follows_cookie_notice(cookie, "Bạn có thể đổi cài đặt trong mục Quyền riêng tư.")
    assert follows_cookie_notice(cookie, "Nếu tiếp tục, bạn đồng ý với điều khoản của chúng tôi.")
    assert not follows_cookie_notice(cookie, "Bạn đọc ở 12 tỉnh đã gửi thư về tòa soạn.")  # a figure
    assert not follows_cookie_notice("Tin tức Thế giới", "Bạn có thể đổi cài đặt trong mục Quyền riêng tư.")


def test_a_newsletter_box_glued_to_the_closing_byline_goes_and_the_name_stays() -> None:
    units = [
        Unit(0, _AFTER, True, "sentence"),
        Unit(0, "Minh Châu Nhận bản tin Nhận tin tức mới nhất qua ứng dụng ABC", True, "short"),
        Unit(0, "Tải ứng dụng", False, "buttons"),
    ]
    out = frame(units)
    assert [(u.text, u.keep) for u in out[1:3]] == [
        ("Minh Châu", True),
        ("Nhận bản tin Nhận tin tức mới nhất qua ứng dụng ABC", False),
    ]


def test_a_sentence_opening_so_inside_the_story_stays() -> None:
    units = [
        Unit(
            0, "Minh Châu Nhận bản tin dự báo, người dân vùng trũng đã sơ tán ngay trong đêm.", True, "prose"
        ),
        Unit(0, _AFTER, True, "prose"),
    ]
    assert [u.text for u in frame(units)] == [u.text for u in units]
