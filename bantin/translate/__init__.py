"""English title and summary by machine translation (`python build.py translate`).

The stages, one module each: `lead` picks the Vietnamese to translate (the title and the first
sentences of the body, split by `sentences`), `fields` decides which English fields may be
written (never an editor's), `providers` and `transport` call deep-translator with a timeout and
retries, and `run` and `command` tie them together for the command line and the importer;
`bantin.core.frontmatter_edit` rewrites only the English keys of a file, atomically.

Nothing here is imported by the site build; deep-translator and requests are imported only when
a translation is asked for.
"""
