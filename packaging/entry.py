"""Entry script of the PyInstaller build: the same command line as the installed package."""

import sys

from samenwerk_desktop.launcher import main

if __name__ == "__main__":
    sys.exit(main())
