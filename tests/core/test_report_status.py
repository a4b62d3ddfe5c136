"""The status report over many municipalities: one row each, sums per stage, few queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.orm import Session

from servicepunkt_gui.core import actions, notes, plans
from servicepunkt_gui.core.actions import ActionInput
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.export_scope import ExportScope, resolve_codes
from servicepunkt_gui.core.report import status_report
from servicepunkt_gui.core.vocabulary import NO_PLAN, ActionStatus, NoteCategory, PlanStage

TODAY = dt.date(2026, 12, 2)
SORSELE, STORUMAN, LYCKSELE, MALA = "2422", "2421", "2481", "2418"


def _plan(session: Session, code: str, stage: str, **values: object) -> str:
    plan = plans.create_plan(
        session,
        code,
        plans.PlanInput("Serviceplan", 2024, 2027, **values),  # type: ignore[arg-type]
        "Maria",
        today=dt.date(2023, 1, 1),
    )
    if stage != PlanStage.NOT_STARTED:
        plans.set_stage(session, plan.id, stage, "Maria", dt.date(2024, 2, 1))
    return plan.id


def _fill(database: Database) -> None:
    with database.session() as session:
        sorsele = _plan(
            session,
            SORSELE,
            PlanStage.IMPLEMENTATION,
            adopted_on=dt.date(2024, 4, 22),
            revise_by=dt.date(2027, 6, 30),
            next_follow_up=dt.date(2027, 3, 15),
        )
        plans.set_stage(session, sorsele, PlanStage.FOLLOW_UP, "Maria", dt.date(2026, 3, 12))
        plans.set_stage(session, sorsele, PlanStage.IMPLEMENTATION, "Maria", dt.date(2026, 4, 1))
        late = TODAY - dt.timedelta(days=1)
        for status, deadline in (
            (ActionStatus.DONE, late),
            (ActionStatus.DONE, None),
            (ActionStatus.IN_PROGRESS, late),  # delayed
            (ActionStatus.NOT_STARTED, late),  # delayed
            (ActionStatus.NOT_STARTED, TODAY),  # due today: not delayed
            (ActionStatus.CANCELLED, late),  # neither counted nor delayed
        ):
            actions.add_action(session, sorsele, ActionInput("Å", deadline=deadline, status=status))
        gone = actions.add_action(session, sorsele, ActionInput("Borta", status=ActionStatus.DONE))
        actions.delete_action(session, gone.id)
        # A later follow-up note than the plan's follow-up step, and one in the future.
        for day in (dt.date(2026, 11, 24), TODAY + dt.timedelta(days=3)):
            followed = notes.NoteInput(
                "Uppföljt", category=NoteCategory.FOLLOW_UP, concerns_date=day
            )
            notes.create_note(session, SORSELE, followed)
        storuman = _plan(session, STORUMAN, PlanStage.FOLLOW_UP)
        plans.set_stage(session, storuman, PlanStage.FOLLOW_UP, "Maria", dt.date(2026, 5, 5))
        meeting = notes.NoteInput("Möte", category=NoteCategory.MEETING, concerns_date=TODAY)
        notes.create_note(session, STORUMAN, meeting)  # not a follow-up note
        _plan(session, LYCKSELE, PlanStage.FOLLOW_UP)
        # Malå has no plan but a follow-up note: the date is still its last follow-up.
        followed = notes.NoteInput(
            "Uppföljt", category=NoteCategory.FOLLOW_UP, concerns_date=dt.date(2025, 1, 2)
        )
        notes.create_note(session, MALA, followed)


def test_rows_and_sums(database: Database) -> None:
    _fill(database)
    with database.session() as session:
        codes = resolve_codes(session, ExportScope(county_code="24"))
        report = status_report(
            session, codes, today=TODAY, written_by="Maria", title="Västerbotten"
        )
    assert report.title == "Västerbotten"
    assert len(report.rows) == 15
    names = [row.name for row in report.rows]
    assert names[0] == "Bjurholm" and names[-1] == "Åsele"  # Swedish order
    by_code = {row.code: row for row in report.rows}
    sorsele = by_code[SORSELE]
    assert sorsele.stage == PlanStage.IMPLEMENTATION
    assert sorsele.adopted_on == dt.date(2024, 4, 22)
    assert sorsele.revise_by == dt.date(2027, 6, 30)
    assert sorsele.next_follow_up == dt.date(2027, 3, 15)
    assert sorsele.last_follow_up == dt.date(2026, 11, 24)  # the note, later than the step
    assert (sorsele.actions_done, sorsele.actions_total, sorsele.actions_delayed) == (2, 5, 2)
    assert by_code[STORUMAN].last_follow_up == dt.date(2026, 5, 5)  # the step
    assert by_code[LYCKSELE].last_follow_up == dt.date(2024, 2, 1)
    mala = by_code[MALA]
    assert mala.stage == NO_PLAN and not mala.has_plan
    assert mala.last_follow_up == dt.date(2025, 1, 2)
    assert (mala.actions_done, mala.actions_total) == (0, 0)
    counts = {count.stage: count.municipalities for count in report.stages}
    assert [count.stage for count in report.stages] == [*PlanStage, NO_PLAN]
    assert counts[PlanStage.IMPLEMENTATION] == 1
    assert counts[PlanStage.FOLLOW_UP] == 2
    assert counts[NO_PLAN] == 12
    assert sum(counts.values()) == 15
    assert (report.actions_done, report.actions_total, report.actions_delayed) == (2, 5, 2)


def test_unknown_codes_are_left_out_and_nothing_is_fine(database: Database) -> None:
    with database.session() as session:
        report = status_report(session, ["9999"], today=TODAY, written_by="", title="Inga")
        empty = status_report(session, [], today=TODAY, written_by="", title="Inga")
    assert report.rows == () and empty.rows == ()
    assert sum(count.municipalities for count in empty.stages) == 0


@contextmanager
def _counted(database: Database, session: Session) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_all_of_sweden_in_a_few_queries(database: Database) -> None:
    _fill(database)
    with database.session() as session:
        everyone = resolve_codes(session, ExportScope())
        assert len(everyone) == 290
        with _counted(database, session) as few:
            status_report(session, [SORSELE, MALA, STORUMAN], today=TODAY, written_by="", title="")
        with _counted(database, session) as many:
            report = status_report(session, everyone, today=TODAY, written_by="", title="Sverige")
    assert len(report.rows) == 290
    selects = [s for s in many if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 5
    assert len(many) == len(few)
