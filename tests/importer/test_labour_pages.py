"""Labour, trade-union and social-insurance pages (the blind round `blind_labour`): a job site's offers
printed inside the story and run into its next sentence go (`job_cards`), while the story's own pay
stays; a how-to's numbered step opening with `Tải ứng dụng` stays whole, neither a box calling to the
reader (`reader_calls`) nor a header run into the lead (`page_header`); a titled writer's byline run
on after a related link goes back to the byline (`titled_signatures.signature_after_contact`). Texts
written for these tests."""

from __future__ import annotations

import itertools

import pytest

from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.job_cards import job_card, job_card_cuts
from bantin.importer.reader_calls import call_cuts
from bantin.importer.titled_signatures import signature_after_contact

from .scrapes import vnsum


@pytest.mark.parametrize(
    "text",
    [
        "Tuyển 40 công nhân đóng gói - Lương 8-11 triệu - KCN Tiên Sơn - Ứng tuyển ngay",
        "Việc làm hot: Nhân viên kho - 9-12 triệu - Bắc Ninh - Ứng tuyển",
        "Thợ hàn bậc 3 - Lương thỏa thuận",
        "Tuyển gấp 20 lao động phổ thông tại KCN Đình Trám - Lương 7-9 triệu - Gọi 0988 123 456",
        "Việc làm mới Kế toán kho - Mức lương: 10 triệu",
    ],
)
def test_a_job_offers_card_is_the_sites(text: str) -> None:
    assert job_card(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mức lương doanh nghiệp đưa ra phổ biến từ 7 đến 12 triệu đồng mỗi tháng.",
        "Công nhân may - lương 9 triệu đồng - cho biết thu nhập không đủ trang trải.",
        "Vị trí kỹ sư điện - 15-20 triệu - Hà Nội",  # a range with no button: a story's list may print it
        "Chị Lan, công nhân may, nhận lương 9-12 triệu mỗi tháng. Ứng tuyển vào công ty từ năm 2019.",
    ],
)
def test_a_storys_pay_is_no_card(text: str) -> None:
    assert not job_card(text)


def test_a_card_run_into_the_next_sentence_is_cut_after_its_button() -> None:
    text = (
        "Lương phổ biến từ 7 đến 12 triệu đồng. Tuyển 50 thợ may - Lương 9-12 triệu - KCN Nội Bài - "
        "Ứng tuyển ngay Phiên giao dịch được tổ chức tại Cầu Giấy."
    )
    cuts = sorted(job_card_cuts(text))
    assert [text[a:b].strip() for a, b in itertools.pairwise(cuts)] == [
        "Tuyển 50 thợ may - Lương 9-12 triệu - KCN Nội Bài - Ứng tuyển ngay"
    ]


def test_a_box_of_offers_is_cut_offer_by_offer() -> None:
    text = "Việc làm mới Lễ tân khách sạn - Lương 8-10 triệu Bảo vệ ca đêm - Lương thỏa thuận"
    cut = sorted(job_card_cuts(text))
    assert text[: cut[0]] == "Việc làm mới Lễ tân khách sạn - Lương 8-10 triệu"


def test_a_card_between_the_storys_sentences_goes_and_the_story_stays() -> None:
    content = (
        "Hơn 50 doanh nghiệp tham gia phiên giao dịch việc làm, chủ yếu tuyển lao động phổ thông. "
        "Mức lương phổ biến từ 7 đến 12 triệu đồng mỗi tháng, cao hơn cùng kỳ năm trước. "
        "Tuyển 30 công nhân may - Lương 9-12 triệu - KCN Phố Nối - Ứng tuyển ngay "
        "Phiên giao dịch được tổ chức trực tiếp và trực tuyến, kết nối với các huyện trong tỉnh. "
        "Người lao động được tư vấn miễn phí về học nghề và bảo hiểm thất nghiệp."
    )
    scrape = vnsum(
        "Phiên giao dịch việc làm cuối năm",
        "https://vieclam.example.vn/phien-giao-dich-viec-lam-cuoi-nam-12.html",
        content,
        summary="Hơn 50 doanh nghiệp tham gia phiên giao dịch việc làm, chủ yếu tuyển lao động phổ thông.",
        date="03/12/2024 08:00",
    )
    body = convert(scrape, "trang.txt", year=2024, sources={}).body
    assert "Ứng tuyển" not in body and "KCN Phố Nối" not in body
    assert "Phiên giao dịch được tổ chức trực tiếp và trực tuyến" in body
    assert "Mức lương phổ biến từ 7 đến 12 triệu đồng mỗi tháng" in body


def test_a_numbered_step_opening_with_download_is_no_call_to_the_reader() -> None:
    assert not call_cuts("Bước 1: Tải ứng dụng VssID trên kho ứng dụng của điện thoại. Bước 2: Đăng nhập.")
    assert call_cuts("Podcast: Bản tin sáng - Nghe các bản tin mới nhất Ông Lê An cho biết …")


def test_a_how_tos_first_step_stays_whole() -> None:
    content = (
        "Bước 1: Tải ứng dụng VssID - Bảo hiểm xã hội số trên kho ứng dụng của điện thoại. "
        "Bước 2: Đăng nhập bằng mã số bảo hiểm xã hội hoặc tài khoản định danh điện tử. "
        "Bước 3: Chọn mục Quá trình tham gia để xem thời gian và mức lương đóng của từng tháng."
    )
    scrape = vnsum("Cách xem quá trình đóng bảo hiểm", "https://bhxh.example.vn/cach-xem-3.html", content)
    body = convert(scrape, "trang.txt", year=2024, sources={}).body
    assert "Bước 1: Tải ứng dụng VssID - Bảo hiểm xã hội số trên kho ứng dụng của điện thoại." in body


def test_a_titled_byline_run_on_after_a_related_link_is_cut_off() -> None:
    units = [Unit(0, "Xem thêm: Những điểm mới về bảo hiểm từ ngày 1/7 ThS. Lê Thị Hạnh")]
    assert [u.text for u in signature_after_contact(units)] == [
        "Xem thêm: Những điểm mới về bảo hiểm từ ngày 1/7",
        "ThS. Lê Thị Hạnh",
    ]
    joined = [Unit(0, "Xem thêm: Bài phỏng vấn của TS. Lê Văn An")]  # the link's own name
    assert [u.text for u in signature_after_contact(joined)] == [joined[0].text]
