"""Every file gets an identity: a random file_id and a write_count in meta.

Revision ID: 0007_file_identity
Revises: 0006_goals_in_trash
Create Date: 2026-12-01

SQLite's -wal names no database, so a -wal left beside a file that was replaced (copied in
over it) would be replayed over the wrong file. Every transaction that writes also counts
write_count up (``wal_files.mark_every_write``), so a -wal can be told to belong to this
file, and to the state of it it was written on (``wal_files.check_leftover_wal``).
No table changes; only two rows.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0007_file_identity"
down_revision = "0006_goals_in_trash"
branch_labels = None
depends_on = None


def upgrade() -> None:
    meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(
        meta,
        [
            {"key": "file_id", "value": uuid.uuid4().hex},
            {"key": "write_count", "value": "0"},
        ],
    )


def downgrade() -> None:
    op.execute("DELETE FROM meta WHERE key IN ('file_id', 'write_count')")
