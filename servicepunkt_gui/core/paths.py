"""Where the app keeps its files: per-user folders, a portable folder, or a test override.

Three layouts, first match wins:

1. ``SERVICEPUNKT_HOME`` is set (tests, special set-ups): everything lives below it.
2. Portable mode: a frozen build with the marker file ``servicepunkt-portable.txt``
   beside its executable keeps everything in ``ServicepunktData`` beside the executable,
   e.g. on a USB stick. On macOS the marker sits beside ``Servicepunkt.app``.
3. Otherwise the platform's per-user folders (platformdirs, app name "Servicepunkt").

In 1 and 2 the folder holds ``data/`` (the database and its backups), ``logs/`` and
``settings.ini``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Servicepunkt"
DATABASE_FILE_NAME = "servicepunkt.sqlite3"

# Tests point every folder somewhere else with this variable.
HOME_OVERRIDE_ENV = "SERVICEPUNKT_HOME"

# Portable mode: this file beside the frozen executable (its content does not matter) ...
PORTABLE_MARKER_NAME = "servicepunkt-portable.txt"
# ... makes the app keep its files in this folder beside the executable.
PORTABLE_DIR_NAME = "ServicepunktData"


def _override() -> Path | None:
    value = os.environ.get(HOME_OVERRIDE_ENV)
    return Path(value) if value else None


def executable_dir() -> Path | None:
    """The folder a user sees the frozen app in; None when running from Python sources.

    That is the folder of the executable, except for a macOS app bundle, where it is the
    folder holding ``Servicepunkt.app`` (nobody should write inside a signed bundle).
    """
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent
    if sys.platform == "darwin" and folder.name == "MacOS" and folder.parent.name == "Contents":
        bundle = folder.parent.parent
        if bundle.suffix == ".app":
            return bundle.parent
    return folder


def portable_home() -> Path | None:
    """``ServicepunktData`` beside the executable if the portable marker is there."""
    folder = executable_dir()
    if folder is None or not (folder / PORTABLE_MARKER_NAME).is_file():
        return None
    return folder / PORTABLE_DIR_NAME


def is_portable() -> bool:
    """True if this run keeps its files beside the executable (and not because of tests)."""
    return _override() is None and portable_home() is not None


def _home() -> Path | None:
    """The one folder holding everything, or None for the platform's per-user folders."""
    return _override() or portable_home()


def data_dir() -> Path:
    home = _home()
    if home:
        return home / "data"
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def log_dir() -> Path:
    home = _home()
    if home:
        return home / "logs"
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE_NAME


def settings_file() -> Path:
    """The window and preference settings (an INI file, readable by IT staff)."""
    home = _home()
    if home:
        return home / "settings.ini"
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)) / "settings.ini"


def lock_dir() -> Path:
    """Per-user lock files: one running Servicepunkt per database file."""
    return data_dir() / "locks"


def cache_dir() -> Path:
    """Files the app can make again from its own (the projected map outlines); safe to delete."""
    home = _home()
    if home:
        return home / "cache"
    return Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False))
