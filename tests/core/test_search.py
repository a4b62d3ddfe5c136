"""Full-text search: what an official types finds notes, plans and actions, and never fails."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from servicepunkt_gui.core import actions, notes, plans
from servicepunkt_gui.core.db import Database, open_database
from servicepunkt_gui.core.search import (
    MARK_END,
    MARK_START,
    build_match_query,
    group_by_municipality,
    rebuild_index,
    search,
)


@pytest.fixture
def filled(database: Database) -> Database:
    with database.session() as session:
        notes.create_note(
            session,
            "2284",
            notes.NoteInput(
                "Byalaget i Bredbyn vill ha hemsändning av dagligvaror varje torsdag.",
                title="Möte om hemsändning",
                category="meeting",
            ),
        )
        notes.create_note(
            session, "2506", notes.NoteInput("Samtal med Örjan Lindqvist om drivmedel i Jäckvik.")
        )
        notes.create_note(
            session, "2506", notes.NoteInput("Paketombud och apoteksombud i handeln.")
        )
        plan = plans.create_plan(
            session,
            "1730",
            plans.PlanInput("Serviceplan för Eda", 2025, 2030, case_number="KS 2024/0815"),
            "Anna",
        )
        actions.add_action(
            session,
            plan.id,
            actions.ActionInput(
                "Laddstolpe i Koppom", description="Hemsändning och laddning", responsible="Per"
            ),
        )
    return database


def _search(database: Database, query: str) -> list[tuple[str, str]]:
    with database.session() as session:
        return [(hit.kind, hit.municipality_name) for hit in search(session, query)]


def test_finds_words_without_diacritics_and_by_prefix(filled: Database) -> None:
    assert ("note", "Örnsköldsvik") in _search(filled, "hemsandning")
    assert ("note", "Örnsköldsvik") in _search(filled, "hemsä")
    assert _search(filled, "orjan") == [("note", "Arjeplog")]
    assert _search(filled, "Jäckvik drivmedel") == [("note", "Arjeplog")]
    assert _search(filled, "2024/0815") == [("plan", "Eda")]
    assert ("action", "Eda") in _search(filled, "laddstolpe")


def test_quoted_phrases_match_as_phrases(filled: Database) -> None:
    assert _search(filled, '"hemsändning av dagligvaror"') == [("note", "Örnsköldsvik")]
    assert _search(filled, '"dagligvaror av hemsändning"') == []


def test_title_ranks_above_body_and_snippet_marks_the_match(filled: Database) -> None:
    with filled.session() as session:
        hits = search(session, "hemsändning")
    assert hits[0].title == "Möte om hemsändning"
    assert f"{MARK_START}hemsändning{MARK_END}" in hits[0].snippet.lower()
    groups = group_by_municipality(hits)
    assert groups[0][1] == "Örnsköldsvik"
    assert {name for _code, name, _hits in groups} == {"Örnsköldsvik", "Eda"}


def test_index_follows_edits_and_deletes(filled: Database) -> None:
    with filled.session() as session:
        note = notes.create_note(session, "0512", notes.NoteInput("Kontantuttag i Österbymo"))
    assert _search(filled, "kontantuttag") == [("note", "Ydre")]
    with filled.session() as session:
        notes.update_note(session, note.id, notes.NoteInput("Dagskassa i Österbymo"))
    assert _search(filled, "kontantuttag") == []
    assert _search(filled, "dagskassa") == [("note", "Ydre")]
    with filled.session() as session:
        notes.delete_note(session, note.id)
    assert _search(filled, "dagskassa") == []
    with filled.session() as session:
        rebuild_index(session)
    assert _search(filled, "paketombud") == [("note", "Arjeplog")]


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        '""',
        '"hem',
        "hem*",
        "*",
        "(",
        "()",
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "NEAR(a b)",
        "a AND",
        "title:hem",
        "'; DROP TABLE note; --",
        "^hem",
        "-hem",
        "+",
        "{x}",
        "hem OR",
        "\\",
        "%",
        "_",
        "   ",
        "",
        "🚚",
        "שלום",
        "\x00",
        "a" * 5000,
    ],
)
def test_any_typed_text_simply_searches(filled: Database, typed: str) -> None:
    with filled.session() as session:
        search(session, typed)  # must not raise
    assert _search(filled, "paketombud") == [("note", "Arjeplog")]


def test_operators_are_searched_as_words(filled: Database) -> None:
    assert build_match_query("hem AND bil") == '"hem"* "AND"* "bil"*'
    assert build_match_query('"a b" c') == '"a b" "c"*'
    assert build_match_query('"') == ""


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=60))
def test_arbitrary_text_never_raises(filled: Database, typed: str) -> None:
    with filled.session() as session:
        search(session, typed)


def test_notes_from_an_older_release_are_searchable_after_upgrade(tmp_path: Path) -> None:
    old = Path(__file__).resolve().parents[1] / "data" / "schema_versions" / "0001_initial.sqlite3"
    path = tmp_path / "old.sqlite3"
    shutil.copy(old, path)
    database = open_database(path)
    try:
        with database.session() as session:
            hits = search(session, "bredbyn")
        assert [(hit.kind, hit.municipality_name) for hit in hits] == [("note", "Örnsköldsvik")]
    finally:
        database.close()


@pytest.mark.sqlite_only  # PostgreSQL's plan: test_search_postgres.py
def test_search_is_fast_enough_to_run_per_keystroke_on_small_data(filled: Database) -> None:
    """Not a timing test: the query plan uses the FTS index (no full scan of note)."""
    with filled.session() as session:
        plan = (
            session.connection()
            .exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT rowid FROM note_fts WHERE note_fts MATCH 'hem*'"
            )
            .all()
        )
    assert any("VIRTUAL TABLE INDEX" in str(row) for row in plan)
