"""Kinds of page the third news-please round brought (fixtures/blind_newsplease3.yml): a live page's
bare entry times, a brand in camel case and acronyms in brackets in a lead, a series' next part
announced under the story, a poll's question to the reader, a box's header introducing the story's
own table, a reader's question introduced by name. Each with inputs of its own."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.menus import peel_menu
from bantin.importer.units import split_units

DESCRIPTION = "Mô tả ngắn của trang, một câu đầy đủ về nội dung bài viết để làm phần dẫn."


def _body(*lines: str, title: str = "Tin thử nghiệm của trang") -> str:
    """The body of a page in the news-please layout: title, description, then `lines`."""
    text = "\n".join([title, "", DESCRIPTION, "", *lines]) + "\n"
    return convert(text.encode(), "trang.txt", year=2018).body


def test_a_live_pages_first_entry_keeps_its_time() -> None:
    body = _body(
        "07:30",
        "Đoàn xe chở hàng cứu trợ đã rời Đà Nẵng, dự kiến đến huyện Nam Trà My vào đầu giờ chiều nay.",
        "08:45",
        "Lực lượng công binh đang san lấp điểm sạt lở cuối cùng trên tỉnh lộ 616 để thông đường.",
        "09:10",
        "Chính quyền huyện cho biết hơn 200 hộ dân vẫn bị cô lập, cần gạo và nước uống khẩn cấp.",
        "Thu Hà",
    )
    assert "07:30" in body and "08:45" in body and "Đoàn xe chở hàng" in body


def test_a_players_times_above_the_story_go() -> None:
    body = _body(
        "00:00",
        "/",
        "03:10",
        "Chiều qua, một trận lốc xoáy quét qua xã Phong Hải làm tốc mái hơn 50 ngôi nhà của người dân.",
        "Chính quyền địa phương đã huy động lực lượng giúp dân khắc phục hậu quả ngay trong đêm.",
    )
    assert "00:00" not in body and "03:10" not in body and "trận lốc xoáy" in body


def test_a_brand_in_camel_case_is_no_menu_glued_to_the_lead() -> None:
    lead = "Công ty MoMo cho biết ví điện tử của hãng đã có hơn 10 triệu người dùng trên cả nước."
    assert peel_menu(f"Hà Nội (TTXVN) - {lead}") is None


def test_acronyms_in_brackets_are_no_header_in_capitals() -> None:
    text = "Chiều 5/9, Trường Đại học Khoa học Tự nhiên (ĐHQG TP HCM) khai giảng năm học mới cho 1.500 tân sinh viên."
    assert split_units(text) == [text]
    header = "Giá xăng giảm 300 đồng mỗi lít từ chiều nay. CÓ THỂ BẠN QUAN TÂM Giá vàng tăng mạnh"
    assert any(unit.startswith("CÓ THỂ BẠN QUAN TÂM") for unit in split_units(header))


def test_the_series_next_part_announced_stays_and_its_marker_goes() -> None:
    body = _body(
        "Làng gốm Thanh Hà có hơn 500 năm tuổi, nay chỉ còn vài chục hộ giữ nghề làm gốm bằng tay.",
        "Ông Lê Văn Sáu, 70 tuổi, vẫn ngồi bên bàn xoay mỗi sáng để nặn những chiếc bình nhỏ cho khách.",
        "(Còn tiếp)",
        "Kỳ sau: Những người trẻ đưa gốm Thanh Hà ra thế giới",
        "Minh Châu",
    )
    assert "Kỳ sau: Những người trẻ" in body and "Còn tiếp" not in body


def test_a_polls_question_to_the_reader_goes_with_its_answers() -> None:
    """Under an editor's note that stays, a question to the reader, then answers the page's chrome."""
    body = _body(
        "Thành phố đề xuất cấm xe máy vào khu phố cổ từ năm 2025 để giảm ùn tắc và ô nhiễm không khí.",
        "Đề xuất đang được lấy ý kiến người dân đến hết tháng 6 trước khi trình HĐND thành phố.",
        "Ngọc Mai",
        "Bài viết có sử dụng số liệu của Sở Giao thông Vận tải.",
        "Bạn có đồng ý với đề xuất cấm xe máy này?",
        "Đồng ý",
        "Không đồng ý",
        "Xem kết quả",
    )
    assert "đề xuất cấm xe máy này" not in body and "Bài viết có sử dụng số liệu" in body


def test_a_related_topics_header_goes() -> None:
    body = _body(
        "Chính phủ Thái Lan công bố gói hỗ trợ trị giá 10 tỷ USD cho các hộ nông dân bị hạn hán.",
        "Gói hỗ trợ sẽ được giải ngân trong ba tháng tới, ưu tiên các tỉnh vùng đông bắc.",
        "Chủ đề liên quan",
        "Thái Lan",
        "Nông nghiệp",
    )
    assert "Chủ đề liên quan" not in body


def test_a_boxs_header_introducing_the_storys_table_stays() -> None:
    body = _body(
        "Với chiến thắng 2-0 trước Bình Dương, Than Quảng Ninh vươn lên dẫn đầu giải đấu.",
        "Bảng xếp hạng sau vòng 8:",
        "Than Quảng Ninh 8 17",
        "Bình Dương 8 15",
        "Sài Gòn 8 14",
        "Vòng tới, Than Quảng Ninh sẽ làm khách trên sân Cẩm Phả của đội xếp thứ tư.",
        "Đức Anh",
    )
    assert "Bảng xếp hạng sau vòng 8" in body and "Sài Gòn 8 14" in body


def test_a_storys_table_under_a_worded_boxs_header_stays_when_it_ends_the_story() -> None:
    # `sau lượt 7`: a phrase of the story's after the box's name, its rows up to the byline
    body = _body(
        "Với chiến thắng 3-0 trước Sài Gòn Phantom, Đội Sao Mai vươn lên dẫn đầu giải đấu.",
        "Bảng xếp hạng sau lượt 7:",
        "Đội Sao Mai 6-1",
        "Đội Cánh Diều 5-2",
        "Đội Hải Âu 4-3",
        "Minh Trí",
        "Tin liên quan",
        "Đội Hải Âu chia tay huấn luyện viên trưởng",
    )
    assert "Bảng xếp hạng sau lượt 7" in body and "Đội Hải Âu 4-3" in body


def test_a_widgets_table_under_its_titled_header_after_the_story_goes() -> None:
    body = _body(
        "Với chiến thắng 3-0 trước Sài Gòn Phantom, Đội Sao Mai vươn lên dẫn đầu giải đấu.",
        "Vòng tới, Đội Sao Mai sẽ gặp Đội Hải Âu vào tối thứ bảy.",
        "Bảng xếp hạng Giải Mùa Xuân 2025:",
        "Đội Sao Mai 6-1",
        "Đội Cánh Diều 5-2",
        "Đội Hải Âu 4-3",
    )
    assert "Bảng xếp hạng" not in body and "Đội Cánh Diều 5-2" not in body


def test_a_readers_question_introduced_by_name_stays() -> None:
    body = _body(
        "Độc giả Trần Thị Lan (Nghệ An) hỏi:",
        "Tôi làm việc ở công ty được 5 năm, nay nghỉ việc thì có được nhận trợ cấp thôi việc không?",
        "Theo Điều 48 Bộ luật Lao động, người lao động làm việc từ đủ 12 tháng trở lên được trợ cấp thôi việc.",
    )
    assert "Độc giả Trần Thị Lan (Nghệ An) hỏi:" in body


def test_a_storys_question_to_the_reader_over_a_photos_stub_stays() -> None:
    body = _body(
        "Bạn có biết vì sao lá bàng chuyển sang màu đỏ vào mùa đông?",
        "- Ảnh 1.",
        "Khi nhiệt độ giảm, cây ngừng tạo diệp lục và sắc tố anthocyanin khiến lá chuyển màu đỏ.",
        "Hiện tượng này giúp cây giảm thoát hơi nước trong những tháng khô lạnh.",
    )
    assert "Bạn có biết vì sao lá bàng" in body


def test_a_labelled_result_right_after_the_storys_last_sentence_stays() -> None:
    from bantin.importer.match_results import states_a_result

    assert states_a_result("Chung kết: Đội Sao Mai 3-1 Đội Hải Âu")
    assert not states_a_result("Tỷ lệ kèo Sao Mai vs Hải Âu: Châu Á 0:1/4")
    assert not states_a_result("Đội Sao Mai 3-1 Đội Hải Âu")  # a widget's score, no label of its own
    body = _body(
        "Đội Sao Mai thua hai ván đầu nhưng thắng liền ba ván sau đó.",
        "Ván cuối kết thúc ở phút 16 sau pha giao tranh tổng ở khu vực rồng.",
        "Chung kết: Đội Sao Mai 3-2 Đội Hải Âu",
        "Tin cùng chuyên mục",
        "Đội Hải Âu chia tay huấn luyện viên trưởng",
    )
    assert "Chung kết: Đội Sao Mai 3-2 Đội Hải Âu" in body
