"""Samenwerk: a desktop facilitation app for opgavegericht samenwerken."""

__version__ = "0.1.0"
APP_NAME = "Samenwerk"
