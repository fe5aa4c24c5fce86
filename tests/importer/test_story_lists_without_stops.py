"""Lines of the story without a final stop beside the page's (blind_verse): the long sentence the closing
byline signs stays after a list without stops though it names a furniture word."""

from __future__ import annotations

from bantin.importer.convert import convert
from tests.importer.test_unseen_sites import words


def test_the_signed_sentence_after_a_list_without_stops_stays() -> None:
    story = [
        "Năm nay, thí sinh nộp hồ sơ xét tuyển lớp 10 hoàn toàn trực tuyến trên cổng của Sở.",
        "Phụ huynh nên cùng con làm theo các bước",
        "Kiểm tra thông tin cá nhân của học sinh trên hệ thống",
        "Chuẩn bị ảnh chân dung cỡ 3x4",
        "Chọn trường theo thứ tự ưu tiên",
        "Theo dõi lịch nộp lệ phí",
        "Ngoài ra, phụ huynh nên giữ kỹ mật khẩu tài khoản và không chia sẻ cho người lạ.",
    ]  # the last names `mật khẩu` and `chia sẻ`, after a step opening with `Theo dõi`
    tail = ["Hà Linh", "Tin liên quan", "Điểm chuẩn lớp 10 có thể tăng", "Bình luận (0)", "Gửi bình luận"]
    lead = "Phụ huynh cần chuẩn bị hồ sơ cho con từ sớm để tránh sai sót. - Báo Thủ Đô"
    page = "\n".join(
        ["Hướng dẫn nộp hồ sơ tuyển sinh lớp 10", "", lead, "", "Giáo dục", "12/05/2024 08:00", *story, *tail]
    )
    body = words(convert(page.encode(), "page.txt", year=2024).body)
    assert all(words(line) in body for line in story)
    assert "Điểm chuẩn" not in body
