"""Two officials, one record, in the real window: nothing is overwritten, nothing is lost.

Anna works in the window; Birgitta saves through a second connection to the same file
underneath (as from another computer). The conflict dialog is the real one: the tests
replace ``ask_conflict`` only to look at it and press the button an official would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import Table, update
from sqlalchemy.orm import Session

from servicepunkt_gui.core import actions, drafts, grants, notes, places, plans
from servicepunkt_gui.core.db import Database, open_database, open_shared_database
from servicepunkt_gui.core.models import ServicePlan
from servicepunkt_gui.core.record_versions import EditConflictError, StoredVersion
from servicepunkt_gui.ui.common import conflict_dialog
from servicepunkt_gui.ui.common.conflict_dialog import ConflictChoice, ConflictDialog
from servicepunkt_gui.ui.plans.actions_model import ActionColumn
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.preferences import Preferences
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality, save_note, type_text

EDA = "1730"
PLAN = plans.PlanInput("Serviceplan för Eda 2025–2030", 2025, 2030)


@dataclass
class Shown:
    """What the conflict dialogs showed, and the answers to give them in turn."""

    answers: list[ConflictChoice]
    rows: list[list[str]] = field(default_factory=list)
    who: list[list[str]] = field(default_factory=list)
    summaries: list[str] = field(default_factory=list)
    buttons: list[list[str]] = field(default_factory=list)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    record = Shown(answers=[])

    def ask(*args: object, **kwargs: object) -> ConflictChoice:
        dialog = ConflictDialog(*args, **kwargs)  # type: ignore[arg-type]
        record.rows.append(list(dialog.rows))
        record.who.append([dialog.changed_by(name) for name in dialog.rows])
        record.summaries.append(dialog.summary.text())
        record.buttons.append([button.objectName() for button in dialog.findChildren(QPushButton)])
        dialog.deleteLater()
        return record.answers.pop(0)

    monkeypatch.setattr(conflict_dialog, "ask_conflict", ask)
    return record


@pytest.fixture
def birgitta(db_path: Path) -> Iterator[Database]:
    """A second connection to the window's file, saving as another official."""
    database = open_database(db_path)
    database.sessions.configure(info={"user_name": "birgitta"})
    yield database
    database.close()


def _seed_action(birgitta: Database) -> tuple[str, str]:
    with birgitta.session() as session:
        plan = plans.create_plan(session, EDA, PLAN, "Birgitta")
        action = actions.add_action(session, plan.id, actions.ActionInput("Bredband i Koppom"))
    return plan.id, action.id


def test_two_officials_edit_one_action_and_neither_edit_is_lost(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    shown: Shown,
    birgitta: Database,
) -> None:
    window = open_window(db_path)
    _plan_id, action_id = _seed_action(birgitta)
    choose_municipality(qtbot, window, "Eda")
    window.detail.tabs.set_current_index(1)
    panel = window.detail.plans.actions_panel
    qtbot.waitUntil(lambda: panel.model.row_of(action_id) is not None)

    # Birgitta gives the action a deadline after Anna's window read it.
    with birgitta.session() as session:
        actions.update_action(
            session,
            action_id,
            actions.ActionInput("Bredband i Koppom", deadline=dt.date(2026, 6, 30)),
            expected_version=1,
        )
    shown.answers = [ConflictChoice.KEEP_MINE]
    row = panel.model.row_of(action_id)
    assert row is not None
    index = panel.proxy.mapFromSource(panel.model.index(row, ActionColumn.RESPONSIBLE))
    assert panel.proxy.setData(index, "Anna Berg")

    assert shown.rows == [["responsible", "deadline"]]
    assert shown.who == [["mine", "theirs"]]
    assert "birgitta" in shown.summaries[0]
    assert "conflictLater" not in shown.buttons[0]  # a table cell keeps no draft
    with birgitta.read_session() as session:
        stored = actions.get_action(session, action_id)
    assert stored is not None
    assert stored.values.responsible == "Anna Berg"  # Anna's edit
    assert stored.values.deadline == dt.date(2026, 6, 30)  # and Birgitta's
    assert stored.row_version == 3
    assert panel.model.action(row).row_version == 3
    assert answers.errors == []


def test_use_the_saved_version_of_an_action_shows_it(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    shown: Shown,
    birgitta: Database,
) -> None:
    window = open_window(db_path)
    _plan_id, action_id = _seed_action(birgitta)
    choose_municipality(qtbot, window, "Eda")
    window.detail.tabs.set_current_index(1)
    panel = window.detail.plans.actions_panel
    qtbot.waitUntil(lambda: panel.model.row_of(action_id) is not None)
    with birgitta.session() as session:
        actions.update_action(session, action_id, actions.ActionInput("Fiber i Koppom"))
    shown.answers = [ConflictChoice.TAKE_THEIRS]
    row = panel.model.row_of(action_id)
    assert row is not None
    index = panel.proxy.mapFromSource(panel.model.index(row, ActionColumn.TITLE))
    assert not panel.proxy.setData(index, "Bredband överallt")
    qtbot.waitUntil(lambda: panel.model.action(0).values.title == "Fiber i Koppom")
    with birgitta.read_session() as session:
        stored = actions.get_action(session, action_id)
    assert stored is not None and stored.values.title == "Fiber i Koppom"


def test_a_note_waits_as_a_draft_until_its_writer_decides(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    shown: Shown,
    birgitta: Database,
) -> None:
    window = open_window(db_path)  # (which loads the reference data into the new file)
    with birgitta.session() as session:
        note = notes.create_note(session, EDA, notes.NoteInput("Möte med handlaren.", "Möte"))
    choose_municipality(qtbot, window, "Eda")
    tab = window.detail.notes
    tab.show_note(note.id)
    editor = tab.editor
    qtbot.waitUntil(lambda: editor.note is not None and editor.note.id == note.id)
    editor.body_edit.setFocus()
    editor.body_edit.moveCursor(editor.body_edit.textCursor().MoveOperation.End)
    type_text(editor.body_edit, " Anna: butiken vill ha hemsändning.")

    # Birgitta changes the title meanwhile; Anna saves and decides later.
    with birgitta.session() as session:
        notes.update_note(
            session, note.id, replace(note.values(), title="Möte i Koppom"), expected_version=1
        )
    shown.answers = [ConflictChoice.LATER]
    save_note(qtbot, window)
    assert shown.rows == [["title", "body"]]
    assert editor.is_dirty()  # the text is still in the editor ...
    assert "Anna: butiken" in editor.body_edit.toPlainText()
    with birgitta.read_session() as session:
        kept = [d for d in drafts.list_drafts(session) if d.key == f"note:{note.id}"]
        stored = notes.get_note(session, note.id)
    assert len(kept) == 1 and "Anna: butiken" in str(kept[0].fields)  # ... and as a draft
    assert stored is not None and stored.body == "Möte med handlaren."  # nothing overwritten

    # Later she keeps her changes: her text and Birgitta's title, the draft gone with it.
    shown.answers = [ConflictChoice.KEEP_MINE]
    save_note(qtbot, window)
    qtbot.waitUntil(lambda: not editor.is_dirty())
    with birgitta.read_session() as session:
        stored = notes.get_note(session, note.id)
        left = [d for d in drafts.list_drafts(session) if d.key == f"note:{note.id}"]
    assert stored is not None
    assert stored.body == "Möte med handlaren. Anna: butiken vill ha hemsändning."
    assert stored.title == "Möte i Koppom"
    assert left == []
    assert editor.title_edit.text() == "Möte i Koppom"


def test_use_the_saved_version_of_a_plan_reloads_the_form(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    shown: Shown,
    birgitta: Database,
) -> None:
    window = open_window(db_path)
    plan_id, _action_id = _seed_action(birgitta)
    choose_municipality(qtbot, window, "Eda")
    window.detail.tabs.set_current_index(1)
    panel = window.detail.plans
    qtbot.waitUntil(lambda: panel.plan is not None)
    form = panel.form
    type_text(form.paragraph, "§ 45")
    with birgitta.session() as session:
        plans.update_plan(session, plan_id, replace(PLAN, case_number="KS 2024/0815"))
    shown.answers = [ConflictChoice.TAKE_THEIRS]
    assert not panel.save_plan()
    assert shown.rows == [["paragraph", "case_number"]]
    assert form.case_number.text() == "KS 2024/0815"
    assert form.paragraph.text() == ""
    assert not panel.editing.is_dirty()
    with birgitta.read_session() as session:
        stored = plans.get_plan(session, plan_id)
        left = [d for d in drafts.list_drafts(session) if d.key == f"plan:{plan_id}"]
    assert stored is not None and stored.values.paragraph == "" and left == []


def _conflict(body_mine: str, body_theirs: str) -> EditConflictError:
    stored = StoredVersion(
        2, "birgitta", dt.datetime(2026, 3, 1, 9, 30), {"title": "Möte", "body": body_theirs}
    )
    return EditConflictError("note", "n1", 1, stored, {"title": "Möte", "body": body_mine})


def test_the_dialog_is_plain_text_fits_a_small_screen_and_works_by_keyboard(
    qtbot: QtBot,
) -> None:
    hostile = "<b>fet</b> <img src='file:///etc/passwd'>\n" + "lång rad " * 200
    dialog = ConflictDialog(None, _conflict(hostile, "Birgittas text"), {"body": "Förut"})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.rows == ["body"]
    assert dialog.changed_by("body") == "both"
    assert dialog.width() <= 1366 and dialog.height() <= 768
    texts = [widget.toPlainText() for widget in dialog.findChildren(QPlainTextEdit)]
    assert hostile in texts  # shown as typed, never as HTML
    assert dialog.later_button is not None and dialog.later_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is ConflictChoice.LATER and not dialog.isVisible()

    cell = ConflictDialog(None, _conflict("Min", "Din"), can_wait=False)
    qtbot.addWidget(cell)
    cell.show()
    qtbot.waitExposed(cell)
    assert cell.later_button is None
    qtbot.keyClick(cell, Qt.Key.Key_Escape)
    assert cell.choice is ConflictChoice.TAKE_THEIRS

    keep = ConflictDialog(None, _conflict("Min", "Din"))
    qtbot.addWidget(keep)
    keep.show()
    qtbot.waitExposed(keep)
    assert keep.keep_button is not None
    keep.keep_button.setFocus()
    qtbot.keyClick(keep.keep_button, Qt.Key.Key_Space)
    assert keep.choice is ConflictChoice.KEEP_MINE


def test_a_place_keeps_both_officials_fields(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    shown: Shown,
    birgitta: Database,
) -> None:
    window = open_window(db_path)
    koppom = places.PlaceInput(name="Koppom Handel", kind="grocery_store")
    with birgitta.session() as session:
        place = places.create_place(session, EDA, koppom)
    choose_municipality(qtbot, window, "Eda")
    panel = window.detail.places
    qtbot.waitUntil(lambda: panel.place is not None and panel.place.id == place.id)
    type_text(panel.form.texts["phone"], "0571-200 00")
    with birgitta.session() as session:
        places.update_place(session, place.id, replace(koppom, locality="Koppom"))
    shown.answers = [ConflictChoice.KEEP_MINE]
    assert panel.save_place()
    assert shown.rows == [["locality", "phone"]] and shown.who == [["theirs", "mine"]]
    with birgitta.read_session() as session:
        stored = places.get_place(session, place.id)
    assert stored is not None
    assert (stored.locality, stored.phone, stored.row_version) == ("Koppom", "0571-200 00", 3)
    assert not panel.editing.is_dirty()


def test_two_windows_on_one_postgresql_database_lose_no_action_edit(
    qtbot: QtBot,
    answers: DialogRecorder,
    shown: Shown,
    new_postgres_database: Callable[..., Database],
) -> None:
    """Anna's and Birgitta's windows, each on its own connection to one shared database."""
    anna = new_postgres_database()
    assert anna.shared is not None
    birgitta_db = open_shared_database(anna.shared)
    birgitta_db.sessions.configure(info={"user_name": "birgitta"})
    try:
        _plan_id, action_id = _seed_action(birgitta_db)
        windows = []
        for database in (anna, birgitta_db):
            window = MainWindow(database, Preferences())
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            choose_municipality(qtbot, window, "Eda")
            window.detail.tabs.set_current_index(1)
            panel = window.detail.plans.actions_panel
            qtbot.waitUntil(lambda p=panel: p.model.row_of(action_id) is not None)
            windows.append(window)

        def edit(window: MainWindow, column: ActionColumn, value: object) -> bool:
            panel = window.detail.plans.actions_panel
            row = panel.model.row_of(action_id)
            assert row is not None
            return panel.proxy.setData(
                panel.proxy.mapFromSource(panel.model.index(row, column)), value
            )

        assert edit(windows[1], ActionColumn.RESPONSIBLE, "Birgitta Ek")
        shown.answers = [ConflictChoice.KEEP_MINE]
        assert edit(windows[0], ActionColumn.DEADLINE, dt.date(2026, 6, 30))
        # (Had Anna's window already shown Birgitta's save, there would be no conflict.)
        assert shown.rows in ([], [["responsible", "deadline"]])
        assert all("birgitta" in summary for summary in shown.summaries)
        with anna.read_session() as session:
            stored = actions.get_action(session, action_id)
        assert stored is not None
        assert stored.values.responsible == "Birgitta Ek"
        assert stored.values.deadline == dt.date(2026, 6, 30)
    finally:
        birgitta_db.close()


def test_a_save_racing_another_at_the_same_moment_is_refused_in_words(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    birgitta: Database,
) -> None:
    """A change the unit of work did not check itself (a stage step), met at its flush."""
    window = open_window(db_path)
    plan_id, _action_id = _seed_action(birgitta)
    table = ServicePlan.__table__
    assert isinstance(table, Table)

    def raced(session: Session) -> plans.PlanDetail:
        read = session.get(ServicePlan, plan_id)  # held: the session keeps what it read
        assert read is not None
        session.connection().execute(  # what another connection's commit would do
            update(table).where(table.c.id == plan_id).values(row_version=table.c.row_version + 1)
        )
        return plans.set_stage(session, plan_id, "mapping", "Anna")

    assert window.context.writes.write(window, raced) is None
    assert len(answers.errors) == 1  # one sentence, not the "unexpected problem" check
    with birgitta.read_session() as session:
        stored = plans.get_plan(session, plan_id)
    assert stored is not None and stored.stage == "not_started"


def test_a_draft_brought_back_after_a_crash_is_saved_against_the_version_it_was_typed_over(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    shown: Shown,
    birgitta: Database,
) -> None:
    window = open_window(db_path)
    with birgitta.session() as session:
        note = notes.create_note(session, EDA, notes.NoteInput("Första texten."))
    choose_municipality(qtbot, window, "Eda")
    tab = window.detail.notes
    tab.show_note(note.id)
    qtbot.waitUntil(lambda: tab.editor.note is not None and tab.editor.note.id == note.id)
    tab.editor.body_edit.setFocus()
    type_text(tab.editor.body_edit, "Annas ")
    tab.editing.keep_draft()
    with birgitta.read_session() as session:
        (kept,) = [d for d in drafts.list_drafts(session) if d.key == f"note:{note.id}"]
    tab.editor.revert()  # the window is gone; the draft stays kept
    with birgitta.session() as session:
        notes.update_note(session, note.id, notes.NoteInput("Birgittas text."))

    tab.restore_draft(kept)  # the next start offers it, and the official takes it
    assert tab.editor.is_dirty() and tab.editing.read_version == 1
    shown.answers = [ConflictChoice.TAKE_THEIRS]
    save_note(qtbot, window)
    assert shown.rows == [["body"]]
    assert tab.editor.body_edit.toPlainText() == "Birgittas text."


def test_a_grant_case_keeps_both_officials_fields(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    shown: Shown,
    birgitta: Database,
) -> None:
    window = open_window(db_path)
    case = grants.GrantInput("service_grant", "region", None, "Servicebidrag Koppom", 2026, 2026)
    with birgitta.session() as session:
        grant = grants.create_grant(session, EDA, case)
    choose_municipality(qtbot, window, "Eda")
    panel = window.detail.grants
    panel.select_grant(grant.id)
    qtbot.waitUntil(lambda: panel.grant is not None and panel.grant.id == grant.id)
    panel.form.title_edit.setFocus()
    type_text(panel.form.title_edit, " 2026")
    with birgitta.session() as session:
        grants.update_grant(session, grant.id, replace(case, responsible="Birgitta Ek"))
    shown.answers = [ConflictChoice.KEEP_MINE]
    assert panel.save_grant()
    assert shown.who == [["mine", "theirs"]]
    with birgitta.read_session() as session:
        stored = grants.get_grant(session, grant.id)
    assert stored is not None
    assert (stored.title, stored.responsible) == ("Servicebidrag Koppom 2026", "Birgitta Ek")
