"""A day in one process: no reference to None may be lost, and many opens do not crash.

PySide6 6.12.0 on Python 3.11 dropped a reference to ``None`` on every Qt call that hands
``None`` back to Python (``parentWidget()`` of a top-level widget, ``activeModalWidget()``
with no dialog, an item model's ``data()`` returning None); when the count reached zero the
interpreter aborted. pyproject.toml leaves that release out; these tests keep it out.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import add_note, choose_municipality

ROLES = [*range(0, 16), int(Qt.ItemDataRole.UserRole) + 1, int(Qt.ItemDataRole.UserRole) + 3]
CALLS = 5_000
OPENS = 1_000  # a long day; 6.12.0 aborted after about 330
TOLERANCE = 200  # other objects come and go; a leak of one per call would lose thousands


def _columns(model: QAbstractItemModel) -> int:
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())


def _ask_every_role(model: QAbstractItemModel) -> None:
    for row in range(min(model.rowCount(QModelIndex()), 40)):
        for column in range(_columns(model)):
            index = model.index(row, column, QModelIndex())
            for role in ROLES:
                model.data(index, role)
    for section in range(_columns(model)):
        for role in ROLES:
            model.headerData(section, Qt.Orientation.Horizontal, role)


def _models(window: MainWindow) -> list[QAbstractItemModel]:
    actions = window.detail.plans.actions_panel
    return [
        window.master.model,
        window.master.proxy,
        window.detail.notes.model,
        actions.model,
        actions.proxy,
        window.detail.places.model,
        window.detail.places.agreements.model,
        window.detail.grants.model,
        window.todo.model,
    ]


def test_qt_calls_that_return_none_keep_none_alive(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Örnsköldsvik")
    add_note(qtbot, window, "Möte om hemsändning", 1)
    orphan = QWidget()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        orphan.parentWidget()
        QApplication.activeModalWidget()
    for _ in range(3):
        for model in _models(window):
            _ask_every_role(model)
    assert sys.getrefcount(None) >= before - TOLERANCE


def test_a_day_of_opens_scrolling_searches_and_saves_in_one_window(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    codes = ["2284", "0180", "2482", "1737", "0880", "2462"]
    for number in range(OPENS):
        code = codes[number % len(codes)]
        assert window.master.select_code(code)
        window.repaint()
        if number % 100 == 0:
            # Notes, plan, places and grants in turn: each re-reads for the municipality shown.
            window.detail.tabs.set_current_index(number // 100 % 4)
        if number % 10 == 0:
            # Scroll the list and the notes a page down and back, as a wheel does.
            for bar in (
                window.master.table.verticalScrollBar(),
                window.detail.notes.view.verticalScrollBar(),
            ):
                bar.setValue(bar.value() + bar.pageStep())
                window.repaint()
                bar.setValue(0)
        if number % 50 == 0:
            window.master.search_edit.setText("ö")  # the list filters, then comes back whole
            window.master.search_edit.clear()
    search = window.search
    for query in ("hemsändning", "drivmedel", '"möte med"', "ornskoldsvik") * 3:
        search.field.setText(query)
        with qtbot.waitSignal(search.searched, timeout=10_000):
            search.run_search()
    for _ in range(20):  # Att göra and the map with its places, in and out
        window.tabs.set_current_index(4)
        window.repaint()
        window.tabs.set_current_index(3)
        window.repaint()
    window.tabs.set_current_index(0)
    window.detail.tabs.set_current_index(0)
    choose_municipality(qtbot, window, "Vilhelmina")
    for number in range(1, 6):
        window.detail.new_note()
        add_note(qtbot, window, f"Anteckning {number} om drivmedel i Dikanäs", number)
    assert window.detail.notes.model.rowCount() == 5
