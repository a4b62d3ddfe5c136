"""Suggested file names and the file-type filters of the save and open dialogs."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

EXCHANGE_SUFFIX = ".servicepunkt"

# Characters Windows does not allow in a file name, and control characters.
_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_name(text: str) -> str:
    """``text`` usable as a file name on Windows, macOS and Linux (at most 120 characters)."""
    cleaned = _NOT_IN_NAMES.sub(" ", text)
    cleaned = " ".join(cleaned.split()).strip(" .")
    return cleaned[:120] or "Servicepunkt"


def start_folder(remembered: str) -> Path:
    """The folder used last, else Documents (Dokument), else the home folder."""
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def filter_for(suffix: str) -> str:
    filters = {
        ".pdf": QCoreApplication.translate("FileNames", "PDF document (*.pdf)"),
        ".docx": QCoreApplication.translate("FileNames", "Word document (*.docx)"),
        ".xlsx": QCoreApplication.translate("FileNames", "Excel workbook (*.xlsx)"),
        ".csv": QCoreApplication.translate("FileNames", "CSV file for Excel (*.csv)"),
        EXCHANGE_SUFFIX: QCoreApplication.translate(
            "FileNames", "Servicepunkt exchange file (*.servicepunkt)"
        ),
    }
    return filters[suffix]


def with_suffix(path: Path, suffix: str) -> Path:
    """The chosen path with the right ending (a dialog on Linux may leave it off)."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def dated(stem: str, today: dt.date) -> str:
    return safe_file_name(f"{stem} {today.isoformat()}")
