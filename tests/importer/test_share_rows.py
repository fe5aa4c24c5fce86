"""A row of share buttons with its label (`Chia sẻ: Facebook Twitter In bài`) run between two of a
notice's sentences after a stop goes, and the notice's last sentence after it stays: the row is cut off
(`toolbars`) and is no end of the story (`bounds`); a lone button there still ends it. A portal's
`Các thông báo khác` heads a list of other notices (`vocabulary.LIST_NOUNS`)."""

from bantin.importer.convert import convert
from bantin.importer.toolbars import toolbar_cuts

_PAGE = """Title: Thông báo tổ chức lãnh sự lưu động tại tỉnh Xê Kông
URL: https://example.vn/thong-bao-lanh-su-luu-dong.html
Published Date: 2024-11-20
Content: Nhằm tạo thuận lợi cho bà con người Việt Nam sinh sống tại các tỉnh Nam Lào, Tổng Lãnh sự quán tổ chức đợt lãnh sự lưu động tại tỉnh Xê Kông như sau. Thời gian: từ 8h00 ngày 26/11 đến 16h00 ngày 27/11/2024. Địa điểm: Trụ sở Hội người Việt Nam tỉnh Xê Kông, thị xã La Mam. Hồ sơ gồm: Tờ khai đề nghị cấp hộ chiếu (theo mẫu); 02 ảnh 4x6 cm nền trắng; Hộ chiếu cũ. {row} Bà con có nhu cầu xin liên hệ trước với Phòng Lãnh sự qua số điện thoại: (+856) 31 212 827 để được hướng dẫn. Các thông báo khác Thông báo nghỉ Tết Dương lịch 2025 Bản quyền thuộc Tổng Lãnh sự quán Việt Nam tại Pắc-xế
"""


def _body(row: str) -> str:
    return convert(_PAGE.replace("{row}", row).encode(), "lanh-su.txt").body


def test_a_share_row_between_two_sentences_goes_and_the_last_sentence_stays() -> None:
    body = _body("Chia sẻ: Facebook Twitter In bài")
    assert "Chia sẻ" not in body and "Twitter" not in body
    assert "Hộ chiếu cũ." in body
    assert "(+856) 31 212 827 để được hướng dẫn." in body
    assert "Các thông báo khác" not in body and "Tết Dương lịch" not in body


def test_the_cut_needs_a_stop_before_and_a_whole_sentence_after() -> None:
    text = (
        "Hộ chiếu cũ. Chia sẻ: Facebook Twitter In bài Bà con có nhu cầu xin liên hệ trước với Phòng Lãnh sự."
    )
    cuts = sorted(toolbar_cuts(text))
    assert [text[cuts[0] : cuts[1]]] == ["Chia sẻ: Facebook Twitter In bài"]
    assert not toolbar_cuts("Hộ chiếu cũ. Chia sẻ: Facebook Twitter In bài Xem thêm")
