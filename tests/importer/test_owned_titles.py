"""A saved page that names its site nowhere a machine reads (no `og:site_name`, no address, no
masthead) is the site its copyright line names, spelt as the `<title>` ends when it ends so."""

from __future__ import annotations

from bantin.importer.html import parse_html
from bantin.importer.owned_titles import owned_site

_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Vì sao bầu trời mùa thu trong xanh hơn{}</title>
</head><body><nav><a href="/1">Khoa học</a> <a href="/2">Hỏi đáp</a></nav>
<div class="content"><h1>Vì sao bầu trời mùa thu trong xanh hơn</h1>
<p>Vào mùa thu, gió mùa đông bắc yếu tràn về mang theo không khí khô và sạch hơn các tháng khác.</p>
<p>Độ ẩm giảm khiến hơi nước và bụi mịn ít đi, nên ánh sáng mặt trời ít bị tán xạ trên đường đi.</p>
<p>Các nhà khí tượng khuyên người dân theo dõi chỉ số chất lượng không khí trước khi ra ngoài.</p>
</div><footer><p>{}</p><p>Địa chỉ: 12 Phố Mẫu, Hà Nội</p></footer></body></html>"""


def _page(suffix: str, footer: str) -> str:
    return _PAGE.format(suffix, footer)


def test_the_titles_last_part_the_copyright_owner_ends_with_is_the_site() -> None:
    page = _page(" | Khí tượng Phổ thông", "Bản quyền thuộc Tạp chí Khí tượng Phổ thông")
    assert parse_html(page).source == "Khí tượng Phổ thông"


def test_an_owner_the_title_does_not_spell_is_the_site() -> None:
    page = _page(" - Hỏi đáp", "© Bản quyền thuộc về Tạp chí Khí tượng Phổ thông. Ghi rõ nguồn khi đăng lại")
    assert parse_html(page).source == "Tạp chí Khí tượng Phổ thông"


def test_a_company_or_no_copyright_line_names_no_site() -> None:
    company = _page(" | Khí tượng Phổ thông", "Bản quyền thuộc Công ty Cổ phần Mẫu")
    assert owned_site(company, "x | Khí tượng Phổ thông") is None
    assert owned_site(_page("", "Liên hệ quảng cáo"), "x") is None


def test_a_one_word_part_is_not_taken_for_the_sites_name() -> None:
    page = _page(" | Video", "Bản quyền thuộc Tạp chí Khí tượng Video")
    assert owned_site(page, "Vì sao bầu trời mùa thu trong xanh hơn | Video") == "Tạp chí Khí tượng Video"


def test_a_copyright_line_in_a_script_is_not_read() -> None:
    page = _page(" | Khí tượng Phổ thông", "Liên hệ").replace(
        "</footer>", "<script>var c='Bản quyền thuộc Tạp chí Mẫu Khác';</script></footer>"
    )
    assert owned_site(page, "x | Khí tượng Phổ thông") is None
