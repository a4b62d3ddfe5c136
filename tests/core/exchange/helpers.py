"""Sending files between test installations and reading back everything they exchange."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import inspect, text

from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.exchange import (
    ImportPreview,
    ImportResult,
    Resolution,
    apply_import,
    preview_import,
    read_exchange_file,
    write_exchange_file,
)
from servicepunkt_gui.core.export_scope import ExportScope

SORSELE = "2422"
ORNSKOLDSVIK = "2284"
# Every exchanged table, ordered; bookkeeping (bases, meta, versions, drafts) left out.
EXCHANGED = {
    "service_plan": "id",
    "plan_stage_change": "id",
    "plan_goal": "id",
    "plan_action": "id",
    "note": "id",
    "my_municipality": "municipality_code",
}


def export(database: Database, folder: Path, name: str, scope: ExportScope | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}.servicepunkt"
    with database.session() as session:
        write_exchange_file(session, scope or ExportScope(), target, name, "0.1.0")
    return target


def receive(
    database: Database,
    path: Path,
    local_name: str = "Här",
    resolutions: Mapping[str, Resolution] | None = None,
) -> ImportResult:
    exchange = read_exchange_file(path)
    with database.session() as session:
        return apply_import(session, exchange, local_name, resolutions)


def preview(database: Database, path: Path, local_name: str = "Här") -> ImportPreview:
    exchange = read_exchange_file(path)
    with database.read_session() as session:
        return preview_import(session, exchange, local_name)


def send(source: Database, target: Database, folder: Path, name: str) -> ImportResult:
    folder.mkdir(parents=True, exist_ok=True)
    return receive(target, export(source, folder, name), local_name=f"mottagare av {name}")


def exchanged_columns(database: Database, table: str) -> str:
    """The columns installations must agree on: all but each one's own edit bookkeeping."""
    if table == "my_municipality":
        return "municipality_code"
    names = [column["name"] for column in inspect(database.engine).get_columns(table)]
    return ", ".join(name for name in names if name not in ("row_version", "saved_by"))


def rows_of(database: Database, sql: str, **params: object) -> list[tuple[object, ...]]:
    """The rows ``sql`` reads, as plain tuples (dates and times as SQLite shows them)."""
    with database.read_session() as session:
        return [tuple(_plain(v) for v in row) for row in session.execute(text(sql), params)]


def _plain(value: object) -> object:
    # SQLite hands back stored text; PostgreSQL typed values: compare them as SQLite shows them.
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def content(database: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every exchanged row (all columns; my_municipality without its local id/times) and
    the tombstones (which record, of what kind, where): what installations must agree on."""
    dumped: dict[str, list[tuple[object, ...]]] = {}
    for table, key in EXCHANGED.items():
        columns = exchanged_columns(database, table)
        dumped[table] = rows_of(database, f"SELECT {columns} FROM {table} ORDER BY {key}")
    dumped["tombstone"] = rows_of(
        database, "SELECT record_id, kind, municipality_code FROM tombstone ORDER BY record_id"
    )
    return dumped


def all_rows(database: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, bookkeeping included: nothing at all may change."""
    tables = sorted(inspect(database.engine).get_table_names())
    return {
        table: sorted(rows_of(database, f'SELECT * FROM "{table}"'), key=repr) for table in tables
    }


def unchanged(found: ImportPreview) -> bool:
    return not found.changes_anything and not found.conflicts
