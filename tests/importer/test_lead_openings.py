"""What precedes the lead on a one-line page: a follow button run into the lead (`Theo dõi Báo Mẫu
trên Google News 16 giờ chiều 9/12, …`) is cut off it; a summary box's label and the summary or the story's points printed again under it go; a cookie banner's second
sentence (`Tiếp tục truy cập nghĩa là bạn đồng ý …`) goes with its first. The pages are written for
these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.cookie_banners import follows_cookie_notice
from bantin.importer.furniture import Unit
from bantin.importer.summary_boxes import summary_boxes
from bantin.importer.units import split_units

from .scrapes import vnsum

LINK = "https://baomau.vn/tin-tuc/hoi-nghi-tong-ket-cong-tac-nam-2024-a123.html"
TITLE = "Viện kiểm sát tỉnh tổng kết công tác năm 2024"
LEAD = "Sáng 16/12, Viện kiểm sát nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm 2024 của toàn ngành."
STORY = "Năm 2024, toàn ngành đã thụ lý kiểm sát giải quyết hơn 12.000 tin báo, tố giác tội phạm."


def _body(content: str, summary: str = "") -> str:
    return convert(vnsum(TITLE, LINK, content, summary=summary), "trang.txt", year=2024, sources={}).body


def test_a_follow_button_run_into_the_lead_is_cut_off_it() -> None:
    lead = (
        "16 giờ chiều 9/12, Công an tỉnh đã khởi tố bị can, bắt tạm giam nguyên giám đốc một công ty địa ốc."
    )
    units = split_units(f"Theo dõi Báo Mẫu trên Google News {lead}")
    assert units == ["Theo dõi Báo Mẫu trên Google News", lead]
    body = _body(f"Pháp đình Thứ Ba, 10/12/2024 | 16:40 Theo dõi Báo Mẫu trên Google News {lead} {STORY}")
    assert lead in body and "Google News" not in body


SUMMARY = "Viện kiểm sát nhân dân tỉnh tổng kết công tác năm 2024, thụ lý hơn 12.000 tin báo tội phạm."


@pytest.mark.parametrize(
    "label", ["Tóm tắt", "Tóm tắt nhanh", "Nội dung chính", "Người có công Tóm tắt nhanh"]
)
def test_a_summary_boxs_label_and_the_summary_printed_again_go(label: str) -> None:
    body = _body(f"Trang chủ Thời sự {label} {SUMMARY} {LEAD} {STORY}", summary=SUMMARY)
    assert LEAD in body and STORY in body and "Tóm tắt" not in body and "Nội dung chính" not in body
    assert "12.000 tin báo tội phạm" not in body


def test_the_storys_points_printed_again_go_with_the_box() -> None:
    units = [Unit(0, "Nội dung chính"), Unit(0, "Giá vé 8.000 đồng/lượt."), Unit(0, LEAD),
             Unit(0, "Giá vé 8.000 đồng/lượt, tần suất 15-20 phút/chuyến.")]  # fmt: skip
    out = summary_boxes(units, ())
    assert [u.keep for u in out] == [False, False, True, True]


@pytest.mark.parametrize(
    "texts",
    [
        [
            "Tóm tắt",
            "Bài viết phân tích thực trạng chuyển đổi số ở doanh nghiệp nhỏ.",
            "Từ khóa: chuyển đổi số.",
        ],
        ["Tóm tắt", "Giá xăng giảm 200-300 đồng/lít từ 15h chiều nay.", LEAD],  # nothing printed again
        ["Tóm tắt", SUMMARY],  # no story after it
    ],
)
def test_a_label_with_nothing_printed_again_or_a_papers_abstract_stays(texts: list[str]) -> None:
    units = [Unit(0, text) for text in texts]
    assert summary_boxes(units, (TITLE, SUMMARY if texts[1:2] == [SUMMARY] else "")) == units


def test_a_cookie_banners_second_sentence_goes_with_the_first() -> None:
    cookie = "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn."
    assert follows_cookie_notice(cookie, "Tiếp tục truy cập nghĩa là bạn đồng ý với chính sách này.")
    assert not follows_cookie_notice(cookie, "Tiếp tục tăng trưởng, doanh nghiệp mở thêm 30 cửa hàng.")
    body = _body(
        f"{cookie} Tiếp tục truy cập nghĩa là bạn đồng ý với chính sách này. Đồng ý Điện {LEAD} {STORY}"
    )
    assert LEAD in body and "cookie" not in body and "Tiếp tục truy cập" not in body
