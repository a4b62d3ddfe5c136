"""A shared PostgreSQL database: record versions for both engines, search on PostgreSQL.

Revision ID: 0011_shared_database
Revises: 0010_service_places
Create Date: 2026-12-02

Every record people edit gets ``row_version`` (SQLAlchemy's version counter: a save
over a version someone else replaced changes no row) and ``saved_by`` (who saved it).
SQLite adds both columns in place, without copying a table. On PostgreSQL this
migration also makes the search indexes (``core.search_postgres_schema``); SQLite has
its FTS5 tables from 0003, 0008 and 0010.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from servicepunkt_gui.core.search_postgres_schema import drop_statements, schema_statements

revision = "0011_shared_database"
down_revision = "0010_service_places"
branch_labels = None
depends_on = None

VERSIONED = (
    "note",
    "service_plan",
    "plan_stage_change",
    "plan_goal",
    "plan_action",
    "service_place",
    "place_status_change",
    "agreement",
    "agreement_payment",
    "grant_case",
    "home_delivery_rule",
)


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(
            table, sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
        )
        op.add_column(
            table, sa.Column("saved_by", sa.String(200), nullable=False, server_default="")
        )
    if op.get_bind().dialect.name == "postgresql":
        for statement in schema_statements():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in drop_statements():
            op.execute(statement)
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("saved_by")
            batch.drop_column("row_version")
