"""Full-text search over notes, plans and actions (SQLite FTS5), kept in step by triggers.

Revision ID: 0003_full_text_search
Revises: 0002_service_plans
Create Date: 2026-11-27

Each index is an FTS5 table with external content: the text lives once, in the
ordinary table, and the index refers to its rowid. Triggers written here keep the
index right whatever writes to the table, so no code path can forget it. The tables
are kept out of Alembic's autogenerate (see ``core.search.is_search_table``).

The index refers to rowids, which VACUUM may renumber in tables without an INTEGER
PRIMARY KEY: anything that vacuums the file must run ``core.search.rebuild_index`` after.
"""

from __future__ import annotations

from alembic import op

revision = "0003_full_text_search"
down_revision = "0002_service_plans"
branch_labels = None
depends_on = None

# "remove_diacritics 2" folds å, ä, ö, é … to their base letters on both sides of a
# search, so "hemsandning" finds "hemsändning". Prefix indexes make "hems*" fast.
TOKENIZER = "unicode61 remove_diacritics 2"

INDEXES = {
    "note_fts": ("note", ("title", "body")),
    "plan_fts": ("service_plan", ("title", "case_number", "paragraph")),
    "action_fts": ("plan_action", ("title", "description", "responsible")),
}


def statements(index: str, table: str, columns: tuple[str, ...]) -> list[str]:
    """The statements that create one index: its table, then its three triggers.

    Each is exactly what SQLite keeps in ``sqlite_master.sql``. ``core.search_health``
    compares the file against them and recreates a broken index with them.
    """
    column_list = ", ".join(columns)
    new_values = ", ".join(f"new.{c}" for c in columns)
    old_values = ", ".join(f"old.{c}" for c in columns)
    return [
        f"CREATE VIRTUAL TABLE {index} USING fts5({column_list}, content='{table}', "
        f"content_rowid='rowid', tokenize='{TOKENIZER}', prefix='2 3')",
        f"CREATE TRIGGER {index}_after_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {index}(rowid, {column_list}) VALUES (new.rowid, {new_values}); END",
        f"CREATE TRIGGER {index}_after_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {index}({index}, rowid, {column_list}) "
        f"VALUES ('delete', old.rowid, {old_values}); END",
        f"CREATE TRIGGER {index}_after_update AFTER UPDATE ON {table} BEGIN "
        f"INSERT INTO {index}({index}, rowid, {column_list}) "
        f"VALUES ('delete', old.rowid, {old_values}); "
        f"INSERT INTO {index}(rowid, {column_list}) VALUES (new.rowid, {new_values}); END",
    ]


def _create(index: str, table: str, columns: tuple[str, ...]) -> None:
    for statement in statements(index, table, columns):
        op.execute(statement)
    # Index what the table already holds (notes from earlier versions).
    op.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL's search indexes are made by 0011_shared_database
    for index, (table, columns) in INDEXES.items():
        _create(index, table, columns)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for index, (table, _columns) in INDEXES.items():
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {index}_after_{event}")
        op.execute(f"DROP TABLE IF EXISTS {index}")
        del table
