"""Goals go to the trash like notes, plans and actions (deleted_at on plan_goal).

Revision ID: 0006_goals_in_trash
Revises: 0005_note_list_index
Create Date: 2026-11-28

Until now deleting a goal removed it and its sub-goals for good and untied its actions.
Existing goals were never deleted, so every one of them starts outside the trash.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_goals_in_trash"
down_revision = "0005_note_list_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN changes no existing row; re-running is prevented by alembic_version.
    op.add_column("plan_goal", sa.Column("deleted_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    # Goals in the trash would come back as if never deleted: remove them for good first,
    # as deleting did before this revision (sub-goals by ON DELETE CASCADE, actions untied).
    op.execute("DELETE FROM plan_goal WHERE deleted_at IS NOT NULL")
    # SQLite (3.35+) drops the column in place. Batch mode would copy the table and drop
    # the old one, and with foreign keys on that drop would untie every action from its goal.
    op.drop_column("plan_goal", "deleted_at")
