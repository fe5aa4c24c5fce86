"""Social cards: Be Vietnam Pro draws every Vietnamese letter with every tone; a card is a
1200×630 PNG, the same bytes for the same text."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import pytest
from PIL import Image

from bantin.core.article import Article
from bantin.site.labels import LABELS
from bantin.site.social import HEIGHT, WIDTH, CardText, card_text, font, render_card

LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"  # the 29 letters of the Vietnamese alphabet
VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # ngang, huyền, sắc, hỏi, ngã, nặng


def _letters() -> list[str]:
    found = []
    for letter in LETTERS + LETTERS.upper():
        for tone in TONES if letter.lower() in VOWELS else ("",):
            composed = unicodedata.normalize("NFC", letter + tone)
            assert len(composed) == 1, composed  # one precomposed character, as our text is (NFC)
            found.append(composed)
    return found


def _bitmap(face, text: str) -> tuple[tuple[int, int], bytes]:
    mask = face.getmask(text)
    return mask.size, bytes(mask)


@pytest.mark.parametrize("weight", [400, 500, 600, 700])
def test_every_vietnamese_letter_with_every_tone_has_a_glyph(weight: int) -> None:
    face = font(48, weight)
    notdef = _bitmap(face, "\U0010fffd")  # a private code point: no font maps it, .notdef is drawn
    letters = _letters()
    assert len(letters) == 2 * (len(LETTERS) + 5 * len(VOWELS)) == 178
    missing = [ch for ch in letters if _bitmap(face, ch) == notdef or not any(_bitmap(face, ch)[1])]
    assert missing == []
    # a tone mark is drawn, not dropped: each toned letter differs from its letter without it
    untoned = [ch for ch in letters if ch != (base := unicodedata.normalize("NFD", ch)[0])
               and _bitmap(face, ch) == _bitmap(face, base)]  # fmt: skip
    assert untoned == []


def _image(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_a_card_is_a_1200_by_630_png_and_the_same_text_gives_the_same_bytes() -> None:
    text = CardText(
        "Việt Nam và Lào chia sẻ kinh nghiệm xây dựng Đảng", "Nhân Dân", "Thứ Sáu, 15/10/2021", "Tin"
    )
    data = render_card(text)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = _image(data)
    assert image.format == "PNG" and image.size == (WIDTH, HEIGHT) == (1200, 630)
    assert render_card(text) == data
    other = render_card(
        CardText(
            "Việt Nam và Lào chia sẻ kinh nghiệm xây dựng Đảng", "Nhân Dân", "Thứ Bảy, 16/10/2021", "Tin"
        )
    )
    assert other != data
    assert len(data) < 50_000


def test_a_headline_too_long_for_the_card_is_cut_and_a_word_too_long_for_a_line_is_broken() -> None:
    long = CardText(" ".join(["Hợp tác toàn diện giữa Việt Nam và Lào"] * 20), "", "", "Tin")
    image = _image(render_card(long)).convert("L")
    assert image.size == (WIDTH, HEIGHT)
    assert image.getpixel((WIDTH - 20, HEIGHT // 2)) > 200  # the right margin stays paper
    word = CardText("X" * 200, "Nguồn", "", "Tin")
    assert _image(render_card(word)).size == (WIDTH, HEIGHT)


def test_an_english_card_without_an_english_title_says_it_is_in_vietnamese() -> None:
    article = Article(title="Tin tiếng Việt", date=dt.date(2021, 10, 15), source="TTXVN", src_uri="a.md")
    english = card_text(article, "en", LABELS["en"], "Digest")
    assert english == CardText(
        "Tin tiếng Việt", "TTXVN", "Friday, 15 October 2021", "Digest", "In Vietnamese"
    )
    translated = article.model_copy(update={"title_en": "News in English"})
    assert card_text(translated, "en", LABELS["en"], "Digest").label == ""
    assert card_text(article, "vi", LABELS["vi"], "Tin").date == "Thứ Sáu, 15/10/2021"
