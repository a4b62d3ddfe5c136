"""The database as tables to export: municipalities, plans, goals, actions, notes, and the
register (serviceställen, agreements, payments, grant cases: ``core.tables_places``).

``export_sheets`` reads what an ``ExportScope`` covers in a handful of queries (one per
kind of record, whatever the number of municipalities) and returns one ``Sheet`` per kind,
with Swedish sheet and column titles and Swedish words for the stored codes
(``core.swedish_words``), ready for ``export.xlsx_file`` and ``export.csv_file``.
Records in the trash are left out, and so are the goals and actions of a plan in the
trash; a note tied to a plan or action in the trash shows no plan or action. Notes are
limited by the scope's period (``notes_from``/``notes_to``, the date a note concerns), and
the note count in "Kommuner" counts the same notes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, func, select, true
from sqlalchemy.orm import Session

from servicepunkt_gui.core import tables_places as places
from servicepunkt_gui.core.export_scope import ExportScope, resolve_codes
from servicepunkt_gui.core.models import (
    County,
    Municipality,
    MyMunicipality,
    Note,
    PlanAction,
    PlanGoal,
    ProgrammeParticipation,
    ServicePlan,
)
from servicepunkt_gui.core.progress import NO_PROGRESS, Progress
from servicepunkt_gui.core.reference import PILOT_PROGRAMME_ID
from servicepunkt_gui.core.swedish_words import (
    ADOPTING_BODY_WORDS,
    CATEGORY_WORDS,
    FINANCING_WORDS,
    ROLE_WORDS,
    STAGE_WORDS,
    STATUS_WORDS,
    word,
)
from servicepunkt_gui.core.vocabulary import FINISHED_STATUSES, NO_PLAN, ActionStatus
from servicepunkt_gui.export.sheets import Cell, CellKind, Column, Sheet

K = CellKind
Row = tuple[Cell, ...]
_Part = TypeVar("_Part", PlanGoal, PlanAction)


class TableKind(StrEnum):
    """The tables of an export; the value is the command line's ``--table`` word."""

    MUNICIPALITIES = "municipalities"
    PLANS = "plans"
    GOALS = "goals"
    ACTIONS = "actions"
    NOTES = "notes"
    PLACES = "places"
    AGREEMENTS = "agreements"
    PAYMENTS = "payments"
    GRANTS = "grants"


SHEET_NAMES: dict[TableKind, str] = {
    TableKind.MUNICIPALITIES: "Kommuner",
    TableKind.PLANS: "Planer",
    TableKind.GOALS: "Mål",
    TableKind.ACTIONS: "Åtgärder",
    TableKind.NOTES: "Anteckningar",
    TableKind.PLACES: "Serviceställen",
    TableKind.AGREEMENTS: "Avtal",
    TableKind.PAYMENTS: "Utbetalningar",
    TableKind.GRANTS: "Stöd",
}

# fmt: off
COLUMNS: dict[TableKind, tuple[Column, ...]] = {
    TableKind.MUNICIPALITIES: (
        Column("Kod", width=6), Column("Kommun"), Column("Län"), Column("Roll i programmet"),
        Column("Min kommun", K.YES_NO), Column("Aktuell plan: skede"),
        Column("Antagen den", K.DATE), Column("Revideras senast", K.DATE),
        Column("Nästa uppföljning", K.DATE), Column("Åtgärder klara", K.INTEGER),
        Column("Åtgärder totalt", K.INTEGER), Column("Försenade åtgärder", K.INTEGER),
        Column("Anteckningar", K.INTEGER),
    ),
    TableKind.PLANS: (
        Column("Kommun"), Column("Titel"), Column("Från år", K.INTEGER),
        Column("Till år", K.INTEGER), Column("Skede"), Column("Aktuell plan", K.YES_NO),
        Column("Antagen av"), Column("Antagen den", K.DATE), Column("§"),
        Column("Diarienummer"), Column("Revideras senast", K.DATE),
        Column("Nästa uppföljning", K.DATE), Column("Dokument"),
    ),
    TableKind.GOALS: (
        Column("Kommun"), Column("Plan"), Column("Mål"), Column("Delmål till"),
        Column("Ordning", K.INTEGER),
    ),
    TableKind.ACTIONS: (
        Column("Kommun"), Column("Plan"), Column("Mål"), Column("Åtgärd"),
        Column("Beskrivning"), Column("Ansvarig"), Column("Klar senast", K.DATE),
        Column("Kostnad", K.KRONOR), Column("Finansiering"), Column("Status"),
        Column("Försenad", K.YES_NO),
    ),
    TableKind.NOTES: (
        Column("Kommun"), Column("Datum", K.DATE), Column("Kategori"), Column("Rubrik"),
        Column("Text"), Column("Skriven av"), Column("Skapad", K.DATETIME), Column("Plan"),
        Column("Åtgärd"),
    ),
    TableKind.PLACES: places.PLACE_COLUMNS, TableKind.AGREEMENTS: places.AGREEMENT_COLUMNS,
    TableKind.PAYMENTS: places.PAYMENT_COLUMNS, TableKind.GRANTS: places.GRANT_COLUMNS,
}
# fmt: on

# Progress: the whole export is STEPS; the notes, by far the most rows, take most of it.
STEPS = 100
NOTES_START = 40
NOTE_STEP_ROWS = 5_000


def sheet_by_kind(sheets: Sequence[Sheet], kind: TableKind) -> Sheet:
    """The sheet of that kind among ``export_sheets``' sheets (``KeyError`` if not there)."""
    for sheet in sheets:
        if sheet.name == SHEET_NAMES[kind]:
            return sheet
    raise KeyError(kind)


def export_sheets(
    session: Session,
    scope: ExportScope,
    today: dt.date,
    progress: Progress = NO_PROGRESS,
    *,
    kinds: Collection[TableKind] | None = None,
) -> list[Sheet]:
    """One sheet per kind in ``kinds`` (default: all of them, in ``TableKind`` order).

    ``today`` decides which actions are delayed (past their deadline, neither done nor
    cancelled). Raises ``UnknownMunicipalityError`` or ``ValidationError`` as
    ``resolve_codes`` does; ``Cancelled`` once the progress is cancelled.
    """
    wanted = [kind for kind in TableKind if kinds is None or kind in kinds]
    progress.step(0, STEPS)
    reader = _Reader(session, scope, today)
    progress.step(5, STEPS)
    built: dict[TableKind, list[Row]] = {}
    if TableKind.MUNICIPALITIES in wanted:
        built[TableKind.MUNICIPALITIES] = reader.municipality_rows(scope)
    progress.step(15, STEPS)
    register = places.RegisterReader(
        session, reader.codes, reader.order, reader.names, today, reader.plans
    )
    for kind, rows in (
        (TableKind.PLANS, reader.plan_rows),
        (TableKind.GOALS, reader.goal_rows),
        (TableKind.ACTIONS, reader.action_rows),
        (TableKind.PLACES, register.place_rows),
        (TableKind.AGREEMENTS, register.agreement_rows),
        (TableKind.PAYMENTS, register.payment_rows),
        (TableKind.GRANTS, register.grant_rows),
    ):
        if kind in wanted:
            built[kind] = rows()
    progress.step(NOTES_START - 5, STEPS)
    if TableKind.NOTES in wanted:
        built[TableKind.NOTES] = reader.note_rows(scope, progress)
    progress.step(STEPS, STEPS)
    return [Sheet(SHEET_NAMES[kind], COLUMNS[kind], built[kind]) for kind in wanted]


class _Reader:
    """The export's queries; plans, goals and actions are read once and shared."""

    def __init__(self, session: Session, scope: ExportScope, today: dt.date) -> None:
        self.session = session
        codes = resolve_codes(session, scope)
        self.codes = None if scope.is_everything else codes  # None: every municipality
        self.order = order = {code: index for index, code in enumerate(codes)}
        self.today = today
        names = session.execute(select(Municipality.code, Municipality.short_name))
        self.names: dict[str, str] = {code: name for code, name in names if code in order}
        self._plans: list[ServicePlan] | None = None
        self._goals: list[PlanGoal] | None = None
        self._actions: list[PlanAction] | None = None

    def _where(self, column: Any) -> ColumnElement[bool]:
        return true() if self.codes is None else column.in_(self.codes)

    # --- Plans, goals, actions (read once) ---------------------------------------------

    def plans(self) -> list[ServicePlan]:
        if self._plans is None:
            rows = self.session.execute(
                select(ServicePlan).where(
                    ServicePlan.deleted_at.is_(None), self._where(ServicePlan.municipality_code)
                )
            ).scalars()
            self._plans = sorted(
                rows,
                key=lambda p: (self.order[p.municipality_code], p.first_year, p.last_year, p.title),
            )
        return self._plans

    def plan_titles(self) -> dict[str, str]:
        return {plan.id: plan.title for plan in self.plans()}

    def goals(self) -> list[PlanGoal]:
        if self._goals is None:
            self._goals = self._of_live_plans(PlanGoal)
        return self._goals

    def actions(self) -> list[PlanAction]:
        if self._actions is None:
            self._actions = self._of_live_plans(PlanAction)
        return self._actions

    def _of_live_plans(self, model: type[_Part]) -> list[_Part]:
        """The goals or actions outside the trash of the plans outside it, in position order."""
        query = (
            select(model)
            .join(ServicePlan, ServicePlan.id == model.plan_id)
            .where(
                model.deleted_at.is_(None),
                ServicePlan.deleted_at.is_(None),
                self._where(ServicePlan.municipality_code),
            )
            .order_by(model.position, model.created_at)
        )
        return list(self.session.execute(query).scalars())

    def is_delayed(self, action: PlanAction) -> bool:
        return (
            action.deadline is not None
            and action.deadline < self.today
            and action.status not in FINISHED_STATUSES
        )

    # --- The sheets' rows --------------------------------------------------------------

    def municipality_rows(self, scope: ExportScope) -> list[Row]:
        query = (
            select(
                Municipality.code,
                Municipality.short_name,
                County.name,
                ProgrammeParticipation.role,
                MyMunicipality.id.is_not(None),
            )
            .join(County, County.code == Municipality.county_code)
            .outerjoin(
                ProgrammeParticipation,
                (ProgrammeParticipation.municipality_code == Municipality.code)
                & (ProgrammeParticipation.programme_id == PILOT_PROGRAMME_ID),
            )
            .outerjoin(MyMunicipality, MyMunicipality.municipality_code == Municipality.code)
            .where(self._where(Municipality.code))
        )
        found = sorted(self.session.execute(query), key=lambda row: self.order[row[0]])
        counts = self.note_counts(scope)
        current = {plan.municipality_code: plan for plan in self.plans() if plan.is_current}
        tally: dict[str, list[int]] = {}  # plan id: done, counted (not cancelled), delayed
        for action in self.actions():
            counted = tally.setdefault(action.plan_id, [0, 0, 0])
            counted[0] += action.status == ActionStatus.DONE
            counted[1] += action.status != ActionStatus.CANCELLED
            counted[2] += self.is_delayed(action)
        rows: list[Row] = []
        for code, name, county, role, mine in found:
            plan = current.get(code)
            figures = tally.get(plan.id, [0, 0, 0]) if plan else [None] * 3
            dates = (plan.adopted_on, plan.revise_by, plan.next_follow_up) if plan else (None,) * 3
            stage = word(STAGE_WORDS, plan.stage if plan else NO_PLAN)
            role_word, notes = word(ROLE_WORDS, role), counts.get(code, 0)
            rows.append((code, name, county, role_word, bool(mine), stage, *dates, *figures, notes))
        return rows

    def plan_rows(self) -> list[Row]:
        return [
            (
                self.names[plan.municipality_code], plan.title, plan.first_year, plan.last_year,
                word(STAGE_WORDS, plan.stage), bool(plan.is_current),
                word(ADOPTING_BODY_WORDS, plan.adopted_by), plan.adopted_on, plan.paragraph,
                plan.case_number, plan.revise_by, plan.next_follow_up, plan.document,
            )
            for plan in self.plans()
        ]  # fmt: skip

    def goal_rows(self) -> list[Row]:
        """Each plan's goals in their order, every goal followed by its sub-goals."""
        goals = self.goals()
        titles = {goal.id: goal.title for goal in goals}
        children: dict[tuple[str, str | None], list[PlanGoal]] = {}
        for goal in goals:  # in position order
            parent = goal.parent_id if goal.parent_id in titles else None
            children.setdefault((goal.plan_id, parent), []).append(goal)
        rows: list[Row] = []

        def add(plan: ServicePlan, parent: str | None, seen: frozenset[str]) -> None:
            for number, goal in enumerate(children.get((plan.id, parent), []), start=1):
                if goal.id in seen:  # a loop in damaged data: not followed
                    continue
                name = self.names[plan.municipality_code]
                rows.append((name, plan.title, goal.title, titles.get(parent or ""), number))
                add(plan, goal.id, seen | {goal.id})

        for plan in self.plans():
            add(plan, None, frozenset())
        return rows

    def action_rows(self) -> list[Row]:
        plans = {plan.id: plan for plan in self.plans()}
        goal_titles = {goal.id: goal.title for goal in self.goals()}
        by_plan: dict[str, list[PlanAction]] = {}
        for action in self.actions():
            by_plan.setdefault(action.plan_id, []).append(action)
        rows: list[Row] = []
        for plan in self.plans():
            for action in by_plan.get(plan.id, []):
                rows.append(
                    (
                        self.names[plans[action.plan_id].municipality_code], plan.title,
                        goal_titles.get(action.goal_id or ""), action.title, action.description,
                        action.responsible, action.deadline, action.cost_sek,
                        word(FINANCING_WORDS, action.financing), word(STATUS_WORDS, action.status),
                        self.is_delayed(action),
                    )
                )  # fmt: skip
        return rows

    # --- Notes -------------------------------------------------------------------------

    def _note_filters(self, scope: ExportScope) -> list[ColumnElement[bool]]:
        filters: list[ColumnElement[bool]] = [Note.deleted_at.is_(None)]
        if self.codes is not None:
            filters.append(Note.municipality_code.in_(self.codes))
        if scope.notes_from is not None:
            filters.append(Note.concerns_date >= scope.notes_from)
        if scope.notes_to is not None:
            filters.append(Note.concerns_date <= scope.notes_to)
        return filters

    def note_counts(self, scope: ExportScope) -> dict[str, int]:
        query = (
            select(Note.municipality_code, func.count())
            .where(*self._note_filters(scope))
            .group_by(Note.municipality_code)
        )
        return {code: int(count) for code, count in self.session.execute(query)}

    def note_rows(self, scope: ExportScope, progress: Progress) -> list[Row]:
        """Per municipality (in Swedish order) newest first, as the notes tab lists them."""
        total = sum(self.note_counts(scope).values())
        plan_titles = self.plan_titles()
        action_titles = {action.id: action.title for action in self.actions()}
        query = (
            select(
                Note.municipality_code,
                Note.concerns_date,
                Note.category,
                Note.title,
                Note.body,
                Note.author,
                Note.created_at,
                Note.plan_id,
                Note.action_id,
            )
            .where(*self._note_filters(scope))
            .order_by(Note.concerns_date.desc(), Note.created_at.desc())
        )
        names, order = self.names, self.order
        rows: list[tuple[int, Row]] = []
        utc = dt.UTC
        for number, (code, when, category, title, body, author, created, plan, action) in enumerate(
            self.session.execute(query), start=1
        ):
            created_local = created.replace(tzinfo=utc).astimezone().replace(tzinfo=None)
            row: Row = (
                names[code],
                when,
                word(CATEGORY_WORDS, category),
                title,
                body,
                author,
                created_local,
                plan_titles.get(plan) if plan else None,
                action_titles.get(action) if action else None,
            )
            rows.append((order[code], row))
            if number % NOTE_STEP_ROWS == 0:
                share = (STEPS - NOTES_START) * number // max(total, number)
                progress.step(NOTES_START + share, STEPS)
        rows.sort(key=lambda pair: pair[0])  # stable: newest first within a municipality
        return [row for _, row in rows]
