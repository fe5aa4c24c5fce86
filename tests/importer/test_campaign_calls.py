"""An environment site's or an NGO's campaign set in the story (blind round fixtures/blind_environment.yml):
its slogan (`Chung tay bảo vệ môi trường`), its pledge with its button (`Tôi cam kết …` | `Ký cam kết`),
its appeal to give with its button (`Ủng hộ WWF … Quyên góp ngay`) go, run into the next paragraph or
after the byline; a sentence quoting the same words, with its stop or comma, stays."""

from __future__ import annotations

from bantin.importer.campaign_calls import campaign_call, campaign_call_cuts
from bantin.importer.convert import convert

from .scrapes import vnsum


def test_a_slogan_a_pledge_or_an_appeal_alone_is_the_campaign_s() -> None:
    assert campaign_call("Chung tay bảo vệ môi trường")
    assert campaign_call("Chung tay cùng người dân vùng hạn mặn")
    assert campaign_call("Tôi cam kết nói không với túi nilon Ký cam kết")
    assert campaign_call("Hãy là người tiêu dùng thông thái - Nói không với sản phẩm động vật hoang dã")
    assert campaign_call("Ủng hộ WWF bảo vệ cá heo Mê Kông Quyên góp ngay")
    assert campaign_call("Ký cam kết")
    assert not campaign_call("Chung tay bảo vệ môi trường là trách nhiệm của mỗi người dân.")  # a sentence
    assert not campaign_call("Tôi cam kết sẽ trả lại đất cho dân, ông nói.")
    assert not campaign_call("Ủng hộ Quỹ Vì người nghèo, các doanh nghiệp đã góp 12 tỷ đồng.")


def test_a_campaign_run_into_the_story_is_cut_where_the_next_sentence_starts() -> None:
    text = "Rác được chia làm ba nhóm. Chung tay bảo vệ môi trường Theo Sở Tài nguyên, lượng rác đã giảm."
    assert {text.index("Chung"), text.index("Theo")} <= campaign_call_cuts(text)
    pledge = (
        "Khách đã quen, anh nói. Tôi cam kết nói không với túi nilon Ký cam kết Năm 2025, xã thí điểm thêm."
    )
    assert {pledge.index("Tôi"), pledge.index(" Năm")} <= campaign_call_cuts(pledge)  # after its button
    named = "Dự án kêu gọi mọi người. Chung tay bảo vệ rừng Trường Sơn. Hơn 300 hộ đã tham gia."
    assert not campaign_call_cuts(named)  # only a name after the cut, up to the stop: the sentence's own


def test_a_page_loses_its_campaign_and_keeps_its_story() -> None:
    story = (
        "Sau trận mưa lớn chiều 27/5, cá chết nổi trắng một đoạn kênh qua quận 3, người dân phản ánh mùi hôi."
        " Khoảng 1,2 tấn cá chết đã được vớt trong buổi sáng. Chung tay bảo vệ môi trường Theo Sở Tài nguyên"
        " và Môi trường, mưa lớn cuốn nước thải từ các cống xả tràn xuống kênh. Ủng hộ WWF bảo vệ cá heo Mê"
        " Kông Quyên góp ngay Các mối đe dọa chính với cá heo là lưới mang và đánh bắt bằng điện. Dự án thu"
        " gom nước thải cho khu vực này dự kiến hoàn thành năm 2026. Minh Châu Tôi cam kết không sử dụng sản"
        " phẩm từ động vật hoang dã Ký cam kết Tin liên quan TP HCM mưa lớn ngập nhiều tuyến đường"
    )
    body = convert(vnsum("Cá chết trên kênh", "https://example.vn/ca-chet.html", story), "p.txt").body
    assert "Chung tay" not in body and "Quyên góp" not in body and "cam kết" not in body, body
    assert "Theo Sở Tài nguyên và Môi trường, mưa lớn cuốn nước thải từ các cống xả tràn xuống kênh." in body
    assert "Các mối đe dọa chính với cá heo là lưới mang và đánh bắt bằng điện." in body
