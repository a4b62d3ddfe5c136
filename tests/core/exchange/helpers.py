"""Sending files between test installations and reading back everything they exchange."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import Path

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


def exchanged_columns(connection: sqlite3.Connection, table: str) -> str:
    """The columns installations must agree on: all but each one's own edit bookkeeping."""
    if table == "my_municipality":
        return "municipality_code"
    names = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
    return ", ".join(name for name in names if name not in ("row_version", "saved_by"))


def content(database: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every exchanged row (all columns; my_municipality without its local id/times) and
    the tombstones (which record, of what kind, where): what installations must agree on."""
    with sqlite3.connect(database.file) as connection:
        dumped: dict[str, list[tuple[object, ...]]] = {}
        for table, key in EXCHANGED.items():
            columns = exchanged_columns(connection, table)
            dumped[table] = connection.execute(
                f"SELECT {columns} FROM {table} ORDER BY {key}"
            ).fetchall()
        dumped["tombstone"] = connection.execute(
            "SELECT record_id, kind, municipality_code FROM tombstone ORDER BY record_id"
        ).fetchall()
    return dumped


def all_rows(database: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, bookkeeping included: nothing at all may change."""
    with sqlite3.connect(database.file) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }


def unchanged(found: ImportPreview) -> bool:
    return not found.changes_anything and not found.conflicts
