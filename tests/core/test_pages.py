"""A municipality's page in one read: what the separate reads give, in a fixed number of queries."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event

from servicepunkt_gui.core import actions, notes, plans
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.models import Base
from servicepunkt_gui.core.municipalities import get_municipality
from servicepunkt_gui.core.pages import MunicipalityPage, municipality_page, plan_section
from servicepunkt_gui.core.reference import PILOT_PROGRAMME_ID, programme_info

CODE = "2284"  # Örnsköldsvik
OTHER = "2506"  # Arjeplog: has a plan too, which must not show on the page

# The statements municipality_page runs, whatever the number of plans: the municipality
# row (2: its current plan's status, the row, which counts the notes too), the programme,
# the plans, their stage history, goals and actions (1 each) and the first page of notes.
SELECTS_PER_PAGE = 8
SELECTS_PER_PLAN_SECTION = 4  # the plans, their history, goals and actions


def _plan_input(first_year: int, title: str) -> plans.PlanInput:
    return plans.PlanInput(
        title=title,
        first_year=first_year,
        last_year=first_year + 4,
        adopted_by="municipal_council",
        adopted_on=dt.date(first_year, 3, 24),
        paragraph="§ 45",
        case_number=f"KS {first_year - 1}/0815",
        revise_by=dt.date(first_year + 4, 12, 31),
        next_follow_up=dt.date(first_year + 1, 3, 1),
        document="https://example.se/serviceplan.pdf",
    )


def _add_plans(database: Database, code: str, count: int) -> list[str]:
    """``count`` plans with stage history, goals, sub-goals and actions (and trashed ones)."""
    ids = []
    with database.session() as session:
        for number in range(count):
            plan = plans.create_plan(
                session,
                code,
                _plan_input(2010 + 5 * number, f"Serviceplan {number + 1}"),
                "Anna",
                today=dt.date(2010 + 5 * number, 1, 15),
            )
            for step, stage in enumerate(("mapping", "dialogue", "draft", "adopted")[: number + 2]):
                plans.set_stage(
                    session,
                    plan.id,
                    stage,
                    "Bertil",
                    changed_on=dt.date(2010 + 5 * number, 2 + step, 1),
                    comment=f"Steg {step}",
                )
            goal = actions.add_goal(session, plan.id, f"Dagligvaror nära {number}")
            sub = actions.add_goal(session, plan.id, "Hemsändning", goal.id)
            gone = actions.add_goal(session, plan.id, "Tas bort", goal.id)
            actions.add_goal(session, plan.id, f"Drivmedel {number}")
            for index in range(3 + number):
                actions.add_action(
                    session,
                    plan.id,
                    actions.ActionInput(
                        f"Åtgärd {index}",
                        responsible="Näringslivskontoret",
                        deadline=dt.date(2026, 1 + index % 12, 1),
                        cost_sek=10_000 * index,
                        financing="service_grant" if index % 2 else "",
                        status=("not_started", "in_progress", "done")[index % 3],
                        goal_id=sub.id if index % 2 else None,
                    ),
                )
            trashed = actions.add_action(session, plan.id, actions.ActionInput("Papperskorgen"))
            actions.delete_action(session, trashed.id)
            actions.delete_goal(session, gone.id)
            ids.append(plan.id)
        # A plan in the trash shows nowhere, nor do its goals and actions.
        binned = plans.create_plan(session, code, _plan_input(2000, "Gammal"), "Anna")
        actions.add_goal(session, binned.id, "Syns inte")
        actions.add_action(session, binned.id, actions.ActionInput("Syns inte"))
        plans.delete_plan(session, binned.id)
    return ids


def _add_notes(database: Database, code: str, count: int, plan_id: str | None) -> None:
    with database.session() as session:
        for number in range(count):
            notes.create_note(
                session,
                code,
                notes.NoteInput(
                    f"Anteckning {number} " * 20,
                    title=f"Möte {number}",
                    category="meeting",
                    concerns_date=dt.date(2025, 1, 1) + dt.timedelta(days=number % 40),
                    author="Anna",
                    plan_id=plan_id if number % 3 == 0 else None,
                ),
            )
        binned = notes.create_note(session, code, notes.NoteInput("I papperskorgen"))
        notes.delete_note(session, binned.id)


@pytest.fixture
def full_municipality(database: Database) -> Database:
    plan_ids = _add_plans(database, CODE, 3)
    with database.session() as session:
        plans.make_current(session, plan_ids[1])
    _add_notes(database, CODE, 150, plan_ids[0])
    _add_plans(database, OTHER, 1)
    _add_notes(database, OTHER, 5, None)
    return database


@contextmanager
def counted_statements(database: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(
        _conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool
    ) -> None:
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(database.engine, "before_cursor_execute", count)


def _read_page(database: Database, code: str = CODE, size: int = 100) -> MunicipalityPage:
    with database.read_session() as session:  # as the window reads (WritePath.read)
        page = municipality_page(session, code, size)
    assert page is not None
    return page


@pytest.mark.parametrize("size", [100, 30, 200])
def test_page_equals_the_separate_reads(full_municipality: Database, size: int) -> None:
    page = _read_page(full_municipality, size=size)
    with full_municipality.session() as session:
        municipality = get_municipality(session, CODE)
        listed = plans.list_plans(session, CODE)
        goals = {plan.id: actions.list_goals(session, plan.id) for plan in listed}
        plan_actions = {plan.id: actions.list_actions(session, plan.id) for plan in listed}
        assert page.municipality == municipality
        assert page.programme == programme_info(session, PILOT_PROGRAMME_ID)
        assert page.plans == listed
        assert page.goals == goals
        assert page.actions == plan_actions
        assert page.note_count == notes.count_notes(session, CODE)
        assert page.first_notes == notes.list_notes(session, CODE, 0, size)
    # What was built is really there, so the equalities above say something.
    assert page.programme is not None
    assert len(page.plans) == 3
    assert [len(plan.history) for plan in page.plans] == [5, 4, 3]
    assert [plan.is_current for plan in page.plans] == [False, True, False]
    assert all(len(rows) == 3 for rows in page.goals.values())  # a sub-goal each in the trash
    assert any(goal.parent_id is not None for rows in page.goals.values() for goal in rows)
    assert sorted(len(rows) for rows in page.actions.values()) == [3, 4, 5]
    assert page.note_count == 150
    assert len(page.first_notes) == min(size, 150)
    assert page.municipality.plan is not None and page.municipality.note_count == 150


def test_page_of_a_municipality_without_plans_or_notes(database: Database) -> None:
    page = _read_page(database, "0114")
    assert (page.plans, page.goals, page.actions) == ([], {}, {})
    assert (page.note_count, page.first_notes) == (0, [])
    assert page.municipality.code == "0114"


def test_no_page_for_an_unknown_code(database: Database) -> None:
    with database.session() as session:
        assert municipality_page(session, "9999") is None


@pytest.mark.parametrize("plan_count", [1, 6])
def test_same_number_of_statements_for_1_and_6_plans(database: Database, plan_count: int) -> None:
    _add_plans(database, CODE, plan_count)
    _add_notes(database, CODE, 20, None)
    with counted_statements(database) as statements:
        page = _read_page(database)
    assert len(page.plans) == plan_count
    assert all(page.actions[plan.id] and page.goals[plan.id] for plan in page.plans)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == SELECTS_PER_PAGE
    # SQLite begins with a statement of ours; psycopg begins implicitly. Nothing is written.
    begins = ["BEGIN"] if database.dialect == "sqlite" else []
    assert [s for s in statements if s not in selects] == begins


def _plain_values(value: object) -> Iterator[object]:
    """``value`` and everything in it, through dataclasses, lists, tuples and dicts."""
    yield value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _plain_values(getattr(value, field.name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _plain_values(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _plain_values(key)
            yield from _plain_values(item)


def test_page_is_plain_data_that_needs_no_session(full_municipality: Database) -> None:
    page = _read_page(full_municipality)
    full_municipality.close()  # not even the engine is there any more
    with counted_statements(full_municipality) as statements:
        values = list(_plain_values(page))
        # The properties the views use work on the closed page too.
        assert [plan.title for plan in page.plans]
        assert page.municipality.sort_key and page.municipality.search_keys
        assert page.municipality.plan is not None and page.municipality.plan.progress is not None
        assert any(
            a.is_delayed(dt.date(2030, 1, 1)) for rows in page.actions.values() for a in rows
        )
    assert statements == []
    plain = (str, int, float, bool, dt.date, enum.Enum, type(None), list, tuple, dict)
    for value in values:
        assert not isinstance(value, Base)
        assert isinstance(value, plain) or dataclasses.is_dataclass(value)
        if dataclasses.is_dataclass(value):
            assert type(value).__dataclass_params__.frozen


def test_today_decides_the_overdue_flags(full_municipality: Database) -> None:
    with full_municipality.session() as session:
        early = municipality_page(session, CODE, today=dt.date(2000, 1, 1))
        late = municipality_page(session, CODE, today=dt.date(2100, 1, 1))
    assert early is not None and early.municipality.plan is not None
    assert late is not None and late.municipality.plan is not None
    assert not early.municipality.plan.follow_up_overdue
    assert late.municipality.plan.follow_up_overdue and late.municipality.plan.revision_overdue


@pytest.mark.parametrize("plan_count", [1, 6])
def test_plan_section_is_the_page_s_plans_in_four_statements(
    database: Database, plan_count: int
) -> None:
    _add_plans(database, CODE, plan_count)
    page = _read_page(database)
    with counted_statements(database) as statements, database.session() as session:
        section = plan_section(session, CODE)
    assert section == page.plan_section
    assert (section.plans, section.goals, section.actions) == (page.plans, page.goals, page.actions)
    assert len([s for s in statements if s.startswith("SELECT")]) == SELECTS_PER_PLAN_SECTION
