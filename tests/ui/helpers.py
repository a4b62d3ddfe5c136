"""Small actions a user performs, written once for the UI tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from servicepunkt_gui.core.db import Database
from servicepunkt_gui.ui.municipalities.municipality_model import Column
from servicepunkt_gui.ui.shell.main_window import MainWindow


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard does, one key event per character.

    QTest's keyClicks only knows ASCII; officials type å, ä, ö, so the events carry
    the character itself.
    """
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def visible_names(window: MainWindow) -> list[str]:
    proxy = window.master.proxy
    return [str(proxy.index(row, Column.NAME).data()) for row in range(proxy.rowCount())]


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.master.search_edit.clear()
    type_text(window.master.search_edit, text)


def choose_municipality(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Type the name into the search field and press Enter, as a keyboard user would."""
    search(qtbot, window, name)
    qtbot.keyClick(window.master.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_name(window) == name)


def shown_name(window: MainWindow) -> str | None:
    municipality = window.detail.municipality
    return municipality.name if municipality else None


def write_note(qtbot: QtBot, window: MainWindow, body: str, title: str = "") -> None:
    editor = window.detail.notes.editor
    if title:
        type_text(editor.title_edit, title)
    editor.body_edit.setFocus()
    type_text(editor.body_edit, body)


def add_note(qtbot: QtBot, window: MainWindow, body: str, listed: int) -> None:
    """Type a note, save it, and wait until the list shows ``listed`` notes."""
    write_note(qtbot, window, body)
    save_note(qtbot, window)
    qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == listed)


def save_note(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.detail.notes.editor.save_button, Qt.MouseButton.LeftButton)


def list_row_of(window: MainWindow, name: str) -> int:
    return visible_names(window).index(name)


def note_count_cell(window: MainWindow, name: str) -> str:
    proxy = window.master.proxy
    return str(proxy.index(list_row_of(window, name), Column.NOTES).data())


@contextmanager
def full_disk(database: Database) -> Iterator[None]:
    """Make the database file unable to grow (as on a full disk) while inside the block."""

    def cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(database.engine, "connect", cap)
    database.engine.dispose()  # new connections get the cap
    try:
        yield
    finally:
        event.remove(database.engine, "connect", cap)
        database.engine.dispose()


@contextmanager
def started_with_recovery(qtbot: QtBot, path: Path) -> Iterator[tuple[Database, MainWindow]]:
    """Start on ``path`` as the app does (explain, offer ways forward); it must open."""
    from servicepunkt_gui.ui.shell.application import AlreadyRunning, open_with_recovery
    from servicepunkt_gui.ui.shell.preferences import Preferences

    opened = open_with_recovery(path, Preferences())
    assert opened is not None and not isinstance(opened, AlreadyRunning)
    database, window, instance = opened
    qtbot.addWidget(window)
    try:
        yield database, window
    finally:
        database.close()
        instance.release()
