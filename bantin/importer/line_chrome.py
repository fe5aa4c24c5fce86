"""Whole lines of site chrome in the line-per-paragraph layouts, dropped before the chrome detector
cuts the rest into units: a `Tin liên quan` header with the headlines (and their leads) under it, a
short line of furniture, a language menu, the page's tags under their label, and everything after
the story's closing byline when only other stories and the site follow. A longer line is left to the
detector, which judges it sentence by sentence; so is a contact's field (an appeal's `Hotline: …`).
"""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence, sentence_starts
from . import boxed, signed
from .boilerplate import is_chrome, is_headline, is_language_menu, is_section_header, remove_language_menus
from .bylines import parse_byline
from .furniture import signals
from .parsed import Block
from .part_heads import opens_a_part
from .story_contacts import contact_field
from .transcripts import in_dialogue
from .units import split_units
from .unsigned import source_credit

__all__ = ["drop_chrome"]


def drop_chrome(blocks: list[Block]) -> list[Block]:
    """Remove chrome lines and `Tin liên quan`-style sections with the headlines under them."""
    out: list[Block] = []
    in_section = False
    blocks = _before_tags(blocks)
    for index, block in enumerate(blocks):
        if block.kind != "caption" and _signed_off(out) and signed.links_to_the_end(blocks[index:], out):
            break  # the story signed off; other stories' headlines and the site's lines follow
        if block.kind != "caption" and is_section_header(block.text):
            if _stories_to_the_end(blocks[index + 1 :]) or _signed_off(out):
                break
            in_section = True
            continue
        if (
            in_section
            and block.kind != "caption"
            and is_headline(block.text)
            and not (source_credit(block.text) or opens_a_part(blocks, index) or boxed.writer(blocks, index))
            and not in_dialogue([b.text for b in blocks], index)  # `PV: …?` `Ông A: …` `PV: …`: the story's
        ):
            continue
        if block.kind != "caption":  # a thumbnail's caption in the box does not end it
            in_section = False
        if block.kind != "caption" and is_chrome(block.text) and _short(block.text):
            if _headlines_to_the_end(blocks[index + 1 :], 1 if _INVITES.search(block.text) else 2):
                break  # a header of its own words (`Bài viết cùng chủ đề`) over a list of stories
            continue  # longer blocks are judged sentence by sentence by the chrome detector
        if (block.kind == "caption" and not (block.text or block.credit)) or boxed.polled(blocks, index):
            continue  # an empty caption; a poll's question under its header (which went)
        if block.kind == "paragraph" and is_language_menu(block.text):
            continue
        if block.kind == "paragraph":
            text = " ".join(remove_language_menus(block.text).split())
            if not text:
                continue
            block = Block("paragraph", text)
        out.append(block)
    return out


_TAG_LABEL = re.compile(r"^(?:tags?|từ kh[óo]a|thẻ|chủ đề)\s*:?$", re.IGNORECASE)
_LONGEST_TAG = 6  # words


def _before_tags(blocks: list[Block]) -> list[Block]:
    """The body without the page's tags at its end: their label alone on a line (`TAGS:`, `Từ
    khóa`), then a tag a line (`chống ngập`, `Cần Thơ`), short and no sentence, to the end; after two
    tags or more, the site's footer may close the page (`Vietnam+ - Báo điện tử của Thông tấn xã Việt
    Nam`), a line of any length with no stop."""
    cut = _tags_from(blocks, 1)
    if (
        cut is None
        and len(blocks) >= 4
        and blocks[-1].kind == "paragraph"
        and not ends_sentence(blocks[-1].text)
    ):
        cut = _tags_from(blocks[:-1], 2)
    return blocks if cut is None else blocks[:cut]


def _tags_from(blocks: list[Block], least: int) -> int | None:
    """Where the label of the tags to the end of `blocks` stands, `least` tags or more under it."""
    for index in range(len(blocks) - 2, -1, -1):
        rest = blocks[index + 1 :]
        if not all(b.kind == "paragraph" and _is_tag(b.text) for b in rest):
            return None
        if (
            len(rest) >= least
            and blocks[index].kind != "caption"
            and _TAG_LABEL.match(blocks[index].text.strip())
        ):
            return index
    return None


def _is_tag(text: str) -> bool:
    return len(text.split()) <= _LONGEST_TAG and not ends_sentence(text)


def _signed_off(before: list[Block]) -> bool:
    """The article's closing byline stands just before a `Tin liên quan` header: the article ended
    there, and what follows is other stories (a headline and its lead on one line each) and the
    site's footer."""
    before = signed.after_credits(before)  # `Hải Yến` ⏎ `Theo Bóng Đá` ⏎ `Video: …`: signed off
    if len(before) < 2 or before[-1].kind != "paragraph" or len(before[-1].text) > 60:
        return False
    if before[-2].kind != "caption" and not ends_sentence(before[-2].text):  # not a subheading's words
        return False
    return bool((byline := parse_byline(before[-1].text)) and byline.author)


_TEASER_LEAD = 320  # characters: a related story's lead is a sentence or two


def _stories_to_the_end(rest: list[Block]) -> bool:
    """What follows a `Tin liên quan` header to the end of the body is other stories, each a
    headline with its lead under it (`Tin cùng chuyên mục`: a headline, then its sapo of a sentence
    or two), between lines of site chrome. Only then do the leads go with their headlines: where a
    headline stands without a lead, the paragraph after it may be the article going on after a box
    of links, and it stays."""
    pairs = 0
    headline = False
    for block in rest:
        text = block.text
        if block.kind == "caption":
            if text:
                return False
            continue
        if is_section_header(text) or (is_chrome(text) and _short(text)):
            if headline:
                return False
        elif block.kind == "heading" or is_headline(text):
            if headline:
                return False  # two headlines running: a list of links, whatever follows it
            headline = True
        elif source_credit(text):
            return False  # a credit closing the story (`Theo Đời sống Plus`), no teaser's lead: it stays
        elif headline and len(text) <= _TEASER_LEAD and len(sentence_starts(text)) <= 1:
            headline = False
            pairs += 1
        else:
            return False
    return pairs > 0 and not headline


# A line inviting to read other stories (`Mời bạn đọc xem thêm …`): the one headline under it is one.
_INVITES = re.compile(r"xem thêm|đọc thêm|liên quan|cùng chủ đề|cùng chuyên mục", re.IGNORECASE)


def _headlines_to_the_end(rest: list[Block], least: int = 2) -> bool:
    """Nothing but headlines (`least` or more, none a byline) and chrome lines to the end of the body."""
    headlines = 0
    for block in rest:
        if block.kind == "caption" or parse_byline(block.text) is not None:
            return False
        if is_section_header(block.text) or (is_chrome(block.text) and _short(block.text)):
            continue
        if block.kind != "heading" and not is_headline(block.text):
            return False
        headlines += 1
    return headlines >= least


def _short(text: str) -> bool:
    """A block of chrome this pass may drop whole: one unit, or a short line with no sentence of the story
    after its first unit (`Xem thêm:Lịch … mới nhấtSang hiệp hai, Thái Lan gỡ hòa …` holds one); no
    contact's field (an appeal's `Hotline: …`): the detector judges those among the lines around them."""
    if contact_field(text):
        return False
    units = split_units(text)
    story = any(s.sentence and s.words >= 8 for s in map(signals, (u for u in units[1:] if not u.isupper())))
    return len(units) <= 1 or (len(text) <= 200 and not story)
