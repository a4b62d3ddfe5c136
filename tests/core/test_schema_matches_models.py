"""The schema Alembic builds is the schema the models describe."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import CheckConstraint, inspect

from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.models import Base


def test_migrated_schema_has_no_differences_from_models(empty_database: Database) -> None:
    with empty_database.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_migrated_schema_has_every_model_table(empty_database: Database) -> None:
    tables = set(inspect(empty_database.engine).get_table_names())
    assert tables == set(Base.metadata.tables) | {"alembic_version"}


def _normalised(sql: str) -> str:
    return " ".join(sql.split())


@pytest.mark.parametrize("table", ["note", "programme_participation"])
def test_check_constraints_match_models(empty_database: Database, table: str) -> None:
    # compare_metadata does not compare CHECK constraints, so compare them directly.
    in_file = {
        c["name"]: _normalised(c["sqltext"])
        for c in inspect(empty_database.engine).get_check_constraints(table)
    }
    in_models = {
        c.name: _normalised(str(c.sqltext))
        for c in Base.metadata.tables[table].constraints
        if isinstance(c, CheckConstraint)
    }
    assert in_file == in_models
    assert in_file  # the comparison is not vacuous


def test_my_municipality_is_unique_per_municipality(empty_database: Database) -> None:
    inspector = inspect(empty_database.engine)
    uniques = [u["column_names"] for u in inspector.get_unique_constraints("my_municipality")]
    assert ["municipality_code"] in uniques
