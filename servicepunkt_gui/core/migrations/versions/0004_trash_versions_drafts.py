"""Trash (deleted_at), earlier versions of notes, and drafts of unsaved text.

Revision ID: 0004_trash_versions_drafts
Revises: 0003_full_text_search
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_trash_versions_drafts"
down_revision = "0003_full_text_search"
branch_labels = None
depends_on = None

SOFT_DELETED = ("note", "service_plan", "plan_action")


def _user_record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    for table in SOFT_DELETED:
        # ADD COLUMN changes no existing row; re-running is prevented by alembic_version.
        op.add_column(table, sa.Column("deleted_at", sa.DateTime(), nullable=True))
    op.create_table(
        "note_version",
        *_user_record_columns(),
        sa.Column(
            "note_id", sa.String(36), sa.ForeignKey("note.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("category", sa.String(20), nullable=False),
        sa.Column("concerns_date", sa.Date(), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_note_version_note_id", "note_version", ["note_id"])
    op.create_table(
        "draft",
        *_user_record_columns(),
        sa.Column("key", sa.String(100), nullable=False, unique=True),
        sa.Column(
            "municipality_code", sa.String(4), sa.ForeignKey("municipality.code"), nullable=False
        ),
        sa.Column("payload", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("draft")
    op.drop_table("note_version")
    for table in SOFT_DELETED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("deleted_at")
