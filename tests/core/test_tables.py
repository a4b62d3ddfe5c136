"""The export's tables (core.tables): Swedish titles and words, the trash left out, scopes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import event

from servicepunkt_gui.core import actions, notes, plans
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.export_scope import ExportScope, UnknownMunicipalityError
from servicepunkt_gui.core.municipalities import set_mine
from servicepunkt_gui.core.progress import Cancelled, Progress
from servicepunkt_gui.core.tables import (
    COLUMNS,
    SHEET_NAMES,
    TableKind,
    export_sheets,
    sheet_by_kind,
)
from servicepunkt_gui.export.sheets import CellKind, Sheet

TODAY = dt.date(2026, 6, 15)
ORNSKOLDSVIK, SKELLEFTEA, TORSBY = "2284", "2482", "1737"

CURRENT = plans.PlanInput(
    title="Serviceplan 2025–2030",
    first_year=2025,
    last_year=2030,
    adopted_by="municipal_council",
    adopted_on=dt.date(2025, 3, 24),
    paragraph="§ 45",
    case_number="KS 2024/0815",
    revise_by=dt.date(2029, 12, 31),
    next_follow_up=dt.date(2026, 3, 1),
    document="https://example.se/serviceplan.pdf",
)


@dataclass(frozen=True)
class Made:
    plan_id: str
    action_id: str


@pytest.fixture
def made(database: Database) -> Made:
    """Örnsköldsvik (mine) with two plans, goals, actions and notes, some in the trash;
    Skellefteå (same county) with a plan and a note; Torsby (Värmland) with a note."""
    with database.session() as s:
        set_mine(s, ORNSKOLDSVIK, True)
        plan = plans.create_plan(s, ORNSKOLDSVIK, CURRENT, "Anna", today=dt.date(2025, 1, 10))
        plans.set_stage(s, plan.id, "adopted", "Anna", dt.date(2025, 3, 24))
        plans.create_plan(s, ORNSKOLDSVIK, plans.PlanInput("Serviceplan 2019–2024", 2019, 2024), "")
        groceries = actions.add_goal(s, plan.id, "Dagligvaror nära alla")
        actions.add_goal(s, plan.id, "Butik i Bredbyn", parent_id=groceries.id)
        actions.add_goal(s, plan.id, "Drivmedel och laddning")
        gone = actions.add_goal(s, plan.id, "Borttaget mål")
        actions.delete_goal(s, gone.id)
        done = actions.add_action(
            s,
            plan.id,
            actions.ActionInput(
                "Stöd till butiken i Bredbyn",
                description="Servicebidrag; två rader\nandra raden",
                responsible="Per Nilsson",
                deadline=dt.date(2026, 1, 31),
                cost_sek=125_000,
                financing="service_grant",
                status="done",
                goal_id=groceries.id,
            ),
        )
        actions.add_action(
            s, plan.id, actions.ActionInput("Laddstolpe i Husum", deadline=dt.date(2026, 5, 1))
        )
        actions.add_action(s, plan.id, actions.ActionInput("Avbruten åtgärd", status="cancelled"))
        trashed = actions.add_action(s, plan.id, actions.ActionInput("Åtgärd i papperskorgen"))
        actions.delete_action(s, trashed.id)
        other = plans.create_plan(
            s, SKELLEFTEA, plans.PlanInput("Plan för Skellefteå", 2024, 2027), ""
        )
        dropped = plans.create_plan(s, SKELLEFTEA, plans.PlanInput("Raderad plan", 2020, 2023), "")
        actions.add_action(s, dropped.id, actions.ActionInput("Åtgärd i raderad plan"))
        plans.delete_plan(s, dropped.id)
        actions.add_action(s, other.id, actions.ActionInput("Kartlägga service"))

        def note(code: str, day: dt.date, body: str, **more: Any) -> str:
            return notes.create_note(s, code, notes.NoteInput(body, concerns_date=day, **more)).id

        note(ORNSKOLDSVIK, dt.date(2026, 2, 1), "Möte om Bredbyn", category="meeting",
             title="Möte", author="Anna", plan_id=plan.id)  # fmt: skip
        note(ORNSKOLDSVIK, dt.date(2026, 4, 1), "Bidraget utbetalt", category="decision",
             action_id=done.id)  # fmt: skip
        note(ORNSKOLDSVIK, dt.date(2024, 5, 5), "Gammal anteckning")
        notes.delete_note(s, note(ORNSKOLDSVIK, dt.date(2026, 3, 3), "I papperskorgen"))
        note(SKELLEFTEA, dt.date(2026, 1, 10), "Samtal med handlaren", category="dialogue")
        note(TORSBY, dt.date(2025, 12, 24), "Julöppet i Höljes")
    return Made(plan.id, done.id)


def sheets_of(database: Database, scope: ExportScope | None = None, **kw: Any) -> list[Sheet]:
    with database.session() as s:
        return export_sheets(s, scope or ExportScope(), TODAY, **kw)


def table(sheets: list[Sheet], kind: TableKind) -> list[dict[str, Any]]:
    """The rows of that sheet as dicts keyed by column title."""
    sheet = sheet_by_kind(sheets, kind)
    titles = [c.title for c in sheet.columns]
    return [dict(zip(titles, row, strict=True)) for row in sheet.rows]


def test_five_sheets_with_swedish_titles_and_typed_columns(database: Database, made: Made) -> None:
    sheets = sheets_of(database)
    assert [s.name for s in sheets] == [
        "Kommuner",
        "Planer",
        "Mål",
        "Åtgärder",
        "Anteckningar",
        "Serviceställen",
        "Avtal",
        "Utbetalningar",
        "Stöd",
    ]
    assert all(len(s.name) <= 31 for s in sheets)
    for kind in TableKind:
        sheet = sheet_by_kind(sheets, kind)
        assert sheet.name == SHEET_NAMES[kind] and sheet.columns == COLUMNS[kind]
        assert all(len(row) == len(sheet.columns) for row in sheet.rows)
    kinds = {c.title: c.kind for c in sheet_by_kind(sheets, TableKind.ACTIONS).columns}
    assert kinds["Kostnad"] is CellKind.KRONOR and kinds["Klar senast"] is CellKind.DATE
    assert kinds["Försenad"] is CellKind.YES_NO


def test_municipalities_with_their_current_plan(database: Database, made: Made) -> None:
    rows = table(sheets_of(database), TableKind.MUNICIPALITIES)
    assert len(rows) == 290
    assert rows[0]["Kommun"] == "Ale"  # Swedish alphabetical order
    assert rows[-1]["Kommun"].startswith("Ö")
    mine = next(r for r in rows if r["Kod"] == ORNSKOLDSVIK)
    assert mine == {
        "Kod": ORNSKOLDSVIK,
        "Kommun": "Örnsköldsvik",
        "Län": mine["Län"],
        "Roll i programmet": mine["Roll i programmet"],
        "Min kommun": True,
        "Aktuell plan: skede": "Antagen",
        "Antagen den": dt.date(2025, 3, 24),
        "Revideras senast": dt.date(2029, 12, 31),
        "Nästa uppföljning": dt.date(2026, 3, 1),
        "Åtgärder klara": 1,
        "Åtgärder totalt": 2,  # the cancelled one and the one in the trash do not count
        "Försenade åtgärder": 1,
        "Anteckningar": 3,  # not the one in the trash
    }
    assert "Västernorrland" in mine["Län"]
    torsby = next(r for r in rows if r["Kod"] == TORSBY)
    assert torsby["Aktuell plan: skede"] == "Ingen plan" and torsby["Åtgärder totalt"] is None
    assert torsby["Min kommun"] is False and torsby["Anteckningar"] == 1
    roles = {r["Roll i programmet"] for r in rows}
    assert roles <= {"", "Pilotkommun", "Ambassadörskommun"}


def test_plans_goals_and_actions_without_the_trash(database: Database, made: Made) -> None:
    sheets = sheets_of(database)
    planned = table(sheets, TableKind.PLANS)
    assert [(p["Kommun"], p["Titel"]) for p in planned] == [
        ("Skellefteå", "Plan för Skellefteå"),  # Swedish order: Ö comes last
        ("Örnsköldsvik", "Serviceplan 2019–2024"),
        ("Örnsköldsvik", "Serviceplan 2025–2030"),
    ]
    current = planned[2]
    assert current["Aktuell plan"] is True and planned[1]["Aktuell plan"] is False
    assert current["Skede"] == "Antagen" and current["Antagen av"] == "Kommunfullmäktige (KF)"
    assert (current["§"], current["Diarienummer"]) == ("§ 45", "KS 2024/0815")
    assert current["Från år"] == 2025 and current["Dokument"].endswith(".pdf")
    assert planned[0]["Skede"] == "Ej påbörjad" and planned[0]["Antagen av"] == ""

    goals = table(sheets, TableKind.GOALS)
    assert [(g["Mål"], g["Delmål till"], g["Ordning"]) for g in goals] == [
        ("Dagligvaror nära alla", None, 1),
        ("Butik i Bredbyn", "Dagligvaror nära alla", 1),
        ("Drivmedel och laddning", None, 2),
    ]
    assert {g["Plan"] for g in goals} == {"Serviceplan 2025–2030"}

    other, done, delayed, cancelled = table(sheets, TableKind.ACTIONS)
    assert (
        done["Åtgärd"] == "Stöd till butiken i Bredbyn" and done["Mål"] == "Dagligvaror nära alla"
    )
    assert done["Kostnad"] == 125_000 and done["Finansiering"] == "Servicebidrag"
    assert done["Status"] == "Genomförd" and done["Försenad"] is False
    assert done["Beskrivning"] == "Servicebidrag; två rader\nandra raden"
    assert delayed["Status"] == "Ej påbörjad" and delayed["Försenad"] is True
    assert delayed["Kostnad"] is None and delayed["Mål"] is None
    assert cancelled["Status"] == "Avbruten" and cancelled["Försenad"] is False
    assert (other["Kommun"], other["Plan"]) == ("Skellefteå", "Plan för Skellefteå")


def test_notes_newest_first_per_municipality(database: Database, made: Made) -> None:
    rows = table(sheets_of(database), TableKind.NOTES)
    assert [(r["Kommun"], r["Datum"]) for r in rows] == [
        ("Skellefteå", dt.date(2026, 1, 10)),
        ("Torsby", dt.date(2025, 12, 24)),
        ("Örnsköldsvik", dt.date(2026, 4, 1)),
        ("Örnsköldsvik", dt.date(2026, 2, 1)),
        ("Örnsköldsvik", dt.date(2024, 5, 5)),
    ]
    decision, meeting, old = rows[2:]
    assert decision["Kategori"] == "Beslut" and decision["Åtgärd"] == "Stöd till butiken i Bredbyn"
    assert meeting["Plan"] == "Serviceplan 2025–2030" and meeting["Åtgärd"] is None
    assert (meeting["Rubrik"], meeting["Text"], meeting["Skriven av"]) == (
        "Möte",
        "Möte om Bredbyn",
        "Anna",
    )
    assert old["Kategori"] == "Övrigt" and old["Plan"] is None
    created = meeting["Skapad"]
    assert isinstance(created, dt.datetime) and created.tzinfo is None
    assert abs(created - dt.datetime.now()) < dt.timedelta(minutes=5)  # local time, not UTC


@pytest.mark.parametrize(
    ("scope", "codes"),
    [
        (ExportScope(municipality_codes=(TORSBY,)), {TORSBY}),
        (ExportScope(mine=True), {ORNSKOLDSVIK}),
        (ExportScope(municipality_codes=(TORSBY, SKELLEFTEA)), {TORSBY, SKELLEFTEA}),
    ],
)
def test_scope_narrows_every_sheet(
    database: Database, made: Made, scope: ExportScope, codes: set[str]
) -> None:
    sheets = sheets_of(database, scope)
    municipalities = table(sheets, TableKind.MUNICIPALITIES)
    assert {r["Kod"] for r in municipalities} == codes
    names = {r["Kommun"] for r in municipalities}
    for kind in (TableKind.PLANS, TableKind.GOALS, TableKind.ACTIONS, TableKind.NOTES):
        assert {r["Kommun"] for r in table(sheets, kind)} <= names


def test_county_scope(database: Database, made: Made) -> None:
    sheets = sheets_of(database, ExportScope(county_code="24"))  # Västerbottens län
    municipalities = table(sheets, TableKind.MUNICIPALITIES)
    assert len(municipalities) == 15 and SKELLEFTEA in {r["Kod"] for r in municipalities}
    assert {r["Kommun"] for r in table(sheets, TableKind.NOTES)} == {"Skellefteå"}
    assert [p["Titel"] for p in table(sheets, TableKind.PLANS)] == ["Plan för Skellefteå"]
    mine_there = sheets_of(database, ExportScope(county_code="24", mine=True))
    assert table(mine_there, TableKind.MUNICIPALITIES) == []


def test_notes_period_limits_notes_and_their_count(database: Database, made: Made) -> None:
    scope = ExportScope(notes_from=dt.date(2026, 1, 1), notes_to=dt.date(2026, 2, 1))
    sheets = sheets_of(database, scope)
    assert [r["Datum"] for r in table(sheets, TableKind.NOTES)] == [
        dt.date(2026, 1, 10),
        dt.date(2026, 2, 1),  # both ends included
    ]
    counts = {r["Kod"]: r["Anteckningar"] for r in table(sheets, TableKind.MUNICIPALITIES)}
    assert (counts[ORNSKOLDSVIK], counts[SKELLEFTEA], counts[TORSBY]) == (1, 1, 0)
    assert len(table(sheets, TableKind.ACTIONS)) == 4  # plans and actions are taken whole
    with pytest.raises(ValidationError):
        sheets_of(
            database, ExportScope(notes_from=dt.date(2026, 2, 1), notes_to=TODAY.replace(2025))
        )


def test_unknown_code_raises(database: Database) -> None:
    with pytest.raises(UnknownMunicipalityError):
        sheets_of(database, ExportScope(municipality_codes=("9999",)))


def test_chosen_kinds_only(database: Database, made: Made) -> None:
    sheets = sheets_of(database, kinds={TableKind.NOTES, TableKind.PLANS})
    assert [s.name for s in sheets] == ["Planer", "Anteckningar"]
    assert sheet_by_kind(sheets, TableKind.NOTES).rows
    with pytest.raises(KeyError):
        sheet_by_kind(sheets, TableKind.GOALS)
    assert TableKind("notes") is TableKind.NOTES  # the command line's --table words


def test_progress_is_reported_and_cancel_stops(database: Database, made: Made) -> None:
    steps: list[tuple[int, int]] = []
    sheets_of(database, progress=Progress(lambda done, total: steps.append((done, total))))
    assert steps[0] == (0, 100) and steps[-1] == (100, 100)
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)
    cancelled = Progress()
    cancelled.cancel()
    with pytest.raises(Cancelled):
        sheets_of(database, progress=cancelled)


@contextmanager
def selects(database: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statement = args[2]
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(database.engine, "before_cursor_execute", count)


def test_a_handful_of_queries_whatever_the_number_of_municipalities(
    database: Database, made: Made
) -> None:
    with selects(database) as one:
        sheets_of(database, ExportScope(municipality_codes=(ORNSKOLDSVIK,)))
    with selects(database) as every:
        sheets_of(database)
    # One query per kind of record (the register's four and the places' status history too).
    assert len(every) <= len(one) <= 16
