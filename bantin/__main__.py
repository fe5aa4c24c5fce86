"""The command line as a program (`python -m bantin`, `python build.py`, the `bantin` script): a
process that ends with its command, so a build need not collect what it leaves (`cli.PROGRAM`)."""

from . import cli


def run() -> None:
    cli.PROGRAM = True
    cli.main()


if __name__ == "__main__":
    run()
