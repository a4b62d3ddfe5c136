"""Everything a municipality's page shows, read at once.

``municipality_page`` returns what ``get_municipality``, ``programme_info``, ``list_plans``,
``list_goals``, ``list_actions``, ``count_notes`` and ``list_notes`` return, with a fixed
number of statements however many plans the municipality has: the stage history, goals and
actions of all its plans are each read with one ``IN`` query instead of one per plan, and the
number of notes is the one the municipality's row counts already. The result is plain
frozen dataclasses, so nothing is loaded lazily once the session is closed.
``plan_section`` is the plans part alone, for re-reading it after a change to a plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.actions import ActionRow, GoalRow, _action, _goal
from servicepunkt_gui.core.db_dialects import insertion_order
from servicepunkt_gui.core.models import PlanAction, PlanGoal, PlanStageChange, ServicePlan
from servicepunkt_gui.core.municipalities import MunicipalityRow, list_municipalities
from servicepunkt_gui.core.notes import NoteSummary
from servicepunkt_gui.core.plans import PlanDetail, StageChange, plan_detail
from servicepunkt_gui.core.reference import PILOT_PROGRAMME_ID, ProgrammeInfo, programme_info

DEFAULT_NOTES_PAGE_SIZE = 100

# Insertion order breaks ties in ``created_at`` (possible with a coarse clock): the order
# in which the rows were recorded, which is what the per-plan queries return too.


@dataclass(frozen=True)
class PlanSection:
    """A municipality's plans with their goals and actions, as the plan views show them."""

    plans: list[PlanDetail]  # newest period first, as ``plans.list_plans``
    goals: dict[str, list[GoalRow]]  # by plan id, every plan present, as ``list_goals``
    actions: dict[str, list[ActionRow]]  # by plan id, every plan present, as ``list_actions``


@dataclass(frozen=True)
class MunicipalityPage:
    municipality: MunicipalityRow
    programme: ProgrammeInfo | None
    plans: list[PlanDetail]  # newest period first, as ``plans.list_plans``
    goals: dict[str, list[GoalRow]]  # by plan id, every plan present, as ``list_goals``
    actions: dict[str, list[ActionRow]]  # by plan id, every plan present, as ``list_actions``
    note_count: int
    first_notes: list[NoteSummary]  # the first page of ``notes.list_notes``

    @property
    def plan_section(self) -> PlanSection:
        return PlanSection(self.plans, self.goals, self.actions)


def municipality_page(
    session: Session,
    code: str,
    notes_page_size: int = DEFAULT_NOTES_PAGE_SIZE,
    *,
    today: dt.date | None = None,
) -> MunicipalityPage | None:
    """The page of municipality ``code``, or None if there is no such municipality.

    ``today`` decides the overdue flags of the current plan's status (default: today).
    """
    # As get_municipality(session, code), which has no ``today``.
    found = list_municipalities(session, [code], today=today)
    if not found:
        return None
    section = plan_section(session, code)
    return MunicipalityPage(
        municipality=found[0],
        programme=programme_info(session, PILOT_PROGRAMME_ID),
        plans=section.plans,
        goals=section.goals,
        actions=section.actions,
        note_count=found[0].note_count,  # what count_notes counts, read with the row
        first_notes=notes.list_notes(session, code, 0, notes_page_size),
    )


def plan_section(session: Session, code: str) -> PlanSection:
    """The municipality's plans (with history), goals and actions: at most four queries."""
    plan_rows = session.scalars(
        select(ServicePlan)
        .where(ServicePlan.municipality_code == code, ServicePlan.deleted_at.is_(None))
        .order_by(ServicePlan.first_year.desc(), ServicePlan.created_at.desc())
    ).all()
    plan_ids = [row.id for row in plan_rows]
    history = _history(session, plan_ids)
    return PlanSection(
        plans=[plan_detail(row, history[row.id]) for row in plan_rows],
        goals=_goals(session, plan_ids),
        actions=_actions(session, plan_ids),
    )


def _history(session: Session, plan_ids: Sequence[str]) -> dict[str, list[StageChange]]:
    """Each plan's stage changes in the order they were recorded (as ``plans._detail``)."""
    history: dict[str, list[StageChange]] = {plan_id: [] for plan_id in plan_ids}
    if not plan_ids:
        return history
    rows = session.scalars(
        select(PlanStageChange)
        .where(PlanStageChange.plan_id.in_(plan_ids))
        .order_by(PlanStageChange.created_at, insertion_order("plan_stage_change"))
    )
    for row in rows:
        history[row.plan_id].append(
            StageChange(row.id, row.stage, row.changed_on, row.changed_by, row.comment)
        )
    return history


def _goals(session: Session, plan_ids: Sequence[str]) -> dict[str, list[GoalRow]]:
    """Each plan's goals outside the trash, by position (as ``actions.list_goals``)."""
    goals: dict[str, list[GoalRow]] = {plan_id: [] for plan_id in plan_ids}
    if not plan_ids:
        return goals
    query = select(PlanGoal).where(PlanGoal.plan_id.in_(plan_ids))
    # Goals go to the trash from schema 0006 on; before that every goal is listed.
    deleted_at: Any = getattr(PlanGoal, "deleted_at", None)
    if deleted_at is not None:
        query = query.where(deleted_at.is_(None))
    for row in session.scalars(query.order_by(PlanGoal.position, insertion_order("plan_goal"))):
        goals[row.plan_id].append(_goal(row))
    return goals


def _actions(session: Session, plan_ids: Sequence[str]) -> dict[str, list[ActionRow]]:
    """Each plan's actions outside the trash, by position (as ``actions.list_actions``)."""
    actions: dict[str, list[ActionRow]] = {plan_id: [] for plan_id in plan_ids}
    if not plan_ids:
        return actions
    rows = session.scalars(
        select(PlanAction)
        .where(PlanAction.plan_id.in_(plan_ids), PlanAction.deleted_at.is_(None))
        .order_by(PlanAction.position, insertion_order("plan_action"))
    )
    for row in rows:
        actions[row.plan_id].append(_action(row))
    return actions
