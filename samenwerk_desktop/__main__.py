"""Run Samenwerk with ``python -m samenwerk_desktop``."""

import sys

from samenwerk_desktop.launcher import main

if __name__ == "__main__":
    sys.exit(main())
