"""The one editing helper, as an official meets it in the note editor and the plan form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import drafts, plans
from servicepunkt_gui.ui.common.dialogs import UnsavedChoice
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality, type_text

CODE = "2284"


def _draft_keys(window: MainWindow) -> list[str]:
    return [d.key for d in window.context.writes.read(drafts.list_drafts)]


def _store_a_plan(window: MainWindow) -> None:
    """Before the municipality is opened, so the page reads it."""
    with window.context.writes.database.session() as session:
        plans.create_plan(session, CODE, plans.PlanInput("Serviceplan 2025–2028", 2025, 2028), "A")


def _plan_on_screen(window: MainWindow, qtbot: QtBot) -> None:
    window.detail.tabs.set_current_index(1)
    qtbot.waitUntil(window.detail.plans.form.isVisible)


def test_steady_typing_is_kept_as_a_draft_without_waiting_for_a_pause(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Örnsköldsvik")
    body = window.detail.notes.editor.body_edit
    body.setFocus()
    # A key every 100 ms, never a pause of 2 s: the draft is kept all the same.
    keys = QTimer()
    keys.setInterval(100)
    keys.timeout.connect(lambda: type_text(body, "a"))
    keys.start()
    try:
        qtbot.waitUntil(lambda: _draft_keys(window) == [f"note:new:{CODE}"], timeout=5000)
    finally:
        keys.stop()
    assert body.hasFocus()  # it was kept while typing went on


def test_leaving_the_field_keeps_the_draft_at_once(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Örnsköldsvik")
    editor = window.detail.notes.editor
    editor.body_edit.setFocus()
    type_text(editor.body_edit, "Handlaren i Bredbyn vill bli paketombud")
    assert _draft_keys(window) == []  # not yet: the 2 s have not passed
    window.master.search_edit.setFocus()
    qtbot.waitUntil(lambda: _draft_keys(window) == [f"note:new:{CODE}"])
    [draft] = window.context.writes.read(drafts.list_drafts)
    assert draft.fields["body"] == "Handlaren i Bredbyn vill bli paketombud"


def test_a_saved_note_leaves_no_draft(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Örnsköldsvik")
    editor = window.detail.notes.editor
    editor.body_edit.setFocus()
    type_text(editor.body_edit, "Möte om drivmedel")
    window.detail.notes.editing.keep_draft()
    assert _draft_keys(window) == [f"note:new:{CODE}"]
    window.menu_actions["save"].trigger()
    qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == 1)
    assert _draft_keys(window) == []


def test_the_question_names_what_is_unsaved(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    _store_a_plan(window)
    choose_municipality(qtbot, window, "Örnsköldsvik")
    _plan_on_screen(window, qtbot)
    form = window.detail.plans.form
    form.title_edit.selectAll()
    type_text(form.title_edit, "Serviceplan för Örnsköldsvik")
    answers.unsaved_answer = UnsavedChoice.CANCEL
    window.master.search_edit.clear()
    window.master.select_code("0180")
    assert answers.unsaved_about == ["planen"]
    assert window.detail.municipality is not None and window.detail.municipality.code == CODE

    window.detail.tabs.set_current_index(0)
    editor = window.detail.notes.editor
    editor.body_edit.setFocus()
    type_text(editor.body_edit, "Och en anteckning")
    form.revert()
    window.master.select_code("0180")
    assert answers.unsaved_about[-1] == "anteckningen"


def test_ctrl_s_saves_the_plan_on_screen_not_the_hidden_note(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    _store_a_plan(window)
    choose_municipality(qtbot, window, "Örnsköldsvik")
    editor = window.detail.notes.editor
    editor.body_edit.setFocus()
    type_text(editor.body_edit, "En anteckning som inte ska sparas än")
    _plan_on_screen(window, qtbot)
    form = window.detail.plans.form
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    type_text(form.title_edit, "Ny rubrik")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.detail.plans.editing.is_dirty())
    [stored] = window.context.writes.read(lambda s: plans.list_plans(s, CODE))
    assert stored.title == "Ny rubrik"
    assert window.detail.notes.model.rowCount() == 0  # the note was not saved behind the plan
    assert editor.is_dirty()
