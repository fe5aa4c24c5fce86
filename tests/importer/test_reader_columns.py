"""Stories that speak of and to readers (issue 15's round `blind_readers`): a reader's question and
the expert's answer, signed with a title and a workplace; a letter opening with its salutation; the
paper answering a reader by name; a column's name run into the question. All of it is the story's,
while the column's sign-off (`Trên đây là nội dung tư vấn …`) and the appeals around it still go."""

from __future__ import annotations

import pytest

from bantin.importer.answerers import expert, signed_at_work
from bantin.importer.bylines import parse_byline
from bantin.importer.convert import convert
from bantin.importer.units import split_units

from .scrapes import vnsum

QUESTION = (
    "Hỏi: Mẹ tôi 70 tuổi, gần đây hay quên và mất ngủ. Xin hỏi bác sĩ bà có bị sa sút trí tuệ không? "
    "(Lê Văn Nam, Ninh Bình)"
)
ANSWER = (
    "Trả lời: Chào anh Nam, hay quên ở người cao tuổi có nhiều nguyên nhân, từ thiếu ngủ, trầm cảm "
    "đến bệnh Alzheimer. Anh nên đưa bà đi khám chuyên khoa thần kinh để được làm các trắc nghiệm "
    "trí nhớ."
)


def _body(content: str) -> str:
    scrape = vnsum(
        "Người cao tuổi hay quên có đáng lo?",
        "https://baomau.vn/nguoi-cao-tuoi-hay-quen-a5566.html",
        content,
        summary="Một bạn đọc hỏi về chứng hay quên của mẹ mình, bác sĩ giải đáp.",
    )
    return convert(scrape, "trang.txt", year=2024, sources={}).body


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Luật sư Trần Văn Bình, Công ty Luật Hòa Bình", "Luật sư Trần Văn Bình"),
        ("BS.CKII Ngô Thị Lan, Bệnh viện Đa khoa tỉnh Nam Định", "BS.CKII Ngô Thị Lan"),
        ("ThS Đỗ Minh Quân", "ThS Đỗ Minh Quân"),
        (
            "ThS.BS Lê Thu Trang - Khoa Nội tiết, Bệnh viện Đa khoa Hưng Thịnh",
            "ThS.BS Lê Thu Trang",
        ),  # a dash
        ("Nhà giáo Phan Thị Nguyệt", "Nhà giáo Phan Thị Nguyệt"),  # an opinion column's writer
        ("Nhà nghiên cứu Đinh Văn Sơn, Viện Sử học", "Nhà nghiên cứu Đinh Văn Sơn"),
    ],
)
def test_an_experts_signature_is_a_byline_with_the_title(line: str, name: str) -> None:
    assert expert(line) == name
    assert (parse_byline(line) or pytest.fail(line)).author == name


@pytest.mark.parametrize(
    "line",
    [
        "Bác sĩ Nguyễn Văn An cho biết bệnh nhân đã qua cơn nguy kịch",  # a sentence
        "Luật sư Bảo vệ quyền lợi người tiêu dùng",  # no one's name
        "Bác sĩ Gia Đình, Phòng khám Mẫu",  # no surname first
        "Nhà văn Nguyễn Huy Thiệp từng viết về làng quê",  # a sentence about a writer
    ],
)
def test_a_sentence_or_a_title_without_a_name_signs_nothing(line: str) -> None:
    assert expert(line) is None


def test_after_a_dash_only_a_hospitals_unit_is_the_experts_workplace() -> None:
    assert signed_at_work("BS. Phạm Thu Hà - Khoa Tiêu hóa")
    assert expert("ThS. Nguyễn Minh Hà - Học viện Tư pháp Tài liệu tham khảo") is None  # a header after


def test_a_writer_signing_with_the_hospitals_office_is_the_author() -> None:
    assert (parse_byline("Thu Hương - Phòng Công tác xã hội") or pytest.fail()).author == "Thu Hương"


def test_only_a_signature_with_the_workplace_is_signed_at_work() -> None:
    assert signed_at_work("BS Phạm Thu Hà, Bệnh viện Nhi Trung ương")
    assert not signed_at_work("BS Phạm Thu Hà")


def test_the_question_the_answer_and_the_experts_signature_stay_and_the_sign_off_goes() -> None:
    text = _body(
        f"Sức khỏe Bác sĩ tư vấn {QUESTION} {ANSWER} BS.CKII Ngô Thị Lan, Bệnh viện Đa khoa tỉnh Nam Định "
        "Trên đây là nội dung tư vấn của bác sĩ. Mọi thắc mắc vui lòng liên hệ tổng đài 1900 1234 để được "
        "hỗ trợ. Bình luận Gửi bình luận"
    )
    assert "Hỏi: Mẹ tôi 70 tuổi" in text and "Trả lời: Chào anh Nam" in text
    assert "BS.CKII Ngô Thị Lan, Bệnh viện Đa khoa tỉnh Nam Định" in text
    assert "Trên đây là nội dung tư vấn" not in text and "1900 1234" not in text


def test_a_readers_question_under_its_label_is_cut_off_the_columns_name() -> None:
    assert split_units(f"Sức khỏe Bác sĩ tư vấn {QUESTION}")[:2] == [
        "Sức khỏe Bác sĩ tư vấn",
        "Hỏi: Mẹ tôi 70 tuổi, gần đây hay quên và mất ngủ.",
    ]


def test_the_papers_answer_to_a_reader_by_name_opens_the_story() -> None:
    text = convert(
        "Trả lời bạn đọc về tiền thưởng Tết\nBáo nhận được câu hỏi của bạn đọc về tiền thưởng Tết.\n"
        "Trả lời bạn đọc Lê Thị Hoa: Theo Bộ luật Lao động, thưởng Tết do doanh nghiệp quyết định. "
        "Người lao động nên xem quy chế thưởng của công ty.".encode(),
        "trang.txt",
        year=2024,
    ).body
    assert "Trả lời bạn đọc Lê Thị Hoa:" in text


def test_a_letters_salutation_and_a_sentence_on_the_section_stay_in_a_news_please_page() -> None:
    page = "\n".join(
        [
            "Thư cảm ơn gửi thầy cô giáo cũ",
            "",
            "Một cựu học sinh gửi thư cảm ơn các thầy cô Trường THPT Lê Lợi sau 30 năm ra trường.",
            "",
            "Góc bạn đọc",
            "Kính gửi Ban Biên tập,",
            "Tôi là Nguyễn Văn Hải, cựu học sinh khóa 1990 - 1993 của Trường THPT Lê Lợi.",
            "Tôi viết thư này để cảm ơn các thầy cô đã dạy dỗ chúng tôi những năm tháng khó khăn.",
            "Góc bạn đọc tiếp tục nhận những câu chuyện về thầy cô đến hết tháng 11.",
        ]
    )
    text = convert(page.encode(), "trang.txt", year=2024).body
    assert "Kính gửi Ban Biên tập," in text
    assert "Góc bạn đọc tiếp tục nhận những câu chuyện" in text


def test_a_sentence_to_the_reader_after_the_byline_goes_with_the_appeal_it_runs_into() -> None:
    page = "\n".join(
        [
            "Thư cảm ơn người lái xe buýt tốt bụng",
            "",
            "Một bạn đọc gửi thư cảm ơn người lái xe buýt đã đưa cụ ông bị lạc về nhà.",
            "",
            "Chiều 12/3, bố tôi 82 tuổi đi lạc ở bến xe Giáp Bát.",
            "Anh Trần Văn Hòa, lái xe buýt tuyến 08, đã đưa ông về tận nhà ở Thanh Trì.",
            "Gia đình tôi xin gửi lời cảm ơn chân thành tới anh Hòa.",
            "Lê Thị Hạnh",
            "Trang bạn đọc là nơi chia sẻ câu chuyện của bạn. Bài viết xin gửi về bandoc@baomau.vn.",
            "Bình luận",
        ]
    )
    text = convert(page.encode(), "trang.txt", year=2024).body
    assert "tới anh Hòa." in text
    assert "Trang bạn đọc" not in text and "bandoc@baomau.vn" not in text


def test_a_question_to_the_reader_over_the_comment_box_goes_and_a_story_question_stays() -> None:
    page = "\n".join(
        [
            "Có nên cho học sinh dùng điện thoại trong trường?",
            "",
            "Đề xuất cấm học sinh dùng điện thoại trong trường nhận nhiều ý kiến trái chiều.",
            "",
            "Nhiều phụ huynh ủng hộ việc cấm để học sinh tập trung học tập và vận động.",
            "Một số giáo viên cho rằng điện thoại giúp tra cứu tài liệu nếu được hướng dẫn đúng cách.",
            "Vậy đâu là giải pháp phù hợp cho nhà trường?",
            "Sở Giáo dục và Đào tạo sẽ tổng hợp ý kiến trước khi ban hành hướng dẫn trong tháng 5.",
            "Ý kiến của bạn về đề xuất này?",
            "Gửi bình luận",
        ]
    )
    text = convert(page.encode(), "trang.txt", year=2024).body
    assert "Vậy đâu là giải pháp phù hợp cho nhà trường?" in text and "trong tháng 5." in text
    assert "Ý kiến của bạn" not in text


def test_a_site_with_an_ampersand_in_its_name_signing_the_description_goes() -> None:
    page = "\n".join(
        [
            "Diễn đàn: Có nên thu phí vào phố cổ?",
            "",
            "Đề xuất thu phí vào phố cổ nhận được nhiều ý kiến của bạn đọc. - Văn hóa & Đời sống",
            "",
            "Sau bài viết về đề xuất thu phí, tòa soạn nhận được hàng trăm ý kiến của bạn đọc.",
            "Nhiều người cho rằng phố cổ cần được bảo vệ khỏi cảnh quá tải du khách.",
            "Một số ý kiến lo ngại việc thu phí làm giảm sức hút của phố cổ.",
        ]
    )
    text = convert(page.encode(), "trang.txt", year=2024).body
    assert "nhiều ý kiến của bạn đọc." in text and "Văn hóa & Đời sống" not in text
