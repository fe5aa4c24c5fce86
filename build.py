#!/usr/bin/env python
"""Build the digest site (`python build.py`), preview it (`serve`) or import articles (`import`).

Run `python build.py --help` for the commands and their options.
"""

from bantin.__main__ import run

if __name__ == "__main__":
    run()
