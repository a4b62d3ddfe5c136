"""The search index heals: a missing or broken FTS5 table or trigger, or a damaged index.

Each test damages a real database file from outside (its own sqlite3 connection, as another
program or a bad disk would), shows what the official would notice, and that
``check_and_heal`` finds the problem and puts it right.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy.exc import DatabaseError, OperationalError

from servicepunkt_gui.core import actions, notes, plans, search_health
from servicepunkt_gui.core.changes import RecordKind, collected
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.search import search
from servicepunkt_gui.core.search_health import (
    SearchIndexFault,
    SearchIndexNotHealedError,
    SearchIndexProblem,
    check_and_heal,
    heal_search_index,
    search_index_problems,
)

# About what only a SQLite file has (tests/core/conftest.py runs the rest on both engines).
pytestmark = pytest.mark.sqlite_only

Fault = SearchIndexFault


@pytest.fixture(params=[False, True], ids=["quick", "thorough"])
def thorough(request: pytest.FixtureRequest) -> bool:
    """Each case for the quick, read-only check and for FTS5's own integrity-checks."""
    return bool(request.param)


@pytest.fixture
def filled(database: Database) -> Database:
    """A note, a plan and an action, each in its own unit of work (several index segments)."""
    with database.session() as session:
        notes.create_note(
            session,
            "2284",
            notes.NoteInput("Byalaget i Bredbyn vill ha hemsändning.", title="Möte om hemsändning"),
        )
    with database.session() as session:
        notes.create_note(session, "2506", notes.NoteInput("Drivmedel i Jäckvik."))
    for n in range(20):
        with database.session() as session:
            notes.create_note(session, "2506", notes.NoteInput(f"Paketombud nummer {n}."))
    with database.session() as session:
        plan = plans.create_plan(
            session, "1730", plans.PlanInput("Serviceplan för Eda", 2025, 2030), "Anna"
        )
        actions.add_action(session, plan.id, actions.ActionInput("Laddstolpe i Koppom"))
    return database


def _found(database: Database, query: str) -> set[str]:
    with database.read_session() as session:
        return {hit.kind for hit in search(session, query)}


def _all_found(database: Database) -> None:
    """Everything the fixture wrote is found again."""
    assert _found(database, "hemsändning") == {"note"}
    assert _found(database, "jäckvik") == {"note"}
    with database.read_session() as session:
        assert len(search(session, "paketombud")) == 20
    assert _found(database, "eda") == {"plan"}
    assert _found(database, "koppom") == {"action"}


def _search_is_broken(database: Database) -> bool:
    """Searching for the 20 "Paketombud" notes fails or misses some of them."""
    try:
        with database.read_session() as session:
            return len(search(session, "paketombud")) != 20
    except DatabaseError:  # OperationalError, and StorageError for "vtable constructor failed"
        return True


def _damage(database: Database, *statements: str) -> None:
    """Damage the file from outside, then let the app connect afresh (as after a restart):
    FTS5 keeps an index's configuration in each connection that has read it."""
    with closing(sqlite3.connect(database.file, isolation_level=None)) as connection:
        for statement in statements:
            connection.execute(statement)
    database.engine.dispose()


def _save_note(database: Database, body: str) -> str:
    with database.session() as session:
        return notes.create_note(session, "0512", notes.NoteInput(body)).id


def _problems(database: Database, *, thorough: bool = True) -> list[SearchIndexProblem]:
    with database.session() as session:
        problems = search_index_problems(session, thorough=thorough)
        session.rollback()  # a check: nothing to commit
        return problems


def _faults(problems: list[SearchIndexProblem]) -> list[tuple[str, Fault, str]]:
    return [(p.index, p.fault, p.detail) for p in problems]


def _file_bytes(path: Path) -> tuple[bytes, bytes]:
    wal = Path(f"{path}-wal")
    return path.read_bytes(), wal.read_bytes() if wal.exists() else b""


def test_healthy_file_has_no_problems_and_nothing_is_written(
    filled: Database, thorough: bool
) -> None:
    before = _file_bytes(filled.file)
    with closing(sqlite3.connect(filled.file, isolation_level=None)) as watcher:
        version = watcher.execute("PRAGMA data_version").fetchone()
        assert check_and_heal(filled, thorough=thorough) == []
        assert _problems(filled) == []
        assert watcher.execute("PRAGMA data_version").fetchone() == version  # nobody wrote
    assert _file_bytes(filled.file) == before
    _all_found(filled)


def test_a_freshly_created_file_is_healthy(empty_database: Database) -> None:
    # The expected definitions are migration 0003's: a later migration that changes an index
    # without search_health knowing would make every new file look broken.
    assert _problems(empty_database) == []


def test_dropped_table_breaks_saving_until_healed(filled: Database, thorough: bool) -> None:
    _damage(filled, "DROP TABLE note_fts")
    with pytest.raises(OperationalError, match=r"no such table: main\.note_fts"):
        _save_note(filled, "Kontantuttag i Österbymo")  # the trigger writes into the index

    assert check_and_heal(filled, thorough=thorough) == [
        SearchIndexProblem("note_fts", Fault.TABLE_MISSING)
    ]

    _all_found(filled)
    _save_note(filled, "Kontantuttag i Österbymo")
    assert _found(filled, "kontantuttag") == {"note"}
    assert _problems(filled) == []


def test_dropped_trigger_hides_new_notes_until_healed(filled: Database, thorough: bool) -> None:
    _damage(filled, "DROP TRIGGER note_fts_after_insert")
    assert _faults(_problems(filled)) == [
        ("note_fts", Fault.TRIGGER_MISSING, "note_fts_after_insert")
    ]
    _save_note(filled, "Kontantuttag i Österbymo")
    assert _found(filled, "kontantuttag") == set()  # saved, but search does not find it

    found = check_and_heal(filled, thorough=thorough)
    assert _faults(found) == [
        ("note_fts", Fault.TRIGGER_MISSING, "note_fts_after_insert"),
        ("note_fts", Fault.OUT_OF_STEP, found[1].detail),  # the note the index missed
    ]

    assert _found(filled, "kontantuttag") == {"note"}  # the note saved meanwhile
    _save_note(filled, "Dagskassa i Österbymo")
    assert _found(filled, "dagskassa") == {"note"}
    assert _problems(filled) == []


def test_wrong_trigger_is_replaced(filled: Database, thorough: bool) -> None:
    _damage(
        filled,
        "DROP TRIGGER note_fts_after_update",
        "CREATE TRIGGER note_fts_after_update AFTER UPDATE ON note BEGIN SELECT 1; END",
    )
    assert _faults(_problems(filled)) == [
        ("note_fts", Fault.TRIGGER_DIFFERENT, "note_fts_after_update")
    ]
    note_id = _save_note(filled, "Kontantuttag i Österbymo")
    with filled.session() as session:
        notes.update_note(session, note_id, notes.NoteInput("Dagskassa i Österbymo"))
    assert _found(filled, "dagskassa") == set()  # the edit never reached the index

    # Only FTS5's integrity-check compares every row's words; the quick check finds the
    # wrong trigger, and healing rebuilds the index all the same.
    assert [p.fault for p in check_and_heal(filled, thorough=thorough)] == [
        Fault.TRIGGER_DIFFERENT,
        *([Fault.OUT_OF_STEP] if thorough else []),
    ]

    assert _found(filled, "dagskassa") == {"note"}
    assert _found(filled, "kontantuttag") == set()
    with filled.session() as session:
        notes.update_note(session, note_id, notes.NoteInput("Bankomat i Österbymo"))
    assert _found(filled, "bankomat") == {"note"}
    assert _found(filled, "dagskassa") == set()
    assert _problems(filled) == []


@pytest.mark.parametrize(
    "damage",
    [
        "DELETE FROM note_fts_data WHERE id > 10",
        "UPDATE note_fts_data SET block = zeroblob(length(block)) WHERE id > 10",
        "UPDATE note_fts_data SET block = x'00' WHERE id = 10",  # its list of segments
    ],
    ids=["blocks-deleted", "blocks-overwritten", "structure-blanked"],
)
def test_damaged_index_is_detected_and_rebuilt(
    filled: Database, thorough: bool, damage: str
) -> None:
    _damage(filled, damage)
    assert _search_is_broken(filled)

    found = check_and_heal(filled, thorough=thorough)
    assert [(p.index, p.fault) for p in found] == [("note_fts", Fault.DAMAGED)]
    assert found[0].detail  # SQLite's message, or the totals that do not add up

    _all_found(filled)
    _save_note(filled, "Kontantuttag i Österbymo")
    assert _found(filled, "kontantuttag") == {"note"}
    assert _problems(filled) == []


@pytest.mark.parametrize(
    ("damage", "fault", "detail"),
    [
        ("DROP TABLE note_fts_config", Fault.SHADOW_TABLE_MISSING, "note_fts_config"),
        ("DROP TABLE note_fts_data", Fault.SHADOW_TABLE_MISSING, "note_fts_data"),
        ("UPDATE note_fts_config SET v = 99 WHERE k = 'version'", Fault.DAMAGED, None),
    ],
    ids=["config-dropped", "data-dropped", "config-version-wrong"],
)
def test_index_that_cannot_even_be_dropped_is_recreated(
    filled: Database, thorough: bool, damage: str, fault: Fault, detail: str | None
) -> None:
    # SQLite itself refuses "DROP TABLE note_fts" in these states, so healing has to
    # mend the shadow tables first.
    _damage(filled, damage)
    assert _search_is_broken(filled)

    found = check_and_heal(filled, thorough=thorough)
    assert [(p.index, p.fault) for p in found] == [("note_fts", fault)]
    if detail is not None:
        assert found[0].detail == detail

    _all_found(filled)
    _save_note(filled, "Kontantuttag i Österbymo")
    assert _found(filled, "kontantuttag") == {"note"}
    assert _problems(filled) == []


def test_table_made_differently_is_recreated(filled: Database, thorough: bool) -> None:
    _damage(
        filled,
        "DROP TABLE note_fts",
        "CREATE VIRTUAL TABLE note_fts USING fts5(title, body, content='note', tokenize='ascii')",
        "INSERT INTO note_fts(note_fts) VALUES ('rebuild')",
    )
    assert _found(filled, "hemsandning") == set()  # ascii: ä is not folded to a

    found = check_and_heal(filled, thorough=thorough)
    assert found == [SearchIndexProblem("note_fts", Fault.TABLE_DIFFERENT)]

    assert _found(filled, "hemsandning") == {"note"}
    _all_found(filled)
    assert _problems(filled) == []


def test_quick_check_neither_waits_for_nor_blocks_a_writer(filled: Database) -> None:
    with closing(sqlite3.connect(filled.file, isolation_level=None, timeout=0)) as writer:
        writer.execute("BEGIN IMMEDIATE")  # another connection is saving
        writer.execute("UPDATE note SET title = title")
        with filled.read_session() as session:
            assert search_index_problems(session) == []
        writer.execute("COMMIT")  # still holds the lock: nobody took it meanwhile


def test_index_out_of_step_with_its_notes_is_rebuilt(filled: Database, thorough: bool) -> None:
    _damage(
        filled,
        "INSERT INTO note_fts(note_fts, rowid, title, body) "
        "SELECT 'delete', rowid, title, body FROM note WHERE body LIKE 'Paketombud%'",
    )
    assert _found(filled, "paketombud") == set()  # the notes are there, search misses them
    assert _search_is_broken(filled)

    found = check_and_heal(filled, thorough=thorough)
    assert [(p.index, p.fault) for p in found] == [("note_fts", Fault.OUT_OF_STEP)]

    _all_found(filled)
    assert _problems(filled) == []


def test_only_the_broken_indexes_are_healed_and_reported_as_changed(filled: Database) -> None:
    _damage(filled, "DROP TRIGGER plan_fts_after_delete", "DROP TABLE action_fts")
    with filled.session() as session:
        problems = search_index_problems(session)
        assert _faults(problems) == [
            ("plan_fts", Fault.TRIGGER_MISSING, "plan_fts_after_delete"),
            ("action_fts", Fault.TABLE_MISSING, ""),
        ]
        heal_search_index(session, problems)
        assert collected(session).kinds == {RecordKind.PLAN, RecordKind.ACTION}
    assert _problems(filled) == []
    _all_found(filled)


def test_healing_is_one_transaction_that_the_caller_can_roll_back(filled: Database) -> None:
    _damage(filled, "DROP TABLE note_fts", "DROP TRIGGER plan_fts_after_insert")
    broken = _problems(filled)
    with pytest.raises(RuntimeError), filled.session() as session:
        heal_search_index(session, broken)
        raise RuntimeError("the unit of work fails after healing")
    assert _problems(filled) == broken  # nothing of the healing was committed


def test_healing_that_does_not_help_is_reported_and_not_committed(
    filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _damage(filled, "DROP TRIGGER note_fts_after_insert")
    monkeypatch.setattr(search_health, "heal_search_index", lambda _session, _problems: None)
    with pytest.raises(SearchIndexNotHealedError) as raised:
        check_and_heal(filled)
    assert _faults(raised.value.problems) == [
        ("note_fts", Fault.TRIGGER_MISSING, "note_fts_after_insert")
    ]
    assert "note_fts: trigger missing" in str(raised.value)


def test_healing_nothing_writes_nothing(filled: Database) -> None:
    before = _file_bytes(filled.file)
    with filled.session() as session:
        heal_search_index(session, [])
        assert not collected(session)
    assert _file_bytes(filled.file) == before


def test_problem_reads_well_in_the_log() -> None:
    problem = SearchIndexProblem("note_fts", Fault.TRIGGER_MISSING, "note_fts_after_insert")
    assert str(problem) == "note_fts: trigger missing (note_fts_after_insert)"
    assert str(SearchIndexProblem("plan_fts", Fault.TABLE_MISSING)) == "plan_fts: table missing"


def test_goal_index_is_checked_and_healed_like_the_others(filled: Database, thorough: bool) -> None:
    with filled.session() as session:
        plan = plans.create_plan(session, "2284", plans.PlanInput("Plan", 2026, 2030), "Anna")
        actions.add_goal(session, plan.id, "Dagligvaror inom 20 minuter")
    assert _problems(filled) == []
    _damage(filled, "DROP TABLE goal_fts")
    missing = pytest.raises(OperationalError, match=r"no such table: main\.goal_fts")
    with missing, filled.session() as session:  # the trigger writes into the index
        actions.add_goal(session, plan.id, "Bankomat i Bjästa")

    with filled.session() as session:
        problems = search_index_problems(session)
        assert problems == [SearchIndexProblem("goal_fts", Fault.TABLE_MISSING)]
        heal_search_index(session, problems)
        assert collected(session).kinds == {RecordKind.GOAL}
    assert _found(filled, "dagligvaror") == {"goal"}
    with filled.session() as session:
        actions.add_goal(session, plan.id, "Bankomat i Bjästa")
    assert _found(filled, "bjästa") == {"goal"}

    _damage(filled, "DROP TRIGGER goal_fts_after_update")
    assert check_and_heal(filled, thorough=thorough) == [
        SearchIndexProblem("goal_fts", Fault.TRIGGER_MISSING, "goal_fts_after_update")
    ]
    assert _problems(filled) == []
    _all_found(filled)
