"""What the map colours by: role, stage, plan validity and overdue follow-ups, for all 290."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from servicepunkt_gui.core import plans
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.map_status import MapStatus, Validity, map_statuses, validity
from servicepunkt_gui.core.vocabulary import NO_PLAN, PlanStage, ProgrammeRole

TODAY = dt.date(2026, 12, 2)
DAY = dt.timedelta(days=1)


def _plan(
    session: Session, code: str, stage: str, first: int = 2024, last: int = 2028, **values: object
) -> str:
    plan = plans.create_plan(
        session,
        code,
        plans.PlanInput("Serviceplan", first, last, **values),  # type: ignore[arg-type]
        "Maria",
        today=dt.date(2023, 1, 1),
    )
    if stage != PlanStage.NOT_STARTED:
        plans.set_stage(session, plan.id, stage, "Maria", dt.date(2024, 2, 1))
    return plan.id


@pytest.fixture
def statuses(database: Database) -> dict[str, MapStatus]:
    with database.session() as session:
        # Sorsele: adopted, revision far off, follow-up still to come.
        _plan(
            session,
            "2422",
            PlanStage.IMPLEMENTATION,
            revise_by=dt.date(2028, 6, 30),
            next_follow_up=TODAY + DAY,
        )
        # Arjeplog: adopted, to be revised within a year, follow-up missed.
        _plan(
            session,
            "2506",
            PlanStage.ADOPTED,
            revise_by=TODAY + 200 * DAY,
            next_follow_up=TODAY - DAY,
        )
        # Kiruna: in follow-up, revision date passed yesterday.
        _plan(session, "2584", PlanStage.FOLLOW_UP, revise_by=TODAY - DAY)
        # Örnsköldsvik: a draft, not adopted.
        _plan(session, "2284", PlanStage.DRAFT)
        # Malmö: the stage lags behind, but the decision date is there: adopted.
        _plan(session, "1280", PlanStage.DRAFT, last=2030, adopted_on=dt.date(2026, 5, 4))
        # Gotland: a decision date still to come is no adoption.
        _plan(session, "0980", PlanStage.CONSULTATION, adopted_on=TODAY + 30 * DAY)
        # No revision date: the end of the plan's period counts.
        _plan(session, "0880", PlanStage.ADOPTED, first=2023, last=2026)  # Kalmar: due
        _plan(session, "1737", PlanStage.ADOPTED, first=2021, last=2025)  # Torsby: overdue
        # Jokkmokk: its only plan is in the trash.
        plans.delete_plan(session, _plan(session, "2510", PlanStage.ADOPTED))
        # Stockholm: an adopted plan that is not the current one does not count.
        _plan(session, "0180", PlanStage.MAPPING)
        _plan(session, "0180", PlanStage.ADOPTED, revise_by=dt.date(2030, 1, 1))
    with database.read_session() as session:
        return map_statuses(session, TODAY)


def test_all_290_municipalities_have_a_status(statuses: dict[str, MapStatus]) -> None:
    assert len(statuses) == 290
    assert all(code == status.code for code, status in statuses.items())
    without = [s for s in statuses.values() if s.stage == NO_PLAN]
    assert len(without) == 290 - 9  # ten with plans, but Jokkmokk's is in the trash
    assert all(s.validity is Validity.NO_PLAN and not s.follow_up_overdue for s in without)


@pytest.mark.parametrize(
    ("code", "stage", "expected", "follow_up_overdue"),
    [
        ("2422", PlanStage.IMPLEMENTATION, Validity.CURRENT, False),
        ("2506", PlanStage.ADOPTED, Validity.REVISION_DUE, True),
        ("2584", PlanStage.FOLLOW_UP, Validity.OVERDUE, False),
        ("2284", PlanStage.DRAFT, Validity.NO_PLAN, False),
        ("1280", PlanStage.DRAFT, Validity.CURRENT, False),
        ("0980", PlanStage.CONSULTATION, Validity.NO_PLAN, False),
        ("0880", PlanStage.ADOPTED, Validity.REVISION_DUE, False),
        ("1737", PlanStage.ADOPTED, Validity.OVERDUE, False),
        ("2510", NO_PLAN, Validity.NO_PLAN, False),
        ("0180", PlanStage.MAPPING, Validity.NO_PLAN, False),
    ],
)
def test_validity_and_follow_up(
    statuses: dict[str, MapStatus],
    code: str,
    stage: str,
    expected: Validity,
    follow_up_overdue: bool,
) -> None:
    status = statuses[code]
    assert (status.stage, status.validity, status.follow_up_overdue) == (
        stage,
        expected,
        follow_up_overdue,
    )


def test_roles_come_from_the_pilot_programme(statuses: dict[str, MapStatus]) -> None:
    assert statuses["2506"].role == ProgrammeRole.PILOT  # Arjeplog
    assert statuses["2418"].role == ProgrammeRole.PILOT  # Malå, without a plan
    assert statuses["2284"].role == ProgrammeRole.AMBASSADOR  # Örnsköldsvik
    assert statuses["0180"].role is None
    roles = [s.role for s in statuses.values() if s.role is not None]
    assert len(roles) == 20 and roles.count(ProgrammeRole.AMBASSADOR) == 5


def test_the_boundaries_of_a_year() -> None:
    def on(revise_by: dt.date, today: dt.date = TODAY) -> Validity:
        return validity(PlanStage.ADOPTED, None, revise_by, 2030, today)

    assert on(TODAY) is Validity.REVISION_DUE  # the last day is not overdue yet
    assert on(TODAY - DAY) is Validity.OVERDUE
    assert on(dt.date(2027, 12, 2)) is Validity.REVISION_DUE
    assert on(dt.date(2027, 12, 3)) is Validity.CURRENT
    leap = dt.date(2028, 2, 29)
    assert on(dt.date(2029, 2, 28), leap) is Validity.REVISION_DUE
    assert on(dt.date(2029, 3, 1), leap) is Validity.CURRENT
    assert validity("unknown", None, None, 2030, TODAY) is Validity.NO_PLAN


def test_a_few_queries_for_all_of_sweden(database: Database) -> None:
    with database.session() as session:
        for code in ("2422", "2506", "2584", "0180", "1280"):
            _plan(session, code, PlanStage.ADOPTED)
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    with database.read_session() as session:
        engine = session.get_bind()
        event.listen(engine, "before_cursor_execute", count)
        try:
            assert len(map_statuses(session, TODAY)) == 290
        finally:
            event.remove(engine, "before_cursor_execute", count)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 3
