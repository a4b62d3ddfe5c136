"""What goes into the reports: the yearly follow-up of one municipality's service plan.

Plain frozen dataclasses, read in a few queries; the layout and the writers are in
``servicepunkt_gui.export`` (PDF, Word, printing). The status report over many
municipalities is in ``report_status`` and re-exported here; the register of serviceställen,
agreements and grants in both is read by ``report_places``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.actions import ActionRow, list_actions, list_goals
from servicepunkt_gui.core.db_dialects import insertion_order
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.export_scope import UnknownMunicipalityError
from servicepunkt_gui.core.models import County, Municipality, Note, PlanStageChange, ServicePlan
from servicepunkt_gui.core.plans import StageChange, in_date_order
from servicepunkt_gui.core.report_places import PlacesPart, places_part
from servicepunkt_gui.core.report_status import StageCount as StageCount
from servicepunkt_gui.core.report_status import StatusReport as StatusReport
from servicepunkt_gui.core.report_status import StatusRow as StatusRow
from servicepunkt_gui.core.report_status import status_report as status_report
from servicepunkt_gui.core.vocabulary import ActionStatus

# An action not done whose deadline is at most this many days away is yellow.
YELLOW_DAYS = 30
# A note's text in a report is cut here: a report is read on paper, and a pasted
# document of a megabyte would make it hundreds of pages long.
MAX_NOTE_CHARS = 4000


class TrafficLight(StrEnum):
    GREEN = "green"  # done, or on time
    YELLOW = "yellow"  # not done, deadline within YELLOW_DAYS (today included)
    RED = "red"  # delayed: past the deadline, neither done nor cancelled


def traffic_light(action: ActionRow, today: dt.date) -> TrafficLight | None:
    """The action's light; ``None`` for a cancelled action, which is no longer followed."""
    status = action.values.status
    if status == ActionStatus.CANCELLED:
        return None
    if status == ActionStatus.DONE:
        return TrafficLight.GREEN
    if action.is_delayed(today):
        return TrafficLight.RED
    deadline = action.values.deadline
    if deadline is not None and (deadline - today).days <= YELLOW_DAYS:
        return TrafficLight.YELLOW
    return TrafficLight.GREEN


@dataclass(frozen=True)
class MunicipalityPart:
    code: str
    name: str  # "Sorsele"
    official_name: str  # "Sorsele kommun"
    county_code: str
    county_name: str  # "Västerbottens län"


@dataclass(frozen=True)
class GoalNode:
    number: str  # "2", or "2.1" for the first sub-goal of the second goal
    title: str
    children: tuple[GoalNode, ...] = ()


@dataclass(frozen=True)
class ActionLine:
    title: str
    goal: str  # the goal's title, "" when tied to none
    goal_number: str  # the goal's GoalNode.number, "" when tied to none
    responsible: str
    deadline: dt.date | None
    cost_sek: int | None
    financing: str  # a FinancingSource code or ""
    status: str  # an ActionStatus code
    delayed: bool
    light: TrafficLight | None


@dataclass(frozen=True)
class NoteLine:
    concerns_date: dt.date
    category: str  # a NoteCategory code
    title: str
    body: str  # at most MAX_NOTE_CHARS
    author: str
    shortened: bool  # the body was longer and was cut


@dataclass(frozen=True)
class PlanPart:
    title: str
    first_year: int
    last_year: int
    stage: str
    adopted_by: str | None  # an AdoptingBody code
    adopted_on: dt.date | None
    paragraph: str
    case_number: str
    revise_by: dt.date | None
    next_follow_up: dt.date | None
    # There is no field for who revises the plan: the person who recorded its latest stage
    # change (with a name) is taken as the one responsible for it.
    revision_responsible: str
    history: tuple[StageChange, ...]  # in date order, oldest first
    goals: tuple[GoalNode, ...]
    actions: tuple[ActionLine, ...]

    @property
    def counted_actions(self) -> tuple[ActionLine, ...]:
        """The actions that count (as in the master list): cancelled ones do not."""
        return tuple(a for a in self.actions if a.status != ActionStatus.CANCELLED)

    @property
    def actions_done(self) -> int:
        return sum(a.status == ActionStatus.DONE for a in self.actions)

    @property
    def actions_delayed(self) -> int:
        return sum(a.delayed for a in self.actions)

    @property
    def total_cost_sek(self) -> int:
        return sum(a.cost_sek or 0 for a in self.counted_actions)

    def lights(self) -> Counter[TrafficLight]:
        return Counter(a.light for a in self.actions if a.light is not None)


@dataclass(frozen=True)
class FollowUpReport:
    """Årlig uppföljning: one municipality's current plan and the notes of a period."""

    municipality: MunicipalityPart
    plan: PlanPart | None  # None: the municipality has no current plan
    notes: tuple[NoteLine, ...]  # newest first
    notes_from: dt.date
    notes_to: dt.date
    today: dt.date
    written_by: str
    # The places, agreements and grants of the notes' period (None: not read).
    places: PlacesPart | None = None


def notes_period(
    notes_from: dt.date | None, notes_to: dt.date | None, today: dt.date
) -> tuple[dt.date, dt.date]:
    """The notes' period: by default 1 January of this year up to today (both included).

    An open start is 1 January of the end's year; an open end is today, or the end of the
    start's year when the start lies after today.
    """
    end = notes_to
    if end is None:
        end = (
            today if notes_from is None or notes_from <= today else dt.date(notes_from.year, 12, 31)
        )
    start = notes_from if notes_from is not None else dt.date(end.year, 1, 1)
    if end < start:
        raise ValidationError("period", "Perioden slutar innan den börjar.")
    return start, end


def municipality_part(session: Session, code: str) -> MunicipalityPart:
    row = session.execute(
        select(Municipality.short_name, Municipality.name, County.code, County.name)
        .join(County, County.code == Municipality.county_code)
        .where(Municipality.code == code)
    ).first()
    if row is None:
        raise UnknownMunicipalityError(code)
    name, official, county_code, county_name = row
    return MunicipalityPart(code, name, official, county_code, county_name)


def follow_up_report(
    session: Session,
    municipality_code: str,
    *,
    notes_from: dt.date | None,
    notes_to: dt.date | None,
    today: dt.date,
    written_by: str,
) -> FollowUpReport:
    """Everything the yearly follow-up report says about one municipality."""
    start, end = notes_period(notes_from, notes_to, today)
    municipality = municipality_part(session, municipality_code)
    plan_row = session.scalar(
        select(ServicePlan).where(
            ServicePlan.municipality_code == municipality_code,
            ServicePlan.is_current,
            ServicePlan.deleted_at.is_(None),
        )
    )
    plan = _plan_part(session, plan_row, today) if plan_row is not None else None
    notes = session.execute(
        select(
            Note.concerns_date,
            Note.category,
            Note.title,
            Note.body,
            Note.author,
        )
        .where(
            Note.municipality_code == municipality_code,
            Note.deleted_at.is_(None),
            Note.concerns_date >= start,
            Note.concerns_date <= end,
        )
        .order_by(Note.concerns_date.desc(), Note.created_at.desc())
    )
    lines = tuple(
        NoteLine(
            when,
            category,
            title,
            body[:MAX_NOTE_CHARS].rstrip() + ("…" if len(body) > MAX_NOTE_CHARS else ""),
            author,
            len(body) > MAX_NOTE_CHARS,
        )
        for when, category, title, body, author in notes
    )
    register = places_part(session, municipality_code, start, end, today)
    return FollowUpReport(
        municipality, plan, lines, start, end, today, written_by.strip(), register
    )


def _plan_part(session: Session, row: ServicePlan, today: dt.date) -> PlanPart:
    recorded = session.scalars(
        select(PlanStageChange)
        .where(PlanStageChange.plan_id == row.id)
        .order_by(PlanStageChange.created_at, insertion_order("plan_stage_change"))
    ).all()
    history = in_date_order(
        [StageChange(h.id, h.stage, h.changed_on, h.changed_by, h.comment) for h in recorded]
    )
    named = [step.changed_by for step in history if step.changed_by.strip()]
    goals = list_goals(session, row.id)
    titles = {goal.id: goal.title for goal in goals}
    children: dict[str | None, list[str]] = {}
    for goal in goals:  # in their position order
        parent = goal.parent_id if goal.parent_id in titles else None
        children.setdefault(parent, []).append(goal.id)

    numbers: dict[str, str] = {}

    def tree(parent: str | None, prefix: str, seen: frozenset[str]) -> tuple[GoalNode, ...]:
        nodes: list[GoalNode] = []
        for goal_id in children.get(parent, []):
            if goal_id in seen:  # a loop of parents (never written by the app)
                continue
            number = numbers[goal_id] = f"{prefix}{len(nodes) + 1}"
            below = tree(goal_id, f"{number}.", seen | {goal_id})
            nodes.append(GoalNode(number, titles[goal_id], below))
        return tuple(nodes)

    goal_tree = tree(None, "", frozenset())

    actions = tuple(
        ActionLine(
            title=action.values.title,
            goal=titles.get(action.values.goal_id or "", ""),
            goal_number=numbers.get(action.values.goal_id or "", ""),
            responsible=action.values.responsible,
            deadline=action.values.deadline,
            cost_sek=action.values.cost_sek,
            financing=action.values.financing,
            status=action.values.status,
            delayed=action.is_delayed(today),
            light=traffic_light(action, today),
        )
        for action in list_actions(session, row.id)
    )
    return PlanPart(
        title=row.title,
        first_year=row.first_year,
        last_year=row.last_year,
        stage=row.stage,
        adopted_by=row.adopted_by,
        adopted_on=row.adopted_on,
        paragraph=row.paragraph,
        case_number=row.case_number,
        revise_by=row.revise_by,
        next_follow_up=row.next_follow_up,
        revision_responsible=named[-1] if named else "",
        history=tuple(history),
        goals=goal_tree,
        actions=actions,
    )
