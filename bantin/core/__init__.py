"""The core: an article and its front-matter, text, errors, files. It imports nothing above it.

`article` (the front-matter schema, reading with errors by line, writing), `frontmatter_edit`
(edits as text, atomically), `text` (Vietnamese normalization, slugs, sort order), `prose`
(which Markdown is plain prose), `errors` (content errors and the YAML loaders), `files`
(which files are articles, how to name one, atomic writes). The entity registry
(`bantin.entities`, with `bantin.tagging`) belongs here too; it moves once its own work lands.
"""
