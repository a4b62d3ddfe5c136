"""Every write in core says which kinds of record it changed, and in which municipality."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from sqlalchemy.orm import Session

from servicepunkt_gui.core import actions, drafts, notes, plans, trash
from servicepunkt_gui.core.changes import Changes, RecordKind, collected
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.municipalities import list_municipalities, set_mine
from servicepunkt_gui.core.vocabulary import ActionStatus, PlanStage

EDA = "1730"
PLAN = plans.PlanInput("Serviceplan 2025–2030", 2025, 2030)
OLDER_PLAN = plans.PlanInput("Serviceplan 2019–2024", 2019, 2024)


@dataclass(frozen=True)
class Records:
    """One of each record in Eda, written before the write under test."""

    plan_id: str
    older_plan_id: str
    goal_id: str
    action_id: str
    note_id: str


@pytest.fixture
def records(database: Database) -> Records:
    with database.session() as session:
        plan = plans.create_plan(session, EDA, PLAN, "Anna")
        older = plans.create_plan(session, EDA, OLDER_PLAN, "Anna")
        goal = actions.add_goal(session, plan.id, "Dagligvaror inom 20 minuter")
        action = actions.add_action(session, plan.id, actions.ActionInput("Laddstolpe"))
        note = notes.create_note(session, EDA, notes.NoteInput("Möte med handlaren i Koppom"))
    return Records(plan.id, older.id, goal.id, action.id, note.id)


def _changes(database: Database, write: Callable[[Session], object]) -> Changes:
    """What ``write`` said it changed, in a unit of work of its own."""
    with database.session() as session:
        write(session)
        return collected(session)


Write = Callable[[Session, Records], object]
K = RecordKind

WRITES: dict[str, tuple[Write, set[RecordKind]]] = {
    "create_note": (lambda s, r: notes.create_note(s, EDA, notes.NoteInput("Ny")), {K.NOTE}),
    "update_note": (
        lambda s, r: notes.update_note(s, r.note_id, notes.NoteInput("Ändrad")),
        {K.NOTE},
    ),
    "delete_note": (lambda s, r: notes.delete_note(s, r.note_id), {K.NOTE, K.TRASH}),
    "create_plan": (lambda s, r: plans.create_plan(s, EDA, PLAN, "Anna"), {K.PLAN}),
    "update_plan": (lambda s, r: plans.update_plan(s, r.plan_id, OLDER_PLAN), {K.PLAN}),
    "set_stage": (
        lambda s, r: plans.set_stage(s, r.plan_id, PlanStage.DRAFT, "Anna", dt.date(2026, 1, 5)),
        {K.PLAN},
    ),
    "make_current": (lambda s, r: plans.make_current(s, r.older_plan_id), {K.PLAN}),
    "delete_plan": (lambda s, r: plans.delete_plan(s, r.plan_id), {K.PLAN, K.TRASH}),
    "add_goal": (lambda s, r: actions.add_goal(s, r.plan_id, "Delmål", r.goal_id), {K.GOAL}),
    "rename_goal": (lambda s, r: actions.rename_goal(s, r.goal_id, "Dagligvaror"), {K.GOAL}),
    "delete_goal": (lambda s, r: actions.delete_goal(s, r.goal_id), {K.GOAL, K.TRASH}),
    "add_action": (
        lambda s, r: actions.add_action(s, r.plan_id, actions.ActionInput("Hemsändning")),
        {K.ACTION},
    ),
    "update_action": (
        lambda s, r: actions.update_action(
            s, r.action_id, actions.ActionInput("Laddstolpe", status=ActionStatus.DONE)
        ),
        {K.ACTION},
    ),
    "delete_action": (lambda s, r: actions.delete_action(s, r.action_id), {K.ACTION, K.TRASH}),
    "set_mine": (lambda s, r: set_mine(s, EDA, True), {K.MINE}),
}


@pytest.mark.parametrize("name", WRITES)
def test_each_write_names_what_it_changed(database: Database, records: Records, name: str) -> None:
    write, kinds = WRITES[name]
    changes = _changes(database, lambda session: write(session, records))
    assert changes.kinds == kinds
    assert changes.municipalities == {EDA}


def _delete(kind: str, session: Session, r: Records) -> str:
    """Put one record of ``kind`` in the trash; its id."""
    if kind == "note":
        notes.delete_note(session, r.note_id)
        return r.note_id
    if kind == "plan":
        plans.delete_plan(session, r.plan_id)
        return r.plan_id
    if kind == "goal":
        actions.delete_goal(session, r.goal_id)
        return r.goal_id
    actions.delete_action(session, r.action_id)
    return r.action_id


@pytest.mark.parametrize("kind", ["note", "plan", "goal", "action"])
def test_restoring_names_the_record_and_the_trash(
    database: Database, records: Records, kind: str
) -> None:
    with database.session() as session:
        item_id = _delete(kind, session, records)
    changes = _changes(database, lambda session: trash.restore(session, kind, item_id))
    assert changes.kinds == {RecordKind(kind), RecordKind.TRASH}
    assert changes.municipalities == {EDA}


def test_reads_drafts_and_writes_that_change_nothing_name_nothing(
    database: Database, records: Records
) -> None:
    def nothing_changes(session: Session) -> None:
        notes.list_notes(session, EDA)
        plans.list_plans(session, EDA)
        actions.list_goals(session, records.plan_id)
        actions.list_actions(session, records.plan_id)
        trash.list_trash(session)
        list_municipalities(session)
        # Drafts are not records anyone sees in a view.
        drafts.save_draft(session, "note:new:1730", EDA, {"body": "Halvskriven"})
        drafts.discard_draft(session, "note:new:1730")
        set_mine(session, EDA, False)  # it was not one of mine
        notes.delete_note(session, "no-such-note")
        actions.delete_goal(session, "no-such-goal")
        actions.delete_action(session, "no-such-action")

    assert not _changes(database, nothing_changes)


def test_a_refused_write_names_nothing(database: Database, records: Records) -> None:
    with database.session() as session:
        with pytest.raises(ValidationError):
            notes.create_note(session, EDA, notes.NoteInput("   "))
        with pytest.raises(ValidationError):
            actions.rename_goal(session, records.goal_id, "")
        assert not collected(session)


def test_writes_in_one_unit_of_work_add_up(database: Database, records: Records) -> None:
    def two_municipalities(session: Session) -> None:
        notes.create_note(session, "2284", notes.NoteInput("Om Bredbyn"))
        actions.delete_action(session, records.action_id)

    changes = _changes(database, two_municipalities)
    assert changes.kinds == {K.NOTE, K.ACTION, K.TRASH}
    assert changes.municipalities == {"2284", EDA}
