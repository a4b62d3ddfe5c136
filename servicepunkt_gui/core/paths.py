"""Where the app keeps its files by default (per-user folders from platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Servicepunkt"
DATABASE_FILE_NAME = "servicepunkt.sqlite3"

# Tests and portable installs point every folder somewhere else with this variable.
HOME_OVERRIDE_ENV = "SERVICEPUNKT_HOME"


def _override() -> Path | None:
    value = os.environ.get(HOME_OVERRIDE_ENV)
    return Path(value) if value else None


def data_dir() -> Path:
    override = _override()
    if override:
        return override / "data"
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def log_dir() -> Path:
    override = _override()
    if override:
        return override / "logs"
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE_NAME


def settings_file() -> Path:
    """The window and preference settings (an INI file, readable by IT staff)."""
    override = _override()
    if override:
        return override / "settings.ini"
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)) / "settings.ini"
