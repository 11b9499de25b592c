"""The Qt layer of Samenwerk: the main window and its panels."""
