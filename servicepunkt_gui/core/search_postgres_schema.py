"""PostgreSQL's search indexes: ``unaccent`` and GIN indexes over tsvector expressions.

Made by migration 0011 on PostgreSQL only (SQLite has its FTS5 tables from 0003, 0008
and 0010). The text of a record is folded the way SQLite's ``unicode61
remove_diacritics 2`` folds it (lower case, accents off: "Hemsändning" → "hemsandning")
by ``servicepunkt_search_text``, an IMMUTABLE wrapper, since ``unaccent`` itself may not
be used in an index. ``core.search`` queries these same expressions, so the planner
uses the indexes.
"""

from __future__ import annotations

# Same names as SQLite's FTS tables, so core.search can keep one map of kinds.
SEARCHED: dict[str, tuple[str, tuple[str, ...]]] = {
    "note_fts": ("note", ("title", "body")),
    "plan_fts": ("service_plan", ("title", "case_number", "paragraph")),
    "action_fts": ("plan_action", ("title", "description", "responsible")),
    "goal_fts": ("plan_goal", ("title",)),
    "place_fts": (
        "service_place",
        ("name", "locality", "address", "operator_name", "contact_person", "other_service"),
    ),
    "agreement_fts": ("agreement", ("case_number", "extension_terms", "other_task", "comment")),
    "grant_fts": ("grant_case", ("title", "decider_case_number", "conditions")),
}

FOLD_FUNCTION = "servicepunkt_search_text"


def document_sql(columns: tuple[str, ...], alias: str = "") -> str:
    """The tsvector expression indexed for ``columns`` (and searched with ``@@``)."""
    prefix = f"{alias}." if alias else ""
    joined = " || ' ' || ".join(f"coalesce({prefix}{column}, '')" for column in columns)
    return f"to_tsvector('simple'::regconfig, {FOLD_FUNCTION}({joined}))"


def index_name(fts_name: str) -> str:
    return f"ix_{fts_name.removesuffix('_fts')}_search"


def schema_statements() -> list[str]:
    """Everything 0011 runs on PostgreSQL to make search work, in order."""
    statements = [
        # unaccent is a trusted extension (PostgreSQL 13+): the database's owner may add it.
        "CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public",
        f"CREATE OR REPLACE FUNCTION {FOLD_FUNCTION}(value text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
        "AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$",
    ]
    for fts_name, (table, columns) in SEARCHED.items():
        statements.append(
            f"CREATE INDEX {index_name(fts_name)} ON {table} USING gin ({document_sql(columns)})"
        )
    return statements


def drop_statements() -> list[str]:
    drops = [f"DROP INDEX IF EXISTS {index_name(name)}" for name in SEARCHED]
    return [*drops, f"DROP FUNCTION IF EXISTS {FOLD_FUNCTION}(text)"]
