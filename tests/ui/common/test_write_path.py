"""Every write site of the window, under every kind of storage failure.

The failure is injected under SQLite (the sqlite3 module's own exception with SQLite's own
result code), so it travels the real way: core → Database.session → StorageError → the write
path. Each case checks what the official sees: the one message for that kind, shown once,
and that nothing they typed or had stored was lost or changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import actions, notes, plans, trash
from servicepunkt_gui.core.errors import StorageProblem
from servicepunkt_gui.core.vocabulary import PlanStage
from servicepunkt_gui.ui.common.write_path import problem_message, problem_title
from servicepunkt_gui.ui.plans import stage_dialog
from servicepunkt_gui.ui.plans.actions_model import ActionColumn
from servicepunkt_gui.ui.plans.stage_dialog import StageChoice
from servicepunkt_gui.ui.safety.trash_dialog import TrashDialog
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.storage_faults import SQLITE_FAULTS, inject_storage_problem
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality, type_text

CODE, NAME = "2284", "Örnsköldsvik"
TYPED = "Möte med byalaget i Bjästa om hemsändning – ännu inte sparat"


@dataclass
class Site:
    """One place the official writes: set up, do the write, then check what is kept."""

    prepare: Callable[[MainWindow, QtBot], None]
    write: Callable[[MainWindow, QtBot], None]
    kept: Callable[[MainWindow], None]


def _click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _read(window: MainWindow, work: Callable[..., object]) -> object:
    return window.context.writes.read(work)


def _seed_plan(window: MainWindow) -> tuple[str, str, str]:
    """A plan with a goal and an action, stored directly (not a write site under test)."""
    with window.context.writes.database.session() as session:
        plan = plans.create_plan(
            session, CODE, plans.PlanInput("Serviceplan 2025–2028", 2025, 2028), "Anna"
        )
        goal = actions.add_goal(session, plan.id, "Dagligvaror inom 10 km")
        action = actions.add_action(session, plan.id, actions.ActionInput("Avtal med Bjästa Livs"))
    window.detail.show_municipality(CODE)
    return plan.id, goal.id, action.id


def _open_plan_tab(window: MainWindow, qtbot: QtBot, page: int = 0) -> None:
    window.detail.tabs.set_current_index(1)
    window.detail.plans.tabs.set_current_index(page)
    qtbot.waitUntil(lambda: window.detail.plans.isVisible())


# -- notes ---------------------------------------------------------------------------


def _type_note(window: MainWindow, qtbot: QtBot) -> None:
    editor = window.detail.notes.editor
    editor.body_edit.setFocus()
    type_text(editor.body_edit, TYPED)


def _note_still_typed(window: MainWindow) -> None:
    assert TYPED in window.detail.notes.editor.body_edit.toPlainText()
    assert window.detail.notes.editor.is_dirty()


def _no_notes_stored(window: MainWindow) -> None:
    _note_still_typed(window)
    assert _read(window, lambda s: notes.count_notes(s, CODE)) == 0


def _stored_note(window: MainWindow, qtbot: QtBot) -> None:
    with window.context.writes.database.session() as session:
        notes.create_note(session, CODE, notes.NoteInput("Första versionen"))
    window.detail.show_municipality(CODE)
    window.detail.notes.view.setCurrentIndex(window.detail.notes.model.index(0))
    qtbot.waitUntil(lambda: window.detail.notes.editor.note is not None)


def _edit_stored_note(window: MainWindow, qtbot: QtBot) -> None:
    _stored_note(window, qtbot)
    _type_note(window, qtbot)


def _stored_note_unchanged(window: MainWindow) -> None:
    _note_still_typed(window)
    summaries = window.context.writes.read(lambda s: notes.list_notes(s, CODE))
    assert len(summaries) == 1 and summaries[0].preview == "Första versionen"


def _note_not_deleted(window: MainWindow) -> None:
    assert _read(window, lambda s: notes.count_notes(s, CODE)) == 1
    assert window.detail.notes.model.rowCount() == 1


# -- plans, goals, actions ----------------------------------------------------------------


def _current_plan(window: MainWindow) -> plans.PlanDetail:
    found = window.context.writes.read(lambda s: plans.list_plans(s, CODE))
    assert len(found) == 1
    return found[0]


def _edit_plan_title(window: MainWindow, qtbot: QtBot) -> None:
    _seed_plan(window)
    _open_plan_tab(window, qtbot)
    form = window.detail.plans.form
    form.title_edit.selectAll()
    type_text(form.title_edit, TYPED)


def _plan_title_kept(window: MainWindow) -> None:
    assert window.detail.plans.form.title_edit.text() == TYPED
    assert window.detail.plans.editing.is_dirty()
    assert _current_plan(window).title == "Serviceplan 2025–2028"


def _seed_and_open_plan(window: MainWindow, qtbot: QtBot) -> None:
    _seed_plan(window)
    _open_plan_tab(window, qtbot)


def _plan_unchanged(window: MainWindow) -> None:
    plan = _current_plan(window)
    assert plan.stage == PlanStage.NOT_STARTED and len(plan.history) == 1


def _second_plan(window: MainWindow, qtbot: QtBot) -> None:
    _seed_plan(window)
    with window.context.writes.database.session() as session:
        plans.create_plan(
            session, CODE, plans.PlanInput("Serviceplan 2029–2032", 2029, 2032), "Anna"
        )
    window.detail.show_municipality(CODE)
    _open_plan_tab(window, qtbot)
    window.detail.plans.select_plan(_read(window, lambda s: plans.list_plans(s, CODE))[0].id)  # type: ignore[index]


def _current_unchanged(window: MainWindow) -> None:
    found = _read(window, lambda s: plans.list_plans(s, CODE))
    assert [p.is_current for p in found] == [False, True]  # type: ignore[attr-defined]


def _plan_count(count: int) -> Callable[[MainWindow], None]:
    def check(window: MainWindow) -> None:
        assert len(_read(window, lambda s: plans.list_plans(s, CODE))) == count  # type: ignore[arg-type]
        assert window.detail.plans.plan_combo.count() == count

    return check


def _goals_tab(window: MainWindow, qtbot: QtBot) -> None:
    _seed_plan(window)
    _open_plan_tab(window, qtbot, page=2)
    tree = window.detail.plans.goals_panel.tree
    tree.setCurrentItem(tree.topLevelItem(0))  # type: ignore[arg-type]


def _goal_titles(window: MainWindow) -> list[str]:
    plan = _current_plan(window)
    return [g.title for g in _read(window, lambda s: actions.list_goals(s, plan.id))]  # type: ignore[attr-defined]


def _goals_unchanged(window: MainWindow) -> None:
    assert _goal_titles(window) == ["Dagligvaror inom 10 km"]


def _rename_goal(window: MainWindow, qtbot: QtBot) -> None:
    tree = window.detail.plans.goals_panel.tree
    tree.topLevelItem(0).setText(0, TYPED)


def _rename_kept_on_screen(window: MainWindow) -> None:
    _goals_unchanged(window)
    assert window.detail.plans.goals_panel.tree.topLevelItem(0).text(0) == TYPED


def _actions_tab(window: MainWindow, qtbot: QtBot) -> None:
    _seed_plan(window)
    _open_plan_tab(window, qtbot, page=1)
    panel = window.detail.plans.actions_panel
    panel.table.setCurrentIndex(panel.proxy.index(0, ActionColumn.TITLE))


def _action_titles(window: MainWindow) -> list[str]:
    plan = _current_plan(window)
    return [a.values.title for a in _read(window, lambda s: actions.list_actions(s, plan.id))]  # type: ignore[attr-defined]


def _actions_unchanged(window: MainWindow) -> None:
    assert _action_titles(window) == ["Avtal med Bjästa Livs"]
    assert window.detail.plans.actions_panel.model.rowCount() == 1


def _edit_action(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.detail.plans.actions_panel
    index = panel.proxy.index(0, ActionColumn.RESPONSIBLE)
    assert not panel.proxy.setData(index, "Näringslivskontoret")


def _note_in_trash(window: MainWindow, qtbot: QtBot) -> None:
    with window.context.writes.database.session() as session:
        note = notes.create_note(session, CODE, notes.NoteInput("I papperskorgen"))
        notes.delete_note(session, note.id)


def _restore_from_trash(window: MainWindow, qtbot: QtBot) -> None:
    dialog = TrashDialog(window.context.writes, window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.restore_chosen()
    assert dialog.table.rowCount() == 1  # still listed: nothing was restored


def _still_in_trash(window: MainWindow) -> None:
    assert [i.title for i in _read(window, trash.list_trash)] == ["I papperskorgen"]  # type: ignore[attr-defined]
    assert _read(window, lambda s: notes.count_notes(s, CODE)) == 0


def _nothing(_window: MainWindow, _qtbot: QtBot) -> None:
    return None


def _mine_unchanged(window: MainWindow) -> None:
    assert window.detail.header.mine_button.text() == "☆ Markera som min kommun"
    assert not window.detail.header.mine_button.isChecked()


SITES: dict[str, Site] = {
    "new note": Site(
        _type_note, lambda w, q: _click(q, w.detail.notes.editor.save_button), _no_notes_stored
    ),
    "changed note": Site(
        _edit_stored_note,
        lambda w, q: _click(q, w.detail.notes.editor.save_button),
        _stored_note_unchanged,
    ),
    "Ctrl+S on a note": Site(
        _type_note, lambda w, q: w.menu_actions["save"].trigger(), _no_notes_stored
    ),
    "delete note": Site(
        _stored_note, lambda w, q: _click(q, w.detail.notes.editor.delete_button), _note_not_deleted
    ),
    "mark as mine": Site(
        _nothing, lambda w, q: _click(q, w.detail.header.mine_button), _mine_unchanged
    ),
    "new plan": Site(
        _open_plan_tab,
        lambda w, q: _click(q, w.detail.plans.new_plan_button),
        _plan_count(0),
    ),
    "save plan": Site(
        _edit_plan_title, lambda w, q: _click(q, w.detail.plans.form.save_button), _plan_title_kept
    ),
    "Ctrl+S on a plan": Site(
        _edit_plan_title, lambda w, q: w.menu_actions["save"].trigger(), _plan_title_kept
    ),
    "change stage": Site(
        _seed_and_open_plan,
        lambda w, q: _click(q, w.detail.plans.stage_box.change_stage_button),
        _plan_unchanged,
    ),
    "make current": Site(
        _second_plan, lambda w, q: _click(q, w.detail.plans.make_current_button), _current_unchanged
    ),
    "delete plan": Site(
        _seed_and_open_plan,
        lambda w, q: _click(q, w.detail.plans.delete_plan_button),
        _plan_count(1),
    ),
    "add goal": Site(
        _goals_tab,
        lambda w, q: _click(q, w.detail.plans.goals_panel.add_goal_button),
        _goals_unchanged,
    ),
    "add sub-goal": Site(
        _goals_tab,
        lambda w, q: _click(q, w.detail.plans.goals_panel.add_sub_goal_button),
        _goals_unchanged,
    ),
    "rename goal": Site(_goals_tab, _rename_goal, _rename_kept_on_screen),
    "delete goal": Site(
        _goals_tab,
        lambda w, q: _click(q, w.detail.plans.goals_panel.delete_button),
        _goals_unchanged,
    ),
    "add action": Site(
        _actions_tab,
        lambda w, q: _click(q, w.detail.plans.actions_panel.add_button),
        _actions_unchanged,
    ),
    "edit action": Site(_actions_tab, _edit_action, _actions_unchanged),
    "delete action": Site(
        _actions_tab,
        lambda w, q: _click(q, w.detail.plans.actions_panel.delete_button),
        _actions_unchanged,
    ),
    "restore from trash": Site(_note_in_trash, _restore_from_trash, _still_in_trash),
}


@pytest.mark.parametrize("problem", list(SQLITE_FAULTS))
@pytest.mark.parametrize("site", list(SITES))
def test_a_storage_failure_is_explained_and_loses_nothing(
    site: str,
    problem: StorageProblem,
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers.delete_answer = True
    monkeypatch.setattr(
        stage_dialog,
        "ask_stage_change",
        lambda _parent, _current: StageChoice(PlanStage.MAPPING, dt.date(2025, 3, 1), ""),
    )
    window = open_window(db_path)
    choose_municipality(qtbot, window, NAME)
    SITES[site].prepare(window, qtbot)
    database = window.context.writes.database

    with inject_storage_problem(database, problem):
        SITES[site].write(window, qtbot)

    assert answers.errors == [
        (problem_title(problem), problem_message(problem, str(database.file)))
    ]
    SITES[site].kept(window)
