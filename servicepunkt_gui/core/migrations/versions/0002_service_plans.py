"""Service plans: plans with stage history, goals and actions; notes may concern them.

Revision ID: 0002_service_plans
Revises: 0001_initial
Create Date: 2026-11-27

The constraint texts are written out here, not taken from models.py, so this
migration keeps doing exactly what it did when it shipped.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from servicepunkt_gui.core.db_dialects import PLAN_CASE_NUMBER_DIGIT, where_for

revision = "0002_service_plans"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

STAGES = (
    "'not_started', 'mapping', 'dialogue', 'draft', 'consultation', "
    "'adopted', 'implementation', 'follow_up', 'revision'"
)


def _user_record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _plan_reference(ondelete: str) -> sa.Column[object]:
    return sa.Column(
        "plan_id",
        sa.String(36),
        sa.ForeignKey("service_plan.id", ondelete=ondelete),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "service_plan",
        *_user_record_columns(),
        sa.Column(
            "municipality_code", sa.String(4), sa.ForeignKey("municipality.code"), nullable=False
        ),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("first_year", sa.Integer(), nullable=False),
        sa.Column("last_year", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.Column("adopted_by", sa.String(30), nullable=True),
        sa.Column("adopted_on", sa.Date(), nullable=True),
        sa.Column("paragraph", sa.String(40), nullable=False),
        sa.Column("case_number", sa.String(40), nullable=False),
        sa.Column("revise_by", sa.Date(), nullable=True),
        sa.Column("next_follow_up", sa.Date(), nullable=True),
        sa.Column("document", sa.Text(), nullable=False),
        sa.CheckConstraint(f"stage IN ({STAGES})", name="ck_plan_stage"),
        sa.CheckConstraint(
            "first_year BETWEEN 1990 AND 2100 AND last_year BETWEEN 1990 AND 2100 "
            "AND last_year >= first_year",
            name="ck_plan_period",
        ),
        sa.CheckConstraint(
            "adopted_by IS NULL OR adopted_by IN ('municipal_council', 'executive_board')",
            name="ck_plan_adopted_by",
        ),
        sa.CheckConstraint("length(trim(title)) > 0", name="ck_plan_title"),
        sa.CheckConstraint(
            "case_number = '' OR (length(case_number) BETWEEN 3 AND 40 "
            f"AND {PLAN_CASE_NUMBER_DIGIT[op.get_bind().dialect.name]})",  # type: ignore[index]
            name="ck_plan_case_number",
        ),
    )
    op.create_index("ix_service_plan_municipality_code", "service_plan", ["municipality_code"])
    op.create_index(
        "ux_plan_current",
        "service_plan",
        ["municipality_code"],
        unique=True,
        **where_for("is_current", op.get_bind().dialect.name),
    )
    op.create_table(
        "plan_stage_change",
        *_user_record_columns(),
        _plan_reference("CASCADE"),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("changed_by", sa.String(200), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.CheckConstraint(f"stage IN ({STAGES})", name="ck_stage_change_stage"),
    )
    op.create_index("ix_plan_stage_change_plan_id", "plan_stage_change", ["plan_id"])
    op.create_table(
        "plan_goal",
        *_user_record_columns(),
        _plan_reference("CASCADE"),
        sa.Column(
            "parent_id",
            sa.String(36),
            sa.ForeignKey("plan_goal.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(trim(title)) > 0", name="ck_goal_title"),
    )
    op.create_index("ix_plan_goal_plan_id", "plan_goal", ["plan_id"])
    op.create_table(
        "plan_action",
        *_user_record_columns(),
        _plan_reference("CASCADE"),
        sa.Column(
            "goal_id",
            sa.String(36),
            sa.ForeignKey("plan_goal.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("responsible", sa.String(200), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("cost_sek", sa.Integer(), nullable=True),
        sa.Column("financing", sa.String(30), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('not_started', 'in_progress', 'done', 'cancelled')",
            name="ck_action_status",
        ),
        sa.CheckConstraint(
            "financing = '' OR financing IN ('service_grant', 'home_delivery_grant', "
            "'special_operating_support', 'investment_support', 'municipal_budget', 'other')",
            name="ck_action_financing",
        ),
        sa.CheckConstraint("cost_sek IS NULL OR cost_sek >= 0", name="ck_action_cost"),
        sa.CheckConstraint("length(trim(title)) > 0", name="ck_action_title"),
    )
    op.create_index("ix_plan_action_plan_id", "plan_action", ["plan_id"])
    # SQLite adds a column with a foreign key in place (no table copy), so the note
    # table and its CHECK constraints stay as they are.
    op.execute(
        "ALTER TABLE note ADD COLUMN plan_id VARCHAR(36) "
        "REFERENCES service_plan (id) ON DELETE SET NULL"
    )
    op.execute(
        "ALTER TABLE note ADD COLUMN action_id VARCHAR(36) "
        "REFERENCES plan_action (id) ON DELETE SET NULL"
    )
    op.create_index("ix_note_plan_id", "note", ["plan_id"])
    op.create_index("ix_note_action_id", "note", ["action_id"])


def downgrade() -> None:
    op.drop_index("ix_note_action_id", "note")
    op.drop_index("ix_note_plan_id", "note")
    with op.batch_alter_table("note") as batch:
        batch.drop_column("action_id")
        batch.drop_column("plan_id")
    op.drop_table("plan_action")
    op.drop_table("plan_goal")
    op.drop_table("plan_stage_change")
    op.drop_table("service_plan")
