"""Goals are searchable too: goal_fts over plan_goal, kept in step by triggers like 0003's.

Revision ID: 0008_goal_search
Revises: 0007_file_identity
Create Date: 2026-12-02

The same kind of index as migration 0003 makes for notes, plans and actions (FTS5 with
external content, the same tokenizer and prefixes, the same three triggers), made by 0003's
own ``statements`` so the two cannot drift apart, and filled from the goals already stored.
A goal has only a title (``plan_goal.title``), so that is what is indexed.

Also a partial index of the notes in the trash (``ix_note_in_trash``, as few rows as the
trash holds notes): search counts every match that is not in the trash from it, without
reading each matching note (``core.search``).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

from servicepunkt_gui.core.db_dialects import where_for

revision = "0008_goal_search"
down_revision = "0007_file_identity"
branch_labels = None
depends_on = None

INDEXES = {"goal_fts": ("plan_goal", ("title",))}


def _fts_migration() -> ModuleType:
    """Migration 0003, loaded from the file beside this one (as Alembic loads them)."""
    path = Path(__file__).with_name("0003_full_text_search.py")
    spec = importlib.util.spec_from_file_location("servicepunkt_fts_migration_0003", path)
    if spec is None or spec.loader is None:  # pragma: no cover - the file ships with the app
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def statements(index: str, table: str, columns: tuple[str, ...]) -> list[str]:
    """Migration 0003's statements for one index (``core.search_health`` checks against them)."""
    made: list[str] = _fts_migration().statements(index, table, columns)
    return made


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    # PostgreSQL's search indexes are made by 0011_shared_database.
    for index, (table, columns) in INDEXES.items() if dialect == "sqlite" else ():
        for statement in statements(index, table, columns):
            op.execute(statement)
        # Index the goals already stored.
        op.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
    op.create_index("ix_note_in_trash", "note", ["deleted_at"], **where_for("in_trash", dialect))


def downgrade() -> None:
    op.drop_index("ix_note_in_trash", table_name="note")
    for index in INDEXES if op.get_bind().dialect.name == "sqlite" else ():
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {index}_after_{event}")
        op.execute(f"DROP TABLE IF EXISTS {index}")
