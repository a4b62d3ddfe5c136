"""Use cases for browsing municipalities and marking "Mina kommuner"."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.changes import RecordKind, record
from servicepunkt_gui.core.models import (
    County,
    Municipality,
    MyMunicipality,
    Note,
    PlanAction,
    ProgrammeParticipation,
    ServicePlan,
)
from servicepunkt_gui.core.reference import PILOT_PROGRAMME_ID
from servicepunkt_gui.core.rows import CountyRow as CountyRow
from servicepunkt_gui.core.rows import MunicipalityRow as MunicipalityRow
from servicepunkt_gui.core.rows import PlanStatus as PlanStatus
from servicepunkt_gui.core.rows import listed_municipalities
from servicepunkt_gui.core.text import swedish_sort_key
from servicepunkt_gui.core.vocabulary import ActionStatus


def list_counties(session: Session) -> list[CountyRow]:
    rows = session.execute(select(County.code, County.name, County.short_name)).all()
    counties = [CountyRow(code, name, short) for code, name, short in rows]
    return sorted(counties, key=lambda c: swedish_sort_key(c.name))


def list_municipalities(
    session: Session, codes: list[str] | None = None, today: dt.date | None = None
) -> list[MunicipalityRow]:
    """All municipalities (or those with the given codes) in Swedish alphabetical order."""
    counted = select(Note.municipality_code, func.count().label("n")).where(
        Note.deleted_at.is_(None)
    )
    if codes is not None:
        # Refreshing one row must not count every note in the database.
        counted = counted.where(Note.municipality_code.in_(codes))
    note_counts = counted.group_by(Note.municipality_code).subquery()
    query = (
        select(
            Municipality.code,
            Municipality.short_name,
            Municipality.name,
            County.code,
            County.name,
            County.short_name,
            ProgrammeParticipation.role,
            ProgrammeParticipation.unit,
            ProgrammeParticipation.collaboration_group,
            func.coalesce(note_counts.c.n, 0),
            MyMunicipality.id.is_not(None),
        )
        .join(County, County.code == Municipality.county_code)
        .outerjoin(
            ProgrammeParticipation,
            (ProgrammeParticipation.municipality_code == Municipality.code)
            & (ProgrammeParticipation.programme_id == PILOT_PROGRAMME_ID),
        )
        .outerjoin(note_counts, note_counts.c.municipality_code == Municipality.code)
        .outerjoin(MyMunicipality, MyMunicipality.municipality_code == Municipality.code)
    )
    if codes is not None:
        query = query.where(Municipality.code.in_(codes))
    statuses = current_plan_statuses(session, today or dt.date.today(), codes)
    return listed_municipalities(session.execute(query), statuses)


def current_plan_statuses(
    session: Session, today: dt.date, codes: list[str] | None = None
) -> dict[str, PlanStatus]:
    """Each municipality's current plan: stage, actions done, overdue dates."""
    counted = (PlanAction.status != ActionStatus.CANCELLED) & PlanAction.deleted_at.is_(None)
    action_counts = (
        select(
            PlanAction.plan_id,
            func.sum(
                case(
                    ((PlanAction.status == ActionStatus.DONE) & PlanAction.deleted_at.is_(None), 1),
                    else_=0,
                )
            ).label("done"),
            func.sum(case((counted, 1), else_=0)).label("total"),
        )
        .group_by(PlanAction.plan_id)
        .subquery()
    )
    query = (
        select(
            ServicePlan.municipality_code,
            ServicePlan.stage,
            func.coalesce(action_counts.c.done, 0),
            func.coalesce(action_counts.c.total, 0),
            ServicePlan.next_follow_up,
            ServicePlan.revise_by,
        )
        .outerjoin(action_counts, action_counts.c.plan_id == ServicePlan.id)
        .where(ServicePlan.is_current)
    )
    if codes is not None:
        query = query.where(ServicePlan.municipality_code.in_(codes))
    return {
        code: PlanStatus(
            stage=stage,
            actions_done=int(done),
            actions_total=int(total),
            follow_up_overdue=follow_up is not None and follow_up < today,
            revision_overdue=revise_by is not None and revise_by < today,
        )
        for code, stage, done, total, follow_up, revise_by in session.execute(query)
    }


def get_municipality(session: Session, code: str) -> MunicipalityRow | None:
    rows = list_municipalities(session, [code])
    return rows[0] if rows else None


def set_mine(session: Session, code: str, mine: bool) -> None:
    """Mark or unmark a municipality as one of the official's own."""
    existing = session.scalar(
        select(MyMunicipality).where(MyMunicipality.municipality_code == code)
    )
    if mine and existing is None:
        session.add(MyMunicipality(municipality_code=code))
    elif not mine and existing is not None:
        session.execute(delete(MyMunicipality).where(MyMunicipality.municipality_code == code))
    else:
        return  # already as asked
    session.flush()
    record(session, RecordKind.MINE, code)
