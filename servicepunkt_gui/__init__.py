"""Servicepunkt: service planning for Swedish municipalities."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("servicepunkt")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Servicepunkt"
