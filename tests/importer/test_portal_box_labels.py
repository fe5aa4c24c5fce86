"""A portal's box of its notices, filings or links printed between the story's paragraphs, its label and
one item run into the next sentence (`Thông báo:` | `Lịch tiếp công dân tháng 3/2025 Từ năm 2015 đến
nay, …`, `Công bố thông tin: Nghị quyết … năm 2026 Ông Trần Văn Huy, …`, `Liên kết website: Cổng TTĐT
tỉnh … | Cổng Dịch vụ công quốc gia Huyện Quan Sơn đang đề nghị …`): the label points to one item as a
related link's does (`vocabulary.PORTAL_BOXES`, read by `linked_headlines` and `labelled_links`); the
item ends where a span of time opens the sentence even before a year (`Từ năm 2015`, no name and its
number) or where a local government reports (`Huyện … đề nghị`); the links' box is no contact field of
the story's (`story_contacts`). The box goes, the sentence stays."""

from __future__ import annotations

from bantin.importer.convert import convert

_HEAD = (
    "Title: Trao 20 tấn gạo hỗ trợ huyện Xiềng Khọ\nSource: Cổng TTĐT huyện\n"
    "Link: https://huyen.example.gov.vn/tin-tuc/trao-gao.html\nPublished Date: 21/02/2025 09:20\n"
    "Author: \nTags: None\nSummary: \nContent: "
)
_FIRST = (
    "Ngày 20/2, tại cửa khẩu phụ Mường Lạn, huyện trao 20 tấn gạo và 200 suất quà cho người dân 9 bản "
    "của huyện Xiềng Khọ bị thiếu đói."
)


def _body(middle: str, after: str) -> str:
    page = f"{_HEAD}{_FIRST} {middle} {after} Hai bên thống nhất mở thêm chợ biên giới tại Mường Lạn trong năm nay.\n"
    return convert(page.encode(), "page.txt", year=2025).body


def test_a_notice_under_its_label_goes_off_the_sentence() -> None:
    after = "Từ năm 2015 đến nay, hai huyện kết nghĩa đã trao đổi 28 đoàn và hỗ trợ xây 2 trường học."
    body = _body("Thông báo: Lịch tiếp công dân tháng 3/2025", after)
    assert after in body and "Lịch tiếp công dân" not in body, body


def test_a_filing_under_its_label_goes_off_the_sentence() -> None:
    after = "Ông Trần Văn Huy, Giám đốc công ty, cho biết năm 2026 nhà máy phấn đấu sản xuất 1,15 tỷ kWh."
    body = _body("Công bố thông tin: Nghị quyết Đại hội đồng cổ đông thường niên năm 2026", after)
    assert after in body and "Nghị quyết Đại hội đồng" not in body, body


def test_a_box_of_links_goes_off_the_sentence() -> None:
    after = "Huyện Quan Sơn đang đề nghị tỉnh đầu tư mở rộng bãi kiểm hóa tập trung lên 3,5 ha."
    body = _body(
        "Liên kết website: Cổng TTĐT tỉnh Thanh Hóa | Báo Thanh Hóa | Cổng Dịch vụ công quốc gia", after
    )
    assert after in body and "Liên kết website" not in body, body


def test_a_sentence_about_a_notice_stays() -> None:
    after = "Thông báo số 215/TB-UBND ngày 10/2/2025 của UBND huyện kêu gọi các cơ quan, doanh nghiệp đóng góp gạo."
    body = _body("", after)
    assert after in body, body
