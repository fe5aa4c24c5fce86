"""`python build.py import`: raw scraped articles (text or saved HTML) → Markdown article files.

One article flows through these modules in this order:

* `decode` – bytes → text (UTF-8, UTF-16, cp1258), refusing empty, binary and unreadable files;
* `layouts` / `html` – detect the layout and parse it into a `parsed.Parsed` (title, lead, blocks,
  header metadata); a scraper's Markdown is read by `scraped_markdown` (its lines of links only,
  its images' captions; `markdown_headers` its header); saved pages go through trafilatura,
  `markup` first making their markup plainer (`boxes`: plugins, lazy images, photo and layout
  tables, loose text; boxes of other stories, polls and forms), marking captions and subheadings
  (`figures`) and reading the author (`authors`);
* `repair` and `sentences` – entities, broken lines, glued and run-on paragraphs, `./.` marks;
* `captions` – photo captions and their credits; `boilerplate` – lines that are chrome on their own;
* `furniture`, `widgets`, `inline`, `repetition`, `chrome` – the chrome detector: each sentence-sized unit
  judged by its signals, its position and what other pages of its site repeat (`import --explain`
  shows why);
* `suffixes` – a title's site name and sections; `titles` – headlines the scraper cut, completed from
  the link; `publishers` – the source's name and the tables of outlets;
* `bylines` – source and author credits; `dates` – the Vietnamese publication date; `stamps` – the
  page's stamp under the text or glued to the lead; `datelines` – an agency's tag or an attribution
  opening the story, a place's dateline beside the stamp; `header` – the article's title, source,
  author and date, each chosen from every place the page states it, in order of trust;
* `line_chrome` – whole lines of chrome in the line-per-paragraph layouts; `body` – the passes every
  layout shares; `markdown` – escaping and the caption form;
* `convert` – the whole conversion as one pure function; `inputs` – the files named and a folder's
  pages; `command` – idempotency, slugs, writing.
"""
