"""Deleting for good from the trash dialog: one item or all, and only after a yes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import actions, notes, plans, trash
from servicepunkt_gui.core.errors import StorageProblem
from servicepunkt_gui.core.search import search
from servicepunkt_gui.ui.common.write_path import problem_message, problem_title
from servicepunkt_gui.ui.safety import trash_dialog
from servicepunkt_gui.ui.safety.trash_dialog import TrashDialog
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.storage_faults import SQLITE_FAULTS, inject_storage_problem
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import add_note, choose_municipality

NAME = "Åkesdotterqvist"  # a name to find in the file's bytes, or not


class Questions:
    """Stands in for the two questions the dialog asks: records them, answers as told."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answer = False
        self.about_one: list[str] = []
        self.about_all: list[int] = []

        def one(_parent: object, title: str) -> bool:
            self.about_one.append(title)
            return self.answer

        def everything(_parent: object, count: int) -> bool:
            self.about_all.append(count)
            return self.answer

        monkeypatch.setattr(trash_dialog, "confirm_delete_forever", one)
        monkeypatch.setattr(trash_dialog, "confirm_empty_trash", everything)


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    return Questions(monkeypatch)


def open_trash(qtbot: QtBot, window: MainWindow) -> TrashDialog:
    dialog = TrashDialog(window.context.writes, window)
    qtbot.addWidget(dialog)
    return dialog


def fill_trash(window: MainWindow) -> dict[str, str]:
    """A note, a plan (with a goal and an action), a goal with a sub-goal, an action."""
    with window.context.writes.database.session() as session:
        note = notes.create_note(session, "2422", notes.NoteInput(f"Ring {NAME}"))
        plan = plans.create_plan(session, "2422", plans.PlanInput("Gammal plan", 2019, 2024), "A")
        actions.add_goal(session, plan.id, "Mål i planen")
        actions.add_action(session, plan.id, actions.ActionInput("Åtgärd i planen"))
        live = plans.create_plan(session, "2422", plans.PlanInput("Serviceplan", 2025, 2028), "A")
        goal = actions.add_goal(session, live.id, "Dagligvaror inom 10 km")
        actions.add_goal(session, live.id, "Butiken i Ammarnäs finns kvar", goal.id)
        action = actions.add_action(session, live.id, actions.ActionInput(f"Möte med {NAME}"))
        notes.delete_note(session, note.id)
        plans.delete_plan(session, plan.id)
        actions.delete_goal(session, goal.id)
        actions.delete_action(session, action.id)
    return {"note": note.id, "plan": plan.id, "goal": goal.id, "action": action.id, "live": live.id}


def raw_bytes(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return (path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")).lower()


def test_a_note_is_deleted_for_good_after_a_yes(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    questions: Questions,
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Sorsele")
    add_note(qtbot, window, f"Hemsändning till {NAME} i Ammarnäs", 1)
    answers.delete_answer = True
    qtbot.mouseClick(window.detail.notes.editor.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == 0)
    qtbot.mouseClick(window.detail.notes.new_note_button, Qt.MouseButton.LeftButton)
    add_note(qtbot, window, "Butiken har öppet", 1)

    dialog = open_trash(qtbot, window)
    assert dialog.table.rowCount() == 1
    assert not dialog.delete_button.isEnabled()  # nothing chosen yet
    assert dialog.empty_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.delete_button.isEnabled()
    questions.answer = True
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert questions.about_one == [f"Hemsändning till {NAME} i Ammarnäs"]
    assert dialog.table.rowCount() == 0
    assert not dialog.delete_button.isEnabled() and not dialog.empty_button.isEnabled()
    writes = window.context.writes
    assert writes.read(trash.list_trash) == []
    assert writes.read(lambda s: search(s, NAME)) == []
    assert window.detail.notes.model.rowCount() == 1  # the other note is still listed
    # The dialog emptied the -wal too: the name is nowhere in the file's bytes.
    assert Path(f"{db_path}-wal").stat().st_size == 0
    data = raw_bytes(db_path)
    assert NAME.lower().encode() not in data and b"akesdotterqvist" not in data
    assert "butiken har öppet".encode() in data
    assert answers.errors == []


def test_answering_no_leaves_everything(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    questions: Questions,
) -> None:
    window = open_window(db_path)
    fill_trash(window)
    dialog = open_trash(qtbot, window)
    before = window.context.writes.read(trash.list_trash)
    assert dialog.table.rowCount() == len(before) == 4
    dialog.table.selectRow(0)
    questions.answer = False
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert len(questions.about_one) == 1 and questions.about_all == [4]
    assert dialog.table.rowCount() == 4
    assert window.context.writes.read(trash.list_trash) == before
    # Restoring still works: nothing was deleted.
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 3


def test_emptying_the_trash_deletes_every_kind_for_good(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    questions: Questions,
) -> None:
    window = open_window(db_path)
    ids = fill_trash(window)
    choose_municipality(qtbot, window, "Sorsele")
    dialog = open_trash(qtbot, window)
    assert dialog.table.rowCount() == 4
    questions.answer = True
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert questions.about_all == [4]
    assert dialog.table.rowCount() == 0
    assert not dialog.empty_button.isEnabled() and not dialog.delete_button.isEnabled()
    writes = window.context.writes
    assert writes.read(trash.list_trash) == []
    assert [p.id for p in writes.read(lambda s: plans.list_plans(s, "2422"))] == [ids["live"]]
    assert writes.read(lambda s: actions.list_goals(s, ids["live"])) == []
    assert writes.read(lambda s: actions.list_actions(s, ids["live"])) == []
    assert writes.read(lambda s: search(s, NAME)) == []
    assert NAME.lower().encode() not in raw_bytes(db_path)
    assert answers.errors == []


def test_a_goal_goes_for_good_with_its_sub_goal(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    questions: Questions,
) -> None:
    window = open_window(db_path)
    ids = fill_trash(window)
    dialog = open_trash(qtbot, window)
    row = next(
        r
        for r in range(dialog.table.rowCount())
        if dialog.table.item(r, 0).data(trash_dialog.ITEM_ROLE).id == ids["goal"]
    )
    dialog.table.selectRow(row)
    questions.answer = True
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert questions.about_one == ["Dagligvaror inom 10 km"]
    assert dialog.table.rowCount() == 3
    left = {item.kind for item in window.context.writes.read(trash.list_trash)}
    assert left == {"note", "plan", "action"}
    # Restoring what is left never brings the goal or its sub-goal back.
    for _ in range(3):
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert window.context.writes.read(lambda s: actions.list_goals(s, ids["live"])) == []


@pytest.mark.parametrize("button", ["delete", "empty"])
@pytest.mark.parametrize("problem", list(SQLITE_FAULTS))
def test_a_storage_failure_is_explained_and_deletes_nothing(
    button: str,
    problem: StorageProblem,
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    questions: Questions,
) -> None:
    window = open_window(db_path)
    fill_trash(window)
    dialog = open_trash(qtbot, window)
    dialog.table.selectRow(0)
    questions.answer = True
    database = window.context.writes.database
    with inject_storage_problem(database, problem):
        clicked = dialog.delete_button if button == "delete" else dialog.empty_button
        qtbot.mouseClick(clicked, Qt.MouseButton.LeftButton)
    assert answers.errors == [
        (problem_title(problem), problem_message(problem, str(database.file)))
    ]
    assert dialog.table.rowCount() == 4
    assert len(window.context.writes.read(trash.list_trash)) == 4


def test_an_item_that_left_the_trash_meanwhile_is_not_deleted(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    questions: Questions,
) -> None:
    window = open_window(db_path)
    ids = fill_trash(window)
    dialog = open_trash(qtbot, window)
    row = next(
        r
        for r in range(dialog.table.rowCount())
        if dialog.table.item(r, 0).data(trash_dialog.ITEM_ROLE).id == ids["note"]
    )
    dialog.table.selectRow(row)
    with window.context.writes.database.session() as session:
        trash.restore(session, "note", ids["note"])  # it leaves the trash meanwhile
    questions.answer = True
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 3  # shown as it is now
    assert window.context.writes.read(lambda s: notes.get_note(s, ids["note"])) is not None
    assert answers.errors == []
