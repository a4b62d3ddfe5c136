"""Storage failures arrive as StorageError with the right problem, told by SQLite's own codes."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.exc import OperationalError as SQLAlchemyOperationalError

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.db import Database, open_database, storage_problem
from servicepunkt_gui.core.errors import StorageError, StorageProblem, ValidationError
from tests.storage_faults import SQLITE_FAULTS, inject_storage_problem, is_write, sqlite_error

# About what only a SQLite file has (tests/core/conftest.py runs the rest on both engines).
pytestmark = pytest.mark.sqlite_only

SECRET = "Konfidentiellt om Sven Svensson"

# -- the classifier, code by code --------------------------------------------------------

# (result code, the sqlite3 class SQLite's code maps to, expected problem): every primary
# code that is a storage problem, and extended codes, which carry the primary one in their
# low byte.
STORAGE_CODES = [
    (sqlite3.SQLITE_FULL, sqlite3.OperationalError, StorageProblem.DISK_FULL),
    (sqlite3.SQLITE_READONLY, sqlite3.OperationalError, StorageProblem.READ_ONLY),
    (sqlite3.SQLITE_READONLY_DBMOVED, sqlite3.OperationalError, StorageProblem.READ_ONLY),
    (sqlite3.SQLITE_BUSY, sqlite3.OperationalError, StorageProblem.LOCKED),
    (sqlite3.SQLITE_BUSY_SNAPSHOT, sqlite3.OperationalError, StorageProblem.LOCKED),
    (sqlite3.SQLITE_LOCKED, sqlite3.OperationalError, StorageProblem.LOCKED),
    (sqlite3.SQLITE_LOCKED_SHAREDCACHE, sqlite3.OperationalError, StorageProblem.LOCKED),
    (sqlite3.SQLITE_CORRUPT, sqlite3.DatabaseError, StorageProblem.DAMAGED),
    (sqlite3.SQLITE_CORRUPT_INDEX, sqlite3.DatabaseError, StorageProblem.DAMAGED),
    (sqlite3.SQLITE_NOTADB, sqlite3.DatabaseError, StorageProblem.DAMAGED),
    (sqlite3.SQLITE_IOERR, sqlite3.OperationalError, StorageProblem.IO),
    (sqlite3.SQLITE_IOERR_WRITE, sqlite3.OperationalError, StorageProblem.IO),
    (sqlite3.SQLITE_IOERR_FSYNC, sqlite3.OperationalError, StorageProblem.IO),
    (sqlite3.SQLITE_CANTOPEN, sqlite3.OperationalError, StorageProblem.IO),
    (sqlite3.SQLITE_PERM, sqlite3.OperationalError, StorageProblem.IO),
    (sqlite3.SQLITE_NOLFS, sqlite3.DatabaseError, StorageProblem.IO),
    (sqlite3.SQLITE_PROTOCOL, sqlite3.OperationalError, StorageProblem.IO),
]

# Codes that are the program's or the data's business, not the file's surroundings.
OTHER_CODES = [
    (sqlite3.SQLITE_CONSTRAINT_CHECK, sqlite3.IntegrityError),
    (sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.IntegrityError),
    (sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY, sqlite3.IntegrityError),
    (sqlite3.SQLITE_ERROR, sqlite3.OperationalError),  # e.g. a syntax error, no such table
    (sqlite3.SQLITE_MISUSE, sqlite3.ProgrammingError),
    (sqlite3.SQLITE_RANGE, sqlite3.ProgrammingError),
    (sqlite3.SQLITE_INTERRUPT, sqlite3.OperationalError),
]


def _sqlite3_error(kind: type[sqlite3.Error], code: int) -> sqlite3.Error:
    """As the sqlite3 module raises it (Python 3.11 lets a test set the code, too)."""
    error = kind(f"message for code {code}")
    error.sqlite_errorcode = code
    return error


def _wrapped(orig: BaseException) -> BaseException:
    """As SQLAlchemy raises it: the DB-API error in ``.orig``, raised ``from`` it."""
    wrapper = DBAPIError.instance(
        "INSERT INTO note (body) VALUES (?)", (SECRET,), orig, sqlite3.Error, hide_parameters=True
    )
    wrapper.__cause__ = orig
    return wrapper


def test_a_test_can_set_the_sqlite_error_code() -> None:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = sqlite3.SQLITE_FULL
    assert error.sqlite_errorcode == 13


def test_real_sqlite_errors_carry_the_extended_code() -> None:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE TABLE t (x INTEGER CHECK (x > 0))")
        with pytest.raises(sqlite3.IntegrityError) as raised:
            connection.execute("INSERT INTO t VALUES (0)")
    finally:
        connection.close()
    assert raised.value.sqlite_errorcode == sqlite3.SQLITE_CONSTRAINT_CHECK
    assert storage_problem(raised.value) is None


@pytest.mark.parametrize(("code", "kind", "problem"), STORAGE_CODES)
def test_storage_codes_are_classified(
    code: int, kind: type[sqlite3.Error], problem: StorageProblem
) -> None:
    bare = _sqlite3_error(kind, code)
    assert storage_problem(bare) is problem
    # Wrapped by SQLAlchemy (found through .orig even without __cause__) …
    wrapper = DBAPIError.instance("SELECT 1", None, _sqlite3_error(kind, code), sqlite3.Error)
    assert wrapper.__cause__ is None
    assert storage_problem(wrapper) is problem
    # … and further down a __cause__ chain.
    try:
        raise RuntimeError("saving failed") from _wrapped(_sqlite3_error(kind, code))
    except RuntimeError as outer:
        assert storage_problem(outer) is problem


def test_the_sqlalchemy_wrapper_keeps_the_sqlite3_class() -> None:
    full = _wrapped(_sqlite3_error(sqlite3.OperationalError, sqlite3.SQLITE_FULL))
    damaged = _wrapped(_sqlite3_error(sqlite3.DatabaseError, sqlite3.SQLITE_CORRUPT))
    assert isinstance(full, SQLAlchemyOperationalError)
    assert type(damaged).__name__ == "DatabaseError"


@pytest.mark.parametrize(("code", "kind"), OTHER_CODES)
def test_other_codes_are_not_storage_problems(code: int, kind: type[sqlite3.Error]) -> None:
    assert storage_problem(_sqlite3_error(kind, code)) is None
    assert storage_problem(_wrapped(_sqlite3_error(kind, code))) is None


@pytest.mark.parametrize(
    "error",
    [
        ValueError("not a storage error"),
        ValidationError("body", "empty"),
        sqlite3.ProgrammingError("Cannot operate on a closed database."),  # no SQLite code
        SQLAlchemyError("no DB-API error below"),
    ],
)
def test_errors_of_the_program_are_not_storage_problems(error: BaseException) -> None:
    assert storage_problem(error) is None


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        (errno.ENOSPC, StorageProblem.DISK_FULL),
        (errno.EROFS, StorageProblem.READ_ONLY),
        (errno.EACCES, StorageProblem.READ_ONLY),
        (errno.EPERM, StorageProblem.READ_ONLY),
        (errno.EIO, StorageProblem.IO),
        (errno.ENOENT, StorageProblem.IO),
        (errno.ENXIO, StorageProblem.IO),
        (None, StorageProblem.IO),
    ],
)
def test_os_errors_are_classified(number: int | None, problem: StorageProblem) -> None:
    error = OSError(number, "message") if number is not None else OSError("no number")
    assert storage_problem(error) is problem
    try:
        raise RuntimeError("copy failed") from error
    except RuntimeError as outer:
        assert storage_problem(outer) is problem


def test_permission_error_is_read_only() -> None:
    assert storage_problem(PermissionError(errno.EACCES, "denied")) is StorageProblem.READ_ONLY


def test_a_chain_that_loops_ends() -> None:
    first, second = ValueError("a"), ValueError("b")
    first.__cause__, second.__cause__ = second, first
    assert storage_problem(first) is None


def test_a_storage_error_keeps_its_problem() -> None:
    assert storage_problem(StorageError(StorageProblem.LOCKED)) is StorageProblem.LOCKED


# -- real conditions, through Database.session() -------------------------------------------


def _assert_storage_error(
    info: pytest.ExceptionInfo[StorageError], problem: StorageProblem
) -> None:
    error = info.value
    assert error.problem is problem
    assert isinstance(error.__cause__, DBAPIError)
    orig = error.__cause__.orig
    assert isinstance(orig, sqlite3.Error)
    assert storage_problem(orig) is problem
    # Still what the code written before StorageError catches (except SQLAlchemyError).
    assert isinstance(error, SQLAlchemyError)
    assert SECRET not in str(error)
    assert SECRET not in repr(error)


def _note_ids(database: Database, code: str = "2284") -> list[str]:
    with database.read_session() as session:  # as the window reads (WritePath.read)
        return [n.id for n in notes.list_notes(session, code)]


@pytest.fixture
def kept_note(database: Database) -> str:
    with database.session() as session:
        return notes.create_note(session, "2284", notes.NoteInput("Redan sparad")).id


def test_full_disk(database: Database, kept_note: str) -> None:
    def cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(database.engine, "connect", cap)
    database.engine.dispose()  # new connections get the cap
    try:
        with pytest.raises(StorageError) as info, database.session() as session:
            notes.create_note(session, "2284", notes.NoteInput(SECRET * 60_000))
    finally:
        event.remove(database.engine, "connect", cap)
        database.engine.dispose()
    _assert_storage_error(info, StorageProblem.DISK_FULL)
    assert "database or disk is full" in str(info.value)
    assert _note_ids(database) == [kept_note]


def test_locked_by_another_program(database: Database, kept_note: str) -> None:
    path = database.file
    database.close()
    impatient = open_database(path, busy_timeout_ms=100)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("UPDATE meta SET value = value")
        with pytest.raises(StorageError) as info, impatient.session() as session:
            notes.create_note(session, "2284", notes.NoteInput(SECRET))
        _assert_storage_error(info, StorageProblem.LOCKED)
        assert _note_ids(impatient) == [kept_note]  # reading still works beside the lock
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with impatient.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Nu går det"))
    impatient.close()


def test_read_only(database: Database, kept_note: str) -> None:
    def query_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = 1")

    event.listen(database.engine, "connect", query_only)
    database.engine.dispose()
    try:
        with pytest.raises(StorageError) as info, database.session() as session:
            notes.create_note(session, "2284", notes.NoteInput(SECRET))
        _assert_storage_error(info, StorageProblem.READ_ONLY)
        assert _note_ids(database) == [kept_note]
    finally:
        event.remove(database.engine, "connect", query_only)
        database.engine.dispose()


def _closed_and_checkpointed(database: Database) -> Path:
    database.engine.dispose()
    with sqlite3.connect(database.file) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return database.file


def _overwrite_pages(path: Path, pages: list[int], page_size: int) -> None:
    data = bytearray(path.read_bytes())
    for page in pages:
        start = (page - 1) * page_size
        data[start : start + page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))


def test_damaged_pages(database: Database) -> None:
    with database.session() as session:
        for number in range(200):
            notes.create_note(session, "2284", notes.NoteInput(f"Anteckning {number} " * 30))
    path = _closed_and_checkpointed(database)
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        roots = [
            row[0]
            for row in connection.execute(
                "SELECT rootpage FROM sqlite_master WHERE tbl_name = 'note' AND rootpage > 1"
            )
        ]
    connection.close()
    _overwrite_pages(path, roots, page_size)  # the note table and its indexes
    with pytest.raises(StorageError) as info, database.session() as session:
        notes.list_notes(session, "2284")
    _assert_storage_error(info, StorageProblem.DAMAGED)
    assert "malformed" in str(info.value)


def test_file_that_is_no_database_any_more(database: Database) -> None:
    path = _closed_and_checkpointed(database)
    _overwrite_pages(path, [1], 4096)  # the header too
    with pytest.raises(StorageError) as info, database.session() as session:
        notes.list_notes(session, "2284")
    _assert_storage_error(info, StorageProblem.DAMAGED)


def test_errors_that_are_not_storage_problems_pass_unchanged(
    database: Database, kept_note: str
) -> None:
    with pytest.raises(IntegrityError) as info, database.session() as session:
        session.execute(
            text(
                "INSERT INTO note (id, municipality_code, body, category, concerns_date) "
                "VALUES ('x', '2284', '   ', 'other', '2026-01-01')"
            )
        )
    assert not isinstance(info.value, StorageError)
    with pytest.raises(ValidationError), database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput(" "))
    with pytest.raises(SQLAlchemyOperationalError) as syntax, database.session() as session:
        session.execute(text("SELECT * FROM no_such_table"))
    assert not isinstance(syntax.value, StorageError)
    assert _note_ids(database) == [kept_note]


# -- the fault injector ------------------------------------------------------------------


@pytest.mark.parametrize("problem", list(SQLITE_FAULTS))
def test_injected_problem_fails_writes_only(
    database: Database, kept_note: str, problem: StorageProblem
) -> None:
    with inject_storage_problem(database, problem):
        with pytest.raises(StorageError) as info, database.session() as session:
            notes.create_note(session, "2284", notes.NoteInput(SECRET))
        _assert_storage_error(info, problem)
        orig = info.value.__cause__.orig
        kind, code, name, message = SQLITE_FAULTS[problem]
        assert type(orig) is kind
        assert (orig.sqlite_errorcode, orig.sqlite_errorname, str(orig)) == (code, name, message)
        with pytest.raises(StorageError), database.session() as session:
            notes.delete_note(session, kept_note)
        assert _note_ids(database) == [kept_note]  # reads still work
    with database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Efteråt"))
    assert len(_note_ids(database)) == 2


def test_injected_errors_look_like_sqlite_s_own() -> None:
    for problem in SQLITE_FAULTS:
        error = sqlite_error(problem)
        assert storage_problem(error) is problem
        assert storage_problem(_wrapped(error)) is problem


@pytest.mark.parametrize(
    ("statement", "write"),
    [
        ("INSERT INTO note (id) VALUES (?)", True),
        ("  insert or replace into meta VALUES (?, ?)", True),
        ("UPDATE note SET title = ?", True),
        ("\nDELETE FROM draft WHERE key = ?", True),
        ("REPLACE INTO meta VALUES (?, ?)", True),
        ("SELECT * FROM note", False),
        ("PRAGMA foreign_keys = ON", False),
        ("BEGIN", False),
        ("SELECT updated_at FROM note", False),
    ],
)
def test_what_counts_as_a_write(statement: str, write: bool) -> None:
    assert is_write(statement) is write


def test_injector_is_removed_after_an_error_inside(database: Database) -> None:
    with pytest.raises(RuntimeError), inject_storage_problem(database, StorageProblem.IO):
        raise RuntimeError("test failed inside")
    with database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Skrivs"))
