"""A saved blog's post names its account as its author in the markup (Blogger's `Đăng bởi <span
class="fn">Judo Mẫu</span>`), and the account is the site's own name or its last words (`Liên đoàn Judo
Mẫu`): the publisher posting every story, no writer (`html._the_site`), so the story's signature under it
is the author (`Ban Truyền thông Liên đoàn`); an account that names a person stays the author."""

from __future__ import annotations

from bantin.importer.convert import convert

STORY = (
    "<div>Liên đoàn Judo Mẫu vừa chốt danh sách 14 võ sĩ đội tuyển quốc gia tập huấn chuẩn bị mùa giải "
    "mới, sau giải vô địch toàn quốc tháng 11.</div><div>Đội tuyển tập trung tại trung tâm huấn luyện từ "
    "ngày 15/12, dự kiến tập huấn ở nước ngoài bốn tuần vào tháng 3 năm sau.</div><div>Danh sách các hạng "
    "cân còn lại sẽ được công bố sau đợt kiểm tra thể lực cuối tháng 12.</div>"
)


def _page(account: str) -> bytes:
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Chốt danh sách đội tuyển judo</title>'
        '<meta property="og:site_name" content="Liên đoàn Judo Mẫu"></head><body>'
        '<div class="post hentry"><h3 class="post-title">Chốt danh sách đội tuyển judo</h3>'
        '<h2 class="date-header"><span>Thứ Năm, 3 tháng 12, 2026</span></h2>'
        f'<div class="post-body entry-content">{STORY}'
        '<div style="text-align: right;"><b>Ban Truyền thông Liên đoàn</b></div></div>'
        f'<div class="post-footer"><span class="post-author vcard">Đăng bởi <span class="fn">{account}</span>'
        '</span> <span class="post-timestamp">lúc 21:15</span></div></div></body></html>'
    ).encode()


def test_the_site_s_account_yields_to_the_story_s_signature() -> None:
    front = convert(_page("Judo Mẫu"), "judo.html", year=2026).front
    assert front.author == "Ban Truyền thông Liên đoàn"


def test_an_account_naming_a_person_is_the_author() -> None:
    front = convert(_page("Lê Minh Hà"), "judo.html", year=2026).front
    assert front.author == "Lê Minh Hà"
