"""A hospital's emergency box run on after the closing signature (fixtures/blind_hospitals.yml: `BS.CKI
Nguyễn Hữu Thịnh - Đơn vị Đột quỵ, Bệnh viện Gia An 115 Cấp cứu đột quỵ 24/7: 0287 308 8115`): `Cấp cứu`
and a service's words before `24/7` and the number start a field of their own (`field_starts`), so the
doctor signs the story and the box goes with the call-back form after it; a sentence telling of a
service running around the clock (`… hoạt động 24/7 qua số …`) is not cut."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.field_starts import field_cuts

SIGNED = "BS.CKI Nguyễn Hữu Thịnh - Đơn vị Đột quỵ, Bệnh viện Gia An 115"


def test_the_emergency_box_starts_a_field() -> None:
    text = f"{SIGNED} Cấp cứu đột quỵ 24/7: 0287 308 8115"
    assert len(SIGNED) + 1 in field_cuts(text)


def test_a_sentence_about_an_emergency_service_is_not_cut() -> None:
    text = "Bệnh viện duy trì đội cấp cứu 24/7 qua số 115 cho người dân."
    assert not field_cuts(text)
    assert not field_cuts("Khoa Cấp cứu trực 24/7, kể cả ngày lễ.")


def test_the_doctor_signs_and_the_box_goes() -> None:
    content = (
        "Anh T. (32 tuổi, Bình Tân) đang ăn tối thì đột ngột nói khó, tay phải rơi đũa, được đưa đến viện sau "
        "50 phút. Ê-kíp Đơn vị Đột quỵ đã tiêm thuốc tiêu sợi huyết và lấy huyết khối bằng dụng cụ cơ học. "
        f"{SIGNED} Cấp cứu đột quỵ 24/7: 0287 308 8115 Bạn cần tư vấn? Để lại số điện thoại Gửi yêu cầu"
    )
    raw = (
        "Title: Nam thanh niên 32 tuổi đột quỵ được cứu sống\nSource: https://benhvien.example.vn\n"
        "Link: https://benhvien.example.vn/tin-tuc/nam-thanh-nien-dot-quy.html\nPublished Date: 2024-10-02\n"
        f"Author: \nTags: None\nSummary: \nContent: {content}\n"
    ).encode()
    converted = convert(raw, "page.txt", year=2024)
    assert "0287 308 8115" not in converted.body and "Gửi yêu cầu" not in converted.body
    assert converted.front.author == "BS.CKI Nguyễn Hữu Thịnh"
