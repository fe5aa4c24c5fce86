"""A credit's last name with its mark glued to an acronym that opens the next paragraph (`Ảnh: Bảo
NgọcHĐXX buộc các bị cáo …`) is parted: no brand glues capitals to a Vietnamese syllable with its mark;
a brand's or a code's capitals after a foreign word or a letter stay whole (`VinFAST`, `eKYC`, `iOS`)."""

from __future__ import annotations

from bantin.core.glued_words import glued_words
from bantin.importer.convert import convert


def test_a_syllable_with_its_mark_glued_to_an_acronym_is_parted() -> None:
    text = "Ảnh: Bảo NgọcHĐXX buộc các bị cáo liên đới bồi thường"
    assert glued_words(text) == [text.index("HĐXX")]
    assert glued_words("theo chỉ đạo của Thủ tướngUBND tỉnh đã họp") == [len("theo chỉ đạo của Thủ tướng")]


def test_capitals_after_a_foreign_word_or_a_letter_stay_whole() -> None:
    assert glued_words("tài khoản eKYC, hệ điều hành iOS và macOS, xe VinFAST") == []


def test_the_caption_keeps_its_credit_and_the_paragraph_after_it_stays() -> None:
    page = (
        "Title: Tuyên án nhóm lừa đảo tiền ảo\nSource: Công lý\nLink: https://example.vn/a.htm\n"
        "Published Date: 21/03/2025 17:40\nAuthor: \nTags: None\nSummary: \nContent: Ngày 21/3, TAND TP Hà "
        "Nội tuyên phạt 12 bị cáo trong vụ lừa đảo qua sàn tiền ảo.Các bị cáo tại phiên tòa. Ảnh: Bảo "
        "NgọcHĐXX buộc các bị cáo liên đới bồi thường cho các bị hại theo tỷ lệ thiệt hại. Bảo Ngọc\n"
    )
    body = convert(page.encode(), "page.txt", year=2025).body
    assert "HĐXX buộc các bị cáo liên đới bồi thường" in body
    assert "NgọcHĐXX" not in body
