"""A saved page's description (`og:description`) is its lead, the publisher's own summary, printed
or not (a sapo trafilatura leaves out of the story comes back from it); but a page that prints a sapo
of its own and not the description leads with its sapo: the description would be a second summary,
written for search engines, that a reader of the page never sees."""

from __future__ import annotations

from bantin.importer.convert import convert

_STORY = (
    "<p>Ngày 3/12, Trung tâm Y tế huyện Ven Sông tổ chức tiêm bổ sung vắc xin sởi cho 1.400 trẻ "
    "từ 1 đến 5 tuổi ở bốn xã vùng bãi.</p>"
    "<p>Các điểm tiêm mở cửa cả thứ Bảy và Chủ nhật để phụ huynh đi làm xa đưa con đến được.</p>"
    "<p>Trung tâm đề nghị các gia đình mang theo sổ tiêm chủng hoặc giấy khai sinh của trẻ.</p>"
)


def _page(description: str, sapo: str = "", json_ld: bool = False) -> str:
    meta = f'<meta property="og:description" content="{description}">'
    ld = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tiêm bổ sung vắc xin '
        f'sởi cho trẻ vùng bãi","description":"{description}"}}</script>'
        if json_ld
        else ""
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tiêm bổ sung vắc xin sởi cho trẻ '
        f"vùng bãi - Báo Mẫu Ven Sông</title>{meta}{ld}"
        '<meta property="og:site_name" content="Báo Mẫu Ven Sông">'
        '<meta property="article:published_time" content="2026-12-03T08:00:00+07:00"></head><body>'
        "<article><h1>Tiêm bổ sung vắc xin sởi cho trẻ vùng bãi</h1>"
        f"{sapo}<div class='content'>{_STORY}</div></article></body></html>"
    )


_UNPRINTED = "Ven Sông đẩy mạnh tiêm chủng sởi cho trẻ nhỏ ở các xã vùng bãi trước mùa đông xuân."
_SAPO = "Hơn một nghìn trẻ ở bốn xã vùng bãi được tiêm bổ sung vắc xin sởi trước mùa đông xuân."


def test_a_description_is_the_lead_of_a_page_with_no_sapo() -> None:
    body = convert(_page(_UNPRINTED).encode(), "page.html", year=2026).body
    assert body.lstrip().startswith(_UNPRINTED)
    assert "Ngày 3/12, Trung tâm Y tế" in body


def test_the_printed_sapo_stays_the_lead_beside_an_unprinted_description() -> None:
    sapo = f'<p class="sapo"><b>{_SAPO}</b></p>'
    body = convert(_page(_UNPRINTED, sapo).encode(), "page.html", year=2026).body
    assert "đẩy mạnh tiêm chủng" not in body
    assert _SAPO in body and body.index(_SAPO) < body.index("Ngày 3/12")


def test_a_description_the_page_prints_as_its_sapo_is_the_lead() -> None:
    sapo = f'<div class="sapo">{_SAPO}</div>'
    body = convert(_page(_SAPO, sapo).encode(), "page.html", year=2026).body
    assert body.count("Hơn một nghìn trẻ") == 1
    assert body.index("Hơn một nghìn trẻ") < body.index("Ngày 3/12")


def test_a_description_in_the_pages_json_ld_is_not_printed() -> None:
    sapo = f'<p class="sapo"><b>{_SAPO}</b></p>'
    body = convert(_page(_UNPRINTED, sapo, json_ld=True).encode(), "page.html", year=2026).body
    assert "đẩy mạnh tiêm chủng" not in body
    assert _SAPO in body and "sổ tiêm chủng" in body
