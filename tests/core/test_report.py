"""The yearly follow-up report's content, read from a real file: plan, history, goals,
actions with their traffic lights, and the notes of the period."""

from __future__ import annotations

import datetime as dt

import pytest

from servicepunkt_gui.core import actions, notes, plans
from servicepunkt_gui.core.actions import ActionInput, ActionRow
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.export_scope import UnknownMunicipalityError
from servicepunkt_gui.core.report import (
    MAX_NOTE_CHARS,
    TrafficLight,
    follow_up_report,
    notes_period,
    traffic_light,
)
from servicepunkt_gui.core.vocabulary import ActionStatus, NoteCategory, PlanStage

TODAY = dt.date(2026, 12, 2)
SORSELE = "2422"


def _action(status: str, deadline: dt.date | None) -> ActionRow:
    return ActionRow("a", "p", ActionInput("Åtgärd", deadline=deadline, status=status), 0)


@pytest.mark.parametrize(
    ("status", "days", "light"),
    [
        (ActionStatus.DONE, -400, TrafficLight.GREEN),  # done long after its deadline
        (ActionStatus.DONE, 5, TrafficLight.GREEN),
        (ActionStatus.NOT_STARTED, None, TrafficLight.GREEN),  # no deadline: on time
        (ActionStatus.IN_PROGRESS, 31, TrafficLight.GREEN),
        (ActionStatus.IN_PROGRESS, 30, TrafficLight.YELLOW),  # the 30-day boundary
        (ActionStatus.NOT_STARTED, 1, TrafficLight.YELLOW),
        (ActionStatus.NOT_STARTED, 0, TrafficLight.YELLOW),  # due today: not yet delayed
        (ActionStatus.IN_PROGRESS, -1, TrafficLight.RED),  # yesterday: delayed
        (ActionStatus.NOT_STARTED, -365, TrafficLight.RED),
        (ActionStatus.CANCELLED, -10, None),  # cancelled: no light
        (ActionStatus.CANCELLED, 10, None),
    ],
)
def test_traffic_light(status: str, days: int | None, light: TrafficLight | None) -> None:
    deadline = None if days is None else TODAY + dt.timedelta(days=days)
    action = _action(status, deadline)
    assert traffic_light(action, TODAY) == light
    assert (light == TrafficLight.RED) == action.is_delayed(TODAY)


def test_notes_period_defaults_to_this_year() -> None:
    assert notes_period(None, None, TODAY) == (dt.date(2026, 1, 1), TODAY)
    assert notes_period(dt.date(2025, 3, 1), None, TODAY) == (dt.date(2025, 3, 1), TODAY)
    assert notes_period(None, dt.date(2025, 6, 30), TODAY) == (
        dt.date(2025, 1, 1),
        dt.date(2025, 6, 30),
    )
    with pytest.raises(ValidationError):
        notes_period(dt.date(2026, 5, 1), dt.date(2026, 4, 1), TODAY)


def _plan(database: Database) -> str:
    with database.session() as session:
        plan = plans.create_plan(
            session,
            SORSELE,
            plans.PlanInput(
                title="Serviceplan 2024–2027",
                first_year=2024,
                last_year=2027,
                adopted_by="municipal_council",
                adopted_on=dt.date(2024, 4, 22),
                paragraph="§ 38",
                case_number="KS 2023/0412",
                revise_by=dt.date(2027, 6, 30),
                next_follow_up=dt.date(2027, 3, 15),
            ),
            "Maria Lindqvist",
            today=dt.date(2023, 1, 10),
        )
        plans.set_stage(session, plan.id, PlanStage.ADOPTED, "Per Olofsson", dt.date(2024, 4, 22))
        plans.set_stage(
            session, plan.id, PlanStage.IMPLEMENTATION, "Jonas Eriksson", dt.date(2024, 5, 2), "Nu"
        )
        # Remembered afterwards and dated earlier: in the history, not the latest step.
        plans.set_stage(session, plan.id, PlanStage.DRAFT, "Anna Äng", dt.date(2023, 10, 2))
        return plan.id


def test_the_plan_its_history_goals_and_actions(database: Database) -> None:
    plan_id = _plan(database)
    with database.session() as session:
        goal = actions.add_goal(session, plan_id, "Butiker inom 20 km")
        sub = actions.add_goal(session, plan_id, "Butiken i Ammarnäs finns kvar", goal.id)
        actions.add_goal(session, plan_id, "Paket nära hemmet")
        gone = actions.add_goal(session, plan_id, "Struket mål")
        actions.delete_goal(session, gone.id)
        for title, status, days, cost in (
            ("Klar", ActionStatus.DONE, -10, 120_000),
            ("Försenad", ActionStatus.IN_PROGRESS, -1, 50_000),
            ("Snart", ActionStatus.NOT_STARTED, 30, None),
            ("Avbruten", ActionStatus.CANCELLED, -5, 999_000),
        ):
            actions.add_action(
                session,
                plan_id,
                ActionInput(
                    title,
                    responsible="Näringslivskontoret",
                    deadline=TODAY + dt.timedelta(days=days),
                    cost_sek=cost,
                    financing="service_grant",
                    status=status,
                    goal_id=sub.id,
                ),
            )
        trashed = actions.add_action(session, plan_id, ActionInput("I papperskorgen"))
        actions.delete_action(session, trashed.id)
    with database.session() as session:
        report = follow_up_report(
            session, SORSELE, notes_from=None, notes_to=None, today=TODAY, written_by=" Maria "
        )
    assert report.municipality.name == "Sorsele"
    assert report.municipality.county_name == "Västerbottens län"
    assert report.written_by == "Maria"
    plan = report.plan
    assert plan is not None
    assert (plan.title, plan.first_year, plan.last_year) == ("Serviceplan 2024–2027", 2024, 2027)
    assert plan.stage == PlanStage.IMPLEMENTATION
    assert (plan.adopted_by, plan.paragraph, plan.case_number) == (
        "municipal_council",
        "§ 38",
        "KS 2023/0412",
    )
    assert plan.revise_by == dt.date(2027, 6, 30)
    assert plan.next_follow_up == dt.date(2027, 3, 15)
    assert [step.stage for step in plan.history] == [
        PlanStage.NOT_STARTED,
        PlanStage.DRAFT,
        PlanStage.ADOPTED,
        PlanStage.IMPLEMENTATION,
    ]
    assert plan.history[-1].comment == "Nu"
    assert plan.revision_responsible == "Jonas Eriksson"  # the latest step by date
    assert [(g.number, g.title) for g in plan.goals] == [
        ("1", "Butiker inom 20 km"),
        ("2", "Paket nära hemmet"),
    ]
    assert [(g.number, g.title) for g in plan.goals[0].children] == [
        ("1.1", "Butiken i Ammarnäs finns kvar")
    ]
    lights = {a.title: a.light for a in plan.actions}
    assert lights == {
        "Klar": TrafficLight.GREEN,
        "Försenad": TrafficLight.RED,
        "Snart": TrafficLight.YELLOW,
        "Avbruten": None,
    }
    assert {a.goal_number for a in plan.actions} == {"1.1"}
    assert plan.actions_done == 1
    assert len(plan.counted_actions) == 3
    assert plan.actions_delayed == 1
    assert plan.total_cost_sek == 170_000  # the cancelled action's cost does not count


def test_notes_of_the_period_newest_first_not_in_the_trash(database: Database) -> None:
    with database.session() as session:
        for day, title in (
            (dt.date(2025, 12, 31), "Förra året"),
            (dt.date(2026, 1, 1), "Nyårsdagen"),
            (dt.date(2026, 11, 30), "Senaste"),
            (dt.date(2026, 12, 3), "I morgon"),
            (dt.date(2026, 6, 1), "Mitt i året"),
        ):
            notes.create_note(
                session, SORSELE, notes.NoteInput("Text", title, NoteCategory.MEETING, day, "Jag")
            )
        deleted = notes.create_note(
            session, SORSELE, notes.NoteInput("Borta", "Raderad", concerns_date=dt.date(2026, 5, 5))
        )
        notes.delete_note(session, deleted.id)
        notes.create_note(
            session,
            SORSELE,
            notes.NoteInput("x" * (MAX_NOTE_CHARS + 10), "Lång", concerns_date=dt.date(2026, 2, 2)),
        )
        notes.create_note(session, "2284", notes.NoteInput("Annan kommun", "Örnsköldsvik"))
    with database.session() as session:
        report = follow_up_report(
            session, SORSELE, notes_from=None, notes_to=None, today=TODAY, written_by=""
        )
        earlier = follow_up_report(
            session,
            SORSELE,
            notes_from=dt.date(2025, 1, 1),
            notes_to=dt.date(2025, 12, 31),
            today=TODAY,
            written_by="",
        )
    titles = [note.title for note in report.notes]
    assert titles == ["Senaste", "Mitt i året", "Lång", "Nyårsdagen"]
    long_note = report.notes[2]
    assert long_note.shortened and len(long_note.body) == MAX_NOTE_CHARS + 1
    assert not report.notes[0].shortened
    assert (report.notes_from, report.notes_to) == (dt.date(2026, 1, 1), TODAY)
    assert [note.title for note in earlier.notes] == ["Förra året"]


def test_without_a_current_plan_the_report_still_works(database: Database) -> None:
    with database.session() as session:
        report = follow_up_report(
            session, SORSELE, notes_from=None, notes_to=None, today=TODAY, written_by="Maria"
        )
    assert report.plan is None
    assert report.notes == ()
    assert report.municipality.official_name == "Sorsele kommun"


def test_an_unknown_municipality_is_refused(database: Database) -> None:
    with database.session() as session, pytest.raises(UnknownMunicipalityError):
        follow_up_report(
            session, "9999", notes_from=None, notes_to=None, today=TODAY, written_by=""
        )
