"""A saved blog's link to subscribe to its feed (Blogger's `Đăng ký: Đăng Nhận xét (Atom)`, a link
typed `application/atom+xml` or `rss+xml`) goes with its line, as a form's control does; a link in
the story is the story's. The page is written for these tests."""

from __future__ import annotations

from bantin.importer.convert import convert

STORY = [
    "Sáng 18/8, UBND thị xã Hoài Nhơn tổ chức lễ khánh thành cầu Bồng Sơn mới bắc qua sông Lại Giang.",
    "Cầu dài 320 m, rộng 12 m, tổng vốn đầu tư hơn 180 tỷ đồng từ ngân sách tỉnh và thị xã.",
    "Chủ tịch UBND thị xã cho biết sẽ tiếp tục cải tạo cầu cũ thành cầu đi bộ phục vụ người dân.",
]


def page(after: str, inside: str = "") -> bytes:
    story = "".join(f"<p>{p}</p>" for p in STORY) + inside
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Hoài Nhơn khánh thành cầu Bồng Sơn mới</title></head><body>
<div class="post hentry"><h1>Hoài Nhơn khánh thành cầu Bồng Sơn mới</h1>
<div class="post-body entry-content">{story}</div>{after}</div></body></html>""".encode()


def test_a_feeds_subscription_line_goes() -> None:
    feed = (
        '<div class="post-feeds">Đăng ký: <a class="feed-link" href="https://x.blogspot.com/feeds/1/comments/default"'
        ' type="application/atom+xml">Đăng Nhận xét (Atom)</a></div>'
    )  # in the post's box, under its text (the template's last line there)
    body = convert(page("", inside=feed), "page.html", year=2024).body
    assert "Atom" not in body and "Đăng ký" not in body
    assert all(p in body for p in STORY)


def test_a_link_in_the_story_is_the_storys() -> None:
    line = "Người dân có thể xem bản đồ quy hoạch trên cổng thông tin của thị xã từ ngày 20/8."
    linked = line.replace(
        "cổng thông tin của thị xã",
        '<a href="https://hoainhon.binhdinh.gov.vn/">cổng thông tin của thị xã</a>',
    )
    body = convert(page("", inside=f"<p>{linked}</p>"), "page.html", year=2024).body
    assert line in body
