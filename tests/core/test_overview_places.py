"""The overview's register figures: per municipality the places by kind, the agreements
running today, the grant cases covering this year by type (count and granted sum), and the
open grant cases at risk because the plan they depend on is missing, not adopted or due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event, select

from servicepunkt_gui.core import plans
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.grant_risk import (
    NO_ADOPTED_PLAN,
    NO_PLAN,
    REVISION_OVERDUE,
    REVISION_SOON,
    plan_risk,
)
from servicepunkt_gui.core.models import Municipality
from servicepunkt_gui.core.municipalities import set_mine
from servicepunkt_gui.core.overview import (
    GrantFigures,
    RegisterFigures,
    RegisterOverview,
    register_overview,
)
from servicepunkt_gui.core.place_models import Agreement, GrantCase, ServicePlace
from servicepunkt_gui.core.vocabulary import (
    GrantDecider,
    GrantStatus,
    GrantType,
    PlaceKind,
    PlanStage,
)

TODAY = dt.date(2026, 6, 15)
YEAR = TODAY.year
ORNSKOLDSVIK, HARNOSAND, ARJEPLOG, EDA, KIRUNA = "2284", "2280", "2506", "1730", "2584"
TRASHED = dt.datetime(2026, 6, 1)


def _place(
    database: Database, code: str, kind: str = PlaceKind.SERVICE_POINT, **fields: object
) -> str:
    with database.session() as session:
        place = ServicePlace(municipality_code=code, name="Lanthandeln", kind=kind, **fields)
        session.add(place)
        session.flush()
        return place.id


def _agreement(
    database: Database, code: str, place_id: str, starts: dt.date, ends: dt.date, **fields: object
) -> None:
    with database.session() as session:
        session.add(
            Agreement(
                municipality_code=code, place_id=place_id, starts_on=starts, ends_on=ends, **fields
            )
        )


def _grant(database: Database, code: str, grant_type: str, **fields: object) -> None:
    values: dict[str, object] = {
        "decider": GrantDecider.REGION,
        "first_year": YEAR,
        "last_year": YEAR,
        "status": GrantStatus.APPLIED,
    }
    values.update(fields)
    with database.session() as session:
        session.add(GrantCase(municipality_code=code, grant_type=grant_type, **values))


def _plan(database: Database, code: str, stage: str, revise_by: dt.date | None = None) -> str:
    with database.session() as session:
        plan = plans.create_plan(
            session, code, plans.PlanInput("Serviceplan", 2024, 2030, revise_by=revise_by), "Anna"
        )
        if stage != PlanStage.NOT_STARTED:
            plans.set_stage(session, plan.id, stage, "Anna")
        return plan.id


def _rows(database: Database, today: dt.date = TODAY) -> dict[str, RegisterFigures]:
    with database.read_session() as session:
        overview = register_overview(session, today)
    assert overview.year == today.year
    return {row.code: row for row in overview.rows}


@contextmanager
def _selects(database: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(database.engine, "before_cursor_execute", count)


def test_nothing_registered_nothing_listed(database: Database) -> None:
    _plan(database, ORNSKOLDSVIK, PlanStage.DRAFT)  # a plan alone is not in this overview
    with database.read_session() as session:
        assert register_overview(session, TODAY) == RegisterOverview(YEAR, ())


def test_places_are_counted_by_kind_without_the_trash(database: Database) -> None:
    for kind in (PlaceKind.SERVICE_POINT, PlaceKind.SERVICE_POINT, PlaceKind.GROCERY_STORE):
        _place(database, ORNSKOLDSVIK, kind)
    _place(database, ORNSKOLDSVIK, PlaceKind.SERVICE_LOCALITY)
    _place(database, ORNSKOLDSVIK, PlaceKind.FUEL_STATION, deleted_at=TRASHED)
    _place(database, HARNOSAND, PlaceKind.AGENT)
    rows = _rows(database)
    assert set(rows) == {ORNSKOLDSVIK, HARNOSAND}
    ornskoldsvik = rows[ORNSKOLDSVIK]
    # In the vocabulary's order, as the tooltip lists them.
    assert list(ornskoldsvik.places.items()) == [
        (PlaceKind.SERVICE_LOCALITY, 1),
        (PlaceKind.SERVICE_POINT, 2),
        (PlaceKind.GROCERY_STORE, 1),
    ]
    assert ornskoldsvik.place_count == 4
    assert (ornskoldsvik.name, ornskoldsvik.county_code) == ("Örnsköldsvik", "22")
    assert rows[HARNOSAND].places == {PlaceKind.AGENT: 1}
    assert ornskoldsvik.agreements_running == 0 and ornskoldsvik.grants == {}
    assert ornskoldsvik.grants_at_risk == 0


def test_agreements_running_today(database: Database) -> None:
    place = _place(database, ORNSKOLDSVIK)
    trashed_place = _place(database, ORNSKOLDSVIK, deleted_at=TRASHED)
    day = dt.timedelta(days=1)
    _agreement(database, ORNSKOLDSVIK, place, dt.date(2024, 1, 1), TODAY)  # its last day
    _agreement(database, ORNSKOLDSVIK, place, TODAY, dt.date(2028, 12, 31))  # its first day
    _agreement(database, ORNSKOLDSVIK, place, dt.date(2023, 1, 1), TODAY - day)  # ended
    _agreement(database, ORNSKOLDSVIK, place, TODAY + day, dt.date(2029, 1, 1))  # not yet
    _agreement(
        database, ORNSKOLDSVIK, place, dt.date(2025, 1, 1), dt.date(2027, 1, 1), deleted_at=TRASHED
    )
    _agreement(database, ORNSKOLDSVIK, trashed_place, dt.date(2025, 1, 1), dt.date(2027, 1, 1))
    assert _rows(database)[ORNSKOLDSVIK].agreements_running == 2
    assert _rows(database, TODAY + day)[ORNSKOLDSVIK].agreements_running == 2
    assert _rows(database, dt.date(2030, 1, 1))[ORNSKOLDSVIK].agreements_running == 0


def test_grants_this_year_by_type_with_the_granted_sum(database: Database) -> None:
    _plan(database, ORNSKOLDSVIK, PlanStage.ADOPTED)  # nothing at risk here
    service, home = GrantType.SERVICE_GRANT, GrantType.HOME_DELIVERY_GRANT
    _grant(database, ORNSKOLDSVIK, service, granted_sek=250_000, status=GrantStatus.GRANTED)
    _grant(
        database,
        ORNSKOLDSVIK,
        service,
        first_year=YEAR - 1,
        last_year=YEAR + 1,
        granted_sek=300_000,
    )
    _grant(database, ORNSKOLDSVIK, service)  # applied for, not decided: counts 0 kr
    _grant(database, ORNSKOLDSVIK, home, granted_sek=41_000, status=GrantStatus.PAID)
    _grant(database, ORNSKOLDSVIK, home, status=GrantStatus.REJECTED)
    _grant(database, ORNSKOLDSVIK, home, first_year=YEAR - 1, last_year=YEAR - 1, granted_sek=9)
    _grant(database, ORNSKOLDSVIK, home, first_year=YEAR + 1, last_year=YEAR + 1, granted_sek=9)
    _grant(database, ORNSKOLDSVIK, home, granted_sek=9, deleted_at=TRASHED)
    _grant(database, ORNSKOLDSVIK, GrantType.REGIONAL_PROJECT, needs_plan=False, granted_sek=5)
    row = _rows(database)[ORNSKOLDSVIK]
    assert row.grants == {
        service: GrantFigures(3, 550_000),
        home: GrantFigures(2, 41_000),
        GrantType.REGIONAL_PROJECT: GrantFigures(1, 5),
    }
    assert list(row.grants) == [service, home, GrantType.REGIONAL_PROJECT]
    assert (row.grant_count, row.granted_sek) == (6, 591_005)
    assert row.grants_at_risk == 0 and row.plan_risk is None


def test_grants_at_risk_when_the_plan_is_missing_not_adopted_or_due(database: Database) -> None:
    passed, coming = TODAY - dt.timedelta(days=1), TODAY + dt.timedelta(days=30)
    _plan(database, HARNOSAND, PlanStage.DRAFT)
    _plan(database, ARJEPLOG, PlanStage.IMPLEMENTATION, revise_by=passed)
    _plan(database, EDA, PlanStage.ADOPTED, revise_by=coming)
    _plan(database, KIRUNA, PlanStage.REVISION)  # adopted, being revised: still a plan
    home = GrantType.HOME_DELIVERY_GRANT
    for code in (ORNSKOLDSVIK, HARNOSAND, ARJEPLOG, EDA, KIRUNA):
        _grant(database, code, home)  # open, needs a plan
        _grant(database, code, home, first_year=YEAR - 1, last_year=YEAR - 1)  # last year's
        _grant(database, code, home, status=GrantStatus.PAID)  # closed
        _grant(database, code, home, status=GrantStatus.WITHDRAWN)
        _grant(database, code, home, status=GrantStatus.REJECTED)
        _grant(database, code, GrantType.MUNICIPAL_SUPPORT, needs_plan=False)
        _grant(database, code, home, deleted_at=TRASHED)
    rows = _rows(database)
    assert {code: (row.grants_at_risk, row.plan_risk) for code, row in rows.items()} == {
        ORNSKOLDSVIK: (2, NO_PLAN),
        HARNOSAND: (2, NO_ADOPTED_PLAN),
        ARJEPLOG: (2, REVISION_OVERDUE),
        EDA: (2, REVISION_SOON),  # within 90 days: at risk too (core.grant_risk)
        KIRUNA: (0, None),
    }
    assert rows[ARJEPLOG].revise_by == passed
    with database.read_session() as session:
        assert register_overview(session, TODAY).grants_at_risk == 8
    # Later Eda's date passes.
    later = _rows(database, coming + dt.timedelta(days=1))[EDA]
    assert (later.grants_at_risk, later.plan_risk) == (2, REVISION_OVERDUE)


def test_a_municipality_with_only_grants_at_risk_is_listed(database: Database) -> None:
    # Last year's hemsändningsbidrag, applied for in arrears and still open, and no plan.
    _grant(database, EDA, GrantType.HOME_DELIVERY_GRANT, first_year=YEAR - 1, last_year=YEAR - 1)
    row = _rows(database)[EDA]
    assert (row.grants, row.grants_at_risk, row.plan_risk) == ({}, 1, NO_PLAN)


def test_a_plan_in_the_trash_is_no_plan(database: Database) -> None:
    plan_id = _plan(database, EDA, PlanStage.ADOPTED)
    _grant(database, EDA, GrantType.SERVICE_GRANT)
    assert _rows(database)[EDA].grants_at_risk == 0
    with database.session() as session:
        plans.delete_plan(session, plan_id)
    assert _rows(database)[EDA].plan_risk == NO_PLAN


def test_mine_is_marked(database: Database) -> None:
    _place(database, ORNSKOLDSVIK)
    _place(database, HARNOSAND)
    with database.session() as session:
        set_mine(session, HARNOSAND, True)
    rows = _rows(database)
    assert (rows[ORNSKOLDSVIK].mine, rows[HARNOSAND].mine) == (False, True)


def test_the_plan_risk_rule() -> None:
    far = TODAY + dt.timedelta(days=91)
    assert plan_risk(None, None, None, TODAY) == NO_PLAN
    for stage in ("not_started", "mapping", "dialogue", "draft", "consultation", "unknown"):
        assert plan_risk(stage, None, 2030, TODAY) == NO_ADOPTED_PLAN
    for stage in ("adopted", "implementation", "follow_up", "revision"):
        assert plan_risk(stage, None, 2030, TODAY) is None
        assert plan_risk(stage, far, 2030, TODAY) is None
        assert plan_risk(stage, TODAY, 2030, TODAY) == REVISION_SOON  # due today: not passed
        assert plan_risk(stage, TODAY - dt.timedelta(days=1), 2030, TODAY) == REVISION_OVERDUE
        # Without a revision date the plan is due at the end of its period.
        assert plan_risk(stage, None, YEAR - 1, TODAY) == REVISION_OVERDUE
        assert plan_risk(stage, None, YEAR, TODAY) is None


def test_the_same_few_selects_for_one_municipality_and_for_all(database: Database) -> None:
    def fill(codes: list[str]) -> None:
        with database.session() as session:
            for code in codes:
                place = ServicePlace(municipality_code=code, name="Butiken")
                session.add(place)
                session.flush()
                session.add(
                    Agreement(
                        municipality_code=code,
                        place_id=place.id,
                        starts_on=dt.date(2025, 1, 1),
                        ends_on=dt.date(2027, 12, 31),
                    )
                )
                session.add(
                    GrantCase(
                        municipality_code=code,
                        grant_type=GrantType.SERVICE_GRANT,
                        decider=GrantDecider.REGION,
                        first_year=YEAR,
                        last_year=YEAR,
                        granted_sek=1000,
                    )
                )

    fill([ORNSKOLDSVIK])
    with _selects(database) as one:
        assert len(_rows(database)) == 1
    with database.read_session() as session:
        codes = list(session.scalars(select(Municipality.code)))
    fill([code for code in codes if code != ORNSKOLDSVIK])
    with _selects(database) as all_of_them:
        rows = _rows(database)
    assert len(rows) == 290
    assert len(one) == len(all_of_them) == 5
    assert {row.grants_at_risk for row in rows.values()} == {1}  # none has a plan
    assert {row.granted_sek for row in rows.values()} == {1000}
