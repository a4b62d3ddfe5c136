"""Asking for a file to write or read: one place, so tests can answer instead of a person.

Callers use ``file_dialogs.ask_save_path(...)`` (module attribute, not an imported name),
which the ``answers`` fixture in tests/ui/conftest.py replaces.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
    """Where to write a file; ``filters`` as Qt wants them ("Excel (*.xlsx);;CSV (*.csv)").

    The dialog asks before replacing an existing file. None when the user cancels.
    """
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(name) if name else None


def ask_open_path(parent: QWidget | None, title: str, start: Path, filters: str) -> Path | None:
    """A file to read; None when the user cancels."""
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(start), filters)
    return Path(name) if name else None
