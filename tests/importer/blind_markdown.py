"""The blind rounds' `markdown` layout: a page as a scraper writes it in Markdown, its `flavour` the tool.

* `jina` (Jina Reader): `Title:` (the title and the `<title>`'s `suffix`), `URL Source:`, `Published Time:` (when the page has `published` and
  not `no_time`), then `Markdown Content:` and the whole page, its `<h1>` underlined (`===`), its
  images numbered (`![Image 3: alt](src)`, `![Image 3](src)` when the image has no alt);
* `crawler` (Firecrawl, crawl4ai): the page's Markdown alone, its `<h1>` a `#` heading;
* `clipper` (MarkDownload): a front-matter (`created` the day it was clipped, `published` the
  `clip_published` when given, `tags`, `source` the address, `author` the `clip_author`), `# title`,
  the `summary` in a `> ## Excerpt` quote, `---`, the page;
* `obsidian` (Obsidian's web clipper): a front-matter (`title`, `source`, `author` the `clip_authors`
  as `"[[Name]]"` links, `published` the `clip_published`, `created`, `description` the `summary`,
  `tags`), then the page with no `# title` of its own but the page's.

The page: `top` (raw Markdown over the menu: a skip link, a cookie notice; not counted, must go), the
logo (`site`) as a linked image, the `head` items as the menu's links, the `crumbs` as one breadcrumb
line, the title (`heading: setext | atx` overrides the tool's), the `shown` date line (or
`published`; not in a Jina page that has its header's time, unless `shown` is given), the byline at the
top when `byline_at: top`, the `article` items as paragraphs (`sapo: bold` prints the first in bold; a
`{chrome: …, md: '…{}…'}` or `{story: …, md: …}` item in its own Markdown; a `{caption: …}` item is
an image with the caption under it (plain; `{em: …}` in italics), its `alt` the caption's own when
not given, `alt: ''` none), the `byline` (`byline_as`: `plain`, `bold`, `link` to `/tac-gia/…`), then
the `tail`: strings as paragraphs, `{link: …}` a line of one link, `{card: headline, lead: …}` a
related story's card (its linked image, `### [headline](…)`, the lead), and `bottom` (raw, not counted);
an `{md: …}` item of `article` or `tail` is raw Markdown, neither story nor chrome (a photo without a
caption, Jina's empty `[](…)` link); a `{chrome: …, md: …}` item of `tail` is the site's unit in its own
Markdown, and a `{chrome: [lines], md: …}` item (of either) fills the `md`'s `{}` with its lines in turn (a
`Xem thêm` box as a list, a comment thread); a card with `bare: true` has no picture.
"""

from __future__ import annotations

import re
import unicodedata


def tail_lines(page: dict) -> list[str]:
    """The tail's lines of chrome: its paragraphs, its links, each card's headline and lead."""
    out = []
    for item in page["tail"]:
        if isinstance(item, str):
            out.append(item)
        elif "chrome" in item:  # the site's unit in its own Markdown (a list of links, a comment)
            out += unit_lines(item["chrome"])
        elif "md" in item:  # raw Markdown (an empty link): not counted
            continue
        elif "card" in item:
            out += [item["card"], *([item["lead"]] if item.get("lead") else [])]
        else:
            out.append(item["link"])
    return out


def _slug(text: str) -> str:
    bare = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in bare if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", bare).strip("-")[:60] or "x"


class _Images:
    """The page's images in turn, numbered as Jina numbers them."""

    def __init__(self, flavour: str, home: str) -> None:
        self.flavour, self.home, self.count = flavour, home, 0

    def __call__(self, alt: str, name: str) -> str:
        self.count += 1
        src = f"{self.home}/images/{self.count}-{_slug(name)}.jpg"
        if self.flavour == "jina":
            return f"![Image {self.count}{': ' + alt if alt else ''}]({src})"
        return f"![{alt}]({src})"


def _escape(text: str) -> str:
    """The page's text as the tools escape it (`*`, `_`, `[` and `]` of the text)."""
    return re.sub(r"([*_\[\]])", r"\\\1", text)


def render_markdown(page: dict) -> str:
    flavour, title = page["flavour"], page["title"]
    link = page["link"]
    home = re.match(r"https?://[^/]+", link).group(0)
    image = _Images(flavour, home)
    esc = _escape if page.get("escape", True) else (lambda text: text)
    out: list[str] = []
    if page.get("top"):
        out.append(page["top"])
    if page.get("site"):
        out.append(f"[{image('Logo ' + page['site'], 'logo')}]({home}/)")
    out.append("\n".join(f"{_bullet(flavour)}[{esc(text)}]({home}/{_slug(text)})" for text in page["head"]))
    if page.get("crumbs"):
        out.append(" > ".join(f"[{esc(text)}]({home}/{_slug(text)})" for text in page["crumbs"]))
    heading = page.get("heading", "setext" if flavour == "jina" else "atx")
    out.append(f"{title}\n{'=' * len(title)}" if heading == "setext" else f"# {title}")
    shown = page.get("shown") or (
        "" if flavour == "jina" and not page.get("no_time") else page.get("published")
    )
    byline = _byline(page, home, esc)
    if page.get("byline_at") == "top" and byline:
        out.append(f"{byline} - {shown}" if shown else byline)
    elif shown:
        out.append(shown)
    for i, item in enumerate(page["article"]):
        out.append(_item(item, i == 0 and page.get("sapo") == "bold", image, esc))
    if byline and page.get("byline_at") != "top":
        out.append(byline)
    for item in page["tail"]:
        if isinstance(item, str):
            out.append(esc(item))
        elif "chrome" in item:
            out.append(_fill(item.get("md", "{}"), item["chrome"], esc))
        elif "md" in item:
            out.append(item["md"])
        elif "card" in item:
            url = f"{home}/{_slug(item['card'])}-{len(out)}.html"
            if not item.get("bare"):  # `bare`: a card without a picture
                out.append(f"[{image(item['card'] if flavour != 'jina' else '', item['card'])}]({url})")
            out.append(f"### [{esc(item['card'])}]({url})")
            if item.get("lead"):
                out.append(esc(item["lead"]))
        else:
            out.append(f"[{esc(item['link'])}]({home}/{_slug(item['link'])})")
    if page.get("bottom"):
        out.append(page["bottom"])
    markdown = "\n\n".join(out)
    if flavour == "jina":
        time = (
            f"Published Time: {page['published']}\n\n"
            if page.get("published") and not page.get("no_time")
            else ""
        )
        return f"Title: {title}{page.get('suffix', '')}\n\nURL Source: {link}\n\n{time}Markdown Content:\n{markdown}\n"
    if flavour == "obsidian":  # Obsidian's web clipper: its front-matter, then the page (no `# title`)
        authors = "".join(f'\n  - "[[{name}]]"' for name in page.get("clip_authors", ()))
        return (
            f'---\ntitle: "{title}"\nsource: "{link}"\nauthor:{authors or " "}\n'
            f"published: {page.get('clip_published', '')}\ncreated: {page.get('clipped', '2025-11-28')}\n"
            f'description: "{page.get("summary", "")}"\ntags:\n  - "clippings"\n---\n' + markdown + "\n"
        )
    if flavour == "clipper":
        published = f"published: {page['clip_published']}\n" if page.get("clip_published") else ""
        front = (
            f"---\ncreated: {page.get('clipped', '2025-11-28T21:14:05 (UTC +07:00)')}\n{published}tags: []\n"
            f"source: {link}\nauthor: {page.get('clip_author', '')}\n---\n\n# {title}\n\n"
            f"> ## Excerpt\n> {page.get('summary', '')}\n\n---\n"
        )
        return front + markdown + "\n"
    return markdown + "\n"


def unit_lines(text: str | list[str]) -> list[str]:
    """A unit's lines: a `{chrome: …}` item's text, or its list of lines (a box of links, a comment)."""
    return [text] if isinstance(text, str) else list(text)


def _fill(markup: str, text: str | list[str], esc) -> str:
    """`markup` with its `{}` filled with the unit's lines in turn."""
    for line in unit_lines(text):
        markup = markup.replace("{}", esc(line), 1)
    return markup


def _bullet(flavour: str) -> str:
    return "*   " if flavour == "jina" else "- "


def _byline(page: dict, home: str, esc) -> str:
    name = page.get("byline")
    if not name:
        return ""
    kind = page.get("byline_as", "plain")
    if kind == "bold":
        return f"**{esc(name)}**"
    if kind == "link":
        return f"[{esc(name)}]({home}/tac-gia/{_slug(name)}.html)"
    return esc(name)


def _item(item: str | dict, bold: bool, image: _Images, esc) -> str:
    if isinstance(item, str):
        return f"**{esc(item)}**" if bold else esc(item)
    if "chrome" not in item and "story" not in item and "md" in item:
        return item["md"]  # raw Markdown (a photo without a caption, an entity): not counted
    if "chrome" in item:
        return _fill(item.get("md", "{}"), item["chrome"], esc)
    if "story" in item:
        markup = item.get("md", "{}")
        for line in [item["story"]] if isinstance(item["story"], str) else item["story"]:
            markup = markup.replace("{}", esc(line), 1)
        return markup
    kind = "caption" if "caption" in item else "em"
    text = item[kind]
    alt = item.get("alt", text)
    shown = f"_{esc(text)}_" if kind == "em" else esc(text)
    return f"{image(alt, text)}\n\n{shown}" if not item.get("same_line") else f"{image(alt, text)}\n{shown}"
