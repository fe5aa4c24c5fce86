"""A live page's controls (`Nhấn F5 để cập nhật`, `Xem lại video …`) go; a live blog's entries and an
interview's turns, which read as headlines, are the story's (`live_controls`, `transcripts`)."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.live_controls import live_control, live_controls_apart
from bantin.importer.transcripts import entries_start, in_dialogue


def _texts(text: str) -> list[str]:
    return [unit.text for unit in live_controls_apart([Unit(0, text)])]


def test_a_replay_link_run_into_the_byline_starts_a_unit_and_takes_the_titles_after_it() -> None:
    pieces = _texts("Ngọc Lan Xem lại video Đường phố ngập sâu sau mưa Mở thêm tuyến buýt đêm")
    assert pieces == ["Ngọc Lan", "Xem lại video Đường phố ngập sâu sau mưa Mở thêm tuyến buýt đêm"]
    assert live_control(pieces[1])


def test_a_reload_prompt_glued_to_the_lead_is_cut_off_it_and_the_lead_stays() -> None:
    pieces = _texts("Bấm F5 để làm mới Sáng 3/2, giá xăng giảm 300 đồng mỗi lít.")
    assert pieces == ["Bấm F5 để làm mới", "Sáng 3/2, giá xăng giảm 300 đồng mỗi lít."]
    assert live_control(pieces[0]) and not live_control(pieces[1])


def test_a_players_bar_ends_with_its_last_button_and_the_lead_after_it_stays() -> None:
    pieces = _texts("Phát Âm lượng 0:00 / 2:41 Thoát toàn màn hình Chiều 3/2, đội chủ nhà thắng 2-0.")
    assert pieces == ["Phát Âm lượng 0:00 / 2:41 Thoát toàn màn hình", "Chiều 3/2, đội chủ nhà thắng 2-0."]


def test_a_players_one_button_after_its_time_goes_with_the_bar_and_a_sentence_so_opening_stays() -> None:
    lead = "Sáng 6/11, cảng tàu khách Hạ Long đón 4.000 du khách."
    assert _texts(f"Xem video 00:00 / 01:56 Phát {lead}") == ["Xem video 00:00 / 01:56 Phát", lead]
    units = live_controls_apart([Unit(0, "Xem video 00:00 / 01:56"), Unit(0, f"Phát {lead}")])
    assert [unit.text for unit in units] == ["Xem video 00:00 / 01:56 Phát", lead]
    said = "Phát biểu tại hội nghị, ông Nam cho biết tỉnh sẽ mở thêm tuyến tàu."  # a sentence's verb
    units = live_controls_apart([Unit(0, "Xem video 00:00 / 01:56"), Unit(0, said)])
    assert units[-1].text == said


def test_office_hours_written_as_a_players_time_are_no_bar() -> None:
    text = "Bộ phận một cửa làm việc 07:30 / 17:00 các ngày trong tuần, trừ Chủ nhật."
    assert _texts(text) == [text]


def test_a_live_badge_after_the_headers_menu_or_stamp_starts_a_unit() -> None:
    assert _texts("Thời sự Xã hội 12/05/2024 09:00 TRỰC TIẾP Lễ hội hoa") == [
        "Thời sự Xã hội 12/05/2024 09:00",
        "TRỰC TIẾP Lễ hội hoa",
    ]
    assert _texts("Giao lưu Đang diễn ra 14/03/2024") == ["Giao lưu", "Đang diễn ra 14/03/2024"]
    text = "Trận đấu được truyền hình trực tiếp trên VTV5."  # a sentence's own `trực tiếp`
    assert _texts(text) == [text]
    text = "Đêm nhạc Mỹ Tâm LIVE Hà Nội thu hút 30.000 khán giả."  # a show's name: no stamp beside it
    assert _texts(text) == [text]


def test_watching_a_video_again_inside_a_sentence_is_the_story() -> None:
    text = "Cơ quan điều tra đã xem lại video từ camera của cửa hàng."
    assert _texts(text) == [text]
    text = "Xem lại video từ camera, cảnh sát xác định được biển số xe."
    assert _texts(text) == [text] and not live_control(text)


def test_turns_of_an_interview_are_a_dialogue_and_headlines_of_a_box_are_not() -> None:
    turns = [
        "PV Báo Mới: Giá điện có tăng không?",
        "Ông Trần Văn Bình: Chưa",
        "PV: Khi nào thì tăng?",
        "Ông Bình: Cuối năm",
    ]
    assert all(in_dialogue(turns, i) for i in range(len(turns)))
    box = ["Hà Nội: Mưa lớn gây ngập", "Đà Nẵng: Sẵn sàng đón bão?", "TP.HCM: Triều cường dâng cao"]
    assert not any(in_dialogue(box, i) for i in range(len(box)))


def test_a_live_blogs_first_entry_under_the_header_opens_the_article() -> None:
    texts = ["Thể thao", "LIVE", "Phút 3: Đội khách mở tỷ số", "Phút 30: Gỡ hòa 1-1 từ chấm phạt đền."]
    assert entries_start(texts, 3) == 2
    assert entries_start(["08:30 24/05/2024", "Sáng nay, trời mưa."], 1) == 1  # a stamp is no entry


def test_an_interview_under_a_list_header_keeps_its_turns() -> None:
    page = "\n".join(
        [
            "Giá điện sẽ điều chỉnh vào cuối năm",
            "",
            "Tin nổi bật",
            "Phóng viên Báo Công Thương: Giá điện có tăng trong quý này không?",
            "Phó Cục trưởng Cục Điều tiết điện lực Trần Văn Bình: Chưa",
            "Phóng viên: Vậy khi nào giá điện sẽ được điều chỉnh?",
            "Ông Trần Văn Bình: Dự kiến vào cuối năm, sau khi có báo cáo chi phí.",
            "",
            "",
            "",
            "Chiều 5/9, Bộ Công Thương họp báo thường kỳ quý III.",
        ]
    )
    body = convert(page.encode(), "page.txt", year=2024).body
    assert "Giá điện có tăng trong quý này không?" in body
    assert "Vậy khi nào giá điện sẽ được điều chỉnh?" in body


def test_a_sessions_replay_and_a_broadcasts_notice_after_the_byline_go_and_the_byline_stays() -> None:
    pieces = _texts(
        "Hà Vân Xem lại phiên chất vấn Phát sóng trực tiếp trên kênh Truyền hình Quốc hội Việt Nam"
    )
    assert pieces == [
        "Hà Vân",
        "Xem lại phiên chất vấn",
        "Phát sóng trực tiếp trên kênh Truyền hình Quốc hội Việt Nam",
    ]
    assert live_control(pieces[1]) and live_control(pieces[2])
    assert live_control("Đang phát sóng trực tiếp") and live_control("Phát trực tiếp 00:00 / 45:12")
    assert _texts("Video: Xem lại phiên chất vấn") == ["Video: Xem lại phiên chất vấn"]  # its label with it
    assert live_control("Video: Xem lại phiên chất vấn")


def test_a_broadcast_the_story_tells_of_stays() -> None:
    for text in (
        "Phiên chất vấn được phát sóng trực tiếp trên kênh Truyền hình Quốc hội Việt Nam.",
        "Truyền hình trực tiếp lễ khai mạc kỳ họp",  # an agenda's item: what is broadcast, named
        "Xem lại phiên họp hôm đó, nhiều cử tri vẫn chưa hài lòng với câu trả lời.",
    ):
        assert _texts(text) == [text] and not live_control(text)
