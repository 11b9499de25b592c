"""The Qt layer of Samenwerk: the main window and its panels."""

from samenwerk_desktop.gui import feature_check

feature_check.install()  # before the window's modules are imported (see feature_check)
