"""Tables copy and export as people expect (Ctrl+A, Shift/Ctrl-click, Ctrl+C into Excel).

Driven through the real window: the actions table of a new plan, with its own model.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu
from pytestqt.qtbot import QtBot

from servicepunkt_gui.ui.common.table_rows import excel_cell, tab_separated
from servicepunkt_gui.ui.plans.actions_model import ActionColumn
from servicepunkt_gui.ui.plans.actions_panel import ActionsPanel
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
# (title, deadline, cost, description), in the order the table shows them (by deadline).
ACTIONS = [
    ("Hemsändning", "2026-01-15", "12500", ""),
    ("Ombud i Koppom", "2026-03-01", "", 'Rad ett\nrad två\tmed "flik"'),
    ("Servicepunkt, biblioteket", "2026-06-30", "400", "Öppet tisdagar"),
    ("Kartläggning", "", "", ""),
]


def _actions(qtbot: QtBot, window: MainWindow) -> ActionsPanel:
    """A new plan in Eda with the four actions of ACTIONS."""
    choose_municipality(qtbot, window, "Eda")
    window.detail.tabs.set_current_index(1)
    plan = window.detail.plans
    qtbot.waitUntil(plan.isVisible)
    qtbot.mouseClick(plan.new_plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plan.plan is not None)
    plan.tabs.set_current_index(1)
    panel = plan.actions_panel
    for number in range(len(ACTIONS)):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=number: panel.model.rowCount() == n + 1)
        _leave_editor(qtbot, panel)
    model, proxy = panel.model, panel.proxy
    ids = [model.action(row).id for row in range(len(ACTIONS))]
    for action_id, values in zip(ids, ACTIONS, strict=True):
        columns = (
            ActionColumn.TITLE,
            ActionColumn.DEADLINE,
            ActionColumn.COST,
            ActionColumn.DESCRIPTION,
        )
        for column, value in zip(columns, values, strict=True):
            row = model.row_of(action_id)
            assert row is not None
            assert proxy.setData(proxy.mapFromSource(model.index(row, column)), value)
    qtbot.waitUntil(lambda: _shown_titles(panel) == [a[0] for a in ACTIONS])
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    return panel


def _leave_editor(qtbot: QtBot, panel: ActionsPanel) -> None:
    """A new action opens its title for typing: Esc leaves it as it is."""
    editing = QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: panel.table.state() == editing)
    editor = QApplication.focusWidget()
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.table.state() != editing)


def _shown_titles(panel: ActionsPanel) -> list[str]:
    proxy = panel.proxy
    return [str(proxy.index(row, ActionColumn.TITLE).data()) for row in range(proxy.rowCount())]


def _click_row(qtbot: QtBot, panel: ActionsPanel, row: int, modifier: Qt.KeyboardModifier) -> None:
    table = panel.table
    rect = table.visualRect(panel.proxy.index(row, ActionColumn.TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _copied(qtbot: QtBot, panel: ActionsPanel) -> list[list[str]]:
    """Press Ctrl+C in the table; the clipboard's text read as Excel reads it (TSV)."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    qtbot.keyClick(panel.table, Qt.Key.Key_C, CTRL)
    qtbot.waitUntil(lambda: clipboard.text() != "")
    return list(csv.reader(io.StringIO(clipboard.text()), delimiter="\t"))


def _titles(panel: ActionsPanel, columns: Sequence[int]) -> list[str]:
    return [str(panel.model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]


def _menu_texts(menu: QMenu) -> list[str]:
    return [action.text().replace("&", "") for action in menu.actions()]


def test_ctrl_click_rows_then_ctrl_c_copies_them_in_order_with_a_header(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    panel = _actions(qtbot, open_window(db_path))
    table = panel.table
    assert table.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    # Picked bottom first: the rows still come in the order the table shows them.
    _click_row(qtbot, panel, 2, Qt.KeyboardModifier.NoModifier)
    _click_row(qtbot, panel, 0, CTRL)
    _click_row(qtbot, panel, 1, CTRL)
    rows = _copied(qtbot, panel)
    assert rows[0] == _titles(panel, list(ActionColumn))
    assert [row[ActionColumn.TITLE] for row in rows[1:]] == [a[0] for a in ACTIONS[:3]]
    first, second, third = rows[1:]
    assert first[ActionColumn.DEADLINE] == "2026-01-15"
    assert first[ActionColumn.COST] == "12500"  # a number Excel reads, not "12 500"
    # A description of two lines with a tab and quotes is one cell, whole.
    assert second[ActionColumn.DESCRIPTION] == 'Rad ett\nrad två\tmed "flik"'
    assert second[ActionColumn.COST] == ""
    assert len(second) == len(ActionColumn)
    assert third[ActionColumn.DESCRIPTION] == "Öppet tisdagar"


def test_shift_click_and_ctrl_a_select_rows_and_only_shown_columns_are_copied(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    panel = _actions(qtbot, open_window(db_path))
    header = panel.table.horizontalHeader()
    header.hideSection(ActionColumn.GOAL)
    header.moveSection(header.visualIndex(ActionColumn.STATUS), 0)  # Status first on screen
    _click_row(qtbot, panel, 1, Qt.KeyboardModifier.NoModifier)
    _click_row(qtbot, panel, 3, SHIFT)
    rows = _copied(qtbot, panel)
    shown = [c for c in ActionColumn if c != ActionColumn.GOAL]
    shown.remove(ActionColumn.STATUS)
    shown.insert(0, ActionColumn.STATUS)
    assert rows[0] == _titles(panel, shown)
    title = shown.index(ActionColumn.TITLE)
    assert [row[title] for row in rows[1:]] == [a[0] for a in ACTIONS[1:]]

    qtbot.keyClick(panel.table, Qt.Key.Key_A, CTRL)
    rows = _copied(qtbot, panel)
    assert [row[title] for row in rows[1:]] == [a[0] for a in ACTIONS]


def test_editing_in_place_still_works_and_ctrl_c_in_the_editor_is_the_editors(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    panel = _actions(qtbot, open_window(db_path))
    table = panel.table
    rect = table.visualRect(panel.proxy.index(0, ActionColumn.TITLE))
    # A double click as a mouse makes it: a press, and then the second press.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_C, CTRL)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == ACTIONS[0][0])
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # off screen
def test_the_context_menu_offers_copy_and_export(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    panel = _actions(qtbot, open_window(db_path))
    table = panel.table
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    rect = table.visualRect(panel.proxy.index(0, ActionColumn.TITLE))
    table.customContextMenuRequested.emit(rect.center())
    menu = table.findChild(QMenu, "tableCopyMenu")
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    # Swedish once the translations are filled in; English until then.
    assert _menu_texts(menu) in (["Kopiera", "Exportera…"], ["Copy", "Export…"])
    assert menu.actions()[0].shortcut() == QKeySequence(QKeySequence.StandardKey.Copy)
    menu.close()
    qtbot.waitUntil(lambda: table.findChild(QMenu, "tableCopyMenu") is None)

    _click_row(qtbot, panel, 1, Qt.KeyboardModifier.NoModifier)
    menu = panel.copier.context_menu()
    QGuiApplication.clipboard().clear()
    menu.actions()[0].trigger()
    rows = list(csv.reader(io.StringIO(QGuiApplication.clipboard().text()), delimiter="\t"))
    assert [row[ActionColumn.TITLE] for row in rows[1:]] == [ACTIONS[1][0]]
    menu.deleteLater()


def test_export_writes_xlsx_with_types_and_csv_for_swedish_excel(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    tmp_path: Path,
) -> None:
    panel = _actions(qtbot, open_window(db_path))
    _click_row(qtbot, panel, 0, Qt.KeyboardModifier.NoModifier)  # one row: all are written
    answers.save_path = tmp_path / "åtgärder.xlsx"
    menu = panel.copier.context_menu()
    menu.actions()[1].trigger()
    assert answers.file_questions and answers.errors == []
    sheet = openpyxl.load_workbook(answers.save_path).active
    assert sheet is not None
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0] == _titles(panel, list(ActionColumn))
    assert [row[ActionColumn.TITLE] for row in values[1:]] == [a[0] for a in ACTIONS]
    assert values[1][ActionColumn.DEADLINE] == dt.datetime(2026, 1, 15)  # a date cell
    assert values[1][ActionColumn.COST] == 12500  # a number
    assert values[2][ActionColumn.COST] is None
    assert values[2][ActionColumn.DESCRIPTION] == 'Rad ett\nrad två\tmed "flik"'
    assert values[4][ActionColumn.DEADLINE] is None

    # Several rows selected: only they are written. CSV: semicolons, UTF-8 with BOM.
    _click_row(qtbot, panel, 2, CTRL)
    answers.save_path = tmp_path / "åtgärder.csv"
    panel.copier.context_menu().actions()[1].trigger()
    with answers.save_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == _titles(panel, list(ActionColumn))
    assert [row[ActionColumn.TITLE] for row in rows[1:]] == [ACTIONS[0][0], ACTIONS[2][0]]
    assert rows[1][ActionColumn.DEADLINE] == "2026-01-15"
    assert rows[1][ActionColumn.COST] == "12500"

    # No suffix given: an Excel workbook.
    answers.save_path = tmp_path / "utan ändelse"
    panel.copier.context_menu().actions()[1].trigger()
    assert (tmp_path / "utan ändelse.xlsx").is_file()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_file_that_cannot_be_written_is_explained(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    tmp_path: Path,
    suffix: str,
) -> None:
    panel = _actions(qtbot, open_window(db_path))
    blocker = tmp_path / "en fil"
    blocker.write_text("inte en mapp", encoding="utf-8")
    answers.save_path = blocker / f"åtgärder{suffix}"  # a folder that is a file
    assert panel.copier.export() is None
    assert len(answers.errors) == 1
    title, text = answers.errors[0]
    assert title == QCoreApplication.translate("TableCopy", "Export failed")
    assert str(answers.save_path) in text
    assert "Traceback" not in text


def test_kinds_and_quoting_of_the_rows() -> None:
    assert excel_cell("vanlig text") == "vanlig text"
    assert excel_cell('sa "hej"') == '"sa ""hej"""'
    assert excel_cell("två\nrader") == '"två\nrader"'
    text = tab_separated(["Datum", "Antal"], [(dt.date(2026, 12, 2), 5), (None, None)])
    assert text == "Datum\tAntal\n2026-12-02\t5\n\t\n"
