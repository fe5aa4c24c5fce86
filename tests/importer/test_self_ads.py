"""The site advertising itself inside the story (`self_ads`): a sentence opening with the site's name,
its phone's line after it, goes; a sentence naming the site with no phone after it, one naming another
body, and one before contacts the story keeps, stay."""

from __future__ import annotations

from bantin.importer.self_ads import self_ads


def _called(text: str) -> bool:
    return "Nha khoa Mẫu Việt" in text


AD = "Nha khoa Mẫu Việt nhận niềng răng trọn gói cho trẻ em và người lớn."
CALL = "Gọi ngay 0912 345 678"
STORY = "Trẻ nên được khám răng định kỳ sáu tháng một lần để phát hiện sâu răng sớm."


def test_the_sites_sentence_with_its_phone_after_it_goes() -> None:
    kinds = [("prose", ""), ("prose", ""), ("chrome", "phone"), ("prose", "")]
    out = self_ads(kinds, [STORY, AD, CALL, STORY], _called)
    assert [kind for kind, _ in out] == ["prose", "chrome", "chrome", "prose"]


def test_a_sentence_naming_the_site_with_no_phone_after_it_stays() -> None:
    kinds = [("prose", ""), ("prose", ""), ("chrome", "button")]
    assert self_ads(kinds, [STORY, AD, "Chia sẻ Bình luận"], _called) == kinds
    kinds = [("prose", ""), ("prose", ""), ("prose", "")]
    assert self_ads(kinds, [STORY, AD, STORY], _called) == kinds


def test_another_bodys_sentence_and_an_appeals_contacts_stay() -> None:
    other = "Bệnh viện Răng Hàm Mặt Mẫu nhận khám miễn phí cho trẻ em vào cuối tuần."
    kinds = [("prose", ""), ("prose", ""), ("chrome", "phone")]
    assert self_ads(kinds, [STORY, other, CALL], _called) == kinds
    kinds = [
        ("prose", ""),
        ("prose", ""),
        ("prose", "a contact field of the story's own"),
    ]  # `story_contacts`
    assert self_ads(kinds, [STORY, AD, CALL], _called) == kinds


def test_the_storys_last_sentence_naming_the_site_before_the_footers_hotline_stays() -> None:
    last = "Nha khoa Mẫu Việt sẽ tiếp tục khám miễn phí cho học sinh vùng cao trong năm học tới."
    kinds = [("prose", ""), ("prose", ""), ("chrome", "phone"), ("chrome", "copyright")]
    assert (
        self_ads(
            kinds, [STORY, last, "Hotline: 0243 123 4567", "Bản quyền thuộc Nha khoa Mẫu Việt."], _called
        )
        == kinds
    )
