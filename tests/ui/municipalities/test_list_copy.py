"""The municipality list copies and exports its rows (Ctrl+A, Ctrl+C; Exportera…)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.municipalities import set_mine
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.municipalities.municipality_model import Column
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality, shown_name, visible_names

CTRL = Qt.KeyboardModifier.ControlModifier


def _fill(db_path: Path) -> None:
    database = open_store(db_path)
    with database.session() as session:
        set_mine(session, "1730", True)  # Eda
        for n in range(3):
            notes.create_note(session, "1730", notes.NoteInput(f"Möte {n}"))
    database.close()


def test_ctrl_a_and_ctrl_c_copy_every_listed_municipality_and_keep_the_one_shown(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    _fill(db_path)
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Eda")
    table = window.master.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, CTRL)
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    qtbot.keyClick(table, Qt.Key.Key_C, CTRL)
    qtbot.waitUntil(lambda: clipboard.text() != "")
    rows = list(csv.reader(io.StringIO(clipboard.text()), delimiter="\t"))
    assert shown_name(window) == "Eda"  # selecting all chose no other municipality
    names = visible_names(window)
    assert [row[Column.NAME] for row in rows[1:]] == names
    header = rows[0]
    assert header[Column.NAME] == "Kommun"
    assert header[Column.NOTES] not in ("", "✎")  # the symbols' tooltips name the columns
    assert header[Column.MINE] not in ("", "★")
    eda = rows[1 + names.index("Eda")]
    assert eda[Column.NOTES] == "3"
    assert eda[Column.MINE] in ("Ja", "Yes")  # "Ja" once the translation is filled in


def test_exported_list_has_numbers_for_note_counts(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    tmp_path: Path,
) -> None:
    _fill(db_path)
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Eda")  # the search leaves only Eda listed
    answers.save_path = tmp_path / "kommuner.xlsx"
    assert window.master.copier.export() == answers.save_path
    sheet = openpyxl.load_workbook(answers.save_path).active
    assert sheet is not None
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert [row[Column.NAME] for row in values[1:]] == visible_names(window)
    eda = values[1 + visible_names(window).index("Eda")]
    assert eda[Column.NOTES] == 3
