"""An international agency's or an NGO's page (the blind round `blind_ngos`): its language switcher in
the agency's own script over the lead (`한국어 | Tiếng Việt`), its report box (`Tải báo cáo`, `Xem bản
tiếng Anh`), its attached release (`Đính kèm: ….pdf (245 KB)`) and its campaign's hashtags with their
number first (`#16NgayHanhDong`) go; the story's figures, findings and quotes stay."""

from __future__ import annotations

from bantin.importer.anchors import cut_at_anchors
from bantin.importer.attachments import attachment_cuts
from bantin.importer.convert import convert
from bantin.importer.furniture import Unit

HEADLINE = "KOICA ký kết dự án chuyển đổi số cho bốn tỉnh"
SUMMARY = "Dự án viện trợ không hoàn lại 8 triệu USD giúp 4 tỉnh xây dựng trung tâm điều hành thông minh."
QUOTE = (
    'Ông Jang Won-sam nói: "Kinh nghiệm của Hàn Quốc có thể giúp Việt Nam rút ngắn con đường chuyển đổi số."'
)
STORY = (
    "Dự án được thực hiện từ năm 2024 đến 2027 tại Bắc Giang, Thừa Thiên Huế, Bình Định và Vĩnh Long. "
    "Hàn Quốc sẽ cung cấp thiết bị, phần mềm và đào tạo cho 600 cán bộ công chức của bốn tỉnh."
)


def _page(content: str, summary: str = SUMMARY) -> str:
    return (
        f"Title: {HEADLINE}\nSource: KOICA Việt Nam\nLink: https://koica.example/vi/tin-tuc/1\n"
        f"Published Date: 2024-11-14T11:00:00+07:00\nAuthor: \nTags: None\nSummary: {summary}\n"
        f"Content: {content}\n"
    )


def _body(content: str, summary: str = SUMMARY) -> str:
    return convert(_page(content, summary).encode(), "page.txt", year=2024).body


def test_a_switcher_in_the_agencys_own_script_is_cut_off_the_lead() -> None:
    # a Korean syllable is several letters to `key`: the cut must still land where the summary starts
    units = cut_at_anchors([Unit(0, f"한국어 | Tiếng Việt KOICA Tin tức {SUMMARY}")], (HEADLINE, SUMMARY))
    assert [u.text for u in units] == ["한국어 | Tiếng Việt KOICA Tin tức", SUMMARY]
    body = _body(f"日本語 | English | Tiếng Việt JICA Tin tức {SUMMARY} {STORY}")
    assert body.startswith("Dự án viện trợ") and "日本語" not in body and "JICA Tin tức" not in body


def test_an_attached_release_under_its_bare_label_ends_the_story() -> None:
    text = f"{QUOTE} Đính kèm: Thong-cao-bao-chi.pdf (245 KB) Danh sách Trước"
    assert len(attachment_cuts(text)) == 2
    body = _body(
        f"{SUMMARY} {STORY} {QUOTE} Đính kèm: Thong-cao-bao-chi-KOICA.pdf (245 KB) Danh sách Trước "
        "KOICA hỗ trợ 3 triệu USD cho y tế cơ sở tại Quảng Trị Sau Cơ quan Hợp tác Quốc tế Hàn Quốc tại "
        "Việt Nam Tầng 18, tòa nhà Charmvit, 117 Trần Duy Hưng, Hà Nội"
    )
    assert body.rstrip().endswith('chuyển đổi số."') and "Đính kèm" not in body
    assert "đính kèm" in _body(f"{SUMMARY} Văn bản đính kèm quyết định được gửi tới các sở, ngành. {STORY}")


def test_a_report_box_and_a_link_to_the_english_release_go() -> None:
    body = _body(
        f"{SUMMARY} {STORY} {QUOTE} Tải báo cáo Xem bản tiếng Anh Liên hệ báo chí Tại Hà Nội: Nguyễn Thu "
        "Hằng, +84 24 3934 6600, nhang@worldbank.org Đăng ký nhận bản tin"
    )
    assert "Tải báo cáo" not in body and "tiếng Anh" not in body
    assert body.rstrip().endswith('chuyển đổi số."')
    kept = "Người dân có thể tải báo cáo đầy đủ trên trang web của Bộ Kế hoạch và Đầu tư từ tuần sau."
    assert kept in _body(f"{SUMMARY} {kept} {STORY}")  # the words inside a sentence stay


def test_a_campaigns_hashtags_with_their_number_first_go() -> None:
    body = _body(f"{SUMMARY} {STORY} #OrangeTheWorld #16NgayHanhDong")
    assert "#" not in body and body.rstrip().endswith("của bốn tỉnh.")
