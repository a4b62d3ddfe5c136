"""Exchange files between installations: tombstones and per-record merge bases.

Revision ID: 0009_exchange
Revises: 0008_goal_search
Create Date: 2026-12-02

``tombstone`` remembers every record deleted for good (``core.trash``), so a file from
another installation that still holds it does not bring it back unless it was edited there.
``exchange_base`` holds, per record, the hash of the version last received from a file: the
base of the three-way merge in ``core.exchange``. The installation's own id is a ``meta``
row made the first time a file is written, so no row is added here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_exchange"
down_revision = "0008_goal_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tombstone",
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("municipality_code", sa.String(4), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=True),
        sa.Column("base_hash", sa.String(64), nullable=True),
    )
    op.create_index("ix_tombstone_municipality_code", "tombstone", ["municipality_code"])
    op.create_table(
        "exchange_base",
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("exchange_base")
    op.drop_index("ix_tombstone_municipality_code", table_name="tombstone")
    op.drop_table("tombstone")
