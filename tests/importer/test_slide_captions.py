"""A saved page's gallery as a slider prints it (`<div class="swiper-slide"><img><span>2 / 3</span>
<p class="slide-caption">…</p>`): each slide's caption is a caption of the story (trafilatura drops
a box whose class says `slide` whole, the captions with it), and the slides' counters go. The page
is written for these tests."""

from __future__ import annotations

from bantin.importer.convert import convert

STORY = [
    "Nhà cộng đồng thôn Tả Van Giáy, Sa Pa, được dựng bằng gỗ pơ mu và đá hộc lấy tại chỗ, theo lối "
    "nhà trình tường của người Giáy.",
    "Công trình rộng 180 m2, có một gian sinh hoạt chung, một thư viện nhỏ và bếp phục vụ lễ hội của thôn.",
    "Kiến trúc sư cho biết người dân trong thôn tham gia làm khoảng 60% khối lượng công việc.",
]
CAPTIONS = ["Mặt tiền nhìn từ con đường chính của thôn.", "Gian sinh hoạt chung với hệ kèo gỗ lộ thiên."]


def page(slide: str) -> bytes:
    """A page with a slider of two photos, each slide printed as `slide` (`{n}`, `{caption}`)."""
    slides = "".join(slide.format(n=n, caption=c) for n, c in enumerate(CAPTIONS, 1))
    first, second, third = (f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Nhà cộng đồng bằng gỗ và đá ở Tả Van</title></head><body>
<nav><a href="/">Trang chủ</a> <a href="/kien-truc">Kiến trúc</a></nav>
<div class="single"><h1>Nhà cộng đồng bằng gỗ và đá ở Tả Van</h1>
<div class="single-content">{first}{second}<div class="gallery-slider swiper"><div class="swiper-wrapper">{slides}</div>
</div>{third}</div></div><footer>Kiến Việt - Chuyên trang kiến trúc</footer></body></html>""".encode()


def test_a_sliders_captions_stay_as_captions_and_its_counters_go() -> None:
    body = convert(
        page(
            '<div class="swiper-slide"><img src="/g{n}.jpg" alt="x"><span class="slide-count">{n} / 2</span>'
            '<p class="slide-caption">{caption}</p></div>'
        ),
        "page.html",
        year=2024,
    ).body
    for caption in CAPTIONS:
        assert f"{caption}\n{{: .caption }}" in body
    assert "1 / 2" not in body and "2 / 2" not in body
    assert all(p in body for p in STORY)


def test_a_slide_without_a_counter_keeps_its_caption_too() -> None:
    body = convert(
        page(
            '<div class="swiper-slide"><img src="/g{n}.jpg" alt="x"><p class="slide-caption">{caption}</p></div>'
        ),
        "page.html",
        year=2024,
    ).body
    assert all(caption in body for caption in CAPTIONS)
