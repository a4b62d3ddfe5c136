"""Deleted things come back from the trash; an earlier text of a note can be taken back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core.notes import NoteVersionRow
from servicepunkt_gui.ui.notes import versions_dialog
from servicepunkt_gui.ui.safety.trash_dialog import TrashDialog
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import add_note, choose_municipality, note_count_cell, save_note, write_note


def test_deleted_note_is_restored_from_the_trash(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Sorsele")
    add_note(qtbot, window, "Hemsändning till Ammarnäs", 1)
    answers.delete_answer = True
    qtbot.mouseClick(window.detail.notes.editor.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == 0)

    dialog = TrashDialog(window.context.writes, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Sorsele"
    assert dialog.table.item(0, 2).text() == "Anteckning"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0
    qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == 1)
    assert note_count_cell(window, "Sorsele") == "1"


def test_an_earlier_version_is_taken_back(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Ludvika")
    write_note(qtbot, window, "Första lydelsen")
    save_note(qtbot, window)
    editor = window.detail.notes.editor
    qtbot.waitUntil(lambda: editor.note is not None)
    editor.body_edit.setPlainText("Andra lydelsen")
    save_note(qtbot, window)
    qtbot.waitUntil(lambda: not editor.is_dirty())

    offered: list[list[NoteVersionRow]] = []

    def choose(_parent: object, versions: list[NoteVersionRow]) -> NoteVersionRow:
        offered.append(versions)
        return versions[0]

    monkeypatch.setattr(versions_dialog, "choose_version", choose)
    qtbot.mouseClick(editor.versions_button, Qt.MouseButton.LeftButton)
    assert [v.body for v in offered[0]] == ["Första lydelsen"]
    assert editor.body_edit.toPlainText() == "Första lydelsen"
    assert editor.is_dirty()
    save_note(qtbot, window)
    qtbot.waitUntil(lambda: not editor.is_dirty())


def test_a_deleted_goal_goes_to_the_trash_and_comes_back(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    from servicepunkt_gui.core import actions, plans

    window = open_window(db_path)
    with window.context.writes.database.session() as session:
        plan = plans.create_plan(session, "2422", plans.PlanInput("Serviceplan", 2025, 2028), "A")
        goal = actions.add_goal(session, plan.id, "Dagligvaror inom 10 km")
        actions.add_goal(session, plan.id, "Butiken i Ammarnäs finns kvar", goal.id)
    choose_municipality(qtbot, window, "Sorsele")
    window.detail.tabs.set_current_index(1)
    window.detail.plans.tabs.set_current_index(2)
    panel = window.detail.plans.goals_panel
    qtbot.waitUntil(panel.isVisible)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))  # type: ignore[arg-type]
    answers.delete_answer = True
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert answers.delete_questions == ["Dagligvaror inom 10 km"]
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 0)

    dialog = TrashDialog(window.context.writes, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1  # the sub-goal went with it, as one item
    assert dialog.table.item(0, 2).text() == "Mål"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    # The goals panel hears of it through the change hub and shows both again.
    qtbot.waitUntil(
        lambda: panel.goal_titles() == ["Dagligvaror inom 10 km", "Butiken i Ammarnäs finns kvar"]
    )
