"""Two people, one record: a save over a change made since it was read is refused.

Every test uses two real connections to one database (two ``Database`` objects on one
SQLite file, or on one PostgreSQL database), as two officials on two computers would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import Table, update

from servicepunkt_gui.core import (
    actions,
    agreements,
    grants,
    notes,
    places,
    plans,
    record_versions,
)
from servicepunkt_gui.core.db import Database, open_database, open_shared_database
from servicepunkt_gui.core.models import Note, PlanAction, ServicePlan
from servicepunkt_gui.core.record_versions import EditConflictError

PLAN = plans.PlanInput("Serviceplan 2025–2030", 2025, 2030)


def _as(database: Database, user: str) -> Database:
    """Saves through ``database`` are made by ``user`` (what ``session.info`` says)."""
    database.sessions.configure(info={"user_name": user})
    database.read_sessions.configure(info={"user_name": user})
    return database


@pytest.fixture
def anna(database: Database) -> Database:
    return _as(database, "anna")


@pytest.fixture
def birgitta(database: Database) -> Iterator[Database]:
    """A second connection to the same database, saving as another official."""
    if database.shared is not None:
        other = open_shared_database(database.shared)
    else:
        other = open_database(database.file)
    yield _as(other, "birgitta")
    other.close()


@pytest.fixture
def action_id(anna: Database) -> str:
    with anna.session() as session:
        plan = plans.create_plan(session, "2284", PLAN, "Anna")
        return actions.add_action(session, plan.id, actions.ActionInput("Bredband")).id


def _read_action(database: Database, action_id: str) -> actions.ActionRow:
    with database.read_session() as session:
        row = actions.get_action(session, action_id)
    assert row is not None
    return row


def test_every_save_raises_the_version_and_names_who_saved(
    anna: Database, birgitta: Database
) -> None:
    with anna.session() as session:
        note = notes.create_note(session, "2284", notes.NoteInput("Möte om butiken"))
    assert note.row_version == 1 and note.saved_by == "anna"
    with birgitta.session() as session:
        saved = notes.update_note(
            session, note.id, notes.NoteInput("Möte om butiken, igen"), expected_version=1
        )
    assert saved.row_version == 2 and saved.saved_by == "birgitta"
    with anna.read_session() as session:
        listed = notes.list_notes(session, "2284")
    assert [row.row_version for row in listed] == [2]


def test_a_save_without_changes_makes_no_new_version(anna: Database) -> None:
    with anna.session() as session:
        note = notes.create_note(session, "2284", notes.NoteInput("Samma text"))
    with anna.session() as session:
        again = notes.update_note(session, note.id, note.values(), expected_version=1)
    assert again.row_version == 1


def test_second_save_of_an_action_is_refused_with_both_versions(
    anna: Database, birgitta: Database, action_id: str
) -> None:
    read_by_anna = _read_action(anna, action_id)
    read_by_birgitta = _read_action(birgitta, action_id)
    with birgitta.session() as session:
        actions.update_action(
            session,
            action_id,
            replace(read_by_birgitta.values, deadline=dt.date(2026, 6, 30)),
            expected_version=read_by_birgitta.row_version,
        )
    annas = replace(read_by_anna.values, responsible="Anna Berg")
    with pytest.raises(EditConflictError) as raised, anna.session() as session:
        actions.update_action(session, action_id, annas, expected_version=read_by_anna.row_version)
    conflict = raised.value
    assert (conflict.kind, conflict.record_id, conflict.read_version) == (
        "plan_action",
        action_id,
        1,
    )
    assert conflict.stored is not None
    assert conflict.stored.version == 2 and conflict.stored.saved_by == "birgitta"
    assert isinstance(conflict.stored.updated_at, dt.datetime)
    assert conflict.stored.values["deadline"] == dt.date(2026, 6, 30)
    assert conflict.stored.values["responsible"] == ""
    assert conflict.mine["responsible"] == "Anna Berg"
    assert set(conflict.changed_fields()) == {"deadline", "responsible"}
    # Nothing of Anna's was written over Birgitta's version.
    assert _read_action(anna, action_id).values.deadline == dt.date(2026, 6, 30)
    assert _read_action(anna, action_id).values.responsible == ""


def test_keep_mine_saves_both_edits_against_the_stored_version(
    anna: Database, birgitta: Database, action_id: str
) -> None:
    """The issue's "when two edit the same action, neither edit is lost"."""
    read = _read_action(anna, action_id)
    theirs = _read_action(birgitta, action_id)
    with birgitta.session() as session:
        actions.update_action(
            session, action_id, replace(theirs.values, status="in_progress"), expected_version=1
        )
    mine = replace(read.values, responsible="Anna Berg")
    with pytest.raises(EditConflictError) as raised, anna.session() as session:
        actions.update_action(session, action_id, mine, expected_version=1)
    conflict = raised.value
    assert conflict.stored is not None
    kept = record_versions.merged(
        actions.action_fields(read.values), conflict.mine, conflict.stored.values
    )
    with anna.session() as session:
        saved = actions.update_action(
            session,
            action_id,
            actions.ActionInput(**kept),
            expected_version=conflict.stored.version,
        )
    assert saved.row_version == 3
    assert (saved.values.status, saved.values.responsible) == ("in_progress", "Anna Berg")


def test_note_plan_and_goal_refuse_a_stale_save(anna: Database, birgitta: Database) -> None:
    with anna.session() as session:
        note = notes.create_note(session, "2284", notes.NoteInput("Första texten"))
        plan = plans.create_plan(session, "2284", PLAN, "Anna")
        goal = actions.add_goal(session, plan.id, "Butik i varje tätort")
    with birgitta.session() as session:
        notes.update_note(session, note.id, notes.NoteInput("Birgittas text"), expected_version=1)
        plans.update_plan(session, plan.id, replace(PLAN, paragraph="§ 12"), expected_version=1)
        actions.rename_goal(session, goal.id, "Butik i varje by", expected_version=1)
    with pytest.raises(EditConflictError) as note_conflict, anna.session() as session:
        notes.update_note(session, note.id, notes.NoteInput("Annas text"), expected_version=1)
    assert note_conflict.value.stored is not None
    assert note_conflict.value.stored.values["body"] == "Birgittas text"
    assert note_conflict.value.mine["body"] == "Annas text"
    with pytest.raises(EditConflictError) as plan_conflict, anna.session() as session:
        plans.update_plan(session, plan.id, replace(PLAN, title="Ny titel"), expected_version=1)
    assert plan_conflict.value.changed_fields() == ["title", "paragraph"]
    with pytest.raises(EditConflictError), anna.session() as session:
        actions.rename_goal(session, goal.id, "Annas mål", expected_version=1)
    with anna.read_session() as session:
        stored_note = notes.get_note(session, note.id)
        assert stored_note is not None and stored_note.body == "Birgittas text"
        assert actions.list_goals(session, plan.id)[0].title == "Butik i varje by"


def test_callers_without_a_version_still_save(anna: Database, birgitta: Database) -> None:
    """The exchange import and the command line name no version: no check."""
    with anna.session() as session:
        note = notes.create_note(session, "2284", notes.NoteInput("Text"))
    with birgitta.session() as session:
        notes.update_note(session, note.id, notes.NoteInput("Ändrad"))
    with anna.session() as session:
        saved = notes.update_note(session, note.id, notes.NoteInput("Ändrad igen"))
    assert saved.row_version == 3


def test_making_another_plan_current_raises_the_old_ones_version(anna: Database) -> None:
    with anna.session() as session:
        first = plans.create_plan(session, "2284", PLAN, "Anna")
        second = plans.create_plan(session, "2284", replace(PLAN, title="Nästa"), "Anna")
        plans.make_current(session, second.id)
    with anna.read_session() as session:
        stored = plans.get_plan(session, first.id)
    assert stored is not None and not stored.is_current and stored.row_version == 2


def test_a_change_between_read_and_write_in_one_unit_of_work_is_a_conflict(
    anna: Database, action_id: str
) -> None:
    """What PostgreSQL allows between a unit of work's read and its UPDATE (another
    connection commits): the UPDATE matches no row, and that is a conflict too."""
    read = _read_action(anna, action_id)
    with pytest.raises(EditConflictError) as raised, anna.session() as session:
        row = session.get(PlanAction, action_id)
        assert row is not None
        table = PlanAction.__table__
        assert isinstance(table, Table)
        session.connection().execute(
            update(table)
            .where(table.c.id == action_id)
            .values(row_version=table.c.row_version + 1, title="Underifrån")
        )
        actions.update_action(
            session, action_id, replace(read.values, title="Mitt"), expected_version=1
        )
    conflict = raised.value
    assert conflict.stored is None and conflict.read_version == 1
    with anna.read_session() as session:
        stored = record_versions.stored_version(
            session, conflict.kind, conflict.record_id, conflict.mine
        )
    assert stored is not None and stored.values["title"] == "Bredband"  # rolled back


def test_postgresql_update_racing_another_connection_is_a_conflict(
    anna: Database, birgitta: Database, action_id: str
) -> None:
    """Read in Anna's unit of work, Birgitta commits, then Anna's UPDATE: no lost update."""
    if not anna.is_shared:
        pytest.skip("SQLite's write lock (BEGIN IMMEDIATE) makes Birgitta wait instead")
    with pytest.raises(EditConflictError), anna.session() as session:
        row = session.get(PlanAction, action_id)
        assert row is not None and row.row_version == 1
        with birgitta.session() as other:
            actions.update_action(
                other, action_id, actions.ActionInput("Birgittas"), expected_version=1
            )
        actions.update_action(session, action_id, actions.ActionInput("Annas"), expected_version=1)
    assert _read_action(anna, action_id).values.title == "Birgittas"


def test_conflict_from_finds_a_wrapped_conflict() -> None:
    conflict = EditConflictError("note", "x", 1, None)
    try:
        try:
            raise conflict
        except EditConflictError as inner:
            raise RuntimeError("commit failed") from inner
    except RuntimeError as outer:
        assert record_versions.conflict_from(outer) is conflict
    assert record_versions.conflict_from(ValueError()) is None


def test_stored_version_of_a_note(anna: Database) -> None:
    with anna.session() as session:
        note = notes.create_note(session, "2284", notes.NoteInput("Text", title="Rubrik"))
    with anna.read_session() as session:
        stored = record_versions.stored_version(session, "note", note.id, ["title"])
        missing = record_versions.stored_version(session, "note", "no-such-id", ["title"])
    assert stored is not None and stored.values == {"title": "Rubrik"}
    assert stored.saved_by == "anna" and missing is None
    assert isinstance(Note.__table__, Table) and Note.__table__.name == "note"


def test_places_agreements_and_grants_refuse_a_stale_save(
    anna: Database, birgitta: Database
) -> None:
    place = places.PlaceInput(
        name="Bredbyns Livs", kind="grocery_store", services=("parcel_agent", "groceries_full")
    )
    grant = grants.GrantInput("service_grant", "region", None, "Servicebidrag", 2026, 2026)
    agreement = agreements.AgreementInput(
        dt.date(2026, 1, 1), dt.date(2028, 12, 31), tasks=("information",)
    )
    with anna.session() as session:
        place_row = places.create_place(session, "2284", place)
        grant_row = grants.create_grant(session, "2284", grant)
        agreement_row = agreements.create_agreement(session, place_row.id, agreement)
    assert (place_row.row_version, grant_row.row_version, agreement_row.row_version) == (1, 1, 1)
    with birgitta.session() as session:
        places.update_place(session, place_row.id, replace(place, locality="Bredbyn"))
        grants.update_grant(session, grant_row.id, replace(grant, applied_sek=250_000))
        agreements.update_agreement(
            session, agreement_row.id, replace(agreement, responsible="Birgitta")
        )
    with pytest.raises(EditConflictError) as place_conflict, anna.session() as session:
        places.update_place(
            session, place_row.id, replace(place, phone="0660-123 45"), expected_version=1
        )
    assert place_conflict.value.changed_fields() == ["locality", "phone"]  # not the services
    with pytest.raises(EditConflictError) as grant_conflict, anna.session() as session:
        grants.update_grant(session, grant_row.id, replace(grant, title="Nytt"), expected_version=1)
    assert grant_conflict.value.changed_fields() == ["title", "applied_sek"]
    with pytest.raises(EditConflictError) as agreement_conflict, anna.session() as session:
        agreements.update_agreement(
            session, agreement_row.id, replace(agreement, comment="Annas"), expected_version=1
        )
    assert agreement_conflict.value.changed_fields() == ["responsible", "comment"]
    with anna.read_session() as session:
        stored = record_versions.stored_version(
            session, "service_place", place_row.id, place_conflict.value.mine
        )
    assert stored is not None and stored.values["services"] == place_conflict.value.mine["services"]


def test_a_stale_update_outside_the_checked_flush_is_recognised(anna: Database) -> None:
    with anna.session() as session:
        plan = plans.create_plan(session, "2284", PLAN, "Anna")
    table = ServicePlan.__table__
    assert isinstance(table, Table)
    with pytest.raises(Exception) as raised, anna.session() as session:
        read = session.get(ServicePlan, plan.id)  # held: the session keeps what it read
        assert read is not None
        session.connection().execute(
            update(table).where(table.c.id == plan.id).values(row_version=5)
        )
        plans.set_stage(session, plan.id, "mapping", "Anna")
    assert record_versions.is_stale(raised.value)
    assert not record_versions.is_stale(ValueError("other"))
