"""A commune's, a ward's or a district's portal (blind round fixtures/blind_communes.yml): a writer
signing with their office after a dash keeps the byline whole before the rating box run into it
(`Thu Hương - Hội LHPN huyện Đánh giá bài viết Rất hay (0)`); a related link under the portal's label
of two nouns (`Tin, bài liên quan:`) goes and the story's sentence it ran into stays; the unit's own
office signing the story (`Nguồn: UBND phường Tân Phong`) is the portal's, no other publisher; a photo
album's title and count run into the story (`Ảnh: Đầm Hà 2024 · 8 ảnh`) goes, no credit of a caption; so
does the box of visitors under the story (`Thống kê truy cập Hôm nay: 128 Tổng: 412.560`)."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.office_bylines import buttons_after_office
from bantin.importer.owners import runs_the_site
from bantin.importer.photo_albums import album, album_cuts
from bantin.importer.units import split_units

from .scrapes import vnsum


def test_buttons_after_a_writer_and_their_office_stand_apart() -> None:
    text = "Dịp này, hội khen thưởng 12 tập thể. Thu Hương - Hội LHPN huyện Đánh giá bài viết Rất hay (0) Hay (0)"
    units = split_units(text)
    assert "Thu Hương - Hội LHPN huyện" in units
    assert "Đánh giá bài viết" in units
    assert buttons_after_office("Nguyễn Hoa - Trung tâm TT-VH thị xã Đánh giá bài viết Chưa có đánh giá")
    # a sentence with a dash is no byline: nothing cut
    assert not buttons_after_office("Hà Nội - Hải Phòng là tuyến đường Đánh giá bài viết")
    assert not buttons_after_office("Thu Hương - Hội LHPN huyện cho biết hội đã vận động được 42 tỷ đồng.")


def test_a_portal_page_keeps_the_writer_signing_with_their_office() -> None:
    story = (
        "Chiều 18/10, Hội Liên hiệp Phụ nữ huyện Mẫu tổ chức gặp mặt kỷ niệm Ngày Phụ nữ Việt Nam. "
        "Năm qua, các cấp hội đã giúp 320 hội viên phụ nữ nghèo vay vốn với tổng dư nợ hơn 42 tỷ đồng. "
        "Thu Hương - Hội LHPN huyện Đánh giá bài viết Rất hay (0) Hay (0) Bình thường (0) Tin khác "
        "Bản quyền thuộc UBND huyện Mẫu"
    )
    raw = vnsum(
        "Gặp mặt Ngày Phụ nữ Việt Nam", "https://mau.gov.vn/tin-tuc/gap-mat.html", story, source="mau.gov.vn"
    )
    converted = convert(raw, "page.txt", year=2024)
    assert converted.front.author == "Thu Hương"
    assert "Đánh giá" not in converted.body and "Rất hay" not in converted.body


def test_a_related_link_under_a_label_of_two_nouns_goes_and_the_sentence_stays() -> None:
    story = (
        "Ngày 16/11, Đảng ủy xã Mẫu tổ chức ra mắt mô hình dân vận khéo tại thôn Đông. "
        "Từ đầu năm, xã đã vận động 126 hộ bàn giao hơn 8,5 ha đất cho dự án đường trục. "
        "Tin, bài liên quan: Huyện Mẫu đẩy nhanh tiến độ giải phóng mặt bằng đường trục "
        "Ông Nguyễn Văn Lâm, Trưởng thôn Đông cho biết, nhiều gia đình tự nguyện tháo dỡ tường rào. "
        "Thanh Huyền"
    )
    raw = vnsum("Ra mắt mô hình dân vận khéo", "https://mau.gov.vn/tin-tuc/dan-van.html", story)
    body = convert(raw, "page.txt", year=2024).body
    assert "Ông Nguyễn Văn Lâm, Trưởng thôn Đông cho biết" in body
    assert "liên quan" not in body and "đẩy nhanh tiến độ" not in body


def test_the_unit_s_own_office_runs_its_portal() -> None:
    site = "Trang thông tin điện tử phường Tân Phong"
    assert runs_the_site("UBND phường Tân Phong", site)
    assert runs_the_site("Văn phòng HĐND-UBND phường Tân Phong", site)
    assert not runs_the_site("UBND thành phố Biên Hòa", site)  # another office: a credit
    assert not runs_the_site("Sở Y tế", site)
    assert not runs_the_site("UBND phường Tân Phong", "Báo Đồng Nai")  # a paper's page: a credit


def test_a_saved_portal_page_signed_by_its_own_office_is_the_portal_s() -> None:
    page = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        "<title>Phường đối thoại với nhân dân | Trang thông tin điện tử phường Tân Phong</title>"
        '<meta property="og:site_name" content="Trang thông tin điện tử phường Tân Phong">'
        '<meta property="article:published_time" content="2024-09-27T16:00:00+07:00"></head><body><main>'
        "<article><h1>Phường đối thoại với nhân dân</h1>"
        "<p>Chiều 26/9, Đảng ủy, UBND phường Tân Phong tổ chức hội nghị đối thoại với nhân dân về chỉnh trang đô thị.</p>"
        "<p>Lãnh đạo phường đã tiếp thu, trả lời trực tiếp và cam kết sửa chữa đèn chiếu sáng trước ngày 15/10.</p>"
        '<p class="author">Nguồn: UBND phường Tân Phong</p></article></main></body></html>'
    )
    assert (
        convert(page.encode(), "page.html", year=2024).front.source
        == "Trang thông tin điện tử phường Tân Phong"
    )


def test_a_photo_album_run_into_the_story_goes_and_no_caption_is_made() -> None:
    assert album("Ảnh: Đầm Hà 2024 · 8 ảnh") and album("Album ảnh: Lễ hội Chợ Gò (12 ảnh)")
    assert not album("Ảnh: Minh Đức")  # a credit counts no photos
    text = "Xã dẫn đầu với 96% hồ sơ trực tuyến. Ảnh: Đầm Hà 2024 · 8 ảnh Đồng chí Phó Chủ tịch yêu cầu bố trí máy tính."
    assert text.index(" Đồng chí") in album_cuts(text)
    story = (
        "Huyện Mẫu đặt mục tiêu 100% hồ sơ thủ tục hành chính cấp xã được số hóa trong năm nay. "
        "Xã Quảng Lợi là địa phương dẫn đầu với 96% hồ sơ được giải quyết trực tuyến. "
        "Ảnh: Đầm Hà 2024 · 8 ảnh Đồng chí Phạm Văn Trường, Phó Chủ tịch UBND huyện yêu cầu các xã bố trí máy tính. "
        "Thu Hà"
    )
    body = convert(
        vnsum("Chuyển đổi số cấp xã", "https://mau.gov.vn/tin-tuc/so.html", story), "page.txt", year=2024
    ).body
    assert "8 ảnh" not in body and "credit" not in body
    assert "Xã Quảng Lợi là địa phương dẫn đầu" in body and "Đồng chí Phạm Văn Trường" in body


def test_a_portal_s_box_of_visitors_under_the_story_goes() -> None:
    page = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Phường đối thoại với nhân dân</title>'
        "</head><body><main><article><h1>Phường đối thoại với nhân dân</h1>"
        "<p>Chiều 26/9, Đảng ủy, UBND phường Mẫu tổ chức hội nghị đối thoại với nhân dân về chỉnh trang đô thị.</p>"
        "<p>Lãnh đạo phường đã tiếp thu, trả lời trực tiếp và cam kết sửa chữa đèn chiếu sáng trước ngày 15/10.</p>"
        '<div class="visitor"><p>Thống kê truy cập</p><p>Hôm nay: 128</p><p>Tổng: 412.560</p></div>'
        "</article></main></body></html>"
    )
    body = convert(page.encode(), "page.html", year=2024).body
    assert "trước ngày 15/10" in body
    assert "Thống kê" not in body and "412.560" not in body
