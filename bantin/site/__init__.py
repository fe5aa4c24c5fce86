"""The digest site, on the core: content → routes → pages, feeds, sitemap and the search index
(`search/`). It knows nothing of caches: it asks `outputs.Outputs` whether an output is
already there.

Read in this order: `content` (all content read and checked first), `routes` (every page, with
`relations`, `listings`, `urls`, `labels`), `render` (pages, with `sanitize`, `links`,
`structured`; `workers` for processes), `feeds`, `sitemap`, `search`; `templates` holds the
options and the Jinja environment; `builder` ties them together.
"""
