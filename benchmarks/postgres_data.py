"""The suite's generated data on a throwaway PostgreSQL server, for the PostgreSQL benchmarks.

``measure_postgres.py`` and ``measure_shared_load.py`` start a server with
``tests.postgres_server`` (``initdb`` + ``pg_ctl`` in a temporary folder, Unix socket only,
trust authentication) and fill a database there with exactly the rows of the suite's cached
SQLite file (``generate_data.py``, fixed seed): the schema comes from the app's own
migrations (``open_shared_database``), the reference data from ``ensure_reference_data``,
and the generated plans, stage changes, goals, actions and notes are copied over with
``COPY``, in the order they were written, so both engines hold the same records. Then
``VACUUM (ANALYZE)``, as autovacuum would soon do on a real server.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
if str(ROOT) not in sys.path:  # tests.postgres_server, when run as a script
    sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from servicepunkt_gui.core.search_postgres_schema import NOTE_WORDS_TABLE  # noqa: E402
from servicepunkt_gui.core.shared_location import SharedLocation  # noqa: E402
from tests.postgres_server import (  # noqa: E402
    MISSING_MESSAGE,
    SUPERUSER,
    ThrowawayServer,
    find_server_programs,
    start_server,
)

# What generate_data.py writes beyond the reference data, parents before children.
GENERATED_TABLES = ("service_plan", "plan_stage_change", "plan_goal", "plan_action", "note")


def start() -> ThrowawayServer:
    """A new throwaway server; raises with the Debian package to install if there is none."""
    programs = find_server_programs()
    if programs is None:
        raise RuntimeError(MISSING_MESSAGE)
    return start_server(programs)


def location(server: ThrowawayServer, name: str, user: str = SUPERUSER) -> SharedLocation:
    return SharedLocation(host=server.socket_dir, database=name, user=user)


def server_version(server: ThrowawayServer) -> str:
    with psycopg.connect(server.conninfo()) as connection:
        row = connection.execute("SHOW server_version").fetchone()
    return str(row[0]) if row else "?"


def load(server: ThrowawayServer, name: str, source: Path) -> tuple[SharedLocation, float]:
    """Database ``name`` holding what the SQLite file ``source`` holds; and the seconds taken."""
    from servicepunkt_gui.core.db import open_shared_database
    from servicepunkt_gui.core.reference import ensure_reference_data
    from servicepunkt_gui.resources import resource_path

    started = time.perf_counter()
    with psycopg.connect(server.conninfo(), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    where = location(server, name)
    database = open_shared_database(where)  # the app's migrations make the schema
    try:
        with database.session() as session:
            ensure_reference_data(session, resource_path("data"))
    finally:
        database.close()
    copy_generated_rows(server.conninfo(name), source)
    return where, time.perf_counter() - started


def copy_generated_rows(conninfo: str, source: Path) -> dict[str, int]:
    """COPY every generated row of ``source`` into the database; rows copied per table."""
    copied: dict[str, int] = {}
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        with psycopg.connect(conninfo) as target:
            for table in GENERATED_TABLES:
                columns = _shared_columns(reader, target, table)
                names = ", ".join(f'"{column}"' for column in columns)
                rows = reader.execute(f"SELECT {names} FROM {table} ORDER BY rowid")
                count = 0
                with (
                    target.cursor() as cursor,
                    cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy,
                ):
                    for row in rows:
                        copy.write_row(row)
                        count += 1
                copied[table] = count
    finally:
        reader.close()
    _vacuum(conninfo)
    return copied


def _vacuum(conninfo: str) -> None:
    """What autovacuum soon does on a real server after a bulk load: statistics, and the
    visibility map (without it, counting a municipality's notes reads every row, not only
    the index). The throwaway server commits asynchronously, and VACUUM leaves a page
    unmarked while the commit of its rows may not be flushed yet: so again until marked."""
    with psycopg.connect(conninfo, autocommit=True) as target:
        for _attempt in range(20):
            for table in (*GENERATED_TABLES, NOTE_WORDS_TABLE):  # and what note's trigger fills
                target.execute(f"VACUUM (ANALYZE) {table}")
            row = target.execute(
                "SELECT relallvisible, relpages FROM pg_class WHERE relname = 'note'"
            ).fetchone()
            if row is None or row[0] >= row[1]:
                return
            time.sleep(0.5)


def _shared_columns(
    reader: sqlite3.Connection, target: psycopg.Connection[tuple[object, ...]], table: str
) -> list[str]:
    """The columns both files have (the same migrations made both, so all of them)."""
    mine = [row[1] for row in reader.execute(f"PRAGMA table_info({table})")]
    theirs = {
        str(row[0])
        for row in target.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = %s",
            (table,),
        )
    }
    return [column for column in mine if column in theirs]
