"""Use cases for browsing municipalities and marking "Mina kommuner"."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.models import (
    County,
    Municipality,
    MyMunicipality,
    Note,
    ProgrammeParticipation,
)
from servicepunkt_gui.core.reference import PILOT_PROGRAMME_ID
from servicepunkt_gui.core.text import fold, swedish_sort_key


@dataclass(frozen=True)
class CountyRow:
    code: str
    name: str
    short_name: str


@dataclass(frozen=True)
class MunicipalityRow:
    code: str
    name: str
    official_name: str
    county_code: str
    county_name: str
    role: str | None
    unit: str | None
    collaboration_group: str | None
    note_count: int
    is_mine: bool

    @cached_property
    def sort_key(self) -> str:
        return swedish_sort_key(self.name)

    @cached_property
    def search_keys(self) -> tuple[str, str]:
        return fold(self.name), self.code


def list_counties(session: Session) -> list[CountyRow]:
    rows = session.execute(select(County.code, County.name, County.short_name)).all()
    counties = [CountyRow(code, name, short) for code, name, short in rows]
    return sorted(counties, key=lambda c: swedish_sort_key(c.name))


def list_municipalities(session: Session, codes: list[str] | None = None) -> list[MunicipalityRow]:
    """All municipalities (or those with the given codes) in Swedish alphabetical order."""
    note_counts = (
        select(Note.municipality_code, func.count().label("n"))
        .group_by(Note.municipality_code)
        .subquery()
    )
    query = (
        select(
            Municipality.code,
            Municipality.short_name,
            Municipality.name,
            County.code,
            County.name,
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
    rows = [MunicipalityRow(*row) for row in session.execute(query)]
    return sorted(rows, key=lambda r: r.sort_key)


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
    session.flush()
