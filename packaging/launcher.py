"""The bundle's entry point (PyInstaller runs this file): the same `amk-desktop` command as an
installed package."""

import sys

from amk_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
