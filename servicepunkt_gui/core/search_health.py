"""Find and heal a broken full-text search index (FTS5 tables, their triggers, their data).

The indexes and their triggers are those migrations 0003 (notes, plans, actions), 0008
(goals) and 0010 (places, agreements, grant cases) create. Their triggers write into the
index on every save, so a missing or broken index table makes every save of such a record
fail, a missing trigger silently hides what is saved from then on, and a damaged index
makes every search fail or miss. :func:`check_and_heal` finds these and recreates what is
broken, in one transaction. Its quick check only reads (0.25 s for 100,000 notes); the
thorough one adds FTS5's own integrity-checks, which hold the write lock (1.7 s).

The expected definitions are not copied here: they come from the migrations themselves
(``statements``, ``INDEXES``), loaded from ``db.MIGRATIONS_DIR`` as Alembic loads them, so
the migrations stay the one record of what the schema is and keeps working unchanged in the
frozen build, where migrations are plain files. The shadow tables FTS5 makes for such an
index are learnt by creating it once in an in-memory database, so they match the SQLite
the app runs on. On PostgreSQL there is nothing to heal (its GIN indexes are kept by the
server in every transaction): every entry point answers "healthy" without a look.
"""

from __future__ import annotations

import importlib.util
import logging
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from types import ModuleType
from typing import cast

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from servicepunkt_gui.core.changes import RecordKind, record
from servicepunkt_gui.core.db import MIGRATIONS_DIR, Database
from servicepunkt_gui.core.search import SEARCH_TABLES

log = logging.getLogger(__name__)

# The migrations that create the indexes, each with ``INDEXES`` and ``statements``.
_MIGRATIONS = ("0003_full_text_search.py", "0008_goal_search.py", "0010_service_places.py")
# What a healed index changed for the views: search results of that kind of record.
_KINDS = {
    "note_fts": RecordKind.NOTE,
    "plan_fts": RecordKind.PLAN,
    "action_fts": RecordKind.ACTION,
    "goal_fts": RecordKind.GOAL,
    "place_fts": RecordKind.PLACE,
    "agreement_fts": RecordKind.AGREEMENT,
    "grant_fts": RecordKind.GRANT,
}


class SearchIndexFault(StrEnum):
    """What is wrong with one index. Every fault is healed the same way: recreate it."""

    TABLE_MISSING = "table missing"
    TABLE_DIFFERENT = "table different"  # not the CREATE VIRTUAL TABLE of its migration
    SHADOW_TABLE_MISSING = "shadow table missing"  # one of FTS5's own tables (…_data …)
    TRIGGER_MISSING = "trigger missing"
    TRIGGER_DIFFERENT = "trigger different"
    DAMAGED = "index damaged"  # FTS5's integrity-check fails, or the index cannot be read
    OUT_OF_STEP = "index out of step"  # the index does not hold what the table holds


@dataclass(frozen=True)
class SearchIndexProblem:
    index: str  # one of SEARCH_TABLES ("note_fts" …)
    fault: SearchIndexFault
    detail: str = ""  # the trigger or shadow table concerned, or SQLite's message

    def __str__(self) -> str:
        return f"{self.index}: {self.fault}" + (f" ({self.detail})" if self.detail else "")


class SearchIndexNotHealedError(Exception):
    """Healing ran but the index is still broken (nothing of it was committed)."""

    def __init__(self, problems: list[SearchIndexProblem]) -> None:
        super().__init__("; ".join(str(problem) for problem in problems))
        self.problems = problems


@dataclass(frozen=True)
class _Expected:
    content: str  # the table whose rows the index holds ("note" …)
    table_sql: str  # CREATE VIRTUAL TABLE …, as sqlite_master keeps it
    triggers: dict[str, tuple[str, str]]  # trigger name -> (table it is on, its SQL)
    # FTS5's shadow tables: name -> (its CREATE TABLE, the rows it has in a new index)
    shadows: dict[str, tuple[str, list[tuple[object, ...]]]]

    @property
    def statements(self) -> list[str]:
        return [self.table_sql, *(sql for _table, sql in self.triggers.values())]


def _migration(name: str) -> ModuleType:
    path = MIGRATIONS_DIR / "versions" / name
    spec = importlib.util.spec_from_file_location(f"servicepunkt_fts_{path.stem}", path)
    if spec is None or spec.loader is None:  # pragma: no cover - the file ships with the app
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def _expected() -> dict[str, _Expected]:
    made_by: dict[str, ModuleType] = {}  # index -> the migration that creates it
    for name in _MIGRATIONS:
        module = _migration(name)
        made_by.update(dict.fromkeys(cast(dict[str, object], module.INDEXES), module))
    expected: dict[str, _Expected] = {}
    for index in SEARCH_TABLES:
        migration = made_by[index]
        indexes = cast(dict[str, tuple[str, tuple[str, ...]]], migration.INDEXES)
        table, columns = indexes[index]
        table_sql, *trigger_sql = cast(list[str], migration.statements(index, table, columns))
        # "CREATE TRIGGER <name> AFTER <event> ON <table> BEGIN …"
        triggers = {sql.split()[2]: (sql.split()[6], sql) for sql in trigger_sql}
        with closing(sqlite3.connect(":memory:")) as scratch:
            scratch.execute(table_sql)  # external content: the content table need not exist
            shadows = {
                name: (sql, scratch.execute(f"SELECT * FROM {name}").fetchall())
                for name, sql in scratch.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name != ?",
                    (index,),
                ).fetchall()
            }
        expected[index] = _Expected(table, table_sql, triggers, shadows)
    return expected


def search_index_problems(session: Session, *, thorough: bool = False) -> list[SearchIndexProblem]:
    """Everything wrong with the search indexes, in SEARCH_TABLES order ([] if healthy).

    Changes nothing. The quick check (the default) only reads, so a ``read_session`` will
    do: the schema (tables, FTS5's shadow tables, triggers exactly as their migration made
    them), every word of every index read once (through a temporary ``fts5vocab`` table),
    the index's own totals against what it holds, and which rows of each table the index
    has. About 0.25 s for 100,000 notes. It misses damage that leaves the index readable
    and its totals right, and an edit the index did not follow (a wrong update trigger is
    found, the edits it missed are not).

    ``thorough`` adds FTS5's own integrity-checks (every row re-tokenized and compared;
    about 1.5 s for 100,000 notes) to each index the quick check found healthy. Those are
    an INSERT, for which SQLite takes the write lock until the transaction ends: use
    ``Database.session()``, whose ``BEGIN IMMEDIATE`` waits for another writer, and know
    that a save waits meanwhile. They change no row, yet count as changes (SQLite's
    ``total_changes``, which decides whether a commit counts as a write): roll that
    session back rather than commit it.

    An error that is not a broken index (locked, disk I/O …) is raised.
    """
    if session.get_bind().dialect.name != "sqlite":
        return []
    schema = {
        name: (kind, table, sql or "")
        for kind, name, table, sql in session.execute(
            text("SELECT type, name, tbl_name, sql FROM sqlite_master")
        )
    }
    problems: list[SearchIndexProblem] = []
    for index, expected in _expected().items():
        found = _schema_problems(index, expected, schema)
        problems.extend(found)
        # A missing or foreign table cannot be checked (the check would only fail on it);
        # with only a trigger wrong, the index may have missed writes: check it too.
        if any(problem.fault in _UNCHECKABLE for problem in found):
            continue
        checked = _quick_problems(session, index, expected.content)
        if thorough and not checked:
            checked = _integrity_problems(session, index)
        problems.extend(checked)
    return problems


_UNCHECKABLE = (
    SearchIndexFault.TABLE_MISSING,
    SearchIndexFault.TABLE_DIFFERENT,
    SearchIndexFault.SHADOW_TABLE_MISSING,
)


def _schema_problems(
    index: str, expected: _Expected, schema: dict[str, tuple[str, str, str]]
) -> list[SearchIndexProblem]:
    """What sqlite_master shows is wrong with the index table and its triggers."""
    fault = SearchIndexFault
    problems: list[SearchIndexProblem] = []
    if index not in schema:
        problems.append(SearchIndexProblem(index, fault.TABLE_MISSING))
    elif schema[index] != ("table", index, expected.table_sql):
        problems.append(SearchIndexProblem(index, fault.TABLE_DIFFERENT))
    else:
        problems.extend(
            SearchIndexProblem(index, fault.SHADOW_TABLE_MISSING, name)
            for name in expected.shadows
            if schema.get(name, ("",))[0] != "table"
        )
    for name, (table, sql) in expected.triggers.items():
        if name not in schema:
            problems.append(SearchIndexProblem(index, fault.TRIGGER_MISSING, name))
        elif schema[name] != ("trigger", table, sql):
            problems.append(SearchIndexProblem(index, fault.TRIGGER_DIFFERENT, name))
    return problems


def _quick_problems(session: Session, index: str, content: str) -> list[SearchIndexProblem]:
    """Read every word of the index, compare its totals and its rows with the table's."""
    vocab = f"temp.{index}_health_vocab"
    session.execute(
        text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {vocab} USING fts5vocab(main, {index}, instance)")
    )
    try:
        words, message = _value(session, f"SELECT count(*) FROM {vocab}")
    finally:
        session.execute(text(f"DROP TABLE {vocab}"))
    if message is not None:
        return [SearchIndexProblem(index, SearchIndexFault.DAMAGED, message)]
    # The "averages" record (rowid 1): varints, the number of rows, then words per column.
    # (None: no such record, as if empty; text or a number there is damage.)
    block = session.execute(text(f"SELECT block FROM {index}_data WHERE id = 1")).scalar()
    totals = _varints(block or b"") if isinstance(block, bytes | None) else None
    rows = session.execute(text(f"SELECT count(*) FROM {index}_docsize")).scalar_one()
    if totals is None or sum(totals[1:]) != words or (totals[:1] or [0])[0] != rows:
        detail = f"holds {words} words of {rows} rows, its totals say {totals}"
        return [SearchIndexProblem(index, SearchIndexFault.DAMAGED, detail)]
    missing = session.execute(
        text(
            f"SELECT count(*) FROM {content} c WHERE NOT EXISTS "
            f"(SELECT 1 FROM {index}_docsize d WHERE d.id = c.rowid)"
        )
    ).scalar_one()
    gone = session.execute(
        text(
            f"SELECT count(*) FROM {index}_docsize d WHERE NOT EXISTS "
            f"(SELECT 1 FROM {content} c WHERE c.rowid = d.id)"
        )
    ).scalar_one()
    if missing or gone:
        return [
            SearchIndexProblem(
                index,
                SearchIndexFault.OUT_OF_STEP,
                f"{missing} rows of {content} not in it, {gone} rows it holds no longer there",
            )
        ]
    return []


def _varints(block: bytes) -> list[int] | None:
    """SQLite's varints (big-endian, 7 bits a byte, the 9th byte whole); None if cut short."""
    values: list[int] = []
    position = 0
    while position < len(block):
        value = 0
        for length in range(9):
            if position >= len(block):
                return None
            byte = block[position]
            position += 1
            if length == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        values.append(value)
    return values


def _integrity_problems(session: Session, index: str) -> list[SearchIndexProblem]:
    """FTS5's own checks: the index is readable and consistent, then matches its table."""
    check = "'integrity-check'"
    checks = (
        (SearchIndexFault.DAMAGED, f"INSERT INTO {index}({index}) VALUES ({check})"),
        # rank = 1: also compare with the external content table, row by row.
        (SearchIndexFault.OUT_OF_STEP, f"INSERT INTO {index}({index}, rank) VALUES ({check}, 1)"),
    )
    for fault, statement in checks:
        _result, message = _value(session, statement)
        if message is not None:
            return [SearchIndexProblem(index, fault, message)]
    return []


def _value(session: Session, statement: str) -> tuple[object, str | None]:
    """``statement``'s first value, or SQLite's message if it failed on a broken index.

    Run in a savepoint, so a failure leaves the transaction as it was.
    """
    try:
        with session.begin_nested():
            result = session.connection().exec_driver_sql(statement)
            return (result.scalar() if result.returns_rows else None), None
    except DBAPIError as exc:
        orig = exc.orig
        code = getattr(orig, "sqlite_errorcode", None)
        # CORRUPT(_VTAB): what FTS5 reports for a damaged index; ERROR: it cannot open it
        # ("invalid fts5 file format", "vtable constructor failed"). Anything else (busy,
        # I/O, disk full) is not the index's fault.
        if isinstance(code, int) and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_ERROR):
            return None, str(orig)
        raise


def heal_search_index(session: Session, problems: list[SearchIndexProblem]) -> None:
    """Recreate every index that has a problem: table and triggers as its migration, rebuilt.

    Runs in the caller's transaction (SQLite's DDL is transactional) and commits nothing:
    in ``Database.session()`` it all happens or, on any error, nothing. Notes on the session
    (``changes.record``) that the search results of those kinds of record changed.
    Indexes without a problem are left alone; ``[]`` does nothing.
    """
    if session.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL keeps its indexes itself: there is never anything to heal
    broken = {problem.index for problem in problems}
    for index, expected in _expected().items():
        if index in broken:
            _recreate(session, index, expected)
            record(session, _KINDS.get(index, RecordKind.EVERYTHING), None)


def _recreate(session: Session, index: str, expected: _Expected) -> None:
    def run(statement: str) -> None:
        session.execute(text(statement))

    for name in expected.triggers:
        run(f"DROP TRIGGER IF EXISTS {name}")
    kind = _schema_entry(session, index)
    if kind is not None:
        drop = f"DROP {kind.upper()} {index}"
        if _value(session, drop)[1] is not None:
            # FTS5 opens the table to drop it, which fails without its shadow tables or
            # with damaged ones: give it the empty ones a new index has, then drop it.
            for name, (shadow_sql, rows) in expected.shadows.items():
                if _schema_entry(session, name) is None:
                    run(shadow_sql)
                run(f"DELETE FROM {name}")
                for row in rows:
                    marks = ", ".join(f":v{i}" for i in range(len(row)))
                    session.execute(
                        text(f"INSERT INTO {name} VALUES ({marks})"),
                        {f"v{i}": value for i, value in enumerate(row)},
                    )
            run(drop)
    for name in expected.shadows:  # left over beside a dropped or foreign table
        run(f"DROP TABLE IF EXISTS {name}")
    for statement in expected.statements:
        run(statement)
    run(f"INSERT INTO {index}({index}) VALUES ('rebuild')")


def _schema_entry(session: Session, name: str) -> str | None:
    """What ``name`` is in the schema ("table", "view" …), None if nothing."""
    kind = session.execute(
        text("SELECT type FROM sqlite_master WHERE name = :name"), {"name": name}
    ).scalar()
    return None if kind is None else str(kind)


def check_and_heal(database: Database, *, thorough: bool = False) -> list[SearchIndexProblem]:
    """Check the search indexes and heal what is broken; what was healed ([] if healthy).

    For the background check (at start-up, in a worker thread). The quick check (see
    ``search_index_problems``) runs in a ``read_session``: it neither waits for nor blocks
    a save, and writes nothing. ``thorough`` runs FTS5's integrity-checks as well, which
    need the write lock: a save waits for them (about 1.5 s for 100,000 notes).

    Only if something is broken: one ``Database.session()`` checks again under the write
    lock (the file may have changed meanwhile), heals exactly what it found, and checks
    once more; if still broken, ``SearchIndexNotHealedError`` is raised and nothing is
    committed. A file that cannot be locked or read raises ``StorageError``, as any unit of
    work does. A non-empty result means search results of those kinds changed: tell the
    user, refresh the search (``RecordKind`` NOTE, PLAN, ACTION, GOAL, PLACE, AGREEMENT or
    GRANT for each index).
    """
    if database.dialect != "sqlite":
        return []
    checking = database.session if thorough else database.read_session
    with checking() as session:
        found = search_index_problems(session, thorough=thorough)
        session.rollback()  # nothing to commit (see search_index_problems)
    if not found:
        return []
    with database.session() as session:
        problems = search_index_problems(session, thorough=thorough)
        if not problems:  # healed meanwhile, by another instance of the app
            session.rollback()
            return []
        log.warning("search index broken, healing: %s", "; ".join(map(str, problems)))
        heal_search_index(session, problems)
        remaining = search_index_problems(session, thorough=thorough)
        if remaining:
            raise SearchIndexNotHealedError(remaining)
    log.info("search index healed")
    return problems
