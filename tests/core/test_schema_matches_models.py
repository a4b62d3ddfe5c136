"""The schema Alembic builds is the schema the models describe."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import CheckConstraint, ForeignKeyConstraint, inspect

from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.models import Base
from servicepunkt_gui.core.search import is_search_table


def _fk_key(constraint: ForeignKeyConstraint) -> tuple[str, tuple[str, ...], str]:
    return (
        str(constraint.table.name),
        tuple(c.name for c in constraint.columns),
        constraint.referred_table.name,
    )


def test_migrated_schema_has_no_differences_from_models(empty_database: Database) -> None:
    with empty_database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": lambda _o, name, *_a: not is_search_table(name)}
        )
        diff = compare_metadata(context, Base.metadata)
    # SQLAlchemy does not read ON DELETE from a REFERENCES clause that ALTER TABLE ADD
    # COLUMN wrote, so such a foreign key shows as removed and added again. Those pairs
    # are checked against SQLite's own account below instead.
    removed = {_fk_key(d[1]) for d in diff if d[0] == "remove_fk"}
    added = {_fk_key(d[1]) for d in diff if d[0] == "add_fk"}
    rest = [d for d in diff if d[0] not in ("remove_fk", "add_fk")]
    assert rest == []
    assert removed == added
    with empty_database.engine.connect() as connection:
        for table, columns, referred in added:
            rows = connection.exec_driver_sql(f"PRAGMA foreign_key_list({table})").all()
            on_delete = {(row[3], row[2]): row[6] for row in rows}
            model_fk = next(
                fk
                for fk in Base.metadata.tables[table].foreign_key_constraints
                if tuple(c.name for c in fk.columns) == columns
            )
            assert on_delete[(columns[0], referred)] == (model_fk.ondelete or "NO ACTION")


def test_migrated_schema_has_every_model_table(empty_database: Database) -> None:
    tables = {
        name
        for name in inspect(empty_database.engine).get_table_names()
        if not is_search_table(name)
    }
    assert tables == set(Base.metadata.tables) | {"alembic_version"}


def _normalised(sql: str) -> str:
    return " ".join(sql.split())


@pytest.mark.parametrize(
    "table",
    [
        "note",
        "programme_participation",
        "service_plan",
        "plan_action",
        "plan_goal",
        "service_place",
        "place_status_change",
        "agreement",
        "agreement_payment",
        "grant_case",
        "home_delivery_rule",
    ],
)
def test_check_constraints_match_models(empty_database: Database, table: str) -> None:
    # compare_metadata does not compare CHECK constraints, so compare them directly.
    dialect = empty_database.dialect
    in_file = {
        c["name"]: _normalised(c["sqltext"])
        for c in inspect(empty_database.engine).get_check_constraints(table)
    }
    in_models = {
        c.name: _normalised(str(c.sqltext))
        for c in Base.metadata.tables[table].constraints
        if isinstance(c, CheckConstraint) and _made_on(c, dialect)
    }
    if dialect == "postgresql":
        # PostgreSQL keeps its own rewriting of the text (casts, brackets): the names.
        assert set(in_file) == set(in_models)
    else:
        assert in_file == in_models
    assert in_file  # the comparison is not vacuous


def _made_on(constraint: CheckConstraint, dialect: str) -> bool:
    """False for a CHECK the models make only on the other engine (core/db_dialects.py)."""
    condition = constraint._ddl_if
    return condition is None or condition.dialect in (None, dialect)


def test_my_municipality_is_unique_per_municipality(empty_database: Database) -> None:
    inspector = inspect(empty_database.engine)
    uniques = [u["column_names"] for u in inspector.get_unique_constraints("my_municipality")]
    assert ["municipality_code"] in uniques
