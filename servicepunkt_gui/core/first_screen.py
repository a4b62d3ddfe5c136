"""The first screen, read with the ``sqlite3`` module alone: no SQLAlchemy, no Qt.

Importing SQLAlchemy and its ORM costs more than drawing a bare Qt window. So at start-up the
window is first drawn from this small read (the municipality list and the counties), and the
rest of the app, SQLAlchemy included, is brought in right after the first paint.

The read is only taken for a file that needs nothing done to it: a Servicepunkt file at the
newest schema with the shipped reference data. Anything else (a new file, an older schema,
newer reference data, a lock, damage) returns None, and start-up takes the ordinary path,
which migrates, loads and explains. The rows are the same as ``municipalities.
list_municipalities`` and ``list_counties`` give; a test compares the two.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from servicepunkt_gui.core.db_files import read_only_uri
from servicepunkt_gui.core.rows import (
    CountyRow,
    MunicipalityRow,
    PlanStatus,
    listed_municipalities,
)
from servicepunkt_gui.core.text import swedish_sort_key
from servicepunkt_gui.core.versions import (
    APPLICATION_ID,
    PILOT_PROGRAMME_ID,
    REFERENCE_VERSION_KEY,
    SQLITE_HEADER,
)
from servicepunkt_gui.core.vocabulary import ActionStatus

BUSY_TIMEOUT_MS = 200  # a file another program holds takes the ordinary path instead

_MUNICIPALITIES = """
SELECT m.code, m.short_name, m.name, c.code, c.name, c.short_name,
       p.role, p.unit, p.collaboration_group, coalesce(n.count, 0), mine.id IS NOT NULL
FROM municipality AS m
JOIN county AS c ON c.code = m.county_code
LEFT JOIN programme_participation AS p
       ON p.municipality_code = m.code AND p.programme_id = ?
LEFT JOIN (SELECT municipality_code, count(*) AS count FROM note
           WHERE deleted_at IS NULL GROUP BY municipality_code) AS n
       ON n.municipality_code = m.code
LEFT JOIN my_municipality AS mine ON mine.municipality_code = m.code
"""

_CURRENT_PLANS = """
SELECT sp.municipality_code, sp.stage, coalesce(a.done, 0), coalesce(a.total, 0),
       sp.next_follow_up, sp.revise_by
FROM service_plan AS sp
LEFT JOIN (SELECT plan_id,
                  sum(CASE WHEN status = ? AND deleted_at IS NULL THEN 1 ELSE 0 END) AS done,
                  sum(CASE WHEN status != ? AND deleted_at IS NULL THEN 1 ELSE 0 END)
                      AS total
           FROM plan_action GROUP BY plan_id) AS a
       ON a.plan_id = sp.id
WHERE sp.is_current = 1
"""


@dataclass(frozen=True)
class FirstScreen:
    counties: list[CountyRow]
    municipalities: list[MunicipalityRow]


def read_first_screen(
    path: Path, head_revision: str, reference_version: str, today: dt.date | None = None
) -> FirstScreen | None:
    """The list for the first window, or None when the file needs the ordinary open."""
    try:
        if not _is_ready_servicepunkt_file(path):
            return None
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        loaded = connection.execute(
            "SELECT value FROM meta WHERE key = ?", (REFERENCE_VERSION_KEY,)
        ).fetchone()
        if revision != (head_revision,) or loaded != (reference_version,):
            return None
        return FirstScreen(_counties(connection), _municipalities(connection, today))
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _is_ready_servicepunkt_file(path: Path) -> bool:
    if not path.is_file():
        return False
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # Left by a crash, or by another file: the ordinary open keeps a copy and checks
        # whose it is before SQLite reads it (core/wal_files). Reading it here would not.
        return False
    with path.open("rb") as handle:
        header = handle.read(100)
    return (
        len(header) == 100
        and header.startswith(SQLITE_HEADER)
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def _counties(connection: sqlite3.Connection) -> list[CountyRow]:
    rows = connection.execute("SELECT code, name, short_name FROM county").fetchall()
    counties = [CountyRow(code, name, short) for code, name, short in rows]
    return sorted(counties, key=lambda c: swedish_sort_key(c.name))


def _municipalities(connection: sqlite3.Connection, today: dt.date | None) -> list[MunicipalityRow]:
    day = (today or dt.date.today()).isoformat()  # dates are stored as ISO text
    statuses = {
        code: PlanStatus(
            stage=stage,
            actions_done=int(done),
            actions_total=int(total),
            follow_up_overdue=follow_up is not None and follow_up < day,
            revision_overdue=revise_by is not None and revise_by < day,
        )
        for code, stage, done, total, follow_up, revise_by in connection.execute(
            _CURRENT_PLANS, (str(ActionStatus.DONE), str(ActionStatus.CANCELLED))
        )
    }
    return listed_municipalities(
        connection.execute(_MUNICIPALITIES, (PILOT_PROGRAMME_ID,)), statuses
    )
