"""Keyboard and screen readers across the whole window (issue 11 points 4 and 10).

Each test walks the real window's widget tree after a municipality and its service plan are
open, so a widget added later is covered without naming it here.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import add_note, choose_municipality

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)
PLAN_TAB = 1


def _shown(window: QWidget, kind: type | tuple[type, ...]) -> list[QWidget]:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisibleTo(window) and w.isEnabled()
    ]


def _open_everything(qtbot: QtBot, window: MainWindow) -> None:
    choose_municipality(qtbot, window, "Eda")
    add_note(qtbot, window, "Möte med handlaren i Koppom", 1)


def _buddy_texts(window: QWidget) -> dict[int, str]:
    return {
        id(label.buddy()): label.text() for label in window.findChildren(QLabel) if label.buddy()
    }


def _name(widget: QWidget, buddies: dict[int, str]) -> str:
    """What a screen reader announces: the accessible name, else button text or label."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().strip():
        return widget.text()
    return buddies.get(id(widget), "")


def test_every_interactive_widget_has_a_name_a_screen_reader_can_say(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    _open_everything(qtbot, window)
    unnamed: list[str] = []
    for page in (0, PLAN_TAB):
        window.detail.tabs.set_current_index(page)
        buddies = _buddy_texts(window)
        for widget in _shown(window, INTERACTIVE):
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
                continue  # the line edit inside a date field or an editable combo
            if not _name(widget, buddies).strip():
                unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []


def test_tab_leaves_a_list_instead_of_walking_its_cells(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    _open_everything(qtbot, window)
    window.detail.tabs.set_current_index(PLAN_TAB)
    walking = [
        f"{type(view).__name__} {view.objectName()!r}"
        for view in window.findChildren(QAbstractItemView)
        if view.tabKeyNavigation()
    ]
    assert walking == []


def test_tab_goes_round_the_whole_window_in_few_presses(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    _open_everything(qtbot, window)
    start = window.master.search_edit
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    seen: list[QWidget] = []
    for _press in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start:
            break
        assert focused is not None
        seen.append(focused)
    else:
        names = [f"{type(w).__name__} {w.objectName()!r}" for w in seen[-25:]]
        raise AssertionError(f"Tab did not come back to the search field in 60 presses: {names}")
    assert window.detail.notes.editor.body_edit in seen  # the note's text is reachable


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_no_mnemonic_letter_is_used_twice_in_one_view(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    _open_everything(qtbot, window)
    clashes: list[str] = []
    for page in (0, PLAN_TAB):
        window.detail.tabs.set_current_index(page)
        letters: dict[str, str] = {}
        texts = [
            window.menuBar().actions()[i].text() for i in range(len(window.menuBar().actions()))
        ]
        texts += [
            w.text()
            for w in window.findChildren(QAbstractButton)
            if w in _shown(window, QAbstractButton)
        ]
        texts += [
            label.text()
            for label in window.findChildren(QLabel)
            if label.buddy() is not None and label.isVisibleTo(window)
        ]
        for bar in _shown(window, QTabBar):
            texts += [bar.tabText(i) for i in range(bar.count())]  # type: ignore[attr-defined]
        for text in texts:
            letter = _mnemonic(text)
            if letter is None:
                continue
            if letter in letters and letters[letter] != text:
                clashes.append(f"Alt+{letter.upper()}: {letters[letter]!r} and {text!r}")
            letters.setdefault(letter, text)
    assert clashes == [], "\n".join(clashes)


def test_delete_deletes_the_selected_note_after_the_usual_question(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    _open_everything(qtbot, window)
    notes = window.detail.notes
    notes.view.setFocus()
    notes.view.setCurrentIndex(notes.model.index(0))
    answers.delete_answer = True
    qtbot.keyClick(notes.view, Qt.Key.Key_Delete)
    assert answers.delete_questions == ["Möte med handlaren i Koppom"]
    qtbot.waitUntil(lambda: notes.model.rowCount() == 0)


def test_delete_deletes_the_selected_action_after_the_usual_question(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    from servicepunkt_gui.core import actions, plans
    from servicepunkt_gui.store import open_store

    database = open_store(db_path)
    with database.session() as session:
        plan = plans.create_plan(
            session, "1730", plans.PlanInput("Serviceplan för Eda", 2025, 2030), "Anna"
        )
        actions.add_action(session, plan.id, actions.ActionInput("Hemsändning i Koppom"))
    database.close()
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Eda")
    window.detail.tabs.set_current_index(PLAN_TAB)
    panel = window.detail.plans.actions_panel
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    tabs = window.detail.plans.tabs
    tabs.set_current_index(next(i for i in range(tabs.count()) if tabs.page(i) is panel))
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    panel.table.selectRow(0)
    answers.delete_answer = True
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert answers.delete_questions == ["Hemsändning i Koppom"]
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 0)
