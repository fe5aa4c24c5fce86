"""A byline's `Bài và ảnh:` label that trafilatura reads without its colon (`Bài và ảnh Thùy An`) is no
part of the writer's name (`authors._LABEL`); a headline opening with `Bài` keeps its words."""

from __future__ import annotations

from bantin.importer.authors import unlabelled
from bantin.importer.convert import convert


def test_the_photo_label_without_its_colon_goes() -> None:
    assert unlabelled("Bài và ảnh Thùy An") == "Thùy An"
    assert unlabelled("Bài, ảnh Lê Bích") == "Lê Bích"
    assert unlabelled("Bài và ảnh: Thùy An") == "Thùy An"
    assert unlabelled("Bài học Quang") == "Bài học Quang"  # no label: a photo's word is none of its


def test_a_saved_page_signed_bai_va_anh_names_its_writer() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Sốt xuất huyết tăng mạnh - Sức khỏe Mẫu</title>"
        '<meta property="og:site_name" content="Sức khỏe Mẫu"></head><body><article>'
        "<h1>Sốt xuất huyết tăng mạnh</h1>"
        "<p>Theo Sở Y tế, tuần qua thành phố ghi nhận 1.632 ca mắc sốt xuất huyết, tăng 30% so với tuần trước.</p>"
        "<p>Ngành y tế đề nghị người dân đậy kín dụng cụ chứa nước và ngủ màn kể cả ban ngày.</p>"
        '<p class="author" style="text-align:right">Bài và ảnh: Thùy An</p></article></body></html>'
    ).encode()
    assert convert(page, "page.html", year=2024).front.author == "Thùy An"
