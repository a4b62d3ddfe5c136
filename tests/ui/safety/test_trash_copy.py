"""The trash copies several rows; restoring takes one chosen row."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import notes
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.safety.trash_dialog import TrashDialog
from tests.ui.conftest import DialogRecorder, OpenWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def test_trash_rows_are_copied_and_one_is_restored_at_a_time(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    database = open_store(db_path)
    with database.session() as session:
        for title in ("Första", "Andra"):
            note = notes.create_note(session, "2482", notes.NoteInput("Text", title=title))
            notes.delete_note(session, note.id)
    database.close()
    window = open_window(db_path)
    dialog = TrashDialog(window.context.writes, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, CTRL)
    assert not dialog.restore_button.isEnabled()  # two chosen: which one is not clear
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    qtbot.keyClick(table, Qt.Key.Key_C, CTRL)
    qtbot.waitUntil(lambda: clipboard.text() != "")
    rows = list(csv.reader(io.StringIO(clipboard.text()), delimiter="\t"))
    assert rows[0] == [table.horizontalHeaderItem(c).text() for c in range(4)]
    assert sorted(row[3] for row in rows[1:]) == ["Andra", "Första"]
    assert all(len(row[0]) == len("2026-12-02 14:30") for row in rows[1:])
    table.selectRow(1)
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 1
