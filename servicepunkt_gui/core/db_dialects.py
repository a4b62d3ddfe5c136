"""The few pieces of schema SQL that SQLite and PostgreSQL spell differently.

Models and migrations take them from here, so each engine gets a CHECK or index
condition it understands with the same meaning. SQLite files keep the spelling they
were created with (GLOB, ``char()``, ``= 1``); PostgreSQL gets regular expressions,
``chr()`` and booleans. Everything else in the schema is written once for both.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import CheckConstraint, ColumnElement, text
from sqlalchemy.ext.compiler import compiles

Dialect = Literal["sqlite", "postgresql"]
DIALECTS: tuple[Dialect, ...] = ("sqlite", "postgresql")

# name -> (SQLite's text, PostgreSQL's text) of a CHECK whose SQL differs.
_CHECKS: dict[str, tuple[str, str]] = {
    # A note's body holds more than spaces, tabs and line breaks.
    "ck_note_body_not_empty": (
        "length(trim(body, char(32, 9, 10, 13))) > 0",
        "length(btrim(body, chr(32) || chr(9) || chr(10) || chr(13))) > 0",
    ),
}

# A diarienummer holds at least one digit.
PLAN_CASE_NUMBER_DIGIT: dict[Dialect, str] = {
    "sqlite": "case_number GLOB '*[0-9]*'",
    "postgresql": "case_number ~ '[0-9]'",
}
# An organisation number is written NNNNNN-NNNN.
ORG_NUMBER_SHAPE: dict[Dialect, str] = {
    "sqlite": "GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'",
    "postgresql": "~ '^[0-9]{6}-[0-9]{4}$'",
}

# Conditions of partial indexes, as keyword arguments of Index / op.create_index.
_CONDITIONS: dict[str, tuple[str, str]] = {
    "is_current": ("is_current = 1", "is_current"),
    "not_in_trash": ("deleted_at IS NULL", "deleted_at IS NULL"),
    "in_trash": ("deleted_at IS NOT NULL", "deleted_at IS NOT NULL"),
    "has_source_id": ("source_id != ''", "source_id <> ''"),
}


def check_sql(name: str, dialect: Dialect) -> str:
    sqlite_sql, postgresql_sql = _CHECKS[name]
    return sqlite_sql if dialect == "sqlite" else postgresql_sql


def dialect_checks(name: str, sql_for: dict[Dialect, str] | None = None) -> list[CheckConstraint]:
    """One CHECK named ``name`` per engine, each created only on its own engine."""
    sqls = sql_for or {dialect: check_sql(name, dialect) for dialect in DIALECTS}
    return [
        CheckConstraint(sqls[dialect], name=name).ddl_if(dialect=dialect) for dialect in DIALECTS
    ]


def where(condition: str) -> dict[str, Any]:
    """``sqlite_where=`` and ``postgresql_where=`` for a partial index on ``condition``."""
    sqlite_sql, postgresql_sql = _CONDITIONS[condition]
    return {"sqlite_where": text(sqlite_sql), "postgresql_where": text(postgresql_sql)}


def where_for(condition: str, dialect: str) -> dict[str, Any]:
    """The one keyword a migration passes to ``op.create_index`` on ``dialect``."""
    sqlite_sql, postgresql_sql = _CONDITIONS[condition]
    if dialect == "sqlite":
        return {"sqlite_where": text(sqlite_sql)}
    return {"postgresql_where": text(postgresql_sql)}


class _InsertionOrder(ColumnElement[Any]):
    """The order rows of ``table`` were stored in, as the last key of an ORDER BY."""

    inherit_cache = True

    def __init__(self, table: str) -> None:
        self.table = table


@compiles(_InsertionOrder, "sqlite")
def _rowid(element: _InsertionOrder, _compiler: Any, **_kw: Any) -> str:
    return f"{element.table}.rowid"


@compiles(_InsertionOrder, "postgresql")
def _created_then_id(element: _InsertionOrder, _compiler: Any, **_kw: Any) -> str:
    # PostgreSQL has no rowid: created_at (microseconds) and then the id, so equal
    # positions always come out in the same order.
    return f"{element.table}.created_at, {element.table}.id"


def insertion_order(table: str) -> ColumnElement[Any]:
    """``rowid`` on SQLite; ``created_at, id`` on PostgreSQL (single-table queries)."""
    return _InsertionOrder(table)
