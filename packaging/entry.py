"""Entry script of the PyInstaller build: the same command line as the installed package."""

import sys

from samenwerk_desktop.launcher import main

if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # a large report is made in a worker process: this runs it in the build
    sys.exit(main())
