"""Energy pages (the blind round `blind_energy`): a utility's customer buttons run into its news (a
lookup box, a payment prompt, its app, its hotline with its hours: `service_prompts`), a notice's
last sentence after such a button, a licence a story tells of (`giấy phép hoạt động điện lực`, no
paper's licence line), a brand in capitals named as it writes itself (`PVOIL`, `PV GAS`)."""

from __future__ import annotations

import pytest

from bantin.importer import publishers
from bantin.importer.boilerplate import peel_language_link
from bantin.importer.convert import convert
from bantin.importer.furniture import STRONG
from bantin.importer.service_prompts import SERVICE_BUTTON, service_button, service_buttons, service_cuts
from bantin.importer.units import split_units

from .scrapes import vnsum


def _body(content: str, summary: str = "") -> str:
    scrape = vnsum(
        "Lịch ngừng cấp điện tuần tới ở huyện Mẫu",
        "https://pcmau.example.vn/tin-tuc/lich-ngung-cap-dien-tuan-toi-123.html",
        content,
        summary=summary or "Điện lực huyện Mẫu ngừng cấp điện để sửa chữa lưới điện ở ba xã.",
        date="08/04/2024 10:00",
    )
    return convert(scrape, "trang.txt", year=2024, sources={}).body


def test_a_lookup_box_run_into_the_next_sentence_is_cut_off_it() -> None:
    text = (
        "Đường dây mới giúp giảm quá tải vào mùa hè. Tra cứu lịch cắt điện Ngày có nhu cầu cao nhất, "
        "sản lượng điện toàn tỉnh đạt 12 triệu kWh."
    )
    assert split_units(text) == [
        "Đường dây mới giúp giảm quá tải vào mùa hè.",
        "Tra cứu lịch cắt điện",
        "Ngày có nhu cầu cao nhất, sản lượng điện toàn tỉnh đạt 12 triệu kWh.",
    ]
    app = "Tải App Điện Mẫu để theo dõi điện năng hằng ngày Theo công ty, mỗi hộ nên tắt thiết bị khi ra khỏi nhà."
    assert split_units(app)[0] == "Tải App Điện Mẫu để theo dõi điện năng hằng ngày"


@pytest.mark.parametrize(
    "text",
    [
        # a name after a word that leads to one, a comma: the story's sentence, whole
        "Tra cứu trên hệ thống của Bộ Công an cho thấy ông Nam từng bị xử phạt hai lần.",
        "Tra cứu dữ liệu, cơ quan điều tra xác định đối tượng Nguyễn Văn Bình ở huyện Mẫu.",
        "Thanh toán tiền điện qua ngân hàng tại Hà Nội tăng mạnh trong năm nay.",
        # a button with no sentence after it: nothing to set apart
        "Tra cứu lịch cắt điện Tin liên quan",
    ],
)
def test_a_sentence_opening_with_a_services_verb_is_left_whole(text: str) -> None:
    assert service_cuts(text) == set()


def test_a_hotline_with_its_hours_ends_where_the_next_sentence_starts() -> None:
    text = "Tổng đài CSKH 19001909 - phục vụ 24/7 Công ty cho biết sẽ đầu tư thêm lưới điện cho các xã đảo."
    assert split_units(text)[0] == "Tổng đài CSKH 19001909 - phục vụ 24/7"


def test_a_button_is_whole_with_no_stop_or_comma() -> None:
    assert service_button("Tra cứu lịch ngừng giảm cung cấp điện tại đây")
    assert service_button("Thanh toán tiền điện trực tuyến")
    assert not service_button("Tra cứu dữ liệu, cơ quan điều tra xác định đối tượng.")
    assert not service_button("Thanh toán xong, anh Nam ra về.")


def test_a_notices_last_sentence_after_a_lookup_box_stays() -> None:
    body = _body(
        "Trang chủ Tin tức Lịch cắt điện Điện lực huyện Mẫu thông báo ngừng cấp điện tuần tới như sau. "
        "Từ 7h00 đến 11h00 ngày 10/4: xã Đông, thôn 1 và thôn 2 Từ 13h00 đến 17h00 ngày 11/4: xã Tây, khu "
        "vực chợ Tây Lý do: thay cột và căng dây. Tra cứu lịch ngừng giảm cung cấp điện tại đây Điện lực sẽ "
        "cấp điện trở lại sớm nhất khi công việc hoàn thành. Văn bản Lịch cắt điện Trung tâm CSKH 19001909 "
        "Bản quyền © Điện lực huyện Mẫu"
    )
    assert "Điện lực sẽ cấp điện trở lại sớm nhất khi công việc hoàn thành." in body
    assert "Từ 13h00 đến 17h00 ngày 11/4: xã Tây" in body
    assert "Tra cứu" not in body and "19001909" not in body


def test_a_licence_a_story_tells_of_is_no_papers_licence_line() -> None:
    assert STRONG.search("Giấy phép hoạt động báo chí số 123/GP-BTTTT")
    assert STRONG.search("Giấy phép hoạt động: số 45/GP-BTTTT")
    assert not STRONG.search("Hộ gia đình không cần giấy phép hoạt động điện lực khi lắp điện mặt trời.")
    assert not STRONG.search("Sở Y tế thu hồi giấy phép hoạt động của phòng khám.")


def test_a_menu_and_hotline_run_into_a_lead_telling_of_a_licence_go() -> None:
    body = _body(
        "Kinh tế Năng lượng Thời sự Tìm kiếm Đường dây nóng 0912 345 678 Theo nghị định mới, hộ gia đình "
        "lắp điện mặt trời dưới 100 kW để tự dùng không cần giấy phép hoạt động điện lực. Phần điện dư "
        "được phát lên lưới không quá 20% công suất lắp đặt.",
        summary="Hộ gia đình lắp điện mặt trời mái nhà để tự dùng không cần giấy phép.",
    )
    assert "0912" not in body and "Tìm kiếm" not in body
    assert "Theo nghị định mới, hộ gia đình lắp điện mặt trời" in body


@pytest.mark.parametrize(
    ("candidate", "link", "expected"),
    [
        ("PVOIL", "https://www.pvoil.com.vn/tin-tuc/a-1", "PVOIL"),
        ("PV GAS", "https://www.pvgas.com.vn/tin-tuc/a-1", "PV GAS"),
        ("NHỊP CẦU ĐẦU TƯ", "https://nhipcaudautu.vn/a-1/", "Nhịp Cầu Đầu Tư"),  # words of the language
    ],
)
def test_a_brand_in_capitals_is_named_as_it_writes_itself(candidate: str, link: str, expected: str) -> None:
    assert publishers.name(candidate, link, {}, []) == expected


def test_a_link_to_the_site_in_english_run_into_the_lead_goes() -> None:
    assert peel_language_link(
        "English Thực hiện điều hành giá của liên Bộ, công ty điều chỉnh giá bán lẻ xăng dầu từ 15 giờ hôm nay."
    ) == (
        "English",
        "Thực hiện điều hành giá của liên Bộ, công ty điều chỉnh giá bán lẻ xăng dầu từ 15 giờ hôm nay.",
    )
    assert (
        peel_language_link("English Premier League khởi tranh mùa giải mới với 20 đội bóng tham dự.") is None
    )
    assert peel_language_link("English Thông cáo") is None  # no lead after it


def test_a_button_stands_inside_the_story_only_with_its_prose_after_it() -> None:
    texts = ["Lý do: thay cột.", "Tra cứu lịch cắt điện", "Điện lực sẽ cấp điện trở lại sớm nhất có thể."]
    kinds = [("prose", ""), ("chrome", "a line of site furniture"), ("prose", "")]
    assert service_buttons(kinds, texts)[1] == ("chrome", SERVICE_BUTTON)
    footer = [("prose", ""), ("chrome", "buttons"), ("chrome", "a disclaimer")]
    texts = ["Người gửi tiền nên so sánh lãi suất.", "Tải ứng dụng ngay", "Bài viết chỉ mang tính tham khảo."]
    assert service_buttons(footer, texts) == footer  # over the footer: the tail may start at it
