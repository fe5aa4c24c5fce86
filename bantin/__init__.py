"""bantin: a static site generator for a bilingual Vietnamese/English news digest, on MkDocs."""

__version__ = "0.1.0"
