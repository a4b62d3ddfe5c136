"""Load the shipped reference data (counties, municipalities, programmes) into the database.

Loading is keyed on ``data/version.txt``: the same version again is a no-op; a newer
version rewrites reference rows by their codes and never touches user rows.
"""

from __future__ import annotations

import csv
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.models import (
    County,
    Meta,
    Municipality,
    Programme,
    ProgrammeParticipation,
)
from servicepunkt_gui.core.versions import PILOT_PROGRAMME_ID as PILOT_PROGRAMME_ID
from servicepunkt_gui.core.versions import REFERENCE_VERSION_KEY as REFERENCE_VERSION_KEY
from servicepunkt_gui.core.versions import data_version as data_version

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReferenceCounts:
    counties: int
    municipalities: int
    participations: int


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def ensure_reference_data(session: Session, data_dir: Path) -> bool:
    """Bring reference rows up to the shipped version. Returns True if anything was loaded."""
    shipped = data_version(data_dir)
    loaded = session.get(Meta, REFERENCE_VERSION_KEY)
    if loaded is not None and loaded.value == shipped:
        return False

    for row in _read_csv(data_dir / "counties.csv"):
        session.merge(
            County(
                code=row["county_code"],
                name=row["county_name"],
                short_name=row["county_name_short"],
            )
        )
    session.flush()
    for row in _read_csv(data_dir / "municipalities.csv"):
        session.merge(
            Municipality(
                code=row["municipality_code"],
                name=row["municipality_name"],
                short_name=row["municipality_name_short"],
                county_code=row["county_code"],
            )
        )
    session.flush()
    _load_programmes(session, json.loads((data_dir / "programmes.json").read_text("utf-8")))
    session.merge(Meta(key=REFERENCE_VERSION_KEY, value=shipped))
    log.info("reference data version %s loaded", shipped)
    return True


def _load_programmes(session: Session, document: dict[str, list[dict[str, object]]]) -> None:
    for programme in document["programmes"]:
        session.merge(
            Programme(
                id=str(programme["id"]),
                name=str(programme["name_sv"]),
                organiser=str(programme["organiser"]),
                start_year=int(str(programme["start_year"])),
                end_year=int(str(programme["end_year"])),
            )
        )
    session.flush()
    # Participations hold no user data, so they are replaced as a whole.
    session.execute(delete(ProgrammeParticipation))
    for item in document["participants"]:
        unit = item.get("unit")
        group = item.get("collaboration_group")
        session.add(
            ProgrammeParticipation(
                programme_id=str(item["programme"]),
                municipality_code=str(item["municipality_code"]),
                role=str(item["role"]),
                unit=str(unit) if unit else None,
                collaboration_group=str(group) if group else None,
            )
        )
    session.flush()


def reference_counts(session: Session) -> ReferenceCounts:
    def count(model: type[object]) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return ReferenceCounts(
        counties=count(County),
        municipalities=count(Municipality),
        participations=count(ProgrammeParticipation),
    )


@dataclass(frozen=True)
class ProgrammeInfo:
    id: str
    name: str
    organiser: str
    start_year: int
    end_year: int


def programme_info(session: Session, programme_id: str) -> ProgrammeInfo | None:
    row = session.get(Programme, programme_id)
    if row is None:
        return None
    return ProgrammeInfo(row.id, row.name, row.organiser, row.start_year, row.end_year)
