"""Initial schema: reference data, "mina kommuner" and notes.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from servicepunkt_gui.core.db_dialects import check_sql

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def _user_record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "county",
        sa.Column("code", sa.String(2), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("short_name", sa.String(100), nullable=False),
    )
    op.create_table(
        "municipality",
        sa.Column("code", sa.String(4), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("short_name", sa.String(100), nullable=False),
        sa.Column("county_code", sa.String(2), sa.ForeignKey("county.code"), nullable=False),
    )
    op.create_index("ix_municipality_county_code", "municipality", ["county_code"])
    op.create_table(
        "programme",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("organiser", sa.String(200), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("end_year", sa.Integer(), nullable=False),
    )
    op.create_table(
        "programme_participation",
        sa.Column("programme_id", sa.String(64), sa.ForeignKey("programme.id"), primary_key=True),
        sa.Column(
            "municipality_code", sa.String(4), sa.ForeignKey("municipality.code"), primary_key=True
        ),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("unit", sa.String(200), nullable=True),
        sa.Column("collaboration_group", sa.String(200), nullable=True),
        sa.CheckConstraint("role IN ('pilot', 'ambassador')", name="ck_participation_role"),
    )
    op.create_table(
        "my_municipality",
        *_user_record_columns(),
        sa.Column(
            "municipality_code",
            sa.String(4),
            sa.ForeignKey("municipality.code"),
            nullable=False,
            unique=True,
        ),
    )
    op.create_table(
        "note",
        *_user_record_columns(),
        sa.Column(
            "municipality_code", sa.String(4), sa.ForeignKey("municipality.code"), nullable=False
        ),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("category", sa.String(20), nullable=False),
        sa.Column("concerns_date", sa.Date(), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.CheckConstraint(
            check_sql("ck_note_body_not_empty", op.get_bind().dialect.name),  # type: ignore[arg-type]
            name="ck_note_body_not_empty",
        ),
        sa.CheckConstraint(
            "category IN ('meeting', 'dialogue', 'decision', 'follow_up', 'other')",
            name="ck_note_category",
        ),
    )
    op.create_index(
        "ix_note_municipality_date", "note", ["municipality_code", "concerns_date", "created_at"]
    )


def downgrade() -> None:
    op.drop_table("note")
    op.drop_table("my_municipality")
    op.drop_table("programme_participation")
    op.drop_table("programme")
    op.drop_index("ix_municipality_county_code", "municipality")
    op.drop_table("municipality")
    op.drop_table("county")
    op.drop_table("meta")
