"""Servicepunkt: service planning for Swedish municipalities."""

# The same as [project] version in pyproject.toml (a test checks). Written here rather than
# read through importlib.metadata, which costs more at start-up than drawing a Qt window.
__version__ = "0.1.0"

APP_NAME = "Servicepunkt"
